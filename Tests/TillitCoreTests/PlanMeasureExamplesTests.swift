import Foundation
import Testing

@testable import TillitCore

@Suite("The plan says what the report says each organisation did")
struct PlanMeasureExamplesTests {
    /// The sample team's plan and the measures it proposes.
    let assessment = PlanFixture.sample
    var proposed: [Measure] {
        PlanFixture.propose(assessment).focus.flatMap(\.measures).compactMap {
            try? Framework.sou2019_43.measure(id: $0)
        }
    }

    @Test(
        "names every organisation of a proposed measure after the label of its status, with the section",
        arguments: Language.allCases)
    func labels(language: Language) throws {
        let text = PlanRenderer(language: language).render(assessment, as: .markdown)
        let measures = proposed
        #expect(!measures.isEmpty)
        #expect(measures.contains { $0.examples.contains { $0.status != .tried } })
        for measure in measures {
            for status in MeasureExample.Status.allCases {
                let names = measure.examples.filter { $0.status == status }
                    .map { "\($0.organisation) (\($0.source.section))" }
                guard !names.isEmpty else { continue }
                let phrase = status.label(language) + " " + names.joined(separator: ", ") + "."
                #expect(text.contains(phrase), "\(measure.id): \(phrase)")
            }
        }
        // An organisation that only commented is never credited with having tried the measure.
        #expect(!text.contains(MeasureExample.Status.tried.label(language) + " ESV"))
    }

    @Test("gives each example its status and section in JSON")
    func json() throws {
        struct Plan: Decodable {
            struct Focus: Decodable { var measures: [Measure] }
            struct Measure: Decodable { var id: String; var examples: [Example] }
            struct Example: Decodable { var organisation: String; var status: String; var source: String }
            var focus: [Focus]
        }
        let text = PlanRenderer(language: .en).render(assessment, as: .json)
        let plan = try JSONDecoder().decode(Plan.self, from: Data(text.utf8))
        let examples = plan.focus.flatMap(\.measures).flatMap(\.examples)
        #expect(!examples.isEmpty)
        #expect(examples.allSatisfy { MeasureExample.Status(rawValue: $0.status) != nil })
        #expect(examples.allSatisfy { $0.source.hasPrefix("SOU 2019:43 §") })
    }
}
