import TillitCore

/// One command in the declarative command table.
///
/// A command is data: its name, help, arguments, options, examples and subcommands, plus the function
/// that runs it. The parser, the help text, usage errors and shell completions are derived from this
/// table; no command parses its own arguments.
struct CommandSpec: Sendable {
    /// The function that carries out a parsed command and returns its exit code.
    typealias Run = @Sendable (ParsedArguments, CommandContext) throws -> ExitCode

    /// The name as typed, e.g. `principles`.
    var name: String
    /// One line saying what the command does.
    var summary: LocalizedText
    /// A paragraph or two shown under the usage line in `--help`.
    var discussion: LocalizedText?
    /// Positional arguments, in order.
    var arguments: [ArgumentSpec]
    /// Options, in the order help lists them (`--help` is added to every command).
    var options: [OptionSpec]
    /// Rules across the options (`--raw` only with `--format csv`), checked by the parser.
    var rules: [OptionRule]
    /// Example invocations shown in help, without the program name.
    var examples: [String]
    /// Subcommands, e.g. `plan FILE add-action`; chosen by the word after the arguments.
    var subcommands: [CommandSpec]
    /// Carries out the command; `nil` for a command that only groups subcommands.
    var run: Run?

    init(
        _ name: String, summary: LocalizedText, discussion: LocalizedText? = nil,
        arguments: [ArgumentSpec] = [], options: [any OptionDeclaration] = [], rules: [OptionRule] = [],
        examples: [String] = [],
        subcommands: [CommandSpec] = [], run: Run?
    ) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.arguments = arguments
        self.options = options.map(\.spec)
        self.rules = rules
        self.examples = examples
        self.subcommands = subcommands
        self.run = run
    }

    /// Every option the command accepts, `--help` included.
    var allOptions: [OptionSpec] { options + [.help] }

    /// The option with the given long name.
    func option(named name: String) -> OptionSpec? { allOptions.first { $0.name == name } }

    /// The option with the given short name.
    func option(short: Character) -> OptionSpec? { allOptions.first { $0.short == short } }

    /// The subcommand with the given name.
    func subcommand(named name: String) -> CommandSpec? { subcommands.first { $0.name == name } }
}
