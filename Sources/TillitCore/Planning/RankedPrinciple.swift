/// One principle's place in the planner's ranking, with the figures behind it and one sentence that
/// explains it.
///
/// The whole ranking is shown to the team, not only the focus principles, so that a team that wants
/// to choose differently can see what it passes over and why.
public struct RankedPrinciple: Sendable, Codable, Hashable {
    /// How a principle stands against the team's target; decides which group of the ranking it is in.
    public enum Standing: String, Sendable, Codable, Hashable, CaseIterable {
        /// The current level is below the target: ranked first, largest gap first.
        case belowTarget = "below-target"
        /// No target is set (e.g. imported survey data): ranked next, lowest level first.
        case noTarget = "no-target"
        /// The target is reached or passed: not proposed as a focus.
        case targetReached = "target-reached"
        /// A target without any current level to compare it with: cannot be ranked.
        case notScored = "not-scored"

        /// Whether a principle in this standing can be proposed as a focus at all (below target, or
        /// without a target when the team has set none).
        public var isProposable: Bool { self == .belowTarget || self == .noTarget }
    }

    /// The principle.
    public var principle: PrincipleID
    /// Its place in the ranking, from 1.
    public var rank: Int
    /// The current level on the 1–5 scale: the consensus score where the team agreed one, else the
    /// aggregated score of the individual answers.
    public var current: Double?
    /// The target the team set, if any.
    public var target: Int?
    /// Target − current, where both exist.
    public var gap: Double?
    /// How far apart the team was: the mean item standard deviation; `nil` with a single participant.
    public var spread: Double?
    /// Whether any of the principle's items was flagged for disagreement.
    public var flagged: Bool
    /// How the principle stands against its target.
    public var standing: Standing
    /// Why the principle is ranked here, as data; `reason(language)` words it in one sentence.
    public var reason: RankingReason

    /// Creates a ranked principle.
    public init(
        principle: PrincipleID, rank: Int, current: Double?, target: Int?, gap: Double?, spread: Double?,
        flagged: Bool, standing: Standing, reason: RankingReason
    ) {
        self.principle = principle
        self.rank = rank
        self.current = current
        self.target = target
        self.gap = gap
        self.spread = spread
        self.flagged = flagged
        self.standing = standing
        self.reason = reason
    }
}
