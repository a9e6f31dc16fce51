/// Why a principle stands where it does in the ranking, as data: its figures, and what set it apart from
/// its neighbour. The planner decides; the document layer words it (``Vocabulary``), so another front end
/// can word it its own way.
public struct RankingReason: Sendable, Codable, Hashable {
    /// What told the principle apart from its neighbour of the same standing.
    public enum Qualifier: Sendable, Codable, Hashable {
        /// The first below its target: the largest gap.
        case largestGap
        /// The first of all, without a target: the lowest level.
        case lowestLevel
        /// The first without a target after others: the lowest level among those.
        case lowestWithoutTarget
        /// The same gap as the other, but a lower level (ranked above it).
        case sameGapLowerLevel(other: LocalizedText)
        /// The same gap as the other, but a higher level (ranked below it).
        case sameGapHigherLevel(other: LocalizedText)
        /// The same figures as the other, but the team disagrees more (ranked above it).
        case moreDisagreement(other: LocalizedText, byGap: Bool, spread: Double, otherSpread: Double)
        /// The same figures as the other, but the team agrees more (ranked below it).
        case lessDisagreement(other: LocalizedText, byGap: Bool, spread: Double, otherSpread: Double)
        /// The same figures in every respect: listed in the report's order.
        case sameFigures(other: LocalizedText)
    }

    /// The principle's name.
    public var name: LocalizedText
    /// Its standing.
    public var standing: RankedPrinciple.Standing?
    /// Its current level.
    public var current: Double?
    /// The target the team set.
    public var target: Int?
    /// Target − current.
    public var gap: Double?
    /// What set it apart from its neighbour, where that is not obvious.
    public var qualifier: Qualifier?
    /// Whether the team disagrees on at least one of its statements.
    public var flagged: Bool

    /// Creates a reason; a `nil` standing means the team chose a principle the assessment does not
    /// measure.
    public init(
        name: LocalizedText, standing: RankedPrinciple.Standing?, current: Double? = nil, target: Int? = nil,
        gap: Double? = nil, qualifier: Qualifier? = nil, flagged: Bool = false
    ) {
        self.name = name
        self.standing = standing
        self.current = current
        self.target = target
        self.gap = gap
        self.qualifier = qualifier
        self.flagged = flagged
    }
}
