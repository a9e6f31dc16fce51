/// What a team says about a new action before it has an id: the fields of ``Action`` that a person
/// fills in.
///
/// ``DevelopmentPlan/add(_:assessmentDate:framework:)`` checks a draft, fills in what follows from it
/// (the horizon from the due date, the principle from the measure) and gives it the next free id.
public struct ActionDraft: Sendable, Codable, Hashable {
    /// What will be done; required.
    public var what: String
    /// Who is responsible; required.
    public var owner: String
    /// When it is due; not before the assessment.
    public var due: CalendarDate?
    /// Quick win or long-term; when `nil`, it follows from the due date (within three months of the
    /// assessment is a quick win), else from the measure, else a quick win.
    public var horizon: Horizon?
    /// The principle the action serves; when `nil` and a measure is given, the measure's principle that
    /// is in focus (or its first).
    public var principle: PrincipleID?
    /// The problem area the action addresses.
    public var problemArea: ProblemAreaID?
    /// The id of the catalogue measure that inspired it; must exist in the catalogue.
    public var measure: String?
    /// What the team expects to change.
    public var expectedEffect: String
    /// How progress will be followed up.
    public var followUp: String
    /// A note.
    public var note: String?

    /// Creates a draft.
    public init(
        what: String, owner: String, due: CalendarDate? = nil, horizon: Horizon? = nil,
        principle: PrincipleID? = nil, problemArea: ProblemAreaID? = nil, measure: String? = nil,
        expectedEffect: String = "", followUp: String = "", note: String? = nil
    ) {
        self.what = what
        self.owner = owner
        self.due = due
        self.horizon = horizon
        self.principle = principle
        self.problemArea = problemArea
        self.measure = measure
        self.expectedEffect = expectedEffect
        self.followUp = followUp
        self.note = note
    }
}
