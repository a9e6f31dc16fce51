/// The statistics of one questionnaire item across the participants who answered it.
///
/// Under the anonymity threshold (``DisclosureControl``) no statistic is kept — only the counts and
/// why the rest is withheld — so that no output can print what the rules withhold.
public struct ItemStatistics: Sendable, Codable, Hashable {
    /// The item's id.
    public var itemID: String
    /// What the item measures.
    public var target: Target
    /// The number of answers with a value (not *don't know*).
    public var answers: Int
    /// The number of *don't know* answers.
    public var dontKnow: Int
    /// Why the statistics are withheld, or `nil` when they are shown. A withheld item has no mean,
    /// median, standard deviation, minimum, maximum, distribution or flag.
    public var withheld: WithheldReason?
    /// The mean of the answers, or `nil` without answers or when withheld.
    public var mean: Double?
    /// The median of the answers, or `nil` without answers.
    public var median: Double?
    /// The sample standard deviation (n − 1), or `nil` below two answers.
    public var standardDeviation: Double?
    /// The lowest answer.
    public var minimum: Int?
    /// The highest answer.
    public var maximum: Int?
    /// The number of answers per scale step, lowest step first; `nil` when withheld because fewer than
    /// the anonymity threshold answered.
    public var distribution: [Int]?
    /// Whether the team disagrees: the answers span three or more scale steps (max − min ≥ 3).
    public var flagged: Bool

    /// The span of the answers (max − min), or `nil` without answers.
    public var span: Int? {
        guard let minimum, let maximum else { return nil }
        return maximum - minimum
    }

    /// Computes the statistics from the count of answers per scale step, withheld entirely when fewer
    /// than `anonymityThreshold` answered (never fewer than three: a lower value counts as three).
    ///
    /// Every statistic derives from the counts, which is what lets a 100,000-respondent import be
    /// scored in one pass without holding answers twice.
    public init(
        itemID: String, target: Target, counts: [Int], dontKnow: Int, scale: AnswerScale,
        anonymityThreshold: Int
    ) {
        self.itemID = itemID
        self.target = target
        self.dontKnow = dontKnow
        let values = scale.steps.map(\.value)
        let n = counts.reduce(0, +)
        answers = n
        let threshold = max(anonymityThreshold, DisclosureControl.minimumThreshold)
        distribution = n >= threshold ? counts : nil
        withheld = n > 0 && n < threshold ? .fewerAnswers : nil
        guard n > 0, withheld == nil else {
            mean = nil
            median = nil
            standardDeviation = nil
            minimum = nil
            maximum = nil
            flagged = false
            return
        }
        var sum = 0.0
        for (value, count) in zip(values, counts) { sum += Double(value * count) }
        let mean = sum / Double(n)
        self.mean = mean
        if n >= 2 {
            var squares = 0.0
            for (value, count) in zip(values, counts) {
                squares += Double(count) * (Double(value) - mean) * (Double(value) - mean)
            }
            standardDeviation = (squares / Double(n - 1)).squareRoot()
        } else {
            standardDeviation = nil
        }
        let present = zip(values, counts).filter { $0.1 > 0 }.map(\.0)
        minimum = present.first
        maximum = present.last
        flagged = (present.last! - present.first!) >= 3
        // The median: the middle answer, or the mean of the two middle answers.
        func value(atRank rank: Int) -> Int {
            var seen = 0
            for (value, count) in zip(values, counts) {
                seen += count
                if rank < seen { return value }
            }
            return values.last!
        }
        median =
            n % 2 == 1
            ? Double(value(atRank: n / 2))
            : Double(value(atRank: n / 2 - 1) + value(atRank: n / 2)) / 2
    }

    /// The same item with every statistic removed, for the given reason; the counts stay.
    func withholding(_ reason: WithheldReason) -> ItemStatistics {
        var copy = self
        copy.withheld = reason
        copy.mean = nil
        copy.median = nil
        copy.standardDeviation = nil
        copy.minimum = nil
        copy.maximum = nil
        copy.distribution = nil
        copy.flagged = false
        return copy
    }
}
