/// The words of the framework hand-outs: the eight principles and the five problem areas.
extension Vocabulary {
    /// The title of SOU 2019:43 as the hand-outs cite it.
    static let reportTitle =
        "Med tillit följer bättre resultat – tillitsbaserad styrning och ledning i staten"

    /// The principles hand-out's title.
    public static let principlesTitle = LocalizedText(
        sv: "Åtta vägledande principer", en: "Eight guiding principles")

    /// Where the principles are defined.
    public static let principlesReference = LocalizedText(
        sv: "SOU 2019:43 Tabell 3.3", en: "SOU 2019:43 Tabell 3.3")

    /// What the principles hand-out quotes and what it summarises.
    public static let principlesIntro = LocalizedText(
        sv: "Tillitsdelegationens vägledande principer för tillitsbaserad styrning och ledning, ur "
            + "\(reportTitle) (SOU 2019:43). Definitionen av varje princip citeras ordagrant ur "
            + "Tabell 3.3. Punkterna under definitionen sammanfattar med egna ord hur betänkandet "
            + "beskriver principen, med hänvisning till avsnitten.",
        en: "The Trust Delegation's guiding principles for trust-based governance and management, from "
            + "\(reportTitle) (SOU 2019:43). Each definition translates Tabell 3.3 of the report, which "
            + "the Swedish edition quotes word for word. The points below it summarise in our own words how "
            + "the report describes the principle, with references to its sections.")

    /// A principle's heading: its number, its name and, for the principle added in 2019, that it is new.
    public static func principleHeading(_ number: Int, _ name: String, isNew: Bool) -> LocalizedText {
        LocalizedText(
            sv: "\(number). \(name)" + (isNew ? " (ny 2019)" : ""),
            en: "\(number). \(name)" + (isNew ? " (new in 2019)" : ""))
    }

    /// The problem areas hand-out's title.
    public static let problemAreasTitle = LocalizedText(sv: "Fem problemområden", en: "Five problem areas")

    /// Where the problem areas are described.
    public static let problemAreasReference = LocalizedText(sv: "SOU 2019:43 §1.6", en: "SOU 2019:43 §1.6")

    /// What the problem areas hand-out takes from the report and what it writes itself.
    public static let problemAreasIntro = LocalizedText(
        sv: "De fem problemområden som \(reportTitle) (SOU 2019:43) beskriver i avsnitt 1.6. "
            + "Rubrikerna är betänkandets egna; sammanfattningarna och tecknen är skrivna utifrån "
            + "betänkandet så att en ledningsgrupp kan fråga sig om de känner igen dem, och varje tecken "
            + "hänvisar till det avsnitt som beskriver det.",
        en: "The five problem areas that \(reportTitle) (SOU 2019:43) describes in section 1.6. "
            + "The headings are the report's own; the summaries and symptoms are written from the report "
            + "so that a management team can ask whether it recognises them, and each symptom refers to "
            + "the section that describes it.")

    /// A numbered heading, e.g. *1. Bristande medborgarfokus*.
    public static func numbered(_ number: Int, _ text: String) -> LocalizedText {
        LocalizedText(sv: "\(number). \(text)", en: "\(number). \(text)")
    }

    /// *Tecken*: the signs by which a team recognises a problem area.
    public static let symptoms = LocalizedText(sv: "Tecken", en: "Symptoms")

    /// A symptom with the section that describes it.
    public static func symptom(_ text: String, citation: String) -> LocalizedText {
        LocalizedText(sv: "\(text) (\(citation))", en: "\(text) (\(citation))")
    }

    /// The heading over the principles linked to a problem area.
    public static let addressingPrinciples = LocalizedText(
        sv: "Principer som motverkar problemet", en: "Principles that address it")

    /// What the `*` after a linked principle means; every format that prints the mark prints this.
    public static let inferredLink = LocalizedText(
        sv: "* Kopplingen anges inte i betänkandet; den är projektets egen tolkning.",
        en: "* The report does not state this link; it is the project's own reading.")
}
