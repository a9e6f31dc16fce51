import Foundation

/// The development plan the team leaves the workshop with: what to work on, and the actions it owns.
public struct DevelopmentPlan: Sendable, Codable, Hashable {
    /// The principles the team chose to work on, most important first (2–3 recommended).
    public var focusPrinciples: [PrincipleID]
    /// The problem areas the team chose to address.
    public var focusProblemAreas: [ProblemAreaID]
    /// The team's actions.
    public var actions: [Action]
    /// When the team meets to follow the plan up (default: six months after the assessment).
    public var followUpDate: CalendarDate

    /// Creates a plan.
    public init(
        focusPrinciples: [PrincipleID] = [], focusProblemAreas: [ProblemAreaID] = [], actions: [Action] = [],
        followUpDate: CalendarDate
    ) {
        self.focusPrinciples = focusPrinciples
        self.focusProblemAreas = focusProblemAreas
        self.actions = actions
        self.followUpDate = followUpDate
    }

    /// The next free action id: `A1`, `A2`, … one above the highest number in use.
    public var nextActionID: String {
        let used = actions.compactMap { Int($0.id.dropFirst()) }
        return "A\((used.max() ?? 0) + 1)"
    }

    /// The index of the action with the given id (letter case ignored, so `a3` finds `A3`).
    public func index(ofAction id: String) throws(PlanError) -> Int {
        let wanted = id.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        guard let index = actions.firstIndex(where: { $0.id.uppercased() == wanted }) else {
            throw .unknownAction(id: id, existing: actions.map(\.id))
        }
        return index
    }

    /// Adds an action from a draft and returns it with its new id.
    ///
    /// `what` and `owner` are required; a due date may not lie before `assessmentDate`, the day the plan
    /// starts from; a measure must exist in the framework's catalogue. Unless given, the horizon follows
    /// from the due date (within three months is a quick win), else from the measure; the principle
    /// follows from the measure, preferring one in focus. A refused draft leaves the plan unchanged.
    @discardableResult
    public mutating func add(
        _ draft: ActionDraft, assessmentDate: CalendarDate, framework: Framework = .sou2019_43
    ) throws(PlanError) -> Action {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let what = trimmed(draft.what)
        let owner = trimmed(draft.owner)
        guard !what.isEmpty else {
            throw .invalidAction(
                field: "what",
                reason: LocalizedText(sv: "ange vad som ska göras", en: "say what will be done"))
        }
        guard !owner.isEmpty else {
            throw .invalidAction(
                field: "owner",
                reason: LocalizedText(sv: "ange vem som är ansvarig", en: "name who is responsible"))
        }
        if let due = draft.due, due < assessmentDate {
            throw .invalidAction(
                field: "due",
                reason: LocalizedText(
                    sv: "\(due) ligger före självskattningen (\(assessmentDate)); ange ett senare datum",
                    en: "\(due) is before the assessment (\(assessmentDate)); give a later date"))
        }
        var measure: Measure?
        if let id = draft.measure?.trimmingCharacters(in: .whitespacesAndNewlines), !id.isEmpty {
            guard let found = framework.measures.first(where: { $0.id == id }) else {
                let hint = framework.measures.map(\.id).filter { $0.contains(id) || id.contains($0) }.first
                throw .invalidAction(
                    field: "measure",
                    reason: LocalizedText(
                        sv: "det finns inget åtgärdsförslag '\(id)' i katalogen"
                            + (hint.map { "; menade du '\($0)'?" } ?? ""),
                        en: "there is no measure '\(id)' in the catalogue"
                            + (hint.map { "; did you mean '\($0)'?" } ?? "")))
            }
            measure = found
        }
        let horizon =
            draft.horizon
            ?? draft.due.map { $0 <= assessmentDate.adding(months: 3) ? .quickWin : .longTerm }
            ?? measure?.horizon ?? .quickWin
        let principle =
            draft.principle
            ?? measure.flatMap { measure in
                measure.principles.first(where: focusPrinciples.contains) ?? measure.principles.first
            }
        let problemArea =
            draft.problemArea ?? measure.flatMap { $0.problemAreas.first(where: focusProblemAreas.contains) }
        let action = Action(
            id: nextActionID, principle: principle, problemArea: problemArea, measure: measure?.id,
            what: what,
            owner: owner, due: draft.due, horizon: horizon, expectedEffect: trimmed(draft.expectedEffect),
            followUp: trimmed(draft.followUp), status: .planned,
            note: draft.note.map(trimmed).flatMap { $0.isEmpty ? nil : $0 })
        actions.append(action)
        return action
    }

    /// Sets the status of an action, and its note when one is given; returns the changed action.
    @discardableResult
    public mutating func setStatus(_ status: Action.Status, ofAction id: String, note: String? = nil)
        throws(PlanError) -> Action
    {
        let index = try index(ofAction: id)
        actions[index].status = status
        if let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty {
            actions[index].note = note
        }
        return actions[index]
    }
}
