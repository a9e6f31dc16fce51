/// What the team agreed about one principle after discussing the individual scores.
public struct Consensus: Sendable, Codable, Hashable {
    /// The principle.
    public var principle: PrincipleID
    /// The agreed current level, 1–5.
    public var score: Int?
    /// The level the team wants to reach, 1–5.
    public var target: Int?
    /// Why, in the team's own words.
    public var note: String?

    /// Creates a consensus entry.
    public init(principle: PrincipleID, score: Int? = nil, target: Int? = nil, note: String? = nil) {
        self.principle = principle
        self.score = score
        self.target = target
        self.note = note
    }

    /// Target minus agreed score, where both are set: how far the team wants to move.
    public var gap: Int? {
        guard let score, let target else { return nil }
        return target - score
    }
}
