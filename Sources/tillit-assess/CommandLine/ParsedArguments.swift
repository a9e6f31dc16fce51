import Foundation
import TillitCore

/// The result of parsing a command line against the command table: which command, and the values of
/// its arguments and options, already checked against their specs.
struct ParsedArguments: Sendable {
    /// The command path, e.g. `["plan", "add-action"]`.
    var commandPath: [String]
    /// The command that runs.
    var command: CommandSpec
    /// Values by argument or option name; flags hold one empty string when present.
    var values: [String: [String]]

    /// The value of an option or argument, or its declared default, or `nil`.
    func string(_ name: String) -> String? {
        if let value = values[name]?.last { return value }
        return command.option(named: name)?.defaultValue
    }

    /// Every value of a repeatable option or a variadic argument.
    func strings(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { values[name] != nil }

    /// The value of an integer option; the parser has checked it.
    func integer(_ name: String) -> Int? { string(name).flatMap { Int($0) } }

    /// The language of the output: `--language`, else `LC_ALL`/`LANG`.
    func language(environment: [String: String]) -> Language {
        string("language").flatMap(Language.init(rawValue:)) ?? Language(environment: environment)
    }

    /// The CSV dialect given with `--csv-dialect`, else the one the language implies.
    func csvDialect(language: Language) -> CSVDialect {
        string("csv-dialect").flatMap(CSVDialect.init(rawValue:)) ?? CSVDialect(language: language)
    }
}
