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

    /// Every key path in a JSON value, array elements under `[]`: `principles[].name`.
    static func keyPaths(_ value: Any, prefix: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set<String>()) { paths, entry in
                let path = prefix.isEmpty ? entry.key : prefix + "." + entry.key
                paths.insert(path)
                paths.formUnion(keyPaths(entry.value, prefix: path))
            }
        }
        if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { $0.formUnion(keyPaths($1, prefix: prefix + "[]")) }
        }
        return []
    }

    /// Decodes the README's example as `T`, and checks that encoding it again loses no key (a key the
    /// type does not know would be dropped silently by decoding) and that the example has the same
    /// top-level fields as what the command writes.
    static func documented<T: Codable>(_ type: T.Type, example name: String, written: String) throws -> T {
        let data = try example(name)
        let decoded = try JSONDecoder().decode(T.self, from: data)
        let again = try JSONSerialization.jsonObject(with: JSONEncoder().encode(decoded))
        let documented = try JSONSerialization.jsonObject(with: data)
        #expect(keyPaths(again) == keyPaths(documented), "\(name): fields the type does not have")
        let actual = try #require(
            try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        #expect(Set(actual.keys) == Set(try #require(documented as? [String: Any]).keys), "\(name)")
        _ = try JSONDecoder().decode(T.self, from: Data(written.utf8))
        return decoded
    }

    @Test("the README's comparison example decodes as ComparisonExport, with the fields compare writes")
    func comparisonExample() throws {
        let sample = ReportFixture.sample
        let card = Scorer().score(sample)
        let comparison = Comparison(old: sample, oldScores: card, new: sample, newScores: card)
        let written = ComparisonRenderer(comparison: comparison, language: .sv).render(.json)
        let example = try Self.documented(ComparisonExport.self, example: "comparison-json", written: written)
        #expect(example.kind == "tillit-comparison")
        #expect(example.formatVersion == ComparisonExport.currentFormatVersion)
        #expect(example.principles.first.flatMap { $0.direction.flatMap(Comparison.Direction.init) } == .up)
        #expect(example.problemAreas.first?.withheld == .fewChanged)
        #expect(example.actions.first.map { Action.Status(rawValue: $0.newStatus) } == .done)
        // The example's arithmetic holds, as a reader would check it.
        let trust = try #require(example.principles.first)
        #expect(trust.newScore! - trust.oldScore! == trust.scoreChange)
        #expect(trust.newIndex! - trust.oldIndex! == trust.indexChange)
    }

    @Test("compare's JSON is the export type, not the domain's Comparison")
    func comparisonIsExportType() throws {
        let sample = ReportFixture.sample
        let card = Scorer().score(sample)
        let comparison = Comparison(old: sample, oldScores: card, new: sample, newScores: card)
        let written = ComparisonRenderer(comparison: comparison, language: .en).render(.json)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Comparison.self, from: Data(written.utf8))
        }
        let export = try JSONDecoder().decode(ComparisonExport.self, from: Data(written.utf8))
        #expect(export.actions.map(\.id) == sample.plan?.actions.map(\.id))
        #expect(export.principles.first?.name == "Trust")
    }

    @Test("the README's national comparison example decodes as NationalComparisonExport")
    func nationalExample() throws {
        let comparison = try NationalComparison(assessment: ReportFixture.national, employees: 350)
        let written = NationalComparisonRenderer(comparison: comparison, language: .sv).render(.json)
        let example = try Self.documented(
            NationalComparisonExport.self, example: "national-comparison-json", written: written)
        #expect(example.kind == "tillit-national-comparison")
        #expect(example.formatVersion == NationalComparisonExport.currentFormatVersion)
        let written2019 = try JSONDecoder().decode(NationalComparisonExport.self, from: Data(written.utf8))
        // The example's figures are the survey's own.
        #expect(example.questions.first?.national == written2019.questions.first?.national)
        #expect(example.respondents == written2019.respondents && example.source == written2019.source)
    }

    @Test("the README's principles and problem areas examples decode as their export types")
    func frameworkExamples() throws {
        let renderer = FrameworkRenderer(language: .sv)
        let principles = try Self.documented(
            PrinciplesExport.self, example: "principles-json", written: renderer.principles(as: .json))
        #expect(principles.kind == "tillit-principles")
        #expect(principles.formatVersion == PrinciplesExport.currentFormatVersion)
        let actual = PrinciplesExport(language: .sv).principles.first { $0.id == "langsiktighet" }
        #expect(principles.principles.first?.definition == actual?.definition)
        let areas = try Self.documented(
            ProblemAreasExport.self, example: "problem-areas-json", written: renderer.problemAreas(as: .json))
        #expect(areas.kind == "tillit-problem-areas")
        #expect(areas.formatVersion == ProblemAreasExport.currentFormatVersion)
        #expect(
            areas.problemAreas.first?.title == ProblemAreasExport(language: .sv).problemAreas.first?.title)
    }

    @Test("the questionnaire's JSON has no envelope: what it writes loads back as it was")
    func questionnaireRoundTrip() throws {
        let questionnaire = Questionnaire.standard
        let written = QuestionnaireRenderer(questionnaire: questionnaire, language: .sv).render(as: .json)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        #expect(object["kind"] == nil && object["formatVersion"] == nil)
        #expect(try QuestionnaireLoader.load(Data(written.utf8), file: "q.json") == questionnaire)
    }
}
