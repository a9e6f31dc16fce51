/// A self-assessment workshop as a value: the assessment document and the step the team is at.
///
/// Every front end — the command line, a future app — drives the same flow by sending
/// ``WorkshopEvent``s: setup → individual scoring → group view → consensus → priorities → actions →
/// summary. After every event the step is written into ``Assessment/workshop``, so saving
/// ``assessment`` after each event is all a front end needs for `kill -9` at any moment to lose no
/// more than the keystroke in progress; ``init(resuming:framework:scorer:)`` continues exactly there.
public struct Workshop: Sendable, Equatable {
    /// The assessment, with the current step stored in its ``Assessment/workshop`` progress marker.
    public private(set) var assessment: Assessment
    /// Where the workshop stands.
    public private(set) var step: WorkshopStep
    /// The framework the consensus texts and the catalogue of measures come from.
    public var framework: Framework
    /// The scorer for the group view, the consensus starting points and the priorities.
    public var scorer: Scorer
    /// The document and step before each change of this session, newest last, for ``WorkshopEvent/undo``.
    /// Not saved: undo is for the slip just made, not for last week's session.
    private var undoStack: [Snapshot] = []

    /// What undo returns to.
    private struct Snapshot: Sendable {
        var assessment: Assessment
        var step: WorkshopStep
    }

    /// Whether there is a change to undo.
    public var canUndo: Bool { !undoStack.isEmpty }

    /// Starts a workshop on a new assessment, at setup.
    public init(new assessment: Assessment, framework: Framework = .sou2019_43, scorer: Scorer = Scorer()) {
        self.assessment = assessment
        self.framework = framework
        self.scorer = scorer
        step = .setup
        store()
    }

    /// Resumes the workshop where the assessment's progress marker says it stopped.
    ///
    /// A marker that no longer fits the document (edited by hand, or answers merged since) is brought
    /// back within bounds rather than refused: the team lands on the nearest step that makes sense,
    /// e.g. the first unanswered statement.
    public init(
        resuming assessment: Assessment, framework: Framework = .sou2019_43, scorer: Scorer = Scorer()
    ) {
        self.assessment = assessment
        self.framework = framework
        self.scorer = scorer
        step = Workshop.restore(assessment)
        store()
    }

    // MARK: - What the screens show

    /// The details the team must still give before it goes on: an assessment created by `merge` from
    /// response files has no organisation. Empty once everything required is there.
    public var missingDetails: [WorkshopDetail] {
        assessment.organisation.trimmed.isEmpty ? [.organisation] : []
    }

    /// The existing participant `name` is the same as or a likely typo of (`anna` beside `Anna`), to be
    /// offered before a new participant is added; `nil` when the name is new.
    public func similarParticipant(to name: String) -> String? {
        NameMatch.similar(to: name, among: assessment.participants.map(\.name))
    }

    /// The existing role `role` is the same as or a likely typo of (`enhetschef` beside
    /// `enhetschefer`), so that a typo does not silently make a new group; `nil` when the role is new
    /// or already spelt exactly so.
    public func similarRole(to role: String) -> String? {
        let roles = assessment.participants.compactMap(\.role)
        guard !roles.contains(role.trimmed) else { return nil }
        return NameMatch.similar(to: role, among: roles)
    }

    /// The statement the current participant answers, during scoring.
    public var currentItem: QuestionnaireItem? {
        guard case .scoring(_, let item) = step else { return nil }
        return assessment.questionnaire.items[item]
    }

    /// The current participant's earlier answer to the current statement: `.some(nil)` for *don't
    /// know*, `nil` when not yet answered. Shown when a participant goes back.
    public var currentAnswer: Int?? {
        guard case .scoring(let participant, let item) = step else { return nil }
        return assessment.participants[participant].answer(at: item)
    }

    /// The principles the consensus step goes through: those the questionnaire covers, in the report's
    /// order (all eight for a questionnaire that covers none); none when the questionnaire's answers are
    /// not levels 1–5 (the yes/no `national-2019`), since the agreed level is on that scale.
    public var consensusPrinciples: [PrincipleID] {
        guard hasConsensusStep else { return [] }
        let covered = assessment.questionnaire.targets.compactMap(\.principle)
        return covered.isEmpty ? PrincipleID.allCases : covered
    }

    /// Whether the workshop has a consensus step: only when the answers are levels 1–5, the scale the
    /// team agrees its level and target on.
    public var hasConsensusStep: Bool {
        let scale = assessment.questionnaire.scale
        return scale.minimum == 1 && scale.maximum == 5
    }

    /// The focus principles the plan has no action for yet: pointed out at the summary, so that a
    /// priority is not left without anything to do.
    public var focusWithoutActions: [PrincipleID] {
        guard let plan = assessment.plan else { return [] }
        return plan.focusPrinciples.filter { id in !plan.actions.contains { $0.principle == id } }
    }

    /// The scores of the individual round (with any consensus agreed so far), of the participants the
    /// group view may show (``groupViewCohort``), for the whole team only: the workshop's screens show no
    /// groups, and a group's figures before and after latecomers could differ by one person.
    public var scorecard: Scorecard {
        let cohort = groupViewCohort
        var shown = assessment
        if cohort.waiting > 0 {
            let included = Set(cohort.included)
            shown.participants = assessment.participants.filter { included.contains($0.name) }
        }
        var card = scorer.score(shown)
        card.groups = []
        card.groupDifferences = []
        return card
    }

    /// Whom the group view shows: once shown, it takes in latecomers only when at least the anonymity
    /// threshold of them have answered.
    public var groupViewCohort: GroupViewCohort {
        scorer.disclosure.groupViewCohort(
            participants: assessment.participants, shown: assessment.workshop?.groupView)
    }

    /// The planner's proposal of principles and problem areas to work on.
    public var proposal: PlanProposal {
        Planner(framework: framework).propose(assessment, scorecard: scorecard)
    }

    /// The score and target offered as the starting point when the team discusses a principle: what it
    /// agreed before, else the individual-round mean rounded to a whole level, with a target one above.
    public func startingPoint(for principle: PrincipleID) -> (score: Int, target: Int) {
        if let agreed = assessment.consensus(for: principle), let score = agreed.score {
            return (score, agreed.target ?? min(5, score + 1))
        }
        let mean = scorecard.score(for: .principle(principle))?.score ?? 3
        let score = min(5, max(1, Int(mean.rounded())))
        return (score, min(5, score + 1))
    }

    /// The catalogue measures offered for a focus principle: the planner's proposal first, then the
    /// other measures that serve the principle.
    public func measures(for principle: PrincipleID) -> [Measure] {
        let proposed = proposal.focus.first { $0.principle == principle }?.measures ?? []
        let serving = framework.measures(serving: principle)
        let first = proposed.compactMap { id in serving.first { $0.id == id } }
        return first + serving.filter { !proposed.contains($0.id) }
    }

    /// The actions the plan holds for a principle.
    public func actions(for principle: PrincipleID) -> [Action] {
        assessment.plan?.actions.filter { $0.principle == principle } ?? []
    }

    // MARK: - Events

    /// Applies an event; a refused event throws and leaves the workshop exactly as it was.
    @discardableResult
    public mutating func handle(_ event: WorkshopEvent) throws(WorkshopError) -> WorkshopOutcome {
        if event == .undo {
            guard let last = undoStack.popLast() else { throw .nothingToUndo }
            assessment = last.assessment
            step = last.step
            store()
            return .applied
        }
        var copy = self
        let outcome = try copy.apply(event)
        copy.store()
        if case .scoring = step {
            // The individual round is private: nothing before or in it is undone, only gone back over.
            copy.undoStack = []
        } else if copy.assessment.withoutProgress != assessment.withoutProgress {
            copy.undoStack.append(Snapshot(assessment: assessment, step: step))
            if copy.undoStack.count > 100 { copy.undoStack.removeFirst() }
        }
        self = copy
        return outcome
    }

    /// The due date offered for a new action: three months after the assessment for a quick win, a
    /// year for a long-term one.
    public func suggestedDue(for horizon: Horizon) -> CalendarDate {
        assessment.date.adding(months: horizon == .quickWin ? 3 : 12)
    }

    /// Refuses a due date before the assessment, as the plan would, so that the date prompt itself can
    /// say so before the rest of the action is typed.
    public func checkDue(_ due: CalendarDate) throws(WorkshopError) {
        guard due < assessment.date else { return }
        throw .invalidAction(
            .invalidAction(
                field: "due",
                reason: LocalizedText(
                    sv: "\(due) ligger före självskattningen (\(assessment.date)); ange ett senare datum",
                    en: "\(due) is before the assessment (\(assessment.date)); give a later date")))
    }

    private mutating func apply(_ event: WorkshopEvent) throws(WorkshopError) -> WorkshopOutcome {
        switch event {
        case .quit:
            return .stopped
        case .park(let text):
            let note = text.trimmed
            guard !note.isEmpty else { throw .emptyNote }
            assessment.parkingLot = (assessment.parkingLot ?? []) + [note]
            return .applied
        case .setField(let field):
            switch field {
            case .organisation(let text): assessment.organisation = text.trimmed
            case .unit(let text): assessment.unit = text.trimmed
            case .facilitator(let text): assessment.facilitator = text.trimmed
            case .language(let language): assessment.language = language
            case .date(let date): assessment.date = date
            }
            return .applied
        default:
            break
        }
        switch step {
        case .setup: try applySetup(event)
        case .scoring(let participant, let item):
            try applyScoring(event, participant: participant, item: item)
        case .groupView:
            switch event {
            case .next: step = hasConsensusStep ? .consensus(principle: 0) : .priorities
            case .back: throw .individualRoundClosed
            case .addParticipant(let name, let role):
                // A latecomer scores privately like everyone else; the group view then includes them.
                try addParticipant(name: name, role: role)
                step = .scoring(participant: assessment.participants.count - 1, item: 0)
            default: throw refused(event)
            }
        case .consensus(let index): try applyConsensus(event, index: index)
        case .priorities: try applyPriorities(event)
        case .actions(let index): try applyActions(event, index: index)
        case .summary:
            switch event {
            case .back:
                let count = assessment.plan?.focusPrinciples.count ?? 0
                step = count > 0 ? .actions(focus: count - 1) : .priorities
            case .next: throw .finished
            case .removeAction(let id): try removeAction(id)
            default: throw refused(event)
            }
        }
        return .applied
    }

    private mutating func applySetup(_ event: WorkshopEvent) throws(WorkshopError) {
        switch event {
        case .setQuestionnaire(let questionnaire):
            guard assessment.participants.allSatisfy({ $0.answers.isEmpty }) else {
                throw .questionnaireLocked
            }
            assessment.questionnaire = questionnaire
        case .addParticipant(let name, let role):
            try addParticipant(name: name, role: role)
        case .removeParticipant(let index):
            guard assessment.participants.indices.contains(index) else { throw .noSuchParticipant(index) }
            guard assessment.participants[index].answers.isEmpty else {
                throw .participantHasAnswered(assessment.participants[index].name)
            }
            assessment.participants.remove(at: index)
        case .next:
            guard !assessment.participants.isEmpty else { throw .noParticipants }
            step = firstUnanswered(from: 0)
        default:
            throw refused(event)
        }
    }

    /// Adds a participant with a unique, non-blank name; used in setup and for a latecomer at the group
    /// view.
    private mutating func addParticipant(name: String, role: String?) throws(WorkshopError) {
        let name = name.trimmed
        guard !name.isEmpty else { throw .blankName }
        if let taken = assessment.participants.first(where: { NameMatch.same($0.name, name) }) {
            throw .duplicateParticipant(taken.name)
        }
        let role = role?.trimmed
        assessment.participants.append(Participant(name: name, role: role?.isEmpty == false ? role : nil))
    }

    private mutating func applyScoring(_ event: WorkshopEvent, participant: Int, item: Int)
        throws(WorkshopError)
    {
        switch event {
        case .answer(let value):
            do {
                try assessment.record(value, participant: participant, item: item)
            } catch {
                let scale = assessment.questionnaire.scale
                throw .notOnScale(value ?? 0, minimum: scale.minimum, maximum: scale.maximum)
            }
            if item + 1 < assessment.questionnaire.items.count {
                step = .scoring(participant: participant, item: item + 1)
            } else {
                step = firstUnanswered(from: participant + 1)
            }
        case .back:
            if item > 0 {
                step = .scoring(participant: participant, item: item - 1)
            } else if participant == 0 {
                step = .setup
            } else {
                throw .atFirstStatement
            }
        default:
            throw refused(event)
        }
    }

    private mutating func applyConsensus(_ event: WorkshopEvent, index: Int) throws(WorkshopError) {
        let principles = consensusPrinciples
        switch event {
        case .agreeConsensus(let score, let target, let note):
            for (field, value) in [("score", score), ("target", target)] where !(1...5).contains(value) {
                throw .levelOutOfRange(field: field, value: value)
            }
            let note = note?.trimmed
            // Scores and targets are checked above, so the assessment cannot refuse the entry.
            try? assessment.setConsensus(
                Consensus(
                    principle: principles[index], score: score, target: target,
                    note: note?.isEmpty == false ? note : nil))
            step = index + 1 < principles.count ? .consensus(principle: index + 1) : .priorities
        case .next:
            step = index + 1 < principles.count ? .consensus(principle: index + 1) : .priorities
        case .back:
            step = index > 0 ? .consensus(principle: index - 1) : .groupView
        default:
            throw refused(event)
        }
    }

    private mutating func applyPriorities(_ event: WorkshopEvent) throws(WorkshopError) {
        switch event {
        case .choosePriorities(let principles, let areas):
            try choose(principles, areas)
        case .next:
            let proposal = proposal
            guard !proposal.focus.isEmpty else { throw .nothingProposed }
            try choose(proposal.focus.map(\.principle), proposal.problemAreas)
        case .back:
            step = hasConsensusStep ? .consensus(principle: consensusPrinciples.count - 1) : .groupView
        default:
            throw refused(event)
        }
    }

    private mutating func choose(_ principles: [PrincipleID], _ areas: [ProblemAreaID]) throws(WorkshopError)
    {
        guard !principles.isEmpty else { throw .noPriorities }
        if let twice = principles.firstDuplicate { throw .duplicatePriority(twice.rawValue) }
        if let twice = areas.firstDuplicate { throw .duplicatePriority(twice.rawValue) }
        var plan = assessment.plan ?? DevelopmentPlan(followUpDate: assessment.date.adding(months: 6))
        plan.focusPrinciples = principles
        plan.focusProblemAreas = areas
        assessment.plan = plan
        step = .actions(focus: 0)
    }

    private mutating func applyActions(_ event: WorkshopEvent, index: Int) throws(WorkshopError) {
        let focus = assessment.plan?.focusPrinciples ?? []
        switch event {
        case .addAction(var draft):
            // One mechanism for every action: the plan's own checks, ids and defaults; the workshop only
            // links the action to the focus principle the team is working on.
            if draft.principle == nil { draft.principle = focus[index] }
            var plan = assessment.plan ?? DevelopmentPlan(followUpDate: assessment.date.adding(months: 6))
            do {
                try plan.add(draft, assessmentDate: assessment.date, framework: framework)
            } catch {
                throw .invalidAction(error)
            }
            assessment.plan = plan
        case .removeAction(let id):
            try removeAction(id)
        case .updateAction(let id, var draft):
            guard var plan = assessment.plan, let position = plan.actions.firstIndex(where: { $0.id == id })
            else { throw .noSuchAction(id) }
            let old = plan.actions.remove(at: position)
            if draft.principle == nil { draft.principle = old.principle ?? focus[index] }
            do {
                var edited = try plan.add(draft, assessmentDate: assessment.date, framework: framework)
                plan.actions.removeLast()
                edited.id = old.id
                edited.status = old.status
                plan.actions.insert(edited, at: position)
            } catch {
                throw .invalidAction(error)
            }
            assessment.plan = plan
        case .next:
            step = index + 1 < focus.count ? .actions(focus: index + 1) : .summary
        case .back:
            step = index > 0 ? .actions(focus: index - 1) : .priorities
        default:
            throw refused(event)
        }
    }

    private mutating func removeAction(_ id: String) throws(WorkshopError) {
        guard let index = assessment.plan?.actions.firstIndex(where: { $0.id == id }) else {
            throw .noSuchAction(id)
        }
        assessment.plan?.actions.remove(at: index)
    }

    // MARK: - Progress

    /// The first statement not yet answered, from participant `start` on; the group view when everyone
    /// has answered everything.
    private func firstUnanswered(from start: Int) -> WorkshopStep {
        let count = assessment.questionnaire.items.count
        for index in assessment.participants.indices where index >= start {
            let answered = assessment.participants[index].answers.count
            if answered < count { return .scoring(participant: index, item: answered) }
        }
        return .groupView
    }

    /// Writes the step into the assessment's progress marker, with whom the group view has shown.
    private mutating func store() {
        var shown = assessment.workshop?.groupView
        if step == .groupView, groupViewCohort.waiting == 0 { shown = groupViewCohort.included }
        assessment.workshop = step.progress
        assessment.workshop?.groupView = shown
    }

    private func refused(_ event: WorkshopEvent) -> WorkshopError {
        .notInThisStep(event: event.name, step: step)
    }

    /// The step a saved assessment stands at, brought within bounds.
    static func restore(_ assessment: Assessment) -> WorkshopStep {
        let items = assessment.questionnaire.items.count
        let participants = assessment.participants
        var probe = Workshop.unchecked(assessment)
        func derived() -> WorkshopStep {
            participants.isEmpty ? .setup : probe.firstUnanswered(from: 0)
        }
        guard let progress = assessment.workshop else { return derived() }
        switch progress.step {
        case "setup":
            // Everyone scored before the day (merged response files): setup is done but for the details,
            // which the front end asks for (``missingDetails``); the team opens at the group view.
            let everyoneScored =
                !participants.isEmpty && participants.allSatisfy { $0.hasAnswered(all: items) }
            return everyoneScored ? .groupView : .setup
        case "scoring":
            guard participants.indices.contains(progress.participant), items > 0 else { return derived() }
            let answered = participants[progress.participant].answers.count
            let item = max(0, min(progress.position, answered))
            return item < items
                ? .scoring(participant: progress.participant, item: item)
                : probe.firstUnanswered(from: progress.participant + 1)
        case "group-view":
            return .groupView
        case "consensus":
            probe.step = .groupView
            guard probe.hasConsensusStep else { return .priorities }
            return .consensus(principle: max(0, min(progress.position, probe.consensusPrinciples.count - 1)))
        case "priorities":
            return .priorities
        case "actions":
            let count = assessment.plan?.focusPrinciples.count ?? 0
            return count > 0 ? .actions(focus: max(0, min(progress.position, count - 1))) : .priorities
        case "summary":
            return .summary
        default:
            return derived()
        }
    }

    private init(unchecked assessment: Assessment) {
        self.assessment = assessment
        framework = .sou2019_43
        scorer = Scorer()
        step = .setup
    }

    private static func unchecked(_ assessment: Assessment) -> Workshop { Workshop(unchecked: assessment) }
}

extension Workshop {
    /// Two workshops are equal when their documents, steps, frameworks and anonymity thresholds are.
    public static func == (lhs: Workshop, rhs: Workshop) -> Bool {
        lhs.assessment == rhs.assessment && lhs.step == rhs.step && lhs.framework == rhs.framework
            && lhs.scorer.anonymityThreshold == rhs.scorer.anonymityThreshold
    }
}

extension WorkshopEvent {
    /// What the event does, in words, for messages.
    public var name: LocalizedText {
        switch self {
        case .setField: LocalizedText(sv: "ändra uppgift", en: "change a field")
        case .setQuestionnaire: LocalizedText(sv: "byt frågeformulär", en: "change the questionnaire")
        case .addParticipant: LocalizedText(sv: "lägg till deltagare", en: "add a participant")
        case .removeParticipant: LocalizedText(sv: "ta bort deltagare", en: "remove a participant")
        case .answer: LocalizedText(sv: "svara", en: "answer")
        case .back: LocalizedText(sv: "tillbaka", en: "back")
        case .next: LocalizedText(sv: "vidare", en: "next")
        case .agreeConsensus: LocalizedText(sv: "enas om nivå", en: "agree a level")
        case .choosePriorities: LocalizedText(sv: "välj prioriteringar", en: "choose priorities")
        case .addAction: LocalizedText(sv: "lägg till åtgärd", en: "add an action")
        case .removeAction: LocalizedText(sv: "ta bort åtgärd", en: "remove an action")
        case .updateAction: LocalizedText(sv: "ändra åtgärd", en: "edit an action")
        case .park: LocalizedText(sv: "parkera en fråga", en: "park an issue")
        case .undo: LocalizedText(sv: "ångra", en: "undo")
        case .quit: LocalizedText(sv: "avsluta", en: "quit")
        }
    }
}

extension Assessment {
    /// The document without the workshop's progress marker: what a change is measured on.
    fileprivate var withoutProgress: Assessment {
        var copy = self
        copy.workshop = nil
        return copy
    }
}

extension Array where Element: Hashable {
    /// The first element that occurs a second time.
    fileprivate var firstDuplicate: Element? {
        var seen: Set<Element> = []
        return first { !seen.insert($0).inserted }
    }
}

extension String {
    /// Without leading and trailing white space.
    fileprivate var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
