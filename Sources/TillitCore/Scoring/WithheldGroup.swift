/// A group whose scores will not be shown, and why: what the workshop's setup and `import` warn about
/// before anyone has relied on seeing it.
public struct WithheldGroup: Sendable, Codable, Hashable {
    /// The role that defines the group.
    public var group: String
    /// Its number of participants.
    public var participants: Int
    /// Why it is withheld.
    public var reason: WithheldReason

    /// Creates an entry.
    public init(group: String, participants: Int, reason: WithheldReason) {
        self.group = group
        self.participants = participants
        self.reason = reason
    }
}

extension Scorecard {
    /// The groups withheld entirely, in the scorecard's order.
    public var withheldGroups: [WithheldGroup] {
        groups.filter(\.withheld).map {
            WithheldGroup(group: $0.group, participants: $0.participants, reason: $0.reason ?? .fewerAnswers)
        }
    }
}
