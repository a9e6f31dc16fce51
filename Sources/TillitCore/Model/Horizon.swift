/// How long a measure or an action takes to bear fruit.
///
/// The planner keeps quick wins apart from long-term work: a team needs early results to keep going,
/// and långsiktighet is itself a principle (SOU 2019:43 §3.5.2).
public enum Horizon: String, Sendable, Codable, Hashable, CaseIterable {
    /// Done or visibly started within three months.
    case quickWin = "quick-win"
    /// Work that needs longer than three months, often a change of structure or culture.
    case longTerm = "long-term"
}
