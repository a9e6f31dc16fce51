/// A typed declaration of an option, as a command lists it in the table: ``Option``, ``DefaultedOption``
/// or ``FlagOption``. The parser and help see its ``spec``; the command reads its value through the
/// declaration itself, so renaming an option cannot leave a lookup behind.
protocol OptionDeclaration: Sendable {
    /// The untyped description the parser, help, completions and the manual page read.
    var spec: OptionSpec { get }
}

extension OptionSpec: OptionDeclaration {
    var spec: OptionSpec { self }
}
