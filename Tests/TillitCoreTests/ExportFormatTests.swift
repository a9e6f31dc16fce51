import Foundation
import Testing

@testable import TillitCore

@Suite("JSON export formats")
struct ExportFormatTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// The JSON block after `<!-- example: NAME -->` in the README.
    static func example(_ name: String) throws -> Data {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let marker = try #require(text.range(of: "<!-- example: \(name) -->"))
        let rest = text[marker.upperBound...]
        let start = try #require(rest.range(of: "```json\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        return Data(rest[start.upperBound..<end.lowerBound].utf8)
    }

    @Test("the README's report example decodes as ReportDocument with its kind and current version")
    func reportExample() throws {
        let document = try JSONDecoder().decode(ReportDocument.self, from: Self.example("report-json"))
        #expect(document.kind == "tillit-report")
        #expect(document.formatVersion == ReportDocument.currentFormatVersion)
        #expect(document.principles.first?.gap == 1)
        let status = try #require(document.plan?.actions.first?.status)
        #expect(Action.Status(rawValue: status) == .started)
    }

    @Test("the README's example names every field the report writes, so none goes undocumented")
    func exampleCoversOutput() throws {
        let assessment = ReportFixture.sample
        let written = ReportRenderer(
            assessment: assessment, scorecard: Scorer().score(assessment), language: .sv
        ).json()
        let actual = try #require(
            try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        let example = try #require(
            try JSONSerialization.jsonObject(with: Self.example("report-json")) as? [String: Any])
        #expect(Set(actual.keys) == Set(example.keys))
        #expect(actual["formatVersion"] as? Int == ReportDocument.currentFormatVersion)
        #expect(actual["reportVersion"] == nil)
    }

    @Test("the plan in the JSON is the export type: statuses as words, ids as strings")
    func planIsExportType() throws {
        let assessment = ReportFixture.sample
        let document = ReportDocument(
            assessment: assessment, scorecard: Scorer().score(assessment), language: .en)
        let plan = try #require(document.plan)
        #expect(plan.actions.map(\.id) == assessment.plan?.actions.map(\.id))
        #expect(plan.actions.map(\.status) == assessment.plan?.actions.map(\.status.rawValue))
    }

    @Test("the README's plan example decodes as PlanExport, and names every field the plan writes")
    func planExample() throws {
        let example = try JSONDecoder().decode(PlanExport.self, from: Self.example("plan-json"))
        #expect(example.kind == "tillit-plan" && example.formatVersion == PlanExport.currentFormatVersion)
        #expect(example.actions.first.map { Action.Status(rawValue: $0.status) } == .started)
        #expect(example.actions.first.map { Horizon(rawValue: $0.horizon) } == .quickWin)
        #expect(example.ranking.first.map { RankedPrinciple.Standing(rawValue: $0.standing) } == .belowTarget)
        let written = PlanRenderer(language: .sv).render(PlanFixture.sample, as: .json)
        let actual = try #require(
            try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        let documented = try #require(
            try JSONSerialization.jsonObject(with: Self.example("plan-json")) as? [String: Any])
        #expect(Set(actual.keys) == Set(documented.keys))
        let decoded = try JSONDecoder().decode(PlanExport.self, from: Data(written.utf8))
        #expect(decoded.kind == "tillit-plan")
    }
}
