/// Why a figure is not shown: the reason a report prints in its place.
///
/// Every figure the tool withholds carries one of these, so that a reader sees that something is left
/// out and why, rather than a blank that could be mistaken for "no answers".
public enum WithheldReason: String, Sendable, Codable, Hashable {
    /// Fewer people than the anonymity threshold gave a scored answer (primary suppression).
    case fewerAnswers
    /// Shown beside the total and the other groups, the figure would let the answers of fewer people
    /// than the threshold be worked out by subtraction (secondary suppression).
    case complement
    /// Between two assessments (or two states of the group view), fewer people than the threshold
    /// differ: the change would be theirs alone.
    case fewChanged
}
