import TillitCore

/// The word help shows for a value the user fills in: `FILE` in English, `FIL` in Swedish.
///
/// One list, so that `--owner NAMN` in `plan add-action` and `--unit NAMN` in `import` are the same
/// word, and a Swedish help page never falls back to an English placeholder.
enum Placeholder: Sendable, CaseIterable {
    case file
    case output
    case name
    case text
    case date
    case id
    case idOrFile
    case number
    case header
    case encoding
    case sheet
    case role
    case type
    case actionID
    case assessment
    case old
    case new
    case questionnaire
    case response
    case shell
    case status
    case language
    case format
    case horizon
    case csvDialect

    /// The placeholder in both languages.
    var text: LocalizedText {
        switch self {
        case .file: LocalizedText(sv: "FIL", en: "FILE")
        case .output: LocalizedText(sv: "UTFIL", en: "OUT")
        case .name: LocalizedText(sv: "NAMN", en: "NAME")
        case .text: LocalizedText(sv: "TEXT", en: "TEXT")
        case .date: LocalizedText(sv: "ÅÅÅÅ-MM-DD", en: "YYYY-MM-DD")
        case .id: LocalizedText(sv: "ID", en: "ID")
        case .idOrFile: LocalizedText(sv: "ID|FIL", en: "ID|FILE")
        case .number: LocalizedText(sv: "N", en: "N")
        case .header: LocalizedText(sv: "RUBRIK", en: "HEADER")
        case .encoding: LocalizedText(sv: "TECKENKODNING", en: "ENCODING")
        case .sheet: LocalizedText(sv: "NAMN|N", en: "NAME|N")
        case .role: LocalizedText(sv: "ROLL", en: "ROLE")
        case .type: LocalizedText(sv: "TYP", en: "TYPE")
        case .actionID: LocalizedText(sv: "ÅTGÄRDS-ID", en: "ACTION-ID")
        case .assessment: LocalizedText(sv: "SJÄLVSKATTNING", en: "ASSESSMENT")
        case .old: LocalizedText(sv: "TIDIGARE", en: "OLD")
        case .new: LocalizedText(sv: "SENARE", en: "NEW")
        case .questionnaire: LocalizedText(sv: "FRÅGEFORMULÄR", en: "QUESTIONNAIRE")
        case .response: LocalizedText(sv: "SVARSFIL", en: "RESPONSE")
        case .shell: LocalizedText(sv: "SKAL", en: "SHELL")
        case .status: LocalizedText(sv: "STATUS", en: "STATUS")
        case .language: LocalizedText(sv: "SPRÅK", en: "LANGUAGE")
        case .format: LocalizedText(sv: "FORMAT", en: "FORMAT")
        case .horizon: LocalizedText(sv: "SIKT", en: "HORIZON")
        case .csvDialect: LocalizedText(sv: "CSV-DIALEKT", en: "CSV-DIALECT")
        }
    }

    /// The placeholder in the given language.
    func callAsFunction(_ language: Language) -> String { text(language) }
}
