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

    var withheldSentence: String? {
        let withheld = scorecard.groups.filter(\.withheld)
        guard !withheld.isEmpty else { return nil }
        let names = withheld.map { "\($0.group) (n = \($0.participants))" }.joined(separator: ", ")
        return t(
            "Redovisas inte, färre än \(scorecard.anonymityThreshold) deltagare: \(names).",
            "Withheld, fewer than \(scorecard.anonymityThreshold) participants: \(names).")
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
                "Fördelningen per svarsalternativ och grupper med färre än \(scorecard.anonymityThreshold) "
                    + "deltagare redovisas inte, så att ingen enskild persons svar kan utläsas.",
                "Counts per answer and groups with fewer than \(scorecard.anonymityThreshold) participants are "
                    + "withheld, so that no individual's answers can be inferred."),
        ]
    }

    /// Whether a high index is good: true for principles, false for problem areas.
    static func highIsGood(_ target: Target) -> Bool { target.principle != nil }
}
