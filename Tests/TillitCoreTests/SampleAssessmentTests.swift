import Foundation
import Testing

@testable import TillitCore

/// `Examples/sample.tillit.json` is what other tools, reports and the README show; it must stay a valid
/// assessment that exercises groups, don't-know, disagreement, consensus and a plan.
@Suite("The sample assessment in Examples")
struct SampleAssessmentTests {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/sample.tillit.json")

    @Test("loads through AssessmentFile and validates")
    func loads() throws {
        let assessment = try AssessmentFile.read(from: Self.url)
        #expect(assessment.validate().isEmpty)
        #expect(assessment.organisation == "Exempelmyndigheten")
        // Made with version 1, which every later version of the program still reads.
        #expect(assessment.questionnaire == Questionnaire.builtIn(id: "standard", version: 1))
        #expect(assessment.participants.count == 8)
        #expect(
            assessment.participants.allSatisfy { $0.hasAnswered(all: assessment.questionnaire.items.count) })
    }

    @Test("shows both groups, some don't-know, some disagreement, full consensus and a plan")
    func exercisesTheFeatures() throws {
        let assessment = try AssessmentFile.read(from: Self.url)
        let card = Scorer().score(assessment)
        #expect(card.groups.count == 2)
        #expect(card.groups.allSatisfy { !$0.withheld })
        #expect(!card.groupDifferences.isEmpty)
        #expect(card.items.contains { $0.dontKnow > 0 })
        #expect(!card.flaggedItems.isEmpty)
        #expect(card.principles.allSatisfy { $0.gap != nil })
        let plan = try #require(assessment.plan)
        #expect((4...5).contains(plan.actions.count))
        #expect(!plan.focusPrinciples.isEmpty)
    }
}
