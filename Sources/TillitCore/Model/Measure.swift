/// A concrete measure that the reports describe or recommend, in the catalogue the planner draws on.
///
/// Measures are specific enough to act on ("cross-functional teams that include the citizen's view",
/// not "work better") and name the organisations the report connects with them, each with what the
/// report says it did (``MeasureExample/Status``), so a team can read how it was done.
public struct Measure: Sendable, Codable, Hashable, Identifiable {
    /// A stable id, e.g. `tvarteam`.
    public var id: String
    /// A short title.
    public var title: LocalizedText
    /// What the measure is and how to start, in two or three sentences.
    public var description: LocalizedText
    /// The principles the measure serves; never empty.
    public var principles: [PrincipleID]
    /// The problem areas the measure addresses.
    public var problemAreas: [ProblemAreaID]
    /// The development area of §3.4 it belongs to, if any.
    public var developmentArea: DevelopmentAreaID?
    /// Whether the measure is typically a quick win or long-term work.
    public var horizon: Horizon
    /// The organisations the report names with it and what each did; empty for general advice.
    public var examples: [MeasureExample]
    /// Where the report describes it.
    public var source: SourceReference

    /// Creates a measure.
    public init(
        id: String, title: LocalizedText, description: LocalizedText, principles: [PrincipleID],
        problemAreas: [ProblemAreaID], developmentArea: DevelopmentAreaID?, horizon: Horizon,
        examples: [MeasureExample],
        source: SourceReference
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.principles = principles
        self.problemAreas = problemAreas
        self.developmentArea = developmentArea
        self.horizon = horizon
        self.examples = examples
        self.source = source
    }
}
