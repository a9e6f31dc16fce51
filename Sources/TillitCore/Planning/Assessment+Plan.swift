extension Assessment {
    /// The team's plan, or — before the team has one — the planner's draft: its proposed focus, no
    /// actions, a follow-up six months after the assessment.
    public func planOrDraft(planner: Planner = Planner(), scorer: Scorer = Scorer()) -> DevelopmentPlan {
        plan ?? planner.draftPlan(for: self, scorecard: scorer.score(self))
    }

    /// Adds an action to the plan, starting the plan from the planner's draft if there is none yet, and
    /// returns it with its new id. A refused action leaves the assessment unchanged.
    @discardableResult
    public mutating func addAction(_ draft: ActionDraft, planner: Planner = Planner()) throws(PlanError)
        -> Action
    {
        var updated = planOrDraft(planner: planner)
        let action = try updated.add(draft, assessmentDate: date, framework: planner.framework)
        plan = updated
        return action
    }

    /// Sets the status (and note) of an action of the plan; an unknown id is an error that lists the ids
    /// there are.
    @discardableResult
    public mutating func setActionStatus(_ status: Action.Status, ofAction id: String, note: String? = nil)
        throws(PlanError) -> Action
    {
        guard var updated = plan else { throw .unknownAction(id: id, existing: []) }
        let action = try updated.setStatus(status, ofAction: id, note: note)
        plan = updated
        return action
    }
}
