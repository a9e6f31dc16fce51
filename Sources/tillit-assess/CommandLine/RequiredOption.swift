import TillitCore

/// An option the command cannot run without, e.g. `import -o FILE`: the parser refuses a command line
/// that lacks it (exit 64), so the command always gets a value.
struct RequiredOption<Value: ArgumentValue>: OptionDeclaration {
    var spec: OptionSpec

    /// - Parameter kind: what the parser checks; the type's own unless narrowed (a range, a file).
    init(
        _ name: String, short: Character? = nil, kind: OptionSpec.Value = Value.argumentKind,
        valueName: Placeholder? = nil, help: LocalizedText
    ) {
        spec = OptionSpec(name, short: short, value: kind, valueName: valueName, help: help)
        spec.isRequired = true
    }
}
