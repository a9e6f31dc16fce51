import TillitCore

/// One option in the declarative command table: its name, its value and its help.
///
/// Parsing, `--help`, usage errors and shell completions are all derived from these values, so an
/// option is described once and behaves the same everywhere.
struct OptionSpec: Sendable {
    /// What an option takes.
    enum Value: Sendable, Equatable {
        /// No value: present or absent.
        case flag
        /// Free text, e.g. a name.
        case text
        /// A whole number within a range.
        case integer(ClosedRange<Int>)
        /// One of a closed set, e.g. `text`, `markdown`, `json`, each spelled in both languages.
        case choice(ChoiceList)
        /// A path to a file.
        case file
        /// A built-in name from a closed set, or else a path to a file: `--questionnaire quick` or
        /// `--questionnaire eget.json`. Help and completions offer the names; any text is accepted.
        case choiceOrFile([Choice])
        /// A calendar date, `YYYY-MM-DD`.
        case date
    }

    /// The long name without dashes, e.g. `format`.
    var name: String
    /// The one-letter short name, e.g. `o` for `-o`.
    var short: Character?
    /// What the option takes.
    var value: Value
    /// The placeholder shown in help, e.g. `FIL`/`FILE`.
    var valueName: LocalizedText
    /// The default shown in help and used when the option is absent.
    var defaultValue: String?
    /// Whether the option may be given more than once (every value is kept).
    var isRepeatable: Bool
    /// Whether the command cannot run without it (``RequiredOption``).
    var isRequired = false
    /// One line of help.
    var help: LocalizedText

    init(
        _ name: String, short: Character? = nil, value: Value, valueName: Placeholder? = nil,
        defaultValue: String? = nil, repeatable: Bool = false, help: LocalizedText
    ) {
        self.name = name
        self.short = short
        self.value = value
        // A choice's placeholder is the option's own name (`FORMAT`) when help lists the choices below it.
        self.valueName = valueName?.text ?? LocalizedText(sv: name.uppercased(), en: name.uppercased())
        self.defaultValue = defaultValue
        self.isRepeatable = repeatable
        self.help = help
    }

    /// The option as a user writes it: `-o, --output OUT`, `-f, --format text|json`.
    func synopsis(_ language: Language) -> String {
        var text = short.map { "-\($0), " } ?? "    "
        text += "--\(name)"
        if value != .flag { text += " " + value.placeholder(valueName(language), language) }
        return text
    }
}

extension OptionSpec.Value {
    /// How help shows the value: the choices themselves when they fit on a line, else the placeholder
    /// (help lists the choices below it).
    func placeholder(_ name: String, _ language: Language) -> String {
        guard case .choice(let choices) = self, !choices.all.isEmpty, choices.allSatisfy({ $0.help == nil })
        else { return name }
        return choices.map { $0.spelling(language) }.joined(separator: "|")
    }

    /// The choices, or none for an open value.
    var choices: [Choice] {
        switch self {
        case .choice(let choices): choices.all
        case .choiceOrFile(let choices): choices
        default: []
        }
    }
}

extension OptionSpec {
    /// `--help`, accepted by every command.
    static let help = OptionSpec(
        "help", short: "h", value: .flag,
        help: LocalizedText(sv: "Visa hjälp för kommandot", en: "Show help for the command"))
}
