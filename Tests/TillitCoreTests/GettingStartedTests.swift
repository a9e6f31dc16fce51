import Foundation
import Testing

@testable import TillitCore

/// The walk-through of the DocC article *Getting started*, step by step, so that the article's code keeps
/// compiling and doing what the article says.
@Suite("The Getting started article works as written")
struct GettingStartedTests {
    @Test("builds, answers, scores, plans, saves and renders an assessment")
    func walkThrough() throws {
        var assessment = Assessment(
            organisation: "Exempelmyndigheten", unit: "Ledningsgruppen",
            date: CalendarDate(year: 2026, month: 11, day: 23)!,
            facilitator: "Anna", language: .sv, questionnaire: .quick)
        assessment.participants = [
            Participant(name: "Deltagare 1", role: "ledningsgrupp"),
            Participant(name: "Deltagare 2", role: "ledningsgrupp"),
            Participant(name: "Deltagare 3", role: "ledningsgrupp"),
            Participant(name: "Deltagare 4", role: "ledningsgrupp"),
        ]
        for item in assessment.questionnaire.items.indices {
            try assessment.record(4, participant: 0, item: item)
            try assessment.record(item.isMultiple(of: 3) ? nil : 2, participant: 1, item: item)
            try assessment.record(4, participant: 2, item: item)
            try assessment.record(4, participant: 3, item: item)
        }
        try assessment.setConsensus(Consensus(principle: .handlingsutrymme, score: 2, target: 4))

        let scorecard = Scorer().score(assessment)
        #expect(scorecard.principles.count == 8)
        #expect(scorecard.score(for: .principle(.tillit))?.score == 4)
        #expect(scorecard.groups.first?.withheld == false)
        #expect(scorecard.principles.first?.target.name(.sv) == "Tillit")

        let proposal = Planner().propose(assessment, scorecard: scorecard)
        #expect(proposal.focus.first?.principle == .handlingsutrymme)
        assessment.plan = DevelopmentPlan(
            focusPrinciples: proposal.focus.map(\.principle),
            actions: [
                Action(
                    id: "A1", principle: .handlingsutrymme, what: "Se över delegationsordningen",
                    owner: "Ledningsgruppen", horizon: .quickWin)
            ],
            followUpDate: assessment.date.adding(months: 6))

        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gs-\(UUID().uuidString).tillit.json")
        try AssessmentFile.write(assessment, to: url)
        #expect(try AssessmentFile.read(from: url) == assessment)
        #expect(
            try FrameworkRenderer(language: .sv).principles(as: .markdown).hasPrefix(
                "# Åtta vägledande principer"))
    }
}
