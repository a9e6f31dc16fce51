/// The sentences of the comparison between two assessments.
extension Vocabulary {
    /// The comparison's kicker.
    public static let comparisonKicker = LocalizedText(
        sv: "Självskattning över tid", en: "Self-assessment over time")

    /// *59 → 66 (+7)*.
    public static func beforeAfter(_ old: String, _ new: String, change: String) -> LocalizedText {
        LocalizedText(sv: "\(old) → \(new) (\(change))", en: "\(old) → \(new) (\(change))")
    }

    /// *2025-10-01 → 2026-04-01*.
    public static func period(_ old: String, _ new: String) -> LocalizedText {
        LocalizedText(sv: "\(old) → \(new)", en: "\(old) → \(new)")
    }

    /// The direction of a change and what it means.
    public static func direction(_ change: Comparison.TargetChange) -> LocalizedText {
        if change.withheld != nil { return LocalizedText(sv: "redovisas inte", en: "withheld") }
        guard let direction = change.direction else {
            return LocalizedText(sv: "kan inte jämföras", en: "not comparable")
        }
        let arrow =
            switch direction {
            case .same: "→"
            case .up: "↑"
            case .down: "↓"
            }
        if direction == .same { return LocalizedText(sv: "→ oförändrad", en: "→ unchanged") }
        if change.withinNoise == true {
            return LocalizedText(
                sv: "\(arrow) osäkert (inom felmarginalen)",
                en: "\(arrow) uncertain (within the margin of error)")
        }
        return change.improved == true
            ? LocalizedText(sv: "\(arrow) bättre", en: "\(arrow) better")
            : LocalizedText(sv: "\(arrow) sämre", en: "\(arrow) worse")
    }

    /// How to read the changes.
    public static let changesNote = LocalizedText(
        sv:
            "Nivå före och nu, ändring i nivå och index. För ett problemområde är en sänkning en förbättring. "
            + "Ändringarna räknas på de avrundade talen, så att de går jämnt upp. En ändring som är mindre än "
            + "felmarginalen för antalet svarande kallas osäker: den kan lika gärna vara slump.",
        en: "Score before and now, change in score and index. For a problem area a fall is an improvement. "
            + "Changes are computed from the rounded figures, so that they add up. A change smaller than the margin "
            + "of error for the number of respondents is called uncertain: it may as well be chance.")

    /// The earlier assessment had no plan.
    public static let noEarlierPlan = LocalizedText(
        sv: "Den tidigare självskattningen har ingen plan med åtgärder.",
        en: "The earlier assessment has no plan with actions.")

    /// An earlier action the later plan does not carry.
    public static let notInLaterPlan = LocalizedText(
        sv: "finns inte i den senare planen", en: "not in the later plan")

    /// Statements whose change is withheld.
    public static func changeWithheld(_ count: Int, threshold: Int) -> LocalizedText {
        LocalizedText(
            sv: "Förändringen redovisas inte för \(count) \(count == 1 ? "påstående" : "påståenden") med "
                + "tillhörande principer och problemområden: där har färre än \(threshold) personer svarat i bara "
                + "den ena självskattningen, och skillnaden skulle vara deras svar.",
            en:
                "The change is withheld for \(count) statement\(count == 1 ? "" : "s") and their principles and "
                + "problem areas: fewer than \(threshold) people answered them in only one of the assessments, and "
                + "the difference would be their answers.")
    }

    /// The questionnaires differ.
    public static func questionnairesDiffer(_ shared: Int, old: String, new: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Frågeformulären skiljer sig (\(old) → \(new)). Jämförelsen bygger på \(shared) gemensamma påståenden; principernas "
                + "och problemområdenas nivå bygger på olika påståenden och är bara ungefärligt jämförbar.",
            en:
                "The questionnaires differ (\(old) → \(new)). The comparison rests on \(shared) shared statements; the scores of "
                + "principles and problem areas rest on different statements and compare only roughly.")
    }

    /// Statements only in the earlier assessment.
    public static func onlyInEarlier(_ list: String) -> LocalizedText {
        LocalizedText(sv: "Bara i den tidigare: \(list)", en: "Only in the earlier: \(list)")
    }

    /// Statements only in the later assessment.
    public static func onlyInLater(_ list: String) -> LocalizedText {
        LocalizedText(sv: "Bara i den senare: \(list)", en: "Only in the later: \(list)")
    }

    /// Statements reworded between the questionnaires.
    public static func reworded(_ list: String) -> LocalizedText {
        LocalizedText(
            sv: "Omformulerade och därför inte jämförda: \(list)",
            en: "Reworded and therefore not compared: \(list)")
    }

    /// Principles or problem areas only one assessment measures.
    public static func measuredInOne(_ list: String) -> LocalizedText {
        LocalizedText(sv: "Mäts bara i den ena: \(list)", en: "Measured in only one: \(list)")
    }

    /// The header of the comparison's CSV.
    public static let comparisonCSVHeader = [
        LocalizedText(sv: "typ", en: "kind"), LocalizedText(sv: "id", en: "id"),
        LocalizedText(sv: "före", en: "before"), LocalizedText(sv: "nu", en: "now"),
        LocalizedText(sv: "ändring", en: "change"), LocalizedText(sv: "index före", en: "index before"),
        LocalizedText(sv: "index nu", en: "index now"),
        LocalizedText(sv: "ändring index", en: "index change"),
        LocalizedText(sv: "riktning", en: "direction"), LocalizedText(sv: "status då", en: "status then"),
        LocalizedText(sv: "status nu", en: "status now"), LocalizedText(sv: "text", en: "text"),
    ]
}
