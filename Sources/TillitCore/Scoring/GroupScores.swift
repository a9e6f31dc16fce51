/// The scores of one group of participants (those sharing a role).
///
/// Trust runs both ways along the chain of governance: a management team that rates itself far above
/// its staff has learned something. A group is withheld — no scores at all — when none of its cells may
/// be shown under ``DisclosureControl``: too few of its members answered, or showing it beside the total
/// would give away a smaller group by subtraction. A shown group's principle or problem area can still
/// be withheld on its own (``TargetScore/withheld``).
public struct GroupScores: Sendable, Codable, Hashable {
    /// The role that defines the group.
    public var group: String
    /// The number of participants in the group.
    public var participants: Int
    /// Whether the group is withheld entirely.
    public var withheld: Bool
    /// Why it is withheld, when it is.
    public var reason: WithheldReason?
    /// The group's principle scores; empty when withheld.
    public var principles: [TargetScore]
    /// The group's problem-area scores; empty when withheld.
    public var problemAreas: [TargetScore]

    /// Creates a group's scores.
    public init(
        group: String, participants: Int, withheld: Bool, reason: WithheldReason? = nil,
        principles: [TargetScore], problemAreas: [TargetScore]
    ) {
        self.group = group
        self.participants = participants
        self.withheld = withheld
        self.reason = reason
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
