import Foundation
import TillitCore

/// The result of parsing a command line against the command table: which command, and the values of
/// its arguments and options, already checked against their specs.
///
/// A command reads its values through its typed declarations (`try arguments[Self.format]`,
/// `try arguments.value(Self.file)`), never by name; the untyped ``string(_:)`` and ``flag(_:)`` are
/// for shared support code (``Output``) that reads options every command spells alike.
struct ParsedArguments: Sendable {
    /// The command path, e.g. `["plan", "add-action"]`.
    var commandPath: [String]
    /// The command that runs.
    var command: CommandSpec
    /// Values by argument or option name, choices in their canonical spelling; flags hold one empty
    /// string when present.
    var values: [String: [String]]

    /// The value of an option, or `nil` when it was not given.
    subscript<Value>(_ option: Option<Value>) -> Value? {
        get throws(UsageError) {
            try values[option.spec.name]?.last.map { text throws(UsageError) in
                try typed(
                    text, as: Value.self,
                    name: LocalizedText(sv: "--" + option.spec.name, en: "--" + option.spec.name))
            }
        }
    }

    /// The value of an option, or its default.
    subscript<Value>(_ option: DefaultedOption<Value>) -> Value {
        get throws(UsageError) {
            guard let text = values[option.spec.name]?.last else { return option.defaultValue }
            return try typed(
                text, as: Value.self,
                name: LocalizedText(sv: "--" + option.spec.name, en: "--" + option.spec.name))
        }
    }

    /// The value of a required option; the parser has refused a command line without it.
    subscript<Value>(_ option: RequiredOption<Value>) -> Value {
        get throws(UsageError) {
            guard let text = values[option.spec.name]?.last else {
                throw UsageError(
                    message: LocalizedText(
                        sv: "`--\(option.spec.name)` krävs.", en: "`--\(option.spec.name)` is required."),
                    commandPath: commandPath)
            }
            return try typed(
                text, as: Value.self,
                name: LocalizedText(sv: "--" + option.spec.name, en: "--" + option.spec.name))
        }
    }

    /// Whether a flag was given.
    subscript(_ flag: FlagOption) -> Bool { values[flag.spec.name] != nil }

    /// Whether an option was given at all, for rules that depend on the user's choice, not a default.
    func isGiven(_ option: some OptionDeclaration) -> Bool { values[option.spec.name] != nil }

    /// The value of a required argument.
    func value<Value>(_ argument: Argument<Value>) throws(UsageError) -> Value {
        guard let text = values[argument.spec.name]?.first else {
            throw UsageError(
                message: LocalizedText(
                    sv: "\(argument.spec.placeholder(.sv)) saknas.",
                    en: "missing \(argument.spec.placeholder(.en))."),
                commandPath: commandPath)
        }
        return try typed(text, as: Value.self, name: argument.spec.placeholder)
    }

    /// The value of an optional argument, or `nil`.
    func valueIfGiven<Value>(_ argument: Argument<Value>) throws(UsageError) -> Value? {
        guard values[argument.spec.name] != nil else { return nil }
        return try value(argument)
    }

    /// Every value of a variadic argument.
    func values<Value>(_ argument: Argument<Value>) throws(UsageError) -> [Value] {
        var result: [Value] = []
        for text in values[argument.spec.name] ?? [] {
            result.append(try typed(text, as: Value.self, name: argument.spec.placeholder))
        }
        return result
    }

    /// The text of an option every command spells alike, or its declared default; for support code.
    func string(_ name: String) -> String? {
        if let value = values[name]?.last { return value }
        return command.option(named: name)?.defaultValue
    }

    /// Whether a flag every command spells alike was given; for support code.
    func flag(_ name: String) -> Bool { values[name] != nil }

    /// The language of the output: `--language`, else `LC_ALL`/`LANG`.
    func language(environment: [String: String]) -> Language {
        values[CommonOptions.language.spec.name]?.last.flatMap(Language.init(argument:))
            ?? Language(environment: environment)
    }

    /// The parser has checked every value against its kind; a type stricter than its kind is still
    /// refused with a usage error rather than a crash.
    private func typed<Value: ArgumentValue>(_ text: String, as type: Value.Type, name: LocalizedText)
        throws(UsageError) -> Value
    {
        guard let value = Value(argument: text) else {
            throw UsageError(
                message: LocalizedText(
                    sv: "`\(name.sv)` kan inte vara `\(text)`.", en: "`\(name.en)` cannot be `\(text)`."),
                commandPath: commandPath)
        }
        return value
    }

    /// The CSV dialect given with `--csv-dialect`, else the one the language implies.
    func csvDialect(language: Language) -> CSVDialect {
        values[CommonOptions.csvDialect.spec.name]?.last.flatMap(CSVDialect.init(argument:))
            ?? CSVDialect(language: language)
    }
}
