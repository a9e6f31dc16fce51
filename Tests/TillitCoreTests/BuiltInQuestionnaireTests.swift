import Foundation
import Testing

@testable import TillitCore

@Suite("The built-in questionnaires")
struct BuiltInQuestionnaireTests {
    /// How many items a questionnaire has per target, for every target of the framework.
    private func counts(_ questionnaire: Questionnaire) -> [Target: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Target.allCases.map { ($0, 0) })
        for item in questionnaire.items { counts[item.target, default: 0] += 1 }
        return counts
    }

    @Test("standard has 4–6 statements per principle and 2–4 per problem area, covering all 13 targets")
    func standardCoverage() {
        let questionnaire = Questionnaire.standard
        #expect(questionnaire.scale == .agreement)
        #expect(questionnaire.targets == Target.allCases)
        for (target, count) in counts(questionnaire) {
            switch target {
            case .principle: #expect((4...6).contains(count), "\(target) has \(count) statements")
            case .problemArea: #expect((2...4).contains(count), "\(target) has \(count) statements")
            }
        }
    }

    @Test("standard lists its items target by target, numbered <target-id>-<n> from 1")
    func standardIDs() {
        let items = Questionnaire.standard.items
        #expect(items.map(\.target) == items.map(\.target).sorted())
        var seen: [Target: Int] = [:]
        for item in items {
            let number = seen[item.target, default: 0] + 1
            seen[item.target] = number
            #expect(item.id == "\(item.target.id)-\(number)")
        }
    }

    @Test("standard phrases principle statements without negation, so that agreement means lived")
    func standardPrinciplesArePositive() {
        let negations: Set<String> = ["inte", "ej", "aldrig", "ingen", "inget", "inga", "saknar"]
        for item in Questionnaire.standard.items where item.target.principle != nil {
            let words = item.text.sv.lowercased().split { !$0.isLetter }.map(String.init)
            #expect(negations.isDisjoint(with: words), "\(item.id): \(item.text.sv)")
        }
    }

    @Test("quick has exactly one statement per target, in the framework's order, with ids q-<target-id>")
    func quickCoverage() {
        let questionnaire = Questionnaire.quick
        #expect(questionnaire.scale == .agreement)
        #expect(questionnaire.items.map(\.target) == Target.allCases)
        #expect(counts(questionnaire).values.allSatisfy { $0 == 1 })
        #expect(questionnaire.items.map(\.id) == Target.allCases.map { "q-\($0.id)" })
    }

    @Test("national-2019 has the questions q2…q8 in order on the yes-no scale")
    func nationalShape() {
        let questionnaire = Questionnaire.national2019
        #expect(questionnaire.id == "national-2019")
        #expect(questionnaire.scale.id == "yes-no")
        #expect(questionnaire.scale == .yesNo)
        #expect(questionnaire.items.map(\.id) == ["q2", "q3", "q4", "q5", "q6", "q7", "q8"])
        #expect(questionnaire.items.first?.target == .principle(.kunskap))
        for (index, item) in questionnaire.items.enumerated() {
            #expect(item.source == .sou2019("Bilaga 5, Fråga \(index + 2)"))
        }
    }

    @Test("national-2019 uses the survey's question texts word for word")
    func nationalTexts() throws {
        guard let survey = SurveyFile.load() else {
            Issue.record("../shared/domain/survey-2019.json is missing or unreadable")
            return
        }
        let asked = ["Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8"]
        let expected = survey.questions.filter { asked.contains($0.id) }
        let items = Questionnaire.national2019.items
        #expect(items.map(\.id) == expected.map { $0.id.lowercased() })
        for (item, question) in zip(items, expected) {
            #expect(item.text.sv == question.textSV, "\(item.id)")
            #expect(item.text.en == question.textEN, "\(item.id)")
        }
    }

    @Test("item ids are unique within each questionnaire", arguments: Questionnaire.builtInIDs)
    func uniqueIDs(id: String) throws {
        let questionnaire = try #require(Questionnaire.builtIn(id: id))
        let ids = questionnaire.items.map(\.id)
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "duplicated: \(duplicates(ids))")
    }

    @Test("every item has a Swedish and an English text and a source", arguments: Questionnaire.builtInIDs)
    func textsAndSources(id: String) throws {
        let questionnaire = try #require(Questionnaire.builtIn(id: id))
        for item in questionnaire.items {
            #expect(!item.text.sv.trimmingCharacters(in: .whitespaces).isEmpty, "\(item.id) sv")
            #expect(!item.text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(item.id) en")
            #expect(item.text.sv != item.text.en, "\(item.id) is not translated")
            let source = try #require(item.source, "\(item.id) has no source")
            #expect(source.document == "SOU 2019:43", "\(item.id)")
            #expect(!source.section.isEmpty, "\(item.id)")
        }
    }

    @Test("no statement text occurs twice in a questionnaire", arguments: Questionnaire.builtInIDs)
    func uniqueTexts(id: String) throws {
        let questionnaire = try #require(Questionnaire.builtIn(id: id))
        let sv = questionnaire.items.map(\.text.sv)
        let en = questionnaire.items.map(\.text.en)
        #expect(Set(sv).count == sv.count, "duplicated: \(duplicates(sv))")
        #expect(Set(en).count == en.count, "duplicated: \(duplicates(en))")
    }

    @Test("quick reuses the wording of a standard statement of the same target")
    func quickReusesStandard() {
        let standard = Questionnaire.standard.items
        for item in Questionnaire.quick.items {
            let match = standard.first { $0.text == item.text }
            #expect(match?.target == item.target, "\(item.id)")
        }
    }

    private func duplicates(_ values: [String]) -> [String] {
        Dictionary(grouping: values) { $0 }.filter { $0.value.count > 1 }.map(\.key).sorted()
    }
}

/// The parts of `survey-2019.json` the tests compare against.
private struct SurveyFile: Decodable {
    struct Question: Decodable {
        var id: String
        var textSV: String
        var textEN: String

        enum CodingKeys: String, CodingKey {
            case id
            case textSV = "text_sv"
            case textEN = "text_en"
        }
    }

    var questions: [Question]

    /// Reads `../shared/domain/survey-2019.json` relative to the package root; in a worktree nested deeper,
    /// the first `shared/domain/survey-2019.json` found above the package root. `nil` if there is none.
    static func load(filePath: String = #filePath) -> SurveyFile? {
        var directory = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // TillitCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
        while directory.path != "/" {
            directory = directory.deletingLastPathComponent()
            let url = directory.appendingPathComponent("shared/domain/survey-2019.json")
            if let data = try? Data(contentsOf: url) {
                return try? JSONDecoder().decode(SurveyFile.self, from: data)
            }
        }
        return nil
    }
}
