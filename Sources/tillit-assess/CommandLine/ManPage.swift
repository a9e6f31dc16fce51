import TillitCore

/// The manual page `tillit-assess(1)` in roff, generated from the command table and the exit codes.
struct ManPage {
    var root: CommandSpec
    var language: Language
    var version: String

    var text: String {
        var out = ".TH TILLIT-ASSESS 1 \"\" \"tillit-assess \(version)\" \"\"\n"
        out += ".SH NAME\n\(root.name) \\- \(escape(root.summary(language)))\n"
        out += ".SH SYNOPSIS\n.B \(root.name)\n.I command\n[\\fIoptions\\fR]\n"
        out += ".SH COMMANDS\n"
        func describe(_ command: CommandSpec, path: [String]) {
            let usage = HelpFormatter(root: root, language: language).usage(for: path)
            out += ".SS \(escape(usage))\n\(escape(command.summary(language)))\n"
            if let discussion = command.discussion { out += ".PP\n\(escape(discussion(language)))\n" }
            let help = HelpFormatter(root: root, language: language)
            for argument in command.arguments {
                out += ".TP\n.I \(escape(argument.synopsis(language)))\n\(escape(argument.help(language)))\n"
                out += values(argument.value)
            }
            for option in command.allOptions {
                out +=
                    ".TP\n.B \(escape(option.synopsis(language).trimmingLeadingSpaces))\n\(escape(help.optionText(option)))\n"
                out += values(option.value)
            }
            for rule in command.rules { out += ".PP\n\(escape(rule.text()(language)))\n" }
            if !command.examples.isEmpty {
                out += ".PP\n" + (language == .sv ? "Exempel:" : "Examples:") + "\n.nf\n"
                out +=
                    command.examples.map { "  \(root.name) \(escape($0))" }.joined(separator: "\n")
                    + "\n.fi\n"
            }
            for sub in command.subcommands { describe(sub, path: path + [sub.name]) }
        }
        for command in root.subcommands { describe(command, path: [command.name]) }
        out += ".SH ENVIRONMENT\n.TP\n.B LC_ALL, LANG\n"
        out += escape(
            language == .sv
                ? "Svenska när värdet börjar med sv, annars engelska; --language går före."
                : "Swedish when the value begins with sv, English otherwise; --language takes precedence.")
        out += "\n.TP\n.B NO_COLOR\n"
        out += escape(
            language == .sv
                ? "Ingen färg i utskriften när variabeln är satt." : "No colour in the output when set.")
        out += "\n.SH EXIT STATUS\n"
        let codes: [(ExitCode, String, String)] = [
            (.success, "klart", "success"),
            (.failure, "kommandot kördes men rapporterar ett fel", "the command ran but reports a failure"),
            (.usage, "fel i kommandoraden", "usage error"),
            (.dataError, "felaktigt innehåll i en indatafil", "bad input data"),
            (.noInput, "indatafilen saknas eller kan inte läsas", "input file missing or unreadable"),
            (
                .cannotCreate, "utdatafilen finns (ange --force) eller kan inte skapas",
                "output exists (give --force) or cannot be created"
            ),
            (.ioError, "läsning eller skrivning misslyckades", "reading or writing failed"),
            (
                .interrupted, "avbrutet med Ctrl-C; svaren är sparade",
                "interrupted with Ctrl-C; answers are saved"
            ),
        ]
        for (code, sv, en) in codes {
            out += ".TP\n.B \(code.rawValue)\n\(escape(language == .sv ? sv : en))\n"
        }
        return out
    }

    /// The values of a closed set, each with what it means when it needs saying, indented under the
    /// option or argument they belong to.
    private func values(_ value: OptionSpec.Value) -> String {
        let choices = value.choices
        guard !choices.isEmpty else { return "" }
        if choices.allSatisfy({ $0.help == nil }) {
            let words = choices.map { $0.spellings.joined(separator: " / ") }.joined(separator: ", ")
            return ".RS\n\(escape((language == .sv ? "Värden: " : "Values: ") + words + "."))\n.RE\n"
        }
        var out = ".RS\n"
        for choice in choices {
            out += ".TP\n.B \(escape(choice.spellings.joined(separator: " / ")))\n"
            out += escape(choice.help?(language) ?? "") + "\n"
        }
        return out + ".RE\n"
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "-", with: "\\-")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }
            .joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
