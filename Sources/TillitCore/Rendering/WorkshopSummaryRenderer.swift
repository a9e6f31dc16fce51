/// Renders the end of a workshop for the terminal: the document ``WorkshopSummaryBuilder`` makes (a
/// results table with the individual round, agreed level, target and gap, the problem areas, and the
/// development plan with its actions), written by ``TextWriter``.
///
/// This is what the team sees before it leaves the room; the full report and the plan documents are
/// exported by the `report` and `plan` commands.
public struct WorkshopSummaryRenderer: Sendable {
    /// The language of the output.
    public var language: Language
    /// The width in columns; clamped to 40–80, as the workshop's screens are.
    public var width: Int
    /// Whether headings may be bold.
    public var usesColor: Bool
    /// The framework the names and measures come from.
    public var framework: Framework

    /// Creates a renderer.
    public init(
        language: Language, width: Int = 80, usesColor: Bool = false, framework: Framework = .sou2019_43
    ) {
        self.language = language
        self.width = min(80, max(40, width))
        self.usesColor = usesColor
        self.framework = framework
    }

    /// The summary as a format-independent document.
    public func model(_ assessment: Assessment, scorecard: Scorecard) -> Document {
        WorkshopSummaryBuilder(
            assessment: assessment, scorecard: scorecard, language: language, framework: framework
        ).document
    }

    /// The results table and the plan.
    public func render(_ assessment: Assessment, scorecard: Scorecard) -> String {
        TextWriter(width: width, useColor: usesColor).write(model(assessment, scorecard: scorecard))
    }
}
