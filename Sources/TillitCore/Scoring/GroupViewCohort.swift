/// The participants the group view shows (``DisclosureControl/groupViewCohort(participants:shown:)``).
public struct GroupViewCohort: Sendable, Hashable {
    /// The names of the participants whose answers the group view includes, in the document's order.
    public var included: [String]
    /// How many participants have answered since the group view was last shown and are not yet
    /// included, because they are fewer than the threshold.
    public var waiting: Int
}
