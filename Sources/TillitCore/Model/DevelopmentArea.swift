/// One of the ten development areas of SOU 2019:43 §3.4.1–3.4.10: where agencies can make their
/// governance and management more trust-based.
public struct DevelopmentArea: Sendable, Codable, Hashable, Identifiable {
    /// A stable id, e.g. `medledarskap`.
    public var id: DevelopmentAreaID
    /// The heading as in the report, e.g. *Förutsättningar för ett ökat medledarskap*.
    public var title: LocalizedText
    /// A short summary, written by the project from the report.
    public var summary: LocalizedText
    /// Whether the area lies mainly within the agency's own control (§3.4.1–3.4.7) or in its external
    /// conditions (§3.4.8–3.4.10).
    public var isInternal: Bool
    /// The principles the area serves.
    public var principles: [PrincipleID]
    /// The problem areas the area addresses.
    public var problemAreas: [ProblemAreaID]
    /// The section.
    public var source: SourceReference

    /// Creates a development area.
    public init(
        id: DevelopmentAreaID, title: LocalizedText, summary: LocalizedText, isInternal: Bool,
        principles: [PrincipleID], problemAreas: [ProblemAreaID], source: SourceReference
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.isInternal = isInternal
        self.principles = principles
        self.problemAreas = problemAreas
        self.source = source
    }
}
