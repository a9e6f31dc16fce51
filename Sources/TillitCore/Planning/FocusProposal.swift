/// A principle the planner proposes the team works on, with why, the problem areas it bears on and
/// measures from the catalogue.
public struct FocusProposal: Sendable, Codable, Hashable {
    /// The principle.
    public var principle: PrincipleID
    /// Its place in the ranking, from 1.
    public var rank: Int
    /// The current level: the consensus score where the team agreed one, else the individual-round
    /// score.
    public var current: Double?
    /// The target the team set, if any.
    public var target: Int?
    /// Target − current, where there is a target.
    public var gap: Double?
    /// How far apart the team was (mean item standard deviation).
    public var spread: Double?
    /// Whether any of the principle's items was flagged for disagreement.
    public var flagged: Bool
    /// Why the principle is here, as data; `reason(language)` words it in one sentence.
    public var reason: RankingReason
    /// The problem areas linked to the principle that are most present, most present first; when the
    /// questionnaire measures no problem area, the linked ones in the report's order.
    public var relatedProblemAreas: [ProblemAreaID]
    /// Ids of proposed measures from the catalogue, each serving the principle or addressing one of the
    /// related problem areas; quick wins first, then long-term work.
    public var measures: [String]

    /// Creates a proposal.
    public init(
        principle: PrincipleID, rank: Int, current: Double?, target: Int?, gap: Double?, spread: Double?,
        flagged: Bool, reason: RankingReason, relatedProblemAreas: [ProblemAreaID], measures: [String]
    ) {
        self.principle = principle
        self.rank = rank
        self.current = current
        self.target = target
        self.gap = gap
        self.spread = spread
        self.flagged = flagged
        self.reason = reason
        self.relatedProblemAreas = relatedProblemAreas
        self.measures = measures
    }
}

/// What the planner proposes for a scored assessment: focus principles and the problem areas most present.
public struct PlanProposal: Sendable, Codable, Hashable {
    /// The principles to work on, most important first; at most the planner's limit.
    public var focus: [FocusProposal]
    /// The problem areas most present (score above the middle of the scale), most present first.
    public var problemAreas: [ProblemAreaID]
    /// Every scored principle in ranked order with its figures and one sentence that explains its place,
    /// for a team that wants to choose differently.
    public var rankedPrinciples: [RankedPrinciple]

    /// Creates a proposal.
    public init(focus: [FocusProposal], problemAreas: [ProblemAreaID], rankedPrinciples: [RankedPrinciple]) {
        self.focus = focus
        self.problemAreas = problemAreas
        self.rankedPrinciples = rankedPrinciples
    }

    /// The principles in ranked order.
    public var ranking: [PrincipleID] { rankedPrinciples.map(\.principle) }
}
