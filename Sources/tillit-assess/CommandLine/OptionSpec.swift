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
        /// One of a fixed set of words, e.g. `text`, `markdown`, `json`.
        case choice([String])
        /// A path to a file.
        case file
        /// A calendar date, `YYYY-MM-DD`.
        case date
    }

    /// The long name without dashes, e.g. `format`.
    var name: String
    /// The one-letter short name, e.g. `o` for `-o`.
    var short: Character?
    /// What the option takes.
    var value: Value
    /// The placeholder shown in help, e.g. `FORMAT`.
    var valueName: String
    /// The default shown in help and used when the option is absent.
    var defaultValue: String?
    /// Whether the option may be given more than once (every value is kept).
    var isRepeatable: Bool
    /// One line of help.
    var help: LocalizedText

    init(
        _ name: String, short: Character? = nil, value: Value, valueName: String? = nil,
        defaultValue: String? = nil, repeatable: Bool = false, help: LocalizedText
    ) {
        self.name = name
        self.short = short
        self.value = value
        self.valueName = valueName ?? name.uppercased()
        self.defaultValue = defaultValue
        self.isRepeatable = repeatable
        self.help = help
    }

    /// The option as a user writes it: `-o, --output OUT`.
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? "    "
        text += "--\(name)"
        switch value {
        case .flag: break
        case .choice(let words): text += " " + words.joined(separator: "|")
        default: text += " \(valueName)"
        }
        return text
    }
}

extension OptionSpec {
    /// `--language sv|en`: the language of everything the command prints.
    static let language = OptionSpec(
        "language", value: .choice(Language.allCases.map(\.rawValue)),
        help: LocalizedText(
            sv: "Språk för utskriften (standard: från LC_ALL/LANG)",
            en: "Language of the output (default: from LC_ALL/LANG)"))

    /// `--format`: one of the given output formats, the first being the default.
    static func format(_ formats: [String]) -> OptionSpec {
        OptionSpec(
            "format", short: "f", value: .choice(formats), defaultValue: formats.first,
            help: LocalizedText(sv: "Utdataformat", en: "Output format"))
    }

    /// `--csv-dialect excel-sv|standard`: semicolons and decimal commas for Swedish Excel, or commas and
    /// points; without it, the language decides (Swedish gives `excel-sv`).
    static let csvDialect = OptionSpec(
        "csv-dialect", value: .choice(CSVDialect.allCases.map(\.rawValue)),
        help: LocalizedText(
            sv: "CSV för svenskt Excel (semikolon, decimalkomma) eller standard (komma, decimalpunkt); "
                + "förval: efter språket",
            en: "CSV for Swedish Excel (semicolon, decimal comma) or standard (comma, decimal point); "
                + "default: from the language"))

    /// `-o, --output OUT`: write to a file instead of standard output.
    static let output = OptionSpec(
        "output", short: "o", value: .file, valueName: "OUT",
        help: LocalizedText(
            sv: "Skriv till filen OUT i stället för till standard ut",
            en: "Write to the file OUT instead of standard output"))

    /// `--force`: allow replacing an existing output file.
    static let force = OptionSpec(
        "force", value: .flag,
        help: LocalizedText(
            sv: "Skriv över en befintlig utdatafil", en: "Overwrite an existing output file"))

    /// `--help`, accepted by every command.
    static let help = OptionSpec(
        "help", short: "h", value: .flag,
        help: LocalizedText(sv: "Visa hjälp för kommandot", en: "Show help for the command"))
}
