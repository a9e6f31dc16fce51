/// The score of one principle or problem area: the mean of its item means.
///
/// For a principle a high score means it is lived; for a problem area a high score means the problem
/// is present.
public struct TargetScore: Sendable, Codable, Hashable {
    /// The principle or problem area.
    public var target: Target
    /// Why the score is withheld, or `nil` when it is shown (or nobody has answered).
    public var withheld: WithheldReason?
    /// The mean of the shown item means on the questionnaire's scale, or `nil` when no item is shown.
    public var score: Double?
    /// The score as an index 0–100: `(score − min) / (max − min) × 100`; on 1–5, `(score − 1) / 4 × 100`.
    public var index: Double?
    /// The number of answers with a value across the target's items.
    public var answers: Int
    /// The mean of the item standard deviations: how far apart the team is, on average.
    public var spread: Double?
    /// Whether any of the target's items is flagged for disagreement.
    public var flagged: Bool
    /// The ids of the target's items.
    public var itemIDs: [String]
    /// The ids of the items the score is computed from: those shown. A reader can see what a score rests
    /// on, and that a withheld statement is not in it.
    public var scoredItemIDs: [String]
    /// The score the team agreed in the consensus step (principles only).
    public var consensus: Int?
    /// The level the team wants to reach (principles only).
    public var targetLevel: Int?
    /// Target − consensus score, where both exist.
    public var gap: Int?

    /// Creates a target score from its items' statistics.
    ///
    /// Withheld items take no part: were they averaged in, the score times the number of items minus the
    /// shown means would give the withheld mean back.
    public init(target: Target, items: [ItemStatistics], scale: AnswerScale, consensus: Consensus? = nil) {
        self.target = target
        let means = items.compactMap(\.mean)
        score = means.isEmpty ? nil : means.reduce(0, +) / Double(means.count)
        let reasons = items.compactMap(\.withheld)
        withheld =
            score != nil || reasons.isEmpty
            ? nil : reasons.contains(.complement) ? .complement : reasons.first
        index = score.map { scale.index(of: $0) }
        answers = items.reduce(0) { $0 + $1.answers }
        let deviations = items.compactMap(\.standardDeviation)
        spread = deviations.isEmpty ? nil : deviations.reduce(0, +) / Double(deviations.count)
        flagged = items.contains(where: \.flagged)
        itemIDs = items.map(\.itemID)
        scoredItemIDs = items.filter { $0.mean != nil }.map(\.itemID)
        self.consensus = consensus?.score
        targetLevel = consensus?.target
        gap = consensus?.gap
    }
}
