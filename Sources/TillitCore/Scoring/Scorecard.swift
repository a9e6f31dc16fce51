/// The scored result of an assessment: every item, principle, problem area and group.
public struct Scorecard: Sendable, Codable, Hashable {
    /// The anonymity threshold the scorecard was computed with.
    public var anonymityThreshold: Int
    /// The number of participants with at least one answer.
    public var respondents: Int
    /// Statistics per item, in questionnaire order.
    public var items: [ItemStatistics]
    /// Scores per principle the questionnaire covers, in the report's order.
    public var principles: [TargetScore]
    /// Scores per problem area the questionnaire covers, in the report's order.
    public var problemAreas: [TargetScore]
    /// The mean of the principle indices (0–100): one number for how trust-based the team judges its
    /// governance and management.
    public var principleIndex: Double?
    /// Scores per group, when participants carry roles; ordered by group name.
    public var groups: [GroupScores]
    /// Differences between the groups that are not withheld, largest first.
    public var groupDifferences: [GroupDifference]

    /// Creates a scorecard.
    public init(
        anonymityThreshold: Int, respondents: Int, items: [ItemStatistics], principles: [TargetScore],
        problemAreas: [TargetScore], principleIndex: Double?, groups: [GroupScores],
        groupDifferences: [GroupDifference]
    ) {
        self.anonymityThreshold = anonymityThreshold
        self.respondents = respondents
        self.items = items
        self.principles = principles
        self.problemAreas = problemAreas
        self.principleIndex = principleIndex
        self.groups = groups
        self.groupDifferences = groupDifferences
    }

    /// The score of a principle or problem area, if the questionnaire covers it.
    public func score(for target: Target) -> TargetScore? {
        (principles + problemAreas).first { $0.target == target }
    }

    /// The flagged items, where the team disagrees, widest span first.
    public var flaggedItems: [ItemStatistics] {
        items.filter(\.flagged).sorted { ($0.span ?? 0, $1.itemID) > ($1.span ?? 0, $0.itemID) }
    }
}
