/// The sentences of the workshop's own screens: the summary before the team leaves the room and the
/// group view.
extension Vocabulary {
    /// The summary's kicker.
    public static let workshopResults = LocalizedText(sv: "Resultat", en: "Results")

    /// The column of the individual round's mean.
    public static let individualRound = LocalizedText(sv: "Enskilt", en: "Individual")

    /// How the summary's columns are read.
    public static let workshopSummaryKey = LocalizedText(
        sv: "Enskilt: medelvärdet av de enskilda svaren (1–5); ! = oenighet. Överenskommen nivå och mål: "
            + "det ledningsgruppen enades om.",
        en:
            "Individual: the mean of the individual answers (1–5); ! = disagreement. Agreed level and target: "
            + "what the management team agreed.")

    /// The plan has not been started.
    public static let noPlanYet = LocalizedText(sv: "Ingen plan ännu.", en: "No plan yet.")

    /// The follow-up meeting's label.
    public static let followUpMeeting = LocalizedText(sv: "Uppföljningsmöte", en: "Follow-up meeting")

    /// A principle and what is done for it: *Stöd: Chefen har öppet hus*.
    public static func forPrinciple(_ principle: String, _ what: String) -> LocalizedText {
        LocalizedText(sv: "\(principle): \(what)", en: "\(principle): \(what)")
    }

    /// The group view's heading, before the number of participants.
    public static let groupView = LocalizedText(sv: "Gruppens bild", en: "Group view")

    /// The title of the principles' chart in the group view.
    public static let principlesChartTitle = LocalizedText(
        sv: "Principer (hög nivå = principen efterlevs)", en: "Principles (high = lived)")

    /// The title of the problem areas' chart in the group view.
    public static let problemAreasChartTitle = LocalizedText(
        sv: "Problemområden (hög nivå = problemet finns hos oss)",
        en: "Problem areas (high = the problem is present)")

    /// The score axis of a chart: *nivå 1–5*.
    public static func scoreOnScale(_ scale: String) -> LocalizedText {
        LocalizedText(sv: "nivå \(scale)", en: "score \(scale)")
    }

    /// How the group view's charts are read.
    public static let groupViewKey = LocalizedText(
        sv: "Spridning = genomsnittlig standardavvikelse. ! = oenighet: svaren på något påstående "
            + "spänner över tre steg eller fler.",
        en: "Spread = mean standard deviation. ! = disagreement: the answers to a statement span "
            + "three steps or more.")

    /// Latecomers not yet in the group view, and why.
    public static func latecomersWaiting(_ waiting: Int, threshold: Int) -> LocalizedText {
        LocalizedText(
            sv: "\(waiting) som kommit senare ingår inte ännu: gruppens bild tar in nya svar först när "
                + "minst \(threshold) har tillkommit, så att ingen enskilds svar syns som skillnaden.",
            en: "\(waiting) who came later \(waiting == 1 ? "is" : "are") not included yet: the group view "
                + "takes in new answers only once at least \(threshold) have come, so that no one's answers show "
                + "as the difference.")
    }

    /// The heading of the statements where the team differs most.
    public static let whereYouDiffer = LocalizedText(
        sv: "Där ni skiljer er mest (oenighet först; antal svar per steg)",
        en: "Where you differ most (disagreement first; answers per step)")

    /// Statements withheld from the group view under the threshold.
    public static func statementsWithheld(_ count: Int, threshold: Int) -> LocalizedText {
        LocalizedText(
            sv:
                "\(count) \(count == 1 ? "påstående" : "påståenden") visas inte: färre än \(threshold) har svarat "
                + "på \(count == 1 ? "det" : "dem") (\"vet ej\" räknas inte).",
            en: "\(count) statement\(count == 1 ? "" : "s") withheld: fewer than \(threshold) answered "
                + "\(count == 1 ? "it" : "them") (\"don't know\" does not count).")
    }

    /// A statement's mean: *medel 3,2*.
    public static func meanOf(_ value: String) -> LocalizedText {
        LocalizedText(sv: "medel \(value)", en: "mean \(value)")
    }

    /// The lowest and highest answer: *svar 1–5*.
    public static func answerRange(_ minimum: Int, _ maximum: Int) -> LocalizedText {
        LocalizedText(sv: "svar \(minimum)–\(maximum)", en: "answers \(minimum)–\(maximum)")
    }

    /// How many answered *don't know*: *2 vet ej*.
    public static func dontKnowCount(_ count: Int) -> LocalizedText {
        LocalizedText(sv: "\(count) vet ej", en: "\(count) don't know")
    }

    /// A distribution withheld under the threshold.
    public static func distributionWithheld(threshold: Int) -> LocalizedText {
        LocalizedText(
            sv: "Fördelningen visas inte: färre än \(threshold) svar.",
            en: "Distribution withheld: fewer than \(threshold) answers.")
    }
}
