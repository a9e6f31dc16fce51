import Foundation
import TillitCore

/// Parses a command line against the command table.
///
/// Accepts `--name value`, `--name=value`, `-o value`, `-oVALUE`; `--` ends options. Every mistake is a
/// ``UsageError`` that says what was expected and, for a mistyped name, what was probably meant.
struct ArgumentParser {
    /// The root of the command table.
    var root: CommandSpec

    /// What the command line asks for.
    enum Outcome {
        /// Run a command with these arguments.
        case run(ParsedArguments)
        /// Show help for a command path.
        case help([String])
        /// Show the version.
        case version
    }

    func parse(_ arguments: [String]) throws(UsageError) -> Outcome {
        var tokens = arguments[...]
        guard let first = tokens.first else { return .help([]) }
        switch first {
        case "--version", "-V": return .version
        case "--help", "-h": return .help([])
        case "help":
            // `help plan add-action --language sv`: the command path ends at the first option.
            let path = Array(tokens.dropFirst().prefix { !$0.hasPrefix("-") })
            try checkPath(path)
            return .help(path)
        default: break
        }
        if first.hasPrefix("-") {
            throw usage(
                LocalizedText(
                    sv: "ange ett kommando före alternativ; fick `\(first)`.",
                    en: "give a command before options; got `\(first)`."), [])
        }
        tokens = tokens.dropFirst()
        guard var command = root.subcommand(named: first) else {
            throw unknownCommand(first, among: root.subcommands, path: [])
        }
        var path = [first]
        var values: [String: [String]] = [:]
        var positionals: [String] = []
        var optionsEnded = false

        while let token = tokens.popFirst() {
            if !optionsEnded, token == "--" {
                optionsEnded = true
            } else if !optionsEnded, token.hasPrefix("--") {
                let body = token.dropFirst(2)
                let (name, inline) = split(body)
                guard let option = command.option(named: name) else {
                    throw unknownOption("--\(name)", command: command, path: path)
                }
                try take(
                    option, spelled: "--\(name)", inline: inline, from: &tokens, into: &values, path: path)
            } else if !optionsEnded, token.hasPrefix("-"), token.count > 1, Int(token) == nil {
                let letter = token[token.index(after: token.startIndex)]
                let rest = String(token.dropFirst(2))
                guard let option = command.option(short: letter) else {
                    throw unknownOption("-\(letter)", command: command, path: path)
                }
                if option.value == .flag, !rest.isEmpty {
                    throw unknownOption(token, command: command, path: path)
                }
                try take(
                    option, spelled: "-\(letter)", inline: rest.isEmpty ? nil : rest, from: &tokens,
                    into: &values, path: path)
            } else if !command.subcommands.isEmpty, positionals.count == command.arguments.count,
                let sub = command.subcommand(named: token)
            {
                for (spec, value) in zip(command.arguments, positionals) { values[spec.name] = [value] }
                positionals = []
                // A subcommand has its own options; one of the parent's given before the subcommand
                // word would be silently ignored, so it is an error instead.
                let parentOnly = command.allOptions.filter {
                    values[$0.name] != nil && sub.option(named: $0.name) == nil
                }
                if let option = parentOnly.first {
                    throw usage(
                        LocalizedText(
                            sv: "`--\(option.name)` gäller inte `\(path.joined(separator: " ")) \(token)`.",
                            en:
                                "`--\(option.name)` does not apply to `\(path.joined(separator: " ")) \(token)`."
                        ),
                        path + [token])
                }
                command = sub
                path.append(token)
            } else if !optionsEnded, command.subcommand(named: token) != nil,
                positionals.count < command.arguments.count
            {
                // `plan add-action FILE`: the subcommand word must follow the parent's arguments; asking
                // for help (`plan add-action --help`, as usage errors suggest) needs no arguments.
                if tokens.contains("--help") || tokens.contains("-h") { return .help(path + [token]) }
                let missing = { (language: Language) in
                    command.arguments[positionals.count...].map { $0.placeholder(language) }.joined(
                        separator: " ")
                }
                let order = { (language: Language) in
                    "`\(path.joined(separator: " ")) \(missing(language)) \(token)`"
                }
                throw usage(
                    LocalizedText(
                        sv: "`\(token)` ska stå efter \(missing(.sv)): \(order(.sv)).",
                        en: "`\(token)` comes after \(missing(.en)): \(order(.en))."), path)
            } else if !optionsEnded, !command.subcommands.isEmpty,
                positionals.count == command.arguments.count, command.arguments.last?.arity != .oneOrMore
            {
                // A word where only a subcommand fits: say so now, before its options are misread.
                throw unknownCommand(token, among: command.subcommands, path: path)
            } else {
                positionals.append(token)
            }
        }
        if values["help"] != nil { return .help(path) }
        try bind(positionals, to: command, into: &values, path: path)
        for option in command.options where option.isRequired && values[option.name] == nil {
            throw usage(
                LocalizedText(sv: "`--\(option.name)` krävs.", en: "`--\(option.name)` is required."), path)
        }
        if let broken = command.rules.lazy.compactMap({ $0.violation(values) }).first {
            throw usage(broken, path)
        }
        if command.run == nil {
            throw usage(
                LocalizedText(
                    sv: "ange ett underkommando: \(command.subcommands.map(\.name).joined(separator: ", ")).",
                    en: "give a subcommand: \(command.subcommands.map(\.name).joined(separator: ", "))."),
                path)
        }
        return .run(ParsedArguments(commandPath: path, command: command, values: values))
    }

    // MARK: - Pieces

    private func split(_ body: Substring) -> (String, String?) {
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    private func take(
        _ option: OptionSpec, spelled: String, inline: String?, from tokens: inout ArraySlice<String>,
        into values: inout [String: [String]], path: [String]
    ) throws(UsageError) {
        if option.value == .flag {
            if inline != nil {
                throw usage(
                    LocalizedText(
                        sv: "`\(spelled)` tar inget värde.", en: "`\(spelled)` does not take a value."), path)
            }
            values[option.name] = [""]
            return
        }
        guard let value = inline ?? tokens.popFirst() else {
            throw usage(
                LocalizedText(
                    sv: "`\(spelled)` behöver ett värde (\(option.valueName(.sv))).",
                    en: "`\(spelled)` needs a value (\(option.valueName(.en)))."), path)
        }
        let checked = try check(
            value, against: option.value, spelled: LocalizedText(sv: spelled, en: spelled), path: path)
        if values[option.name] != nil, !option.isRepeatable {
            throw usage(
                LocalizedText(
                    sv: "`\(spelled)` får bara anges en gång.", en: "`\(spelled)` may be given only once."),
                path)
        }
        values[option.name, default: []].append(checked)
    }

    /// Checks a value against its kind and returns it as stored: a choice in its canonical spelling.
    /// `spelled` is how the message names the value: `--due`, or an argument's placeholder, `FIL`/`FILE`.
    private func check(
        _ value: String, against kind: OptionSpec.Value, spelled: LocalizedText, path: [String]
    )
        throws(UsageError) -> String
    {
        switch kind {
        case .flag, .text, .file, .choiceOrFile: return value
        case .choice(let choices):
            if let choice = choices.first(where: { $0.accepts(value) }) { return choice.name }
            // The valid words in the reader's language; the hint looks at every spelling, so `klr` finds
            // `klar` and `dnoe` finds `done`, and names the listed word: `genomförd`, the plan's own.
            let word = Suggestion.closest(to: value, among: choices.flatMap(\.spellings))
            let hint = word.flatMap { word in choices.first { $0.spellings.contains(word) } }
            func list(_ language: Language) -> String {
                choices.map { $0.spelling(language) }.joined(separator: ", ")
            }
            throw usage(
                LocalizedText(
                    sv: "`\(spelled.sv)` ska vara en av \(list(.sv)); fick `\(value)`"
                        + (hint.map { "; menade du `\($0.sv)`?" } ?? "."),
                    en: "`\(spelled.en)` must be one of \(list(.en)); got `\(value)`"
                        + (hint.map { "; did you mean `\($0.name)`?" } ?? ".")), path)
        case .integer(let range):
            guard let number = Int(value), range.contains(number) else {
                throw usage(
                    LocalizedText(
                        sv:
                            "`\(spelled.sv)` ska vara ett heltal från \(range.lowerBound) till \(range.upperBound);"
                            + " fick `\(value)`.",
                        en: "`\(spelled.en)` must be a whole number from \(range.lowerBound) to"
                            + " \(range.upperBound); got `\(value)`."), path)
            }
            return value
        case .date:
            guard CalendarDate(parsing: value) != nil else {
                throw usage(
                    LocalizedText(
                        sv: "`\(spelled.sv)` ska vara ett datum \(Placeholder.date(.sv)); fick `\(value)`.",
                        en: "`\(spelled.en)` must be a date \(Placeholder.date(.en)); got `\(value)`."), path)
            }
            return value
        }
    }

    private func bind(
        _ positionals: [String], to command: CommandSpec, into values: inout [String: [String]],
        path: [String]
    ) throws(UsageError) {
        var remaining = positionals[...]
        for spec in command.arguments {
            switch spec.arity {
            case .required:
                guard let value = remaining.popFirst() else {
                    throw usage(
                        LocalizedText(
                            sv: "\(spec.placeholder(.sv)) saknas.", en: "missing \(spec.placeholder(.en))."),
                        path)
                }
                values[spec.name] = [
                    try check(value, against: spec.value, spelled: spec.placeholder, path: path)
                ]
            case .optional:
                if let value = remaining.popFirst() {
                    values[spec.name] = [
                        try check(value, against: spec.value, spelled: spec.placeholder, path: path)
                    ]
                }
            case .oneOrMore:
                guard !remaining.isEmpty else {
                    throw usage(
                        LocalizedText(
                            sv: "\(spec.placeholder(.sv)) saknas.", en: "missing \(spec.placeholder(.en))."),
                        path)
                }
                var checked: [String] = []
                for value in remaining {
                    checked.append(
                        try check(value, against: spec.value, spelled: spec.placeholder, path: path))
                }
                values[spec.name] = checked
                remaining = []
            }
        }
        if let extra = remaining.first {
            if !command.subcommands.isEmpty {
                throw unknownCommand(extra, among: command.subcommands, path: path)
            }
            throw usage(
                LocalizedText(
                    sv: "oväntat argument `\(extra)`.", en: "unexpected argument `\(extra)`."), path)
        }
    }

    private func checkPath(_ path: [String]) throws(UsageError) {
        var command = root
        for (depth, word) in path.enumerated() {
            guard let sub = command.subcommand(named: word) else {
                throw unknownCommand(word, among: command.subcommands, path: Array(path.prefix(depth)))
            }
            command = sub
        }
    }

    private func unknownOption(_ spelled: String, command: CommandSpec, path: [String]) -> UsageError {
        let names = command.allOptions.map { "--\($0.name)" }
        let hint = Suggestion.closest(to: spelled, among: names)
        return usage(
            LocalizedText(
                sv: "okänt alternativ `\(spelled)`" + (hint.map { "; menade du `\($0)`?" } ?? "."),
                en: "unknown option `\(spelled)`" + (hint.map { "; did you mean `\($0)`?" } ?? ".")), path)
    }

    private func unknownCommand(_ word: String, among commands: [CommandSpec], path: [String]) -> UsageError {
        let hint = Suggestion.closest(to: word, among: commands.map(\.name))
        return usage(
            LocalizedText(
                sv: "okänt kommando `\(word)`" + (hint.map { "; menade du `\($0)`?" } ?? "."),
                en: "unknown command `\(word)`" + (hint.map { "; did you mean `\($0)`?" } ?? ".")), path)
    }

    private func usage(_ message: LocalizedText, _ path: [String]) -> UsageError {
        UsageError(message: message, commandPath: path)
    }
}
