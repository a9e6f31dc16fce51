/// An action the team commits to: the heart of the development plan.
///
/// Actions are the team's own; a measure from the catalogue may inspire one, but only the team can say
/// who does what by when.
public struct Action: Sendable, Codable, Hashable, Identifiable {
    /// Where an action stands.
    public enum Status: String, Sendable, Codable, Hashable, CaseIterable {
        /// Agreed, not started.
        case planned
        /// Under way.
        case started
        /// Finished.
        case done
        /// Deliberately stopped; the note says why.
        case dropped
    }

    /// A short id unique within the plan, e.g. `A3`, used on the command line.
    public var id: String
    /// The principle the action serves, if any.
    public var principle: PrincipleID?
    /// The problem area the action addresses, if any.
    public var problemArea: ProblemAreaID?
    /// The catalogue measure that inspired it, if any.
    public var measure: String?
    /// What will be done.
    public var what: String
    /// Who is responsible.
    public var owner: String
    /// When it is due.
    public var due: CalendarDate?
    /// Quick win within three months, or long-term.
    public var horizon: Horizon
    /// What the team expects to change.
    public var expectedEffect: String
    /// How progress will be followed up (the indicator or the occasion).
    public var followUp: String
    /// Where it stands.
    public var status: Status
    /// A note, e.g. why it was dropped.
    public var note: String?

    /// Creates an action.
    public init(
        id: String, principle: PrincipleID? = nil, problemArea: ProblemAreaID? = nil, measure: String? = nil,
        what: String, owner: String, due: CalendarDate? = nil, horizon: Horizon = .quickWin,
        expectedEffect: String = "", followUp: String = "", status: Status = .planned, note: String? = nil
    ) {
        self.id = id
        self.principle = principle
        self.problemArea = problemArea
        self.measure = measure
        self.what = what
        self.owner = owner
        self.due = due
        self.horizon = horizon
        self.expectedEffect = expectedEffect
        self.followUp = followUp
        self.status = status
        self.note = note
    }
}
