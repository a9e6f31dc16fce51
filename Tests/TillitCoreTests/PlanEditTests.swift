import Testing

@testable import TillitCore

@Suite("Editing a development plan")
struct PlanEditTests {
    typealias F = PlanFixture

    var assessment: Assessment { F.assessment([F.uniform(3)], date: F.day("2026-11-20")) }

    @Test("adds actions with ids A1, A2, … and starts the plan from the proposal")
    func addAssignsIDs() throws {
        var assessment = self.assessment
        let first = try assessment.addAction(ActionDraft(what: "  Inför tvärteam  ", owner: "Anna"))
        let second = try assessment.addAction(ActionDraft(what: "Kortare mallar", owner: "Bo"))
        #expect(first.id == "A1")
        #expect(second.id == "A2")
        #expect(first.what == "Inför tvärteam")
        #expect(first.status == .planned)
        let plan = try #require(assessment.plan)
        #expect(plan.actions.map(\.id) == ["A1", "A2"])
        #expect(plan.focusPrinciples == F.propose(assessment).focus.map(\.principle))
        #expect(plan.followUpDate == F.day("2027-05-20"))
    }

    @Test("gives the next id above the highest in use, even after gaps")
    func nextIDAfterGap() throws {
        var plan = DevelopmentPlan(
            actions: [Action(id: "A1", what: "x", owner: "y"), Action(id: "A7", what: "x", owner: "y")],
            followUpDate: F.day("2027-01-01"))
        let added = try plan.add(ActionDraft(what: "z", owner: "w"), assessmentDate: F.day("2026-01-01"))
        #expect(added.id == "A8")
    }

    @Test("takes the horizon from the due date: within three months is a quick win")
    func horizonFromDue() throws {
        var assessment = self.assessment
        let soon = try assessment.addAction(ActionDraft(what: "a", owner: "b", due: F.day("2027-02-20")))
        let later = try assessment.addAction(ActionDraft(what: "a", owner: "b", due: F.day("2027-02-21")))
        let stated = try assessment.addAction(
            ActionDraft(what: "a", owner: "b", due: F.day("2027-09-01"), horizon: .quickWin))
        #expect(soon.horizon == .quickWin)
        #expect(later.horizon == .longTerm)
        #expect(stated.horizon == .quickWin)
    }

    @Test("takes the principle and horizon from a catalogue measure")
    func fieldsFromMeasure() throws {
        var assessment = self.assessment
        let measure = try Framework.sou2019_43.measure(id: "granska-egen-detaljstyrning")
        let action = try assessment.addAction(ActionDraft(what: "a", owner: "b", measure: measure.id))
        #expect(action.measure == measure.id)
        #expect(action.horizon == measure.horizon)
        #expect(action.principle.map(measure.principles.contains) == true)
    }

    @Test("refuses an action without what or owner, and leaves the assessment unchanged")
    func requiredFields() {
        var assessment = self.assessment
        let before = assessment
        #expect(throws: PlanError.self) { try assessment.addAction(ActionDraft(what: " ", owner: "Anna")) }
        do {
            try assessment.addAction(ActionDraft(what: "Något", owner: "\n"))
            Issue.record("an action without an owner was accepted")
        } catch {
            guard case .invalidAction(let field, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(field == "owner")
        }
        #expect(assessment == before)
    }

    @Test("refuses a due date before the assessment, naming both dates")
    func dueBeforeAssessment() {
        var assessment = self.assessment
        do {
            try assessment.addAction(ActionDraft(what: "a", owner: "b", due: F.day("2026-11-19")))
            Issue.record("a due date before the assessment was accepted")
        } catch {
            #expect(error.message.en.contains("2026-11-19 is before the assessment (2026-11-20)"))
        }
        #expect(assessment.plan == nil)
    }

    @Test("refuses a measure that is not in the catalogue")
    func unknownMeasure() {
        var assessment = self.assessment
        #expect(throws: PlanError.self) {
            try assessment.addAction(ActionDraft(what: "a", owner: "b", measure: "no-such-measure"))
        }
    }

    @Test("sets the status and note of an action, finding its id in any letter case")
    func setStatus() throws {
        var assessment = self.assessment
        try assessment.addAction(ActionDraft(what: "a", owner: "b"))
        let changed = try assessment.setActionStatus(.dropped, ofAction: "a1", note: "Ersatt av A2")
        #expect(changed.status == .dropped)
        #expect(assessment.plan?.actions.first?.note == "Ersatt av A2")
        try assessment.setActionStatus(.started, ofAction: "A1")
        #expect(assessment.plan?.actions.first?.note == "Ersatt av A2")
    }

    @Test("an unknown action id is an error that names the id and the ids there are")
    func unknownAction() throws {
        var assessment = self.assessment
        try assessment.addAction(ActionDraft(what: "a", owner: "b"))
        try assessment.addAction(ActionDraft(what: "c", owner: "d"))
        let before = assessment
        #expect(throws: PlanError.unknownAction(id: "A9", existing: ["A1", "A2"])) {
            try assessment.setActionStatus(.done, ofAction: "A9")
        }
        #expect(
            PlanError.unknownAction(id: "A9", existing: ["A1", "A2"]).message.en.contains(
                "'A9'; the plan has A1, A2"))
        #expect(assessment == before)
    }

    @Test("setting a status before there is a plan says there are no actions")
    func statusWithoutPlan() {
        var assessment = self.assessment
        #expect(throws: PlanError.unknownAction(id: "A1", existing: [])) {
            try assessment.setActionStatus(.done, ofAction: "A1")
        }
        #expect(PlanError.unknownAction(id: "A1", existing: []).message.sv.contains("inga åtgärder ännu"))
    }
}
