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
    /// How CSV is written: semicolons and decimal commas for Swedish Excel, or commas and points.
    public var csvDialect: CSVDialect
    /// Who took part, for reports read without the participants (``Scorer/readScored(from:file:)``).
    public var roster: Roster

    /// Creates a renderer; without `roster`, the assessment's participants are its roster.
    public init(
        assessment: Assessment, scorecard: Scorecard, language: Language, framework: Framework = .sou2019_43,
        width: Int = 80, useColor: Bool = false, csvDialect: CSVDialect? = nil, roster: Roster? = nil
    ) {
        self.assessment = assessment
        self.roster = roster ?? Roster(assessment.participants)
        self.scorecard = scorecard
        self.language = language
        self.framework = framework
        self.width = max(60, min(width, 80))
        self.useColor = useColor
        self.csvDialect = csvDialect ?? CSVDialect(language: language)
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
        ReportDocument(
            assessment: assessment, scorecard: scorecard, language: language, framework: framework,
            roster: roster)
    }

    /// The report as a format-independent document, built once for every format but CSV and JSON.
    public var model: Document {
        ReportBuilder(
            assessment: assessment, scorecard: scorecard, language: language, framework: framework,
            roster: roster
        ).document
    }

    /// The terminal view, at most ``width`` columns; ANSI colours only when ``useColor`` is set.
    public func text() -> String { TextWriter(width: width, useColor: useColor).write(model) }

    /// The report as Markdown for a wiki or an e-mail.
    public func markdown() -> String { MarkdownWriter().write(model) }

    /// The report as one self-contained HTML page that prints on A4, the summary on its first page.
    public func html() -> String { HTMLWriter().write(model) }

    func w(_ term: Term) -> String { term(language) }

    func name(_ target: Target) -> String { target.name(in: framework)(language) }

    func statement(_ itemID: String) -> String {
        assessment.questionnaire.items.first { $0.id == itemID }?.text(language) ?? itemID
    }
}
