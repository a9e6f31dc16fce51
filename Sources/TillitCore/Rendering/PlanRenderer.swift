/// Renders a development plan for reading and for other tools: text for the terminal (80 columns),
/// Markdown for a hand-out to the management team, a self-contained HTML page that prints on A4 with the
/// report's look, CSV of the actions for a spreadsheet, and JSON.
///
/// Text, Markdown and HTML are written from one ``Document`` built by ``PlanBuilder``, which leads with
/// the team's own actions; CSV and JSON (``PlanExport``) carry the same actions for other programs.
public struct PlanRenderer: Sendable {
    /// The framework the principles, problem areas and measures are looked up in.
    public var framework: Framework
    /// The language of the output.
    public var language: Language
    /// The width of text output in columns.
    public var width: Int
    /// How CSV is written; by default as the language implies.
    public var csvDialect: CSVDialect

    /// Creates a renderer.
    public init(
        framework: Framework = .sou2019_43, language: Language, width: Int = 80, csvDialect: CSVDialect? = nil
    ) {
        self.framework = framework
        self.language = language
        self.width = width
        self.csvDialect = csvDialect ?? CSVDialect(language: language)
    }

    /// Scores and plans an assessment and renders its plan.
    public func render(
        _ assessment: Assessment, as format: RenderFormat, planner: Planner = Planner(),
        scorer: Scorer = Scorer()
    ) -> String {
        render(planner.overview(of: assessment, scorecard: scorer.score(assessment)), as: format)
    }

    /// Renders a plan overview.
    public func render(_ overview: PlanOverview, as format: RenderFormat) -> String {
        switch format {
        case .text: TextWriter(width: width).write(model(overview))
        case .markdown: MarkdownWriter().write(model(overview))
        case .html: HTMLWriter().write(model(overview))
        case .csv: csv(overview)
        case .json: JSONOutput.string(PlanExport(overview, language: language, framework: framework))
        }
    }

    /// The plan as a format-independent document.
    public func model(_ overview: PlanOverview) -> Document {
        PlanBuilder(plan: overview, language: language, framework: framework).document
    }

    /// One row per action, with every field; the header in the document's language.
    private func csv(_ plan: PlanOverview) -> String {
        let builder = PlanBuilder(plan: plan, language: language, framework: framework)
        var writer = CSVWriter(header: Vocabulary.planCSVHeader.map { $0(language) }, dialect: csvDialect)
        for action in plan.actions {
            writer.append([
                action.id, Term.status(action.status)(language), action.what, action.owner,
                action.due?.description ?? "", Term.horizon(action.horizon)(language),
                action.principle.map(builder.principleName) ?? "",
                action.problemArea.map(builder.areaTitle) ?? "",
                action.measure.flatMap(builder.measureTitle) ?? "", action.expectedEffect, action.followUp,
                action.note ?? "",
            ])
        }
        return writer.text
    }
}
