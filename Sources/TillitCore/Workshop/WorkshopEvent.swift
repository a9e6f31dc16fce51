/// Something the team does in a workshop: the only way a ``Workshop`` changes.
///
/// A front end turns keys, clicks or lines of input into events; the workshop decides what each means
/// in the current step and refuses, with a ``WorkshopError``, what does not fit.
public enum WorkshopEvent: Sendable, Hashable {
    /// Sets one of the assessment's descriptive fields; allowed in every step, so that a typo in the
    /// organisation's name can be corrected at the end.
    case setField(WorkshopField)
    /// Chooses the questionnaire; only during setup and before anyone has answered.
    case setQuestionnaire(Questionnaire)
    /// Adds a participant (a name or a pseudonym, and an optional role); only during setup.
    case addParticipant(name: String, role: String?)
    /// Removes the participant at an index; only during setup and before they have answered.
    case removeParticipant(Int)
    /// Answers the current statement; `nil` is *don't know*.
    case answer(Int?)
    /// Goes back one statement, principle or focus.
    case back
    /// Moves on: from setup to scoring, from the group view to consensus, past a principle without
    /// agreeing on it, from priorities accepting the proposal, from one focus principle's actions to
    /// the next.
    case next
    /// Records the team's agreed score and target (both 1–5) for the current principle and moves on.
    case agreeConsensus(score: Int, target: Int, note: String?)
    /// Sets the principles and problem areas the team will work on, and moves on to actions.
    case choosePriorities(principles: [PrincipleID], problemAreas: [ProblemAreaID])
    /// Adds an action for the current focus principle.
    case addAction(ActionDraft)
    /// Removes an action from the plan.
    case removeAction(id: String)
    /// Replaces an action with an edited draft, keeping its id and its place in the plan.
    case updateAction(id: String, ActionDraft)
    /// Undoes the last change to the document made outside the individual round (which is private and
    /// corrected by going back instead), returning to the step where it was made.
    case undo
    /// Notes an issue raised for later in the parking lot; allowed in every step, so that a question
    /// that would derail the current one is kept without being lost.
    case park(String)
    /// Stops for now; the workshop stays where it is, to be resumed.
    case quit
}

/// A descriptive field of the assessment that the team may set or correct at any time.
public enum WorkshopField: Sendable, Hashable {
    /// The organisation's name.
    case organisation(String)
    /// The unit within the organisation.
    case unit(String)
    /// Who leads the workshop.
    case facilitator(String)
    /// The language the workshop runs in.
    case language(Language)
    /// The day of the workshop.
    case date(CalendarDate)
}

/// What handling an event led to.
public enum WorkshopOutcome: Sendable, Hashable {
    /// The event was applied; the workshop goes on from ``Workshop/step``.
    case applied
    /// The team stopped for now; everything is in the assessment, ready to resume.
    case stopped
}

/// A detail of the assessment that the workshop needs and may find missing.
public enum WorkshopDetail: Sendable, Hashable {
    /// The organisation's name, required for the report.
    case organisation
}
