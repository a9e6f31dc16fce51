/// The sentences of the development plan.
extension Vocabulary {
    /// The plan's kicker.
    public static let planKicker = LocalizedText(sv: "Utvecklingsplan", en: "Development plan")

    /// *Självskattning 2026-11-20*.
    public static func assessedOn(_ date: String) -> LocalizedText {
        LocalizedText(sv: "Självskattning \(date)", en: "Self-assessment \(date)")
    }

    /// *Samtalsledare: Karin*.
    public static func ledBy(_ name: String) -> LocalizedText {
        LocalizedText(sv: "Samtalsledare: \(name)", en: "Facilitator: \(name)")
    }

    /// *8 deltagare*.
    public static func participantCount(_ count: Int) -> LocalizedText {
        LocalizedText(sv: "\(count) deltagare", en: count == 1 ? "1 participant" : "\(count) participants")
    }

    /// The team has not agreed a plan: what the page shows instead.
    public static let proposalOnly = LocalizedText(
        sv: "Inga åtgärder är beslutade ännu. Planen nedan är ett förslag utifrån självskattningen; "
            + "ledningsgruppen väljer själv vilka principer den vill arbeta med och beslutar sina egna åtgärder.",
        en:
            "No actions are agreed yet. The plan below is a proposal from the self-assessment; the management "
            + "team chooses the principles it will work on and decides its own actions.")

    /// No actions yet.
    public static let noActions = LocalizedText(
        sv: "Inga åtgärder är beslutade ännu.", en: "No actions are agreed yet.")

    /// The focus heading: the team's or the proposal's.
    public static func focusHeading(agreed: Bool) -> LocalizedText {
        agreed
            ? LocalizedText(sv: "Principer vi arbetar med", en: "Principles we work on")
            : LocalizedText(sv: "Föreslagna principer att arbeta med", en: "Proposed principles to work on")
    }

    /// The problem-area heading: the team's or the proposal's.
    public static func problemAreasHeading(agreed: Bool) -> LocalizedText {
        agreed
            ? LocalizedText(sv: "Problemområden vi tar oss an", en: "Problem areas we address")
            : LocalizedText(sv: "Problemområden som märks mest", en: "Problem areas most present")
    }

    /// Why no principle is proposed.
    public static func noFocus(anyRanked: Bool) -> LocalizedText {
        anyRanked
            ? LocalizedText(
                sv: "Ingen princip föreslås: de principer som gruppen har satt mål för har redan nått dem.",
                en: "No principle is proposed: the principles the team set targets for have reached them.")
            : LocalizedText(
                sv: "Ingen princip föreslås ännu: självskattningen har inga svar eller mål att utgå från.",
                en: "No principle is proposed yet: the assessment has no answers or targets to go on.")
    }

    /// A focus principle's related problem areas, when there are none to show.
    public static func noRelatedAreas(measured: Bool) -> LocalizedText {
        measured
            ? LocalizedText(
                sv: "inget av de kopplade problemområdena märks mer än måttligt",
                en: "none of the linked problem areas is more than moderately present")
            : LocalizedText(sv: "inga kopplade problemområden", en: "no linked problem areas")
    }

    /// Related problem areas that the assessment did not measure.
    public static func unmeasuredAreas(_ names: String) -> LocalizedText {
        LocalizedText(
            sv: "\(names) (kopplade i betänkandet; självskattningen mäter dem inte)",
            en: "\(names) (linked in the report; this assessment does not measure them)")
    }

    /// Said of a focus principle the team chose but gave no action, so that it is not forgotten.
    public static let noActionForFocus = LocalizedText(
        sv: "Ingen åtgärd är beslutad för den här principen ännu.",
        en: "No action is agreed for this principle yet.")
    /// The heading of the issues parked during the workshop.
    public static let parkingLotHeading = LocalizedText(
        sv: "Parkeringsplats: frågor att ta upp senare", en: "Parking lot: issues to take up later")
    /// The heading of the measures proposed for a principle.
    public static let proposedMeasures = LocalizedText(
        sv: "Förslag ur åtgärdskatalogen", en: "Proposed measures from the catalogue")

    /// The level column of the problem areas.
    public static let howPresent = LocalizedText(sv: "Hur tydligt det märks (1–5)", en: "How present (1–5)")

    /// The heading of the measures of one horizon.
    public static func horizonHeading(_ horizon: Horizon) -> LocalizedText {
        switch horizon {
        case .quickWin:
            LocalizedText(sv: "På kort sikt (inom tre månader)", en: "Short term (within three months)")
        case .longTerm: LocalizedText(sv: "På lång sikt", en: "Long term")
        }
    }

    /// *Källa: SOU 2019:43 §…*.
    public static func source(_ source: String) -> LocalizedText {
        LocalizedText(sv: "Källa: \(source).", en: "Source: \(source).")
    }

    /// A label and its value: *Ansvarig: Anna*.
    public static func labelled(_ label: String, _ value: String) -> LocalizedText {
        LocalizedText(sv: "\(label): \(value)", en: "\(label): \(value)")
    }

    /// What the follow-up is for.
    public static func followUpText(_ date: String) -> LocalizedText {
        LocalizedText(
            sv: "Ledningsgruppen följer upp planen \(date): vad har gjorts, vad har det gett och vad behöver "
                + "ändras? Gör gärna om självskattningen då, så syns förändringen.",
            en:
                "The management team follows the plan up on \(date): what has been done, what has it achieved "
                + "and what needs to change? Repeating the self-assessment then shows the change.")
    }

    /// How the planner ranks the principles.
    public static let rankingRule = LocalizedText(
        sv: "Principer som ligger under sitt mål kommer först, med störst gap mellan mål och nuläge först; "
            + "därefter principer utan mål, med lägst nuläge först. Vid lika gap avgör lägst nuläge och därefter "
            + "störst oenighet i gruppen. Nivåerna avser skalan 1–5.",
        en:
            "Principles below their target come first, largest gap between target and current level first; then "
            + "principles without a target, lowest level first. Ties go to the lower level, then to the wider "
            + "disagreement in the team. Levels are on the 1–5 scale.")

    /// The plan's closing line.
    public static let planFooter = LocalizedText(
        sv: "Underlag: SOU 2019:43 Med tillit följer bättre resultat – tillitsbaserad styrning och ledning i "
            + "staten. Åtgärdsförslagen är hämtade ur betänkandet och SOU 2018:47; källan anges vid varje förslag. "
            + "Skapad med tillit-assess.",
        en:
            "Based on SOU 2019:43 Med tillit följer bättre resultat (trust-based governance and management in "
            + "central government). The proposed measures come from that report and SOU 2018:47; each gives its "
            + "source. Made with tillit-assess.")

    /// The header of the plan's CSV.
    public static let planCSVHeader: [Term] = [
        .id, .status, .action, .owner, .due, .horizon, .principle, .problemArea, .inspiredBy, .expectedEffect,
        .followUp, .note,
    ]
}
