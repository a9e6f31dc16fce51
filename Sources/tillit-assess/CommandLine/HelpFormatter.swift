import TillitCore

/// Renders `--help` and usage lines from the command table, in the user's language, within 80 columns.
struct HelpFormatter {
    var root: CommandSpec
    var language: Language
    var width = 80

    /// The full help of a command path; the root's help lists the commands.
    func help(for path: [String]) -> String {
        let command = resolve(path)
        var lines: [String] = []
        if path.isEmpty {
            lines.append(root.summary(language))
            lines.append("")
            lines.append(heading(sv: "ANVÄNDNING", en: "USAGE") + "  " + usage(for: []))
            lines.append("")
            lines.append(heading(sv: "KOMMANDON", en: "COMMANDS"))
            lines += table(root.subcommands.map { ($0.name, $0.summary(language)) })
            lines.append("")
            lines.append(heading(sv: "ALTERNATIV", en: "OPTIONS"))
            lines += table([
                ("-h, --help", OptionSpec.help.help(language)),
                ("-V, --version", language == .sv ? "Visa versionen" : "Show the version"),
            ])
            lines.append("")
            lines.append(
                language == .sv
                    ? "Se `\(root.name) help <kommando>` för hjälp om ett kommando."
                    : "See `\(root.name) help <command>` for help on a command.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines += wrap(command.summary(language), indent: 0)
        lines.append("")
        lines.append(heading(sv: "ANVÄNDNING", en: "USAGE") + "  " + usage(for: path))
        if let discussion = command.discussion {
            lines.append("")
            for paragraph in discussion(language).components(separatedBy: "\n\n") {
                lines += wrap(paragraph, indent: 2)
                lines.append("")
            }
            lines.removeLast()
        }
        if !command.arguments.isEmpty {
            lines.append("")
            lines.append(heading(sv: "ARGUMENT", en: "ARGUMENTS"))
            lines += table(
                command.arguments.flatMap { argument in
                    [(argument.synopsis(language), argument.help(language) + valueList(argument.value))]
                        + choiceRows(argument.value)
                })
        }
        if !command.subcommands.isEmpty {
            lines.append("")
            lines.append(heading(sv: "UNDERKOMMANDON", en: "SUBCOMMANDS"))
            lines += table(command.subcommands.map { ($0.name, $0.summary(language)) })
        }
        lines.append("")
        lines.append(heading(sv: "ALTERNATIV", en: "OPTIONS"))
        lines += table(
            command.allOptions.flatMap { option in
                [(option.synopsis(language), optionText(option))] + choiceRows(option.value)
            })
        for rule in command.rules {
            lines += wrap(rule.text()(language), indent: 2, first: "  ")
        }
        if !command.examples.isEmpty {
            lines.append("")
            lines.append(heading(sv: "EXEMPEL", en: "EXAMPLES"))
            lines += command.examples.map { "  \(root.name) \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An option's help with what help adds from the table: required, or its default.
    func optionText(_ option: OptionSpec) -> String {
        var text = option.help(language)
        if option.isRequired { text += " (\(Term.required(language)))" }
        if let value = option.defaultValue {
            let shown = option.value.choices.first { $0.name == value }?.spelling(language) ?? value
            text += " (\(Term.byDefault(language)): \(shown))"
        }
        return text
    }

    /// The values of an argument from a closed set, when the usage line does not show them:
    /// `: planerad, påbörjad, genomförd, utgår`.
    private func valueList(_ value: OptionSpec.Value) -> String {
        guard case .choice(let choices) = value, choices.allSatisfy({ $0.help == nil }) else { return "" }
        return ": " + choices.map { $0.spelling(language) }.joined(separator: ", ")
    }

    /// One row per value of a closed set whose values need saying what they mean (principles,
    /// problem areas, questionnaires), below the option or argument.
    private func choiceRows(_ value: OptionSpec.Value) -> [(String, String)] {
        let choices = value.choices
        guard choices.contains(where: { $0.help != nil }) else { return [] }
        return choices.map { ("      " + $0.spelling(language), $0.help?(language) ?? "") }
    }

    /// The usage line of a command path: `tillit-assess report FILE [options]`.
    func usage(for path: [String]) -> String {
        let command = resolve(path)
        var parts = [root.name]
        var current = root
        for (depth, word) in path.enumerated() {
            guard let next = current.subcommand(named: word) else { break }
            if depth > 0 { parts += current.arguments.map { $0.synopsis(language) } }
            parts.append(word)
            current = next
        }
        parts += command.arguments.map { $0.synopsis(language) }
        if !command.subcommands.isEmpty {
            let word =
                path.isEmpty
                ? (language == .sv ? "kommando" : "command")
                : (language == .sv ? "underkommando" : "subcommand")
            parts.append(command.run == nil ? "<\(word)>" : "[<\(word)>]")
        }
        parts.append(language == .sv ? "[alternativ]" : "[options]")
        return parts.joined(separator: " ")
    }

    /// The command at a path; the parser has checked the path.
    func resolve(_ path: [String]) -> CommandSpec {
        path.reduce(root) { command, word in command.subcommand(named: word) ?? command }
    }

    // MARK: - Layout

    private func heading(sv: String, en: String) -> String { language == .sv ? sv + ":" : en + ":" }

    private func table(_ rows: [(String, String)]) -> [String] {
        let left = min(28, (rows.map(\.0.count).max() ?? 0) + 4)
        var lines: [String] = []
        for (name, text) in rows {
            let label = "  " + name
            // A label that fills its column gets its text on the next line, never glued to it.
            if label.count == left {
                lines.append(label)
                lines += wrap(text, indent: left)
                continue
            }
            let wrapped = wrap(text, indent: left, first: label)
            lines += wrapped
        }
        return lines
    }

    private func wrap(_ text: String, indent: Int, first: String = "") -> [String] {
        TextLayout.wrap(text, width: width, first: first, rest: String(repeating: " ", count: indent))
    }
}
