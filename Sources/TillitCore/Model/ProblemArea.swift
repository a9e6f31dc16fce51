/// One of the five problem areas (*problembild*) that SOU 2019:43 §1.6 describes.
///
/// A self-assessment asks how present each problem is in the team's own organisation; its symptoms are
/// the concrete signs the report describes.
public struct ProblemArea: Sendable, Codable, Hashable, Identifiable {
    /// The stable id, e.g. `kortsiktig-styrning`.
    public var id: ProblemAreaID
    /// The title as in the report, e.g. *Kortsiktig och ryckig styrning*.
    public var title: LocalizedText
    /// A short summary of the problem, written by the project from the report.
    public var summary: LocalizedText
    /// The concrete symptoms the report describes, each with its own source.
    public var symptoms: [Symptom]
    /// The principles that address the problem.
    public var principles: [PrincipleLink]
    /// The section that describes the problem.
    public var source: SourceReference

    /// Creates a problem area.
    public init(
        id: ProblemAreaID, title: LocalizedText, summary: LocalizedText, symptoms: [Symptom],
        principles: [PrincipleLink], source: SourceReference
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.symptoms = symptoms
        self.principles = principles
        self.source = source
    }

    /// The ids of the principles linked to this problem area, stated or inferred.
    public var principleIDs: [PrincipleID] { principles.map(\.principle) }
}

/// A concrete sign of a problem area that a team can recognise in its own organisation.
public struct Symptom: Sendable, Codable, Hashable {
    /// The symptom, written so that a team can ask "is this us?".
    public var text: LocalizedText
    /// Where the report describes it.
    public var source: SourceReference

    /// Creates a symptom.
    public init(text: LocalizedText, source: SourceReference) {
        self.text = text
        self.source = source
    }
}
