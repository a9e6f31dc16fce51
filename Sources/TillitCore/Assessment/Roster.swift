/// Who took part in an assessment, as a report tells it: how many, how many without a role, and their
/// names while they are few enough to read.
///
/// A report names the participants of a team, which it can read at a glance; of a survey of thousands
/// it says only how many took part. That also keeps reporting a file of a million participants from
/// holding a million names: ``Scorer/readScored(from:file:)`` counts the roster as it reads the rows.
public struct Roster: Sendable, Codable, Hashable {
    /// The most participants whose names a report lists: a large management team or a workshop, not a
    /// survey of a whole agency.
    public static let nameLimit = 50

    /// The number of participants.
    public private(set) var count: Int
    /// The number of participants without a role (none, or blank), who count only in the total.
    public private(set) var withoutRole: Int
    /// The participants' names in file order, or `nil` when there are more than ``nameLimit``.
    public private(set) var names: [String]?

    /// An empty roster, to be filled with ``add(name:role:)``.
    public init() {
        count = 0
        withoutRole = 0
        names = []
    }

    /// The roster of `participants`.
    public init(_ participants: [Participant]) {
        self.init()
        for participant in participants { add(name: participant.name, role: participant.role) }
    }

    /// Counts one more participant; its name is kept only while there are at most ``nameLimit``.
    public mutating func add(name: String, role: String?) {
        add(name: { name }, hasRole: !(role?.isBlank ?? true))
    }

    /// ``add(name:role:)`` for a reader of rows, which makes the name only while it is kept.
    /// A roster counted elsewhere (``RowTally``): `names` only when there are no more than
    /// ``nameLimit`` participants.
    init(count: Int, withoutRole: Int, names: [String]?) {
        self.count = count
        self.withoutRole = withoutRole
        self.names = names
    }

    mutating func add(name: () -> String, hasRole: Bool) {
        count += 1
        if !hasRole { withoutRole += 1 }
        if count > Self.nameLimit {
            names = nil
        } else {
            names?.append(name())
        }
    }
}
