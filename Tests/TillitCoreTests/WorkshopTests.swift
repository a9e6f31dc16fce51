import Foundation
import Testing

@testable import TillitCore

@Suite("Workshop: the flow from setup to summary as a value")
struct WorkshopTests {
    let date = CalendarDate(year: 2026, month: 11, day: 23)!

    func newWorkshop() -> Workshop {
        Workshop(new: Assessment(organisation: "", date: date, questionnaire: .quick))
    }

    /// Saves and reads back the document, as a front end does between sessions.
    func reloaded(_ workshop: Workshop) throws -> Workshop {
        let data = AssessmentFile.encode(workshop.assessment)
        return Workshop(resuming: try AssessmentFile.decode(data, file: "test.tillit.json"))
    }

    func setUp(_ workshop: inout Workshop, participants: [String] = ["Anna", "Bo"]) throws {
        try workshop.handle(.setField(.organisation("Exempelmyndigheten")))
        try workshop.handle(.setField(.unit("Ledningsgruppen")))
        try workshop.handle(.setField(.facilitator("Karin")))
        for name in participants { try workshop.handle(.addParticipant(name: name, role: nil)) }
        try workshop.handle(.next)
    }

    @Test("drives a whole workshop from setup to summary, and stores each step in the document")
    func wholeWorkshop() throws {
        var workshop = newWorkshop()
        #expect(workshop.step == .setup)
        try setUp(&workshop, participants: ["Anna", "Bo", "Cilla"])
        let count = Questionnaire.quick.items.count
        #expect(workshop.step == .scoring(participant: 0, item: 0))
        for item in 0..<count { try workshop.handle(.answer(item % 2 == 0 ? 1 : nil)) }
        #expect(workshop.step == .scoring(participant: 1, item: 0))
        for _ in 0..<(2 * count) { try workshop.handle(.answer(5)) }
        #expect(workshop.step == .groupView)
        #expect(workshop.assessment.participants.map(\.answers.count) == [count, count, count])
        // Anna's answers of 1 against Bo's and Cilla's 5 span four steps: flagged.
        #expect(workshop.scorecard.flaggedItems.count == (count + 1) / 2)

        try workshop.handle(.next)
        let principles = workshop.consensusPrinciples
        #expect(principles == PrincipleID.allCases)
        #expect(workshop.step == .consensus(principle: 0))
        for (index, _) in principles.enumerated() {
            try workshop.handle(
                .agreeConsensus(score: index < 2 ? 2 : 4, target: 4, note: index == 0 ? " why " : nil))
        }
        #expect(workshop.step == .priorities)
        #expect(workshop.assessment.consensus.count == 8)
        #expect(workshop.assessment.consensus(for: .tillit)?.note == "why")

        let proposal = workshop.proposal
        #expect(Set(proposal.focus.prefix(2).map(\.principle)) == [.tillit, .medborgarfokus])
        try workshop.handle(.next)  // accept the proposal
        #expect(workshop.assessment.plan?.focusPrinciples == proposal.focus.map(\.principle))
        #expect(workshop.assessment.plan?.followUpDate == date.adding(months: 6))
        #expect(workshop.step == .actions(focus: 0))
        let focus = try #require(workshop.assessment.plan?.focusPrinciples.first)
        #expect(!workshop.measures(for: focus).isEmpty)
        try workshop.handle(
            .addAction(ActionDraft(what: "Tillitsdialog på varje enhet", owner: "Karin", horizon: .quickWin)))
        try workshop.handle(.addAction(ActionDraft(what: "Färre mål", owner: "Bo", horizon: .longTerm)))
        #expect(workshop.actions(for: focus).map(\.id) == ["A1", "A2"])
        for _ in workshop.assessment.plan!.focusPrinciples { try workshop.handle(.next) }
        #expect(workshop.step == .summary)
        #expect(workshop.assessment.workshop?.step == "summary")
        #expect(workshop.assessment.workshop?.groupView == ["Anna", "Bo", "Cilla"])
        #expect(throws: WorkshopError.finished) { try workshop.handle(.next) }
    }

    @Test(
        "latecomers score privately, and the group view takes them in only once three have answered (issue 11, case 4)"
    )
    func latecomer() throws {
        var workshop = newWorkshop()
        try setUp(&workshop, participants: ["Anna", "Bo", "Cilla"])
        let count = Questionnaire.quick.items.count
        for _ in 0..<(3 * count) { try workshop.handle(.answer(3)) }
        #expect(workshop.step == .groupView)
        let before = workshop.scorecard
        #expect(before.respondents == 3)
        #expect(throws: WorkshopError.duplicateParticipant("Bo")) {
            try workshop.handle(.addParticipant(name: "Bo", role: nil))
        }
        try workshop.handle(.addParticipant(name: "Cecilia", role: "chef"))
        #expect(workshop.step == .scoring(participant: 3, item: 0))
        #expect(throws: WorkshopError.self) { try workshop.handle(.back) }  // not into Cilla's answers
        let resumed = try reloaded(workshop)
        #expect(resumed.step == .scoring(participant: 3, item: 0))
        for _ in 0..<count { try workshop.handle(.answer(5)) }
        #expect(workshop.step == .groupView)
        // One latecomer: the shared screen shows exactly what it showed, or the change would be hers.
        #expect(workshop.scorecard == before)
        #expect(workshop.groupViewCohort.waiting == 1)
        #expect(try reloaded(workshop).scorecard == before)
        for name in ["David", "Elin"] {
            try workshop.handle(.addParticipant(name: name, role: nil))
            for _ in 0..<count { try workshop.handle(.answer(1)) }
        }
        // Three latecomers together: the view takes them all in, and the difference is theirs jointly.
        #expect(workshop.groupViewCohort.waiting == 0)
        #expect(workshop.scorecard.respondents == 6)
        #expect(workshop.assessment.workshop?.groupView?.count == 6)
    }

    @Test("goes back one statement and changes an answer, and from the first statement back to setup")
    func goingBack() throws {
        var workshop = newWorkshop()
        try setUp(&workshop)
        try workshop.handle(.answer(2))
        try workshop.handle(.answer(3))
        try workshop.handle(.back)
        #expect(workshop.step == .scoring(participant: 0, item: 1))
        #expect(workshop.currentAnswer == .some(3))
        try workshop.handle(.back)
        try workshop.handle(.answer(4))
        #expect(workshop.assessment.participants[0].answers == [4, 3])
        #expect(workshop.step == .scoring(participant: 0, item: 1))
        try workshop.handle(.back)
        try workshop.handle(.back)
        #expect(workshop.step == .setup)
    }

    @Test("never goes back into an earlier participant's answers")
    func privacyOfEarlierParticipants() throws {
        var workshop = newWorkshop()
        try setUp(&workshop)
        for _ in Questionnaire.quick.items { try workshop.handle(.answer(3)) }
        let before = workshop
        #expect(throws: WorkshopError.atFirstStatement) { try workshop.handle(.back) }
        #expect(workshop == before)
    }

    @Test("resumes from a saved document exactly where it stopped, at every kind of step")
    func resuming() throws {
        var workshop = newWorkshop()
        try setUp(&workshop)
        try workshop.handle(.answer(2))
        try workshop.handle(.answer(nil))
        var resumed = try reloaded(workshop)
        #expect(resumed.step == .scoring(participant: 0, item: 2))
        #expect(resumed.assessment.participants[0].answers == [2, nil])
        try resumed.handle(.back)
        resumed = try reloaded(resumed)
        #expect(resumed.step == .scoring(participant: 0, item: 1))
        #expect(resumed.currentAnswer == .some(nil))
        for _ in 1..<Questionnaire.quick.items.count { try resumed.handle(.answer(4)) }
        resumed = try reloaded(resumed)
        #expect(resumed.step == .scoring(participant: 1, item: 0))
        for _ in Questionnaire.quick.items { try resumed.handle(.answer(4)) }
        try resumed.handle(.next)
        try resumed.handle(.agreeConsensus(score: 3, target: 5, note: nil))
        resumed = try reloaded(resumed)
        #expect(resumed.step == .consensus(principle: 1))
        #expect(resumed.startingPoint(for: .tillit) == (3, 5))
        for _ in 1..<8 { try resumed.handle(.next) }
        try resumed.handle(.choosePriorities(principles: [.kunskap, .tillit], problemAreas: []))
        try resumed.handle(.next)
        resumed = try reloaded(resumed)
        #expect(resumed.step == .actions(focus: 1))
        #expect(resumed.assessment.plan?.focusPrinciples == [.kunskap, .tillit])
    }

    @Test("brings a progress marker that no longer fits the document back within bounds")
    func resumingFromAStaleMarker() throws {
        var assessment = Assessment(
            organisation: "X", date: date, questionnaire: .quick,
            participants: [Participant(name: "Anna", answers: [3, 3])],
            workshop: WorkshopProgress(step: "scoring", participant: 0, position: 9))
        #expect(Workshop(resuming: assessment).step == .scoring(participant: 0, item: 2))
        assessment.workshop = WorkshopProgress(step: "scoring", participant: 7)
        #expect(Workshop(resuming: assessment).step == .scoring(participant: 0, item: 2))
        assessment.workshop = WorkshopProgress(step: "actions", position: 3)
        #expect(Workshop(resuming: assessment).step == .priorities)
        assessment.workshop = WorkshopProgress(step: "consensus", position: 40)
        #expect(Workshop(resuming: assessment).step == .consensus(principle: 7))
        assessment.workshop = nil
        #expect(Workshop(resuming: assessment).step == .scoring(participant: 0, item: 2))
    }

    @Test("refuses invalid events with a typed error and leaves the workshop unchanged")
    func invalidEvents() throws {
        var workshop = newWorkshop()
        #expect(throws: WorkshopError.noParticipants) { try workshop.handle(.next) }
        #expect(throws: WorkshopError.blankName) {
            try workshop.handle(.addParticipant(name: "  ", role: nil))
        }
        try workshop.handle(.addParticipant(name: "Anna", role: "chef"))
        #expect(throws: WorkshopError.duplicateParticipant("Anna")) {
            try workshop.handle(.addParticipant(name: "Anna", role: nil))
        }
        #expect(throws: WorkshopError.self) { try workshop.handle(.answer(3)) }
        try workshop.handle(.next)
        let before = workshop
        #expect(throws: WorkshopError.notOnScale(7, minimum: 1, maximum: 5)) {
            try workshop.handle(.answer(7))
        }
        #expect(throws: WorkshopError.self) {
            try workshop.handle(.agreeConsensus(score: 3, target: 4, note: nil))
        }
        #expect(throws: WorkshopError.self) { try workshop.handle(.addParticipant(name: "Bo", role: nil)) }
        #expect(throws: WorkshopError.self) { try workshop.handle(.setQuestionnaire(.standard)) }
        #expect(workshop == before)
        for _ in Questionnaire.quick.items { try workshop.handle(.answer(3)) }
        #expect(throws: WorkshopError.individualRoundClosed) { try workshop.handle(.back) }
        try workshop.handle(.next)
        #expect(throws: WorkshopError.levelOutOfRange(field: "target", value: 6)) {
            try workshop.handle(.agreeConsensus(score: 3, target: 6, note: nil))
        }
        for _ in 0..<8 { try workshop.handle(.agreeConsensus(score: 4, target: 4, note: nil)) }
        #expect(workshop.step == .priorities)
        // Every target already reached: the planner proposes nothing to accept.
        #expect(throws: WorkshopError.nothingProposed) { try workshop.handle(.next) }
        #expect(throws: WorkshopError.noPriorities) {
            try workshop.handle(.choosePriorities(principles: [], problemAreas: []))
        }
        #expect(throws: WorkshopError.duplicatePriority("tillit")) {
            try workshop.handle(.choosePriorities(principles: [.tillit, .tillit], problemAreas: []))
        }
        try workshop.handle(.choosePriorities(principles: [.tillit], problemAreas: [.kortsiktigStyrning]))
        #expect {
            try workshop.handle(.addAction(ActionDraft(what: "Något", owner: " ")))
        } throws: { error in
            guard case .invalidAction(.invalidAction(let field, _)) = error as? WorkshopError else {
                return false
            }
            return field == "owner"
        }
        #expect(throws: WorkshopError.noSuchAction("A9")) { try workshop.handle(.removeAction(id: "A9")) }
        #expect(workshop.assessment.plan?.actions.isEmpty == true)
    }

    @Test("every refusal explains itself in Swedish and English")
    func messages() {
        let errors: [WorkshopError] = [
            .notInThisStep(event: WorkshopEvent.answer(3).name, step: .priorities), .atFirstStatement,
            .noParticipants, .notOnScale(9, minimum: 1, maximum: 5), .questionnaireLocked,
        ]
        for error in errors {
            #expect(!error.message.sv.isEmpty && !error.message.en.isEmpty)
            #expect(error.message.sv != error.message.en)
        }
        #expect(
            WorkshopError.notInThisStep(event: WorkshopEvent.answer(3).name, step: .priorities).message.sv
                == "’svara’ går inte i steget prioriteringar.")
    }

    @Test("setup fields can be corrected in any step, and the questionnaire changed before anyone answers")
    func correctingSetup() throws {
        var workshop = newWorkshop()
        try workshop.handle(.setQuestionnaire(.standard))
        #expect(workshop.assessment.questionnaire.id == "standard")
        try workshop.handle(.addParticipant(name: "Anna", role: " "))
        #expect(workshop.assessment.participants[0].role == nil)
        try workshop.handle(.next)
        try workshop.handle(.setField(.organisation("  Nya namnet ")))
        try workshop.handle(.setField(.language(.en)))
        #expect(workshop.assessment.organisation == "Nya namnet")
        #expect(workshop.assessment.language == .en)
        #expect(workshop.step == .scoring(participant: 0, item: 0))
        #expect(try workshop.handle(.quit) == .stopped)
        #expect(workshop.step == .scoring(participant: 0, item: 0))
    }

    @Test(
        "an assessment whose participants all scored beforehand opens at the group view, asking the organisation"
    )
    func scoredBeforehand() throws {
        let count = Questionnaire.quick.items.count
        var assessment = Assessment(organisation: "", date: date, questionnaire: .quick)
        for name in ["Anna", "Bo"] {
            try assessment.merge(
                ResponseFile(
                    questionnaire: .quick,
                    participant: Participant(name: name, answers: Array(repeating: 3, count: count)),
                    date: date),
                file: name)
        }
        var workshop = Workshop(resuming: assessment)
        #expect(workshop.step == .groupView)
        #expect(workshop.missingDetails == [.organisation])
        try workshop.handle(.setField(.organisation("  ")))
        #expect(workshop.missingDetails == [.organisation])
        try workshop.handle(.setField(.organisation("Exempelmyndigheten")))
        #expect(workshop.missingDetails.isEmpty)
        // Merged into an assessment left at setup: still the group view once everyone has scored.
        assessment.workshop = WorkshopProgress(step: "setup")
        #expect(Workshop(resuming: assessment).step == .groupView)
        // One of them unfinished: scoring resumes with them, not at setup's questions.
        assessment.participants[1].answers.removeLast()
        assessment.workshop = nil
        #expect(Workshop(resuming: assessment).step == .scoring(participant: 1, item: count - 1))
    }

    @Test("a name the same but for case or spaces is refused; a near one is offered, as is a role typo")
    func similarNames() throws {
        var workshop = newWorkshop()
        try workshop.handle(.addParticipant(name: "Anna", role: "enhetschefer"))
        #expect(throws: WorkshopError.duplicateParticipant("Anna")) {
            try workshop.handle(.addParticipant(name: " anna ", role: nil))
        }
        #expect(workshop.similarParticipant(to: "anna") == "Anna")
        #expect(workshop.similarParticipant(to: "Bo") == nil)
        #expect(workshop.similarParticipant(to: "Annna") == "Anna")
        #expect(workshop.similarRole(to: "enhetschef") == "enhetschefer")
        #expect(workshop.similarRole(to: "Enhetschefer ") == "enhetschefer")
        #expect(workshop.similarRole(to: "enhetschefer") == nil)
        #expect(workshop.similarRole(to: "medarbetare") == nil)
    }

    /// A workshop at the first focus principle's actions, everyone having scored.
    func atActions() throws -> Workshop {
        var workshop = newWorkshop()
        try setUp(&workshop)
        let count = Questionnaire.quick.items.count
        for _ in 0..<(2 * count) { try workshop.handle(.answer(3)) }
        try workshop.handle(.next)
        for _ in workshop.consensusPrinciples {
            try workshop.handle(.agreeConsensus(score: 3, target: 4, note: nil))
        }
        try workshop.handle(.choosePriorities(principles: [.tillit, .kunskap], problemAreas: []))
        return workshop
    }

    @Test("undo takes back the last change and returns to its step; never into the individual round")
    func undo() throws {
        var workshop = newWorkshop()
        #expect(throws: WorkshopError.nothingToUndo) { try workshop.handle(.undo) }
        try workshop.handle(.addParticipant(name: "Anna", role: nil))
        try workshop.handle(.undo)
        #expect(workshop.assessment.participants.isEmpty)

        workshop = try atActions()
        #expect(workshop.canUndo)
        let beforeAction = workshop
        try workshop.handle(.addAction(ActionDraft(what: "Dialog", owner: "Eva")))
        try workshop.handle(.next)  // moving on is not a change: undo still takes back the action
        try workshop.handle(.undo)
        #expect(workshop == beforeAction)
        #expect(workshop.step == .actions(focus: 0))
        // The priorities, then the consensus entries, come back one by one.
        try workshop.handle(.undo)
        #expect(workshop.step == .priorities)
        #expect(workshop.assessment.plan == nil)
        try workshop.handle(.undo)
        #expect(workshop.step == .consensus(principle: 7))
        for _ in 0..<7 { try workshop.handle(.undo) }
        #expect(workshop.assessment.consensus.isEmpty)
        // Nothing before the group view: the individual round is private.
        #expect(throws: WorkshopError.nothingToUndo) { try workshop.handle(.undo) }
        #expect(workshop.step == .consensus(principle: 0))
        #expect(
            workshop.assessment.participants.allSatisfy {
                $0.answers.count == Questionnaire.quick.items.count
            })
    }

    @Test(
        "an action is edited in place, keeping its id; a due date before the assessment is refused at once, in the screen's words"
    )
    func editAction() throws {
        var workshop = try atActions()
        try workshop.handle(.addAction(ActionDraft(what: "Dialog", owner: "Eva")))
        try workshop.handle(.addAction(ActionDraft(what: "Enkät", owner: "Bo")))
        try workshop.handle(.updateAction(id: "A1", ActionDraft(what: "Tillitsdialog", owner: "Eva")))
        let actions = try #require(workshop.assessment.plan?.actions)
        #expect(actions.map(\.id) == ["A1", "A2"])
        #expect(actions[0].what == "Tillitsdialog")
        #expect(actions[0].principle == .tillit)
        #expect(throws: WorkshopError.noSuchAction("A9")) {
            try workshop.handle(.updateAction(id: "A9", ActionDraft(what: "x", owner: "y")))
        }
        let early = CalendarDate(year: 2025, month: 1, day: 1)!
        #expect(throws: WorkshopError.self) { try workshop.checkDue(early) }
        try workshop.checkDue(date)
        do {
            try workshop.checkDue(early)
        } catch {
            #expect(error.message.sv.hasPrefix("Klart senast: 2025-01-01 ligger före"))
            #expect(error.message.en.hasPrefix("Due: 2025-01-01 is before"))
        }
        let before = workshop
        #expect(throws: WorkshopError.self) {
            try workshop.handle(.updateAction(id: "A2", ActionDraft(what: "Enkät", owner: "Bo", due: early)))
        }
        #expect(workshop == before)
        #expect(workshop.focusWithoutActions == [.kunskap])
        #expect(workshop.suggestedDue(for: .quickWin) == date.adding(months: 3))
        #expect(workshop.suggestedDue(for: .longTerm) == date.adding(months: 12))
    }

    @Test("the yes/no national-2019 questionnaire has no 1–5 consensus step")
    func noConsensusOnYesNo() throws {
        var workshop = Workshop(new: Assessment(organisation: "X", date: date, questionnaire: .national2019))
        try workshop.handle(.addParticipant(name: "Anna", role: nil))
        try workshop.handle(.next)
        let scale = Questionnaire.national2019.scale
        for _ in Questionnaire.national2019.items { try workshop.handle(.answer(scale.maximum)) }
        #expect(workshop.step == .groupView)
        #expect(!workshop.hasConsensusStep)
        #expect(workshop.consensusPrinciples.isEmpty)
        try workshop.handle(.next)
        #expect(workshop.step == .priorities)
        try workshop.handle(.back)
        #expect(workshop.step == .groupView)
        var marked = workshop.assessment
        marked.workshop = WorkshopProgress(step: "consensus", position: 2)
        #expect(Workshop(resuming: marked).step == .priorities)
    }

    @Test("one source for durations: quick about 3 minutes, standard about 10, as the guide says")
    func durations() {
        #expect(Questionnaire.quick.estimatedMinutes == 3)
        #expect(Questionnaire.standard.estimatedMinutes == 10)
        #expect(WorkshopStep.scoring(participant: 0, item: 0).plannedMinutes(questionnaire: .quick) == 3)
        #expect(WorkshopStep.groupView.plannedMinutes(questionnaire: .quick) == 20)
    }

    @Test("the parking lot takes an issue in any step, refuses an empty one, is undone, and reaches the plan")
    func parkingLot() throws {
        var workshop = newWorkshop()
        try workshop.handle(.park("  Budgetfrågan "))
        #expect(workshop.assessment.parkingLot == ["Budgetfrågan"])
        #expect(throws: WorkshopError.emptyNote) { try workshop.handle(.park("  ")) }
        try workshop.handle(.park("Lokalerna"))
        try workshop.handle(.undo)
        #expect(workshop.assessment.parkingLot == ["Budgetfrågan"])
        // Kept in the file only when there is something parked.
        let none = AssessmentFile.encode(newWorkshop().assessment)
        #expect(!String(decoding: none, as: UTF8.self).contains("parkingLot"))
        #expect(try reloaded(workshop).assessment.parkingLot == ["Budgetfrågan"])

        var planned = try atActions()
        try planned.handle(.park("Vem äger uppföljningen?"))
        let markdown = PlanRenderer(language: .sv).render(planned.assessment, as: .markdown)
        #expect(
            markdown.contains("## Parkeringsplats: frågor att ta upp senare\n\n- Vem äger uppföljningen?"))
        // Both focus principles lack an action: the plan says so under each.
        #expect(
            markdown.components(separatedBy: "Ingen åtgärd är beslutad för den här principen ännu.").count
                == 3)
        try planned.handle(.addAction(ActionDraft(what: "Dialog", owner: "Eva")))
        let after = PlanRenderer(language: .en).render(planned.assessment, as: .text)
        #expect(after.components(separatedBy: "No action is agreed for this principle yet.").count == 2)
        #expect(after.contains("PARKING LOT"))
        let html = PlanRenderer(language: .en).render(planned.assessment, as: .html)
        #expect(html.contains("<li>Vem äger uppföljningen?</li>"))
        let summary = WorkshopSummaryRenderer(language: .en).render(
            planned.assessment, scorecard: planned.scorecard)
        #expect(summary.contains("PARKING LOT: ISSUES TO TAKE UP LATER\n\n- Vem äger uppföljningen?"))
    }
}

@Suite("NameMatch: one rule for telling names apart")
struct NameMatchTests {
    @Test("folds case and white space, and finds typos within two edits for names of four letters or more")
    func matching() {
        #expect(NameMatch.key("  Chef0 ") == NameMatch.key("chef0"))
        #expect(NameMatch.key("Bo  Berg") == "bo berg")
        #expect(NameMatch.similar(to: "Åsa", among: ["åsa"]) == "åsa")
        #expect(NameMatch.similar(to: "Bo", among: ["Bob"]) == nil)
        #expect(NameMatch.similar(to: "enhetschef", among: ["chefer", "enhetschefer"]) == "enhetschefer")
        #expect(NameMatch.similar(to: "medarbetare", among: ["enhetschefer"]) == nil)
        #expect(NameMatch.similar(to: "", among: [""]) == nil)
        #expect(NameMatch.distance("", "abc", limit: 5) == 3)
        #expect(NameMatch.distance("kitten", "sitting", limit: 5) == 3)
    }
}

@Suite("The workshop's renderers lay out to the width they are given")
struct WorkshopLayoutTests {
    let assessment: Assessment = {
        var assessment = Assessment(
            organisation: "X", date: CalendarDate(year: 2026, month: 11, day: 23)!, questionnaire: .quick)
        for (name, value) in [("A", 1), ("B", 5), ("C", 3)] {
            assessment.participants.append(
                Participant(
                    name: name, answers: Array(repeating: value, count: Questionnaire.quick.items.count)))
        }
        return assessment
    }()

    @Test("the group view and the summary wrap names at 40 and 60 columns, use 160 when given, cut nothing")
    func widths() {
        let scorecard = Scorer().score(assessment)
        for width in [40, 60, 80, 160] {
            for language in [Language.sv, .en] {
                let group = GroupViewRenderer(language: language, width: width, maximumItems: 20)
                    .render(scorecard, questionnaire: .quick)
                let summary = WorkshopSummaryRenderer(language: language, width: width)
                    .render(assessment, scorecard: scorecard)
                for text in [group, summary] {
                    #expect(!text.contains("…"), "\(width) \(language)")
                    #expect(
                        text.split(separator: "\n").allSatisfy { $0.count <= width }, "\(width) \(language)")
                }
                #expect(group.contains("administration"))
            }
        }
        // The summary is a document, and a table too wide for 40 columns becomes one record per row.
        for language in [Language.sv, .en] {
            let narrow = WorkshopSummaryRenderer(language: language, width: 40).render(
                assessment, scorecard: scorecard)
            #expect(!narrow.contains("…") && narrow.split(separator: "\n").allSatisfy { $0.count <= 40 })
            #expect(narrow.contains(Framework.sou2019_43.principle(.handlingsutrymme).name(language)))
        }
        var unnamed = assessment
        unnamed.organisation = ""
        #expect(
            WorkshopSummaryRenderer(language: .en).render(unnamed, scorecard: scorecard)
                .hasPrefix("RESULTS\n2026-11-23 · 3 participants\n"))
        let wide = GroupViewRenderer(language: .sv, width: 160).render(scorecard, questionnaire: .quick)
        #expect(wide.split(separator: "\n").contains { $0.count > 120 })
    }
}
