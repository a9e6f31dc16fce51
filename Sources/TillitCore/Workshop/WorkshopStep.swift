/// Where a workshop stands: the step, and within a step, whose turn it is or which principle or focus
/// is on the table.
///
/// The steps follow the order a facilitator leads a team through: setup, individual scoring (each
/// participant privately), the group view, consensus per principle, priorities, actions and the summary.
public enum WorkshopStep: Sendable, Hashable {
    /// Organisation, unit, facilitator, language, questionnaire and participants.
    case setup
    /// A participant answers one statement; `item` indexes the questionnaire's items.
    case scoring(participant: Int, item: Int)
    /// The team looks at its scores and disagreements together.
    case groupView
    /// The team agrees a score and a target for one principle; `principle` indexes
    /// ``Workshop/consensusPrinciples``.
    case consensus(principle: Int)
    /// The team chooses the principles and problem areas to work on.
    case priorities
    /// The team writes its actions for one focus principle; `focus` indexes the plan's focus principles.
    case actions(focus: Int)
    /// The plan and the results, ready to export.
    case summary

    /// The name stored in ``WorkshopProgress/step``.
    public var storedName: String {
        switch self {
        case .setup: "setup"
        case .scoring: "scoring"
        case .groupView: "group-view"
        case .consensus: "consensus"
        case .priorities: "priorities"
        case .actions: "actions"
        case .summary: "summary"
        }
    }

    /// The step's name as a participant reads it.
    public var title: LocalizedText {
        switch self {
        case .setup: LocalizedText(sv: "Förberedelser", en: "Setup")
        case .scoring: LocalizedText(sv: "Individuell skattning", en: "Individual scoring")
        case .groupView: LocalizedText(sv: "Gruppens bild", en: "Group view")
        case .consensus: LocalizedText(sv: "Samsyn", en: "Consensus")
        case .priorities: LocalizedText(sv: "Prioriteringar", en: "Priorities")
        case .actions: LocalizedText(sv: "Åtgärder", en: "Actions")
        case .summary: LocalizedText(sv: "Sammanfattning", en: "Summary")
        }
    }

    /// The time the workshop guide plans for the step, in minutes: a facilitator's yardstick shown
    /// beside the time spent, never a limit. Scoring is per participant, consensus per principle and
    /// actions per focus principle, so that each screen's time is its own.
    public func plannedMinutes(questionnaire: Questionnaire) -> Int {
        switch self {
        case .setup: 10
        case .scoring: questionnaire.estimatedMinutes
        case .groupView: 20
        case .consensus: 6
        case .priorities: 15
        case .actions: 15
        case .summary: 5
        }
    }

    /// The step as a progress marker for the assessment document.
    public var progress: WorkshopProgress {
        switch self {
        case .scoring(let participant, let item):
            WorkshopProgress(step: storedName, participant: participant, position: item)
        case .consensus(let index): WorkshopProgress(step: storedName, position: index)
        case .actions(let index): WorkshopProgress(step: storedName, position: index)
        default: WorkshopProgress(step: storedName)
        }
    }
}
