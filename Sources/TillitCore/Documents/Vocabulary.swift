/// The sentences of the documents that carry figures or names, in both languages, in one place beside
/// the ``Term`` list: the builders pass the facts, the vocabulary words them.
public enum Vocabulary {
    /// *8 deltagare (7 har svarat)*.
    public static func participants(_ count: Int, respondents: Int) -> LocalizedText {
        let answered = respondents == count
        return LocalizedText(
            sv: "\(count)" + (answered ? "" : " (\(respondents) har svarat)"),
            en: "\(count)" + (answered ? "" : " (\(respondents) answered)"))
    }

    /// A value on a scale of 100, e.g. *59 / 100*.
    public static func outOfHundred(_ value: String) -> LocalizedText {
        LocalizedText(sv: "\(value) / 100", en: "\(value) / 100")
    }

    /// A group and its size, e.g. *medarbetare (n = 3)*; the size never breaks over two lines.
    public static func groupSize(_ name: String, _ count: Int) -> LocalizedText {
        let size = "(n\u{00A0}=\u{00A0}\(count))"
        return LocalizedText(sv: "\(name) \(size)", en: "\(name) \(size)")
    }

    /// A group and its score, e.g. *ledningsgrupp 4,2*; the score stays beside the name.
    public static func groupScore(_ name: String, _ score: String) -> LocalizedText {
        LocalizedText(sv: "\(name)\u{00A0}\(score)", en: "\(name)\u{00A0}\(score)")
    }

    /// What stands in place of a withheld figure: the reason, not a bare dash.
    public static func withheld(_ reason: WithheldReason?, threshold: Int) -> LocalizedText {
        switch reason {
        case .complement, .fewChanged:
            LocalizedText(sv: "redovisas inte (kan räknas fram)", en: "withheld (could be derived)")
        case .fewerAnswers, nil:
            LocalizedText(
                sv: "redovisas inte (färre än \(threshold) svar)",
                en: "withheld (fewer than \(threshold) answers)")
        }
    }

    /// The groups withheld because too few answered.
    public static func groupsTooSmall(_ names: String, threshold: Int) -> LocalizedText {
        LocalizedText(
            sv: "Redovisas inte, färre än \(threshold) har svarat: \(names).",
            en: "Withheld, fewer than \(threshold) answered: \(names).")
    }

    /// The groups withheld because the total would give a smaller group away.
    public static func groupsComplement(_ names: String, threshold: Int) -> LocalizedText {
        LocalizedText(
            sv:
                "Redovisas inte heller, eftersom helheten minus de redovisade grupperna annars skulle visa färre "
                + "än \(threshold) personers svar: \(names).",
            en:
                "Also withheld, since the total minus the groups shown would otherwise give away the answers of "
                + "fewer than \(threshold) people: \(names).")
    }

    /// Participants without a role count only in the total.
    public static func withoutRole(_ count: Int) -> LocalizedText {
        LocalizedText(
            sv: "\(count) deltagare utan roll ingår bara i helheten.",
            en: count == 1
                ? "1 participant without a role counts only in the total."
                : "\(count) participants without a role count only in the total.")
    }

    /// A principle with its index, e.g. *Tillit: index 75*.
    public static func targetIndex(_ name: String, _ index: String) -> LocalizedText {
        LocalizedText(sv: "\(name): index \(index)", en: "\(name): index \(index)")
    }

    /// A gap between the agreed level and the target.
    public static func gapLine(_ name: String, agreed: Int, target: Int, gap: String) -> LocalizedText {
        LocalizedText(
            sv: "\(name): överenskommen nivå \(agreed), mål \(target) (avstånd \(gap))",
            en: "\(name): agreed \(agreed), target \(target) (gap \(gap))")
    }

    /// No gaps, since the team has set no targets.
    public static let noGaps = LocalizedText(
        sv: "Gruppen har inte satt några mål ännu.", en: "The team has not set any targets yet.")

    /// A statement the team disagrees on.
    public static func disagreementLine(_ statement: String, range: String, measures: String) -> LocalizedText
    {
        LocalizedText(
            sv: "\(statement) – svaren spänner över \(range) (\(measures))",
            en: "\(statement) – answers span \(range) (\(measures))")
    }

    /// The count of statements the team disagrees on.
    public static func disagreementCount(_ count: Int) -> LocalizedText {
        LocalizedText(
            sv: count == 1
                ? "Ett påstående har svar som spänner över minst tre steg."
                : "\(count) påståenden har svar som spänner över minst tre steg.",
            en: count == 1
                ? "One statement has answers spanning three or more steps."
                : "\(count) statements have answers spanning three or more steps.")
    }

    /// The largest difference between groups.
    public static func groupDifferenceLine(
        _ name: String, highest: String, highScore: String, lowest: String, lowScore: String,
        difference: String
    ) -> LocalizedText {
        LocalizedText(
            sv: "\(name): \(highest) \(highScore), \(lowest) \(lowScore) (skillnad \(difference))",
            en: "\(name): \(highest) \(highScore), \(lowest) \(lowScore) (difference \(difference))")
    }

    /// No statement with wide disagreement.
    public static let noDisagreement = LocalizedText(
        sv: "Inget påstående har svar som spänner över tre steg eller fler.",
        en: "No statement has answers spanning three or more steps.")

    /// What the disagreement section is for.
    public static let disagreementIntro = LocalizedText(
        sv:
            "Påståenden där svaren spänner över minst tre steg. De är underlag för samtal: vad ser vi olika på, "
            + "och varför?",
        en:
            "Statements whose answers span three or more steps. They are topics for discussion: what do we see "
            + "differently, and why?")

    /// What the groups section is for.
    public static let groupsIntro = LocalizedText(
        sv: "Tilliten går åt båda hållen i styrkedjan: här syns om grupperna ser verksamheten olika.",
        en: "Trust runs both ways along the chain of governance: this shows whether the groups see things "
            + "differently.")

    /// What a high value means for a problem area.
    public static let problemHighMeansPresent = LocalizedText(
        sv: "Här betyder ett högt värde att problemet finns.",
        en: "Here a high value means the problem is present.")

    /// The plan's actions counted by status.
    public static func actionCount(_ count: Int, status: String) -> LocalizedText {
        LocalizedText(sv: "\(status): \(count)", en: "\(status): \(count)")
    }

    /// A principle with a gap that no action addresses.
    public static func gapWithoutAction(_ names: String) -> LocalizedText {
        LocalizedText(
            sv: "Ingen åtgärd gäller ännu: \(names).", en: "No action addresses yet: \(names).")
    }

    /// The plan's focus and actions address every gap.
    public static let everyGapHasAction = LocalizedText(
        sv: "Varje princip med avstånd till mål har minst en åtgärd.",
        en: "Every principle with a gap to its target has at least one action.")

    /// There is no plan yet.
    public static let noPlan = LocalizedText(
        sv: "Gruppen har ännu ingen utvecklingsplan.", en: "The team has no development plan yet.")

    /// The follow-up date.
    public static func followUpOn(_ date: String) -> LocalizedText {
        LocalizedText(sv: "Uppföljning \(date)", en: "Follow-up on \(date)")
    }

    /// The radar's caption.
    public static func radarCaption(minimum: Int, maximum: Int) -> LocalizedText {
        LocalizedText(
            sv:
                "Ytterkanten är nivå \(maximum) (index 100), mitten nivå \(minimum) (index 0). Tabellen nedan "
                + "visar samma värden.",
            en:
                "The outer edge is score \(maximum) (index 100), the centre score \(minimum) (index 0). The table "
                + "below shows the same values.")
    }

    /// The radar's title.
    public static let radarTitle = LocalizedText(
        sv: "Principerna: överenskommen nivå, mål och de enskilda svaren",
        en: "The principles: agreed level, target and the individual answers")

    /// The bars' title for the problem areas.
    public static let problemBarsTitle = LocalizedText(sv: "Problemområdenas index", en: "Problem-area index")

    /// The bars' title for the principles, when there are too few for a radar.
    public static let principleBarsTitle = LocalizedText(
        sv: "Principernas index", en: "The principles' index")

    /// The caption of the statements table.
    public static let statementsCaption = LocalizedText(
        sv: "Statistik per påstående, ordnat efter vad det mäter",
        en: "Statistics per statement, by what it measures")

    /// The short header of the standard deviation column.
    public static let standardDeviationShort = LocalizedText(sv: "Std.av.", en: "SD")

    /// The header of a distribution column, naming the steps in order.
    public static func distributionHeader(_ steps: String) -> LocalizedText {
        LocalizedText(sv: "Fördelning (\(steps))", en: "Distribution (\(steps))")
    }

    /// *Framework: SOU 2019:43 …*, the closing line of every document.
    public static let footer = LocalizedText(
        sv: "Ramverk: SOU 2019:43 Med tillit följer bättre resultat. Skapad med tillit-assess.",
        en: "Framework: SOU 2019:43 Med tillit följer bättre resultat. Made with tillit-assess.")

    /// How to read the report: what each figure is, matching what the report shows.
    public static func howToRead(
        minimum: Int, maximum: Int, threshold: Int, hasAgreedLevels: Bool, hasUnscored: Bool
    ) -> [LocalizedText] {
        var sentences = [
            LocalizedText(
                sv: "Nivå är medelvärdet av påståendenas medelvärden på skalan \(minimum)–\(maximum). "
                    + "”Vet ej” räknas inte.",
                en: "Score is the mean of the statements' means on the scale \(minimum)–\(maximum). "
                    + "“Don't know” is not counted."),
            LocalizedText(
                sv: "Index är nivån omräknad till 0–100: (nivå − \(minimum)) / \(maximum - minimum) × 100. "
                    + "Principindex är medelvärdet av principernas index.",
                en: "Index is the score on 0–100: (score − \(minimum)) / \(maximum - minimum) × 100. "
                    + "The principle index is the mean of the principles' indices."),
            LocalizedText(
                sv:
                    "För en princip betyder ett högt värde att principen tillämpas; för ett problemområde att "
                    + "problemet finns.",
                en:
                    "For a principle a high value means it is lived; for a problem area that the problem is present."
            ),
        ]
        sentences.append(
            hasAgreedLevels
                ? LocalizedText(
                    sv:
                        "Diagrammet över principerna visar den nivå gruppen enats om, målet och medelvärdet av de "
                        + "enskilda svaren, alla som index. Där gruppen inte har enats om en nivå eller satt ett "
                        + "mål saknas det värdet.",
                    en:
                        "The chart of the principles shows the level the team agreed, the target and the mean of "
                        + "the individual answers, all as indices. Where the team has agreed no level or set no "
                        + "target, that value is missing.")
                : LocalizedText(
                    sv:
                        "Diagrammet över principerna visar medelvärdet av de enskilda svaren och, där gruppen har "
                        + "satt ett, målet, båda som index.",
                    en:
                        "The chart of the principles shows the mean of the individual answers and, where the team "
                        + "has set one, the target, both as indices."))
        sentences += [
            LocalizedText(
                sv: "Spridning är påståendenas genomsnittliga standardavvikelse. Ett påstående markeras för "
                    + "oenighet (!) när svaren spänner över minst tre steg; det är underlag för samtal, inte ett fel.",
                en: "Spread is the mean standard deviation of the statements. A statement is flagged for "
                    + "disagreement (!) when its answers span three or more steps; it is a topic for discussion, "
                    + "not an error."),
            LocalizedText(
                sv: "Fördelningen visar hur många som valt varje steg på skalan, lägsta steget först.",
                en: "The distribution shows how many chose each step of the scale, lowest first."),
            LocalizedText(
                sv:
                    "Ett påstående eller en grupp som färre än \(threshold) personer har besvarat (”vet ej” räknas "
                    + "inte) redovisas inte, och inte heller en grupp som tillsammans med helheten skulle avslöja "
                    + "en mindre grupps svar. I stället för värdet står varför. Nivåer räknas bara på redovisade "
                    + "påståenden.",
                en:
                    "A statement or group answered by fewer than \(threshold) people (“don't know” does not count) "
                    + "is withheld, and so is a group that together with the total would give away a smaller "
                    + "group's answers. In place of the figure the report says why. Scores use only the "
                    + "statements shown."),
        ]
        if hasUnscored {
            sentences.append(
                LocalizedText(
                    sv:
                        "Påståenden under ”Ingår inte i någon nivå” visas som underlag för samtalet men räknas "
                        + "inte in i någon princips eller något problemområdes nivå.",
                    en:
                        "Statements under “Not part of any score” are shown for the discussion but count towards "
                        + "no principle's or problem area's score."))
        }
        return sentences
    }

    /// The header of the questionnaire's CSV: each statement's id, what it measures, and its text.
    public static let questionnaireCSVHeader = [
        LocalizedText(sv: "id", en: "id"), LocalizedText(sv: "mäter", en: "target"),
        LocalizedText(sv: "påstående", en: "statement"),
    ]

    /// The header of the report's CSV, before the counts per scale step.
    public static let reportCSVHeader = [
        LocalizedText(sv: "typ", en: "kind"), LocalizedText(sv: "grupp", en: "group"),
        LocalizedText(sv: "id", en: "id"), LocalizedText(sv: "mäter", en: "measures"),
        LocalizedText(sv: "text", en: "text"), LocalizedText(sv: "svar", en: "answers"),
        LocalizedText(sv: "vet ej", en: "don't know"), LocalizedText(sv: "medelvärde", en: "mean"),
        LocalizedText(sv: "median", en: "median"),
        LocalizedText(sv: "standardavvikelse", en: "standard deviation"), LocalizedText(sv: "min", en: "min"),
        LocalizedText(sv: "max", en: "max"), LocalizedText(sv: "index", en: "index"),
        LocalizedText(sv: "oenighet", en: "flagged"),
        LocalizedText(sv: "överenskommen nivå", en: "consensus"),
        LocalizedText(sv: "mål", en: "target"), LocalizedText(sv: "avstånd till mål", en: "gap"),
    ]

    /// The header of the raw answers' CSV, before the items' ids: it says that the file is raw data.
    public static let rawCSVHeader = [
        LocalizedText(
            sv: "Deltagare (rådata: enskilda svar; sprid inte vidare)",
            en: "Participant (raw data: individual answers; do not circulate)"),
        LocalizedText(sv: "Roll", en: "Role"),
    ]

    /// A withheld group in the CSV: its size and why.
    public static func withheldGroup(_ count: Int, reason: WithheldReason?, threshold: Int) -> LocalizedText {
        let why = withheld(reason, threshold: threshold)
        return LocalizedText(sv: "\(count) deltagare: \(why.sv)", en: "\(count) participants: \(why.en)")
    }

    /// A format a document does not come in: *format csv is not offered; expected text, markdown, html or
    /// json*.
    public static func unsupportedFormat(_ format: String, supported: [String]) -> LocalizedText {
        func list(_ or: String) -> String {
            supported.count > 1
                ? supported.dropLast().joined(separator: ", ") + " \(or) " + supported.last!
                : supported.joined()
        }
        return LocalizedText(
            sv: "formatet \(format) finns inte här; giltiga format är \(list("och"))",
            en: "format \(format) is not offered; expected \(list("or"))")
    }
}
