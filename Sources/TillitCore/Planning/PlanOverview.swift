/// Everything a rendered development plan shows, assembled in one place so that every format says the
/// same: who and when, the focus principles with why, their problem areas and proposed measures, the
/// team's actions and the follow-up date.
///
/// Built by ``Planner/overview(of:scorecard:)``. Before the team has a plan of its own
/// (``isAgreed`` is `false`) the focus is the planner's proposal and there are no actions.
public struct PlanOverview: Sendable, Codable, Hashable {
    /// A problem area with its level on the 1–5 scale (higher means more present).
    public struct ProblemAreaLevel: Sendable, Codable, Hashable {
        /// The problem area.
        public var problemArea: ProblemAreaID
        /// How present the team judges it, 1–5.
        public var level: Double

        /// Creates a level.
        public init(problemArea: ProblemAreaID, level: Double) {
            self.problemArea = problemArea
            self.level = level
        }
    }

    /// The organisation.
    public var organisation: String
    /// The unit within it; may be empty.
    public var unit: String
    /// The day of the assessment.
    public var date: CalendarDate
    /// Who led the workshop; may be empty.
    public var facilitator: String
    /// How many participants answered.
    public var respondents: Int
    /// Whether the team has a plan of its own; `false` while the plan is only the planner's proposal.
    public var isAgreed: Bool
    /// The focus principles: the team's choice, or the planner's proposal.
    public var focus: [FocusProposal]
    /// Every ranked principle with the sentence that explains its place.
    public var ranking: [RankedPrinciple]
    /// The problem areas to address: the team's choice, or those most present.
    public var problemAreas: [ProblemAreaID]
    /// The level of every problem area the assessment measured, in the report's order.
    public var problemAreaLevels: [ProblemAreaLevel]
    /// The team's actions.
    public var actions: [Action]
    /// When the plan is followed up.
    public var followUpDate: CalendarDate
    /// Issues the team parked during the workshop, to take up later; `nil` when none.
    public var parkingLot: [String]?

    /// Creates an overview.
    public init(
        organisation: String, unit: String, date: CalendarDate, facilitator: String, respondents: Int,
        isAgreed: Bool, focus: [FocusProposal], ranking: [RankedPrinciple], problemAreas: [ProblemAreaID],
        problemAreaLevels: [ProblemAreaLevel], actions: [Action], followUpDate: CalendarDate,
        parkingLot: [String]? = nil
    ) {
        self.organisation = organisation
        self.unit = unit
        self.date = date
        self.facilitator = facilitator
        self.respondents = respondents
        self.isAgreed = isAgreed
        self.focus = focus
        self.ranking = ranking
        self.problemAreas = problemAreas
        self.problemAreaLevels = problemAreaLevels
        self.actions = actions
        self.followUpDate = followUpDate
        self.parkingLot = parkingLot
    }

    /// The level of a problem area, if the assessment measured it.
    public func level(of problemArea: ProblemAreaID) -> Double? {
        problemAreaLevels.first { $0.problemArea == problemArea }?.level
    }
}

extension Planner {
    /// The overview a rendered plan shows: the team's plan where there is one (its focus principles,
    /// problem areas and actions), else the planner's proposal with no actions and the default
    /// follow-up date. Measures the team's actions already build on are not proposed again.
    public func overview(of assessment: Assessment, scorecard: Scorecard) -> PlanOverview {
        let proposal = propose(assessment, scorecard: scorecard)
        let plan = assessment.plan
        let chosen = plan?.focusPrinciples ?? []
        let adopted = Set((plan?.actions ?? []).compactMap(\.measure))
        let focus = self.focus(
            on: chosen.isEmpty ? proposal.focus.map(\.principle) : chosen, ranked: proposal.rankedPrinciples,
            assessment: assessment, scorecard: scorecard, excluding: adopted)
        let scale = assessment.questionnaire.scale
        let levels = scorecard.problemAreas.compactMap { entry -> PlanOverview.ProblemAreaLevel? in
            guard let id = entry.target.problemArea, let score = entry.score else { return nil }
            let level =
                scale.minimum == 1 && scale.maximum == 5 ? score : 1 + 4 * scale.index(of: score) / 100
            return PlanOverview.ProblemAreaLevel(problemArea: id, level: level)
        }
        let chosenAreas = plan?.focusProblemAreas ?? []
        return PlanOverview(
            organisation: assessment.organisation, unit: assessment.unit, date: assessment.date,
            facilitator: assessment.facilitator, respondents: scorecard.respondents, isAgreed: plan != nil,
            focus: focus, ranking: proposal.rankedPrinciples,
            problemAreas: chosenAreas.isEmpty ? proposal.problemAreas : chosenAreas,
            problemAreaLevels: levels,
            actions: plan?.actions ?? [],
            followUpDate: plan?.followUpDate ?? assessment.date.adding(months: Planner.defaultFollowUpMonths),
            parkingLot: assessment.parkingLot)
    }
}
