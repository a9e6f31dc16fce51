/// The scores of one group of participants (those sharing a role).
///
/// Trust runs both ways along the chain of governance: a management team that rates itself far above
/// its staff has learned something. A group smaller than the anonymity threshold is withheld — its
/// scores are `nil` — never merged silently into another.
public struct GroupScores: Sendable, Codable, Hashable {
    /// The role that defines the group.
    public var group: String
    /// The number of participants in the group.
    public var participants: Int
    /// Whether the group is withheld because it is smaller than the anonymity threshold.
    public var withheld: Bool
    /// The group's principle scores; empty when withheld.
    public var principles: [TargetScore]
    /// The group's problem-area scores; empty when withheld.
    public var problemAreas: [TargetScore]

    /// Creates a group's scores.
    public init(
        group: String, participants: Int, withheld: Bool, principles: [TargetScore],
        problemAreas: [TargetScore]
    ) {
        self.group = group
        self.participants = participants
        self.withheld = withheld
        self.principles = principles
        self.problemAreas = problemAreas
    }
}

/// How far apart the groups are on one principle or problem area: the highest and lowest group score.
public struct GroupDifference: Sendable, Codable, Hashable {
    /// The principle or problem area.
    public var target: Target
    /// The group with the highest score.
    public var highestGroup: String
    /// Its score.
    public var highestScore: Double
    /// The group with the lowest score.
    public var lowestGroup: String
    /// Its score.
    public var lowestScore: Double

    /// Highest minus lowest.
    public var difference: Double { highestScore - lowestScore }

    /// Creates a difference.
    public init(
        target: Target, highestGroup: String, highestScore: Double, lowestGroup: String, lowestScore: Double
    ) {
        self.target = target
        self.highestGroup = highestGroup
        self.highestScore = highestScore
        self.lowestGroup = lowestGroup
        self.lowestScore = lowestScore
    }
}
