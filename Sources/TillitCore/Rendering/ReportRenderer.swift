/// Renders the scored result of an assessment in every report format: a terminal table, Markdown for
/// a wiki or an e-mail, one self-contained HTML page for management, CSV for a spreadsheet and JSON for
/// other programs.
///
/// Every format carries the same content — the eight principles and five problem areas with score,
/// index and spread, the items the team disagrees on, the groups side by side — so that the choice of
/// format is a choice of medium, not of what is told. The renderer only formats: scores come from
/// ``Scorer`` and are passed in. Participants' names never appear next to answers, except in the raw
/// CSV export the facilitator asks for explicitly.
public struct ReportRenderer: Sendable {
    /// The assessment, for its title data, statements, consensus notes and plan.
    public var assessment: Assessment
    /// The scores.
    public var scorecard: Scorecard
    /// The language of the report.
    public var language: Language
    /// The framework that names the principles and problem areas.
    public var framework: Framework
    /// The width of text output in columns.
    public var width: Int
    /// Whether text output may carry ANSI colours; the command line sets it from the terminal, so that
    /// `NO_COLOR` and pipes get none.
    public var useColor: Bool

    /// Creates a renderer.
    public init(
        assessment: Assessment, scorecard: Scorecard, language: Language, framework: Framework = .sou2019_43,
        width: Int = 80, useColor: Bool = false
    ) {
        self.assessment = assessment
        self.scorecard = scorecard
        self.language = language
        self.framework = framework
        self.width = max(60, min(width, 80))
        self.useColor = useColor
    }

    /// The report in the given format.
    public func render(_ format: RenderFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .html: html()
        case .csv: csv()
        case .json: json()
        }
    }

    /// The full scored result as JSON; see ``ReportDocument`` and the README for the fields.
    public func json() -> String {
        JSONOutput.string(document)
    }

    /// The JSON document the report is built from.
    public var document: ReportDocument {
        ReportDocument(assessment: assessment, scorecard: scorecard, language: language, framework: framework)
    }

    // MARK: Shared pieces

    func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

    func number(_ value: Double?, decimals: Int = 1) -> String {
        Formatting.decimal(value, decimals: decimals, language: language)
    }

    func name(_ target: Target) -> String { target.name(in: framework)(language) }

    func statement(_ itemID: String) -> String {
        assessment.questionnaire.items.first { $0.id == itemID }?.text(language) ?? itemID
    }

    /// The title line: organisation and unit.
    var titleLine: String {
        assessment.unit.isBlank ? assessment.organisation : "\(assessment.organisation) – \(assessment.unit)"
    }

    /// Date, participants and questionnaire in one line.
    var metaLine: String {
        let count = assessment.participants.count
        let people = language == .sv ? "\(count) deltagare" : "\(count) participant\(count == 1 ? "" : "s")"
        let answered =
            scorecard.respondents == count
            ? "" : t(" (\(scorecard.respondents) har svarat)", " (\(scorecard.respondents) answered)")
        return "\(assessment.date) · \(people)\(answered) · \(assessment.questionnaire.title(language))"
    }

    /// The groups that are shown, and a sentence naming those withheld.
    var shownGroups: [GroupScores] { scorecard.groups.filter { !$0.withheld } }

    /// The groups withheld, with why, and the participants without a role, who count only in the total.
    var withheldSentence: String? {
        let threshold = scorecard.anonymityThreshold
        var sentences: [String] = []
        let small = scorecard.groups.filter { $0.withheld && $0.reason != .complement }
        if !small.isEmpty {
            let names = small.map { "\($0.group) (n = \($0.participants))" }.joined(separator: ", ")
            sentences.append(
                t(
                    "Redovisas inte, färre än \(threshold) har svarat: \(names).",
                    "Withheld, fewer than \(threshold) answered: \(names)."))
        }
        let complement = scorecard.groups.filter { $0.withheld && $0.reason == .complement }
        if !complement.isEmpty {
            let names = complement.map { "\($0.group) (n = \($0.participants))" }.joined(separator: ", ")
            sentences.append(
                t(
                    "Redovisas inte heller, eftersom helheten minus de redovisade grupperna annars skulle visa "
                        + "färre än \(threshold) personers svar: \(names).",
                    "Also withheld, since the total minus the groups shown would otherwise give away the "
                        + "answers of fewer than \(threshold) people: \(names)."))
        }
        let withoutRole = assessment.participants.filter { $0.role?.isBlank ?? true }.count
        if withoutRole > 0 {
            sentences.append(
                t(
                    "\(withoutRole) deltagare utan roll ingår bara i helheten.",
                    withoutRole == 1
                        ? "1 participant without a role counts only in the total."
                        : "\(withoutRole) participants without a role count only in the total."))
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// What a withheld figure says in its place.
    func withheldNote(_ reason: WithheldReason?) -> String {
        let threshold = scorecard.anonymityThreshold
        switch reason {
        case .complement, .fewChanged:
            return t("redovisas inte (kan räknas fram)", "withheld (could be derived)")
        case .fewerAnswers, nil:
            return t(
                "redovisas inte (färre än \(threshold) svar)", "withheld (fewer than \(threshold) answers)")
        }
    }

    /// How scores are computed, in a few sentences shared by every format.
    var howToRead: [String] {
        let scale = assessment.questionnaire.scale
        let range = "\(scale.minimum)–\(scale.maximum)"
        return [
            t(
                "Nivå är medelvärdet av påståendenas medelvärden på skalan \(range). \"Vet ej\" räknas inte.",
                "Score is the mean of the statements' means on the scale \(range). \"Don't know\" is not counted."
            ),
            t(
                "Index är nivån omräknad till 0–100: (nivå − \(scale.minimum)) / \(scale.maximum - scale.minimum) × 100. "
                    + "Principindex är medelvärdet av principernas index.",
                "Index is the score on 0–100: (score − \(scale.minimum)) / \(scale.maximum - scale.minimum) × 100. "
                    + "The principle index is the mean of the principles' indices."),
            t(
                "För en princip betyder högt värde att principen tillämpas; för ett problemområde att problemet finns.",
                "For a principle a high value means it is lived; for a problem area that the problem is present."
            ),
            t(
                "Spridning är påståendenas genomsnittliga standardavvikelse. Ett påstående markeras för oenighet (!) "
                    + "när svaren spänner över minst tre steg; det är underlag för samtal, inte ett fel.",
                "Spread is the mean standard deviation of the statements. A statement is flagged for disagreement (!) "
                    + "when its answers span three or more steps; it is a topic for discussion, not an error."
            ),
            t(
                "Ett påstående eller en grupp som färre än \(scorecard.anonymityThreshold) personer har besvarat "
                    + "(\"vet ej\" räknas inte) redovisas inte alls, och inte heller en grupp som tillsammans med "
                    + "helheten skulle avslöja en mindre grupps svar. Nivåer räknas bara på redovisade påståenden.",
                "A statement or group answered by fewer than \(scorecard.anonymityThreshold) people (\"don't "
                    + "know\" does not count) is withheld entirely, and so is a group that together with the total "
                    + "would give away a smaller group's answers. Scores use only the statements shown."),
        ]
    }

    /// Whether a high index is good: true for principles, false for problem areas.
    static func highIsGood(_ target: Target) -> Bool { target.principle != nil }
}
