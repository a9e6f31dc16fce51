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

    /// The next free action id: `A1`, `A2`, …
    public var nextActionID: String {
        let used = actions.compactMap { Int($0.id.dropFirst()) }
        return "A\((used.max() ?? 0) + 1)"
    }
}
