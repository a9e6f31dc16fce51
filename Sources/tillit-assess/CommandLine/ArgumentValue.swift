import TillitCore

/// A value an option or argument takes, read from the text on the command line.
///
/// The type decides what the parser checks (its ``argumentKind``) and what help, completions and the
/// manual page list, so that a command receives a typed value and never converts text itself.
protocol ArgumentValue: Sendable {
    /// The value the text names, or `nil` when it names none.
    init?(argument: String)
    /// The value as the command line writes it, for a default shown in help.
    var argumentText: String { get }
    /// What the parser checks before the command runs.
    static var argumentKind: OptionSpec.Value { get }
}

/// A closed set of values, each spelled in Swedish and English on the command line.
///
/// `plan F set-status A2 klar` and `… done` mean the same; the parser stores the canonical
/// ``argumentName``, so a command sees only the typed case.
protocol ArgumentChoice: ArgumentValue, CaseIterable, Hashable {
    /// The canonical spelling, which files and English text use, e.g. `done`.
    var argumentName: String { get }
    /// The Swedish spelling, e.g. `klar`; the canonical one when Swedish has no other word.
    var swedishArgumentName: String { get }
    /// Further words accepted but not listed, e.g. `klar`, which the plan printed before `genomförd`.
    var argumentAliases: [String] { get }
    /// What the value means, listed in help and completions; `nil` when the word says it all.
    var argumentHelp: LocalizedText? { get }
}

extension ArgumentChoice {
    var argumentText: String { argumentName }
    var swedishArgumentName: String { argumentName }
    var argumentHelp: LocalizedText? { nil }
    var argumentAliases: [String] { [] }

    /// Every case as a choice, in declaration order.
    static var choices: [Choice] {
        allCases.map {
            Choice(
                $0.argumentName, sv: $0.swedishArgumentName, aliases: $0.argumentAliases,
                help: $0.argumentHelp)
        }
    }

    static var argumentKind: OptionSpec.Value { .choice(ChoiceList(choices)) }

    init?(argument: String) {
        let match = Self.allCases.first {
            Choice($0.argumentName, sv: $0.swedishArgumentName, aliases: $0.argumentAliases).accepts(argument)
        }
        guard let match else { return nil }
        self = match
    }
}

extension ArgumentChoice where Self: RawRepresentable, RawValue == String {
    var argumentName: String { rawValue }
}

extension String: ArgumentValue {
    init?(argument: String) { self = argument }
    var argumentText: String { self }
    static var argumentKind: OptionSpec.Value { .text }
}

extension Int: ArgumentValue {
    init?(argument: String) { self.init(argument) }
    var argumentText: String { String(self) }
    static var argumentKind: OptionSpec.Value { .integer(Int.min...Int.max) }
}

extension CalendarDate: ArgumentValue {
    init?(argument: String) { self.init(parsing: argument) }
    var argumentText: String { description }
    static var argumentKind: OptionSpec.Value { .date }
}

extension Language: ArgumentChoice {}

extension RenderFormat: ArgumentChoice {}

extension CSVDialect: ArgumentChoice {
    var argumentHelp: LocalizedText? {
        switch self {
        case .excelSwedish:
            LocalizedText(
                sv: "Semikolon och decimalkomma, för svenskt Excel",
                en: "Semicolons and decimal commas, for Swedish Excel")
        case .standard: LocalizedText(sv: "Komma och decimalpunkt", en: "Commas and decimal points")
        }
    }
}

extension Horizon: ArgumentChoice {
    /// The term the plan prints, as one word: `kort-sikt`, `lång-sikt`.
    var swedishArgumentName: String {
        Term.horizon(self).text.sv.lowercased().replacingOccurrences(of: " ", with: "-")
    }

    /// The English term as one word: `short-term` (`long-term` is the id itself).
    var argumentAliases: [String] {
        [Term.horizon(self).text.en.lowercased().replacingOccurrences(of: " ", with: "-")]
    }
}

extension Action.Status: ArgumentChoice {
    /// The word the plan prints, lower case: `planerad`, `påbörjad`, `genomförd`, `utgår`.
    var swedishArgumentName: String { Term.status(self).text.sv.lowercased() }

    /// `klar` for done: the word of the issue and of everyday Swedish, beside the plan's `genomförd`.
    var argumentAliases: [String] { self == .done ? ["klar"] : [] }
}

extension PrincipleID: ArgumentChoice {
    /// The id with its Swedish letters: `långsiktighet`, `stöd`, `öppenhet`.
    var swedishArgumentName: String {
        switch self {
        case .stod: "stöd"
        case .oppenhet: "öppenhet"
        case .langsiktighet: "långsiktighet"
        default: rawValue
        }
    }
    var argumentHelp: LocalizedText? { Framework.sou2019_43.principle(self).name }
}

extension ProblemAreaID: ArgumentChoice {
    /// The id with its Swedish letters: `frånvaro-av-helhetsperspektiv`, `betungande-uppföljning`.
    var swedishArgumentName: String {
        switch self {
        case .franvaroAvHelhetsperspektiv: "frånvaro-av-helhetsperspektiv"
        case .betungandeUppfoljning: "betungande-uppföljning"
        default: rawValue
        }
    }
    var argumentHelp: LocalizedText? { Framework.sou2019_43.problemArea(self).title }
}

extension TextEncoding: ArgumentValue {
    init?(argument: String) { self.init(name: argument) }
    var argumentText: String { name }
    static var argumentKind: OptionSpec.Value { .choice(ChoiceList(names.map { Choice($0) })) }
}

/// The built-in questionnaires, offered by help and completions where a questionnaire file may also be
/// named.
enum QuestionnaireChoice {
    /// `standard`, `quick` (`snabbkoll`), `national-2019` (`nationell-2019`), each with its title, or a file.
    static var kind: OptionSpec.Value {
        .choiceOrFile(
            Questionnaire.builtInIDs.map {
                Choice(
                    $0, sv: Questionnaire.builtInName($0, in: .sv), help: Questionnaire.builtIn(id: $0)?.title
                )
            })
    }

    /// The built-in questionnaires' names as a reader of each language is offered them, in order:
    /// `standard, snabbkoll, nationell-2019`.
    static var names: LocalizedText {
        func list(_ language: Language) -> String {
            Questionnaire.builtInIDs.map { Questionnaire.builtInName($0, in: language) }
                .joined(separator: ", ")
        }
        return LocalizedText(sv: list(.sv), en: list(.en))
    }
}

extension CompletionScript.Shell: ArgumentChoice {}
