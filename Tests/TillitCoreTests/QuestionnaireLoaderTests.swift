import Foundation
import Testing

@testable import TillitCore

/// Custom questionnaires: every problem is reported at once with its JSON path, and the JSON the
/// renderer writes loads back unchanged.
@Suite("Custom questionnaires")
struct QuestionnaireLoaderTests {
    static func load(_ json: String) throws(QuestionnaireError) -> Questionnaire {
        try QuestionnaireLoader.load(Data(json.utf8), file: "eget.json")
    }

    /// The issues a questionnaire is refused with, as `path` → English message.
    static func issues(_ json: String) -> [String: String] {
        do {
            _ = try load(json)
            return [:]
        } catch {
            #expect(error.file == "eget.json")
            return Dictionary(
                error.issues.map { ($0.path, $0.message.en) }, uniquingKeysWith: { $0 + "; " + $1 })
        }
    }

    @Test("every built-in questionnaire validates", arguments: Questionnaire.builtInIDs)
    func builtInsValidate(id: String) throws {
        let questionnaire = try #require(Questionnaire.builtIn(id: id))
        #expect(questionnaire.validate().isEmpty)
        #expect(questionnaire.id == id)
    }

    @Test("the JSON schema written for each built-in loads back equal", arguments: Questionnaire.builtInIDs)
    func roundTrip(id: String) throws {
        let questionnaire = try #require(Questionnaire.builtIn(id: id))
        for language in Language.allCases {
            let json = QuestionnaireRenderer(questionnaire: questionnaire, language: language).render(
                as: .json)
            #expect(try Self.load(json) == questionnaire)
        }
    }

    @Test("reads back every built-in questionnaire from its own JSON", arguments: Questionnaire.builtInIDs)
    func encoderRoundTrip(id: String) throws {
        let questionnaire = try #require(Questionnaire.builtIn(id: id))
        let data = try JSONEncoder().encode(questionnaire)
        #expect(try QuestionnaireLoader.load(data, file: "\(id).json") == questionnaire)
    }

    @Test("a malformed questionnaire lists all its problems, each with its path")
    func allProblemsAtOnce() {
        let issues = Self.issues(
            """
            {
              "id": "eget", "version": 1, "title": {"sv": "Eget", "en": ""},
              "scale": {"id": "s", "steps": [
                {"value": 1, "label": {"sv": "Nej", "en": "No"}},
                {"value": 3, "label": {"sv": "Ja"}}
              ], "dontKnow": {"sv": "Vet ej", "en": "Don't know"}},
              "items": [
                {"id": "a", "principle": "tilit", "text": {"sv": "Ett", "en": "One"}},
                {"id": "b", "principle": "stod", "text": {"sv": "Två", "en": "Two"}},
                {"id": "a", "problemArea": "kortsiktig-styrning", "text": {"en": "Three"}},
                {"id": "c", "text": {"sv": "Fyra", "en": "Four"}},
                {"id": "d", "principle": "stod", "problemArea": "kortsiktig-styrning", "text": {"sv": "F", "en": "F"}}
              ]
            }
            """)
        #expect(issues["title.en"] == "English text is missing")
        #expect(issues["scale.steps[1].value"]?.contains("consecutive") == true)
        #expect(issues["scale.steps[1].label.en"] == "the field is missing")
        #expect(issues["items[0].principle"]?.contains("unknown principle 'tilit'") == true)
        #expect(issues["items[2].id"]?.contains("duplicate item id 'a'") == true)
        #expect(issues["items[2].text.sv"] == "the field is missing")
        #expect(issues["items[3]"]?.contains("\"principle\" or \"problemArea\"") == true)
        #expect(issues["items[4]"]?.contains("not both") == true)
        #expect(issues.count == 8, "\(issues)")
    }

    @Test("an empty questionnaire is refused at items")
    func emptyItems() {
        let issues = Self.issues(#"{"id": "x", "version": 1, "title": {"sv": "X", "en": "X"}, "items": []}"#)
        #expect(issues.keys.sorted() == ["items"])
        #expect(issues["items"] == "the questionnaire has no items")
    }

    @Test("missing and mistyped top-level fields are named")
    func topLevel() {
        let issues = Self.issues(#"{"version": "1", "title": "X", "scale": "seven-point"}"#)
        #expect(issues["id"] == "the field is missing")
        #expect(issues["version"] == "expected a whole number")
        #expect(issues["title"]?.contains("\"sv\" and \"en\"") == true)
        #expect(issues["scale"]?.contains("agreement-5") == true)
        #expect(issues["items"] == "expected an array of items")
    }

    @Test(
        "a version must be a whole number: not true, not 1.5, but 1 is", arguments: ["true", "1.5", "\"1\""])
    func versionType(version: String) {
        let issues = Self.issues(
            #"{"id": "x", "version": "# + version + #", "title": {"sv": "X", "en": "X"}, "#
                + #""items": [{"id": "a", "principle": "stod", "text": {"sv": "A", "en": "A"}}]}"#)
        #expect(issues == ["version": "expected a whole number"])
    }

    @Test("a scale with a single step is refused")
    func singleStep() {
        let issues = Self.issues(
            #"{"id": "x", "version": 1, "title": {"sv": "X", "en": "X"}, "scale": {"steps": [{"value": 1, "#
                + #""label": {"sv": "Ja", "en": "Yes"}}]}, "items": [{"id": "a", "principle": "stod", "#
                + #""text": {"sv": "A", "en": "A"}}]}"#)
        #expect(issues.keys.sorted() == ["scale.steps"])
    }

    @Test("JSON that does not parse is one problem at the document, not a crash")
    func syntax() {
        let issues = Self.issues(#"{"id": "x", "#)
        #expect(issues.count == 1)
        #expect(issues[""]?.hasPrefix("line 1, column 13: ") == true)
        #expect(issues[""]?.contains("(is it cut short?)") == true)
    }

    @Test("a scale may be named: \"yes-no\" gives the built-in yes/no scale, and a missing scale 1–5")
    func namedScale() throws {
        let item = #"[{"id": "a", "principle": "stod", "text": {"sv": "A", "en": "A"}}]"#
        let yesNo = try Self.load(
            #"{"id": "x", "version": 2, "title": {"sv": "X", "en": "X"}, "scale": "yes-no", "items": "# + item
                + "}")
        #expect(yesNo.scale == .yesNo)
        #expect(yesNo.version == 2)
        let agreement = try Self.load(
            #"{"id": "x", "version": 1, "title": {"sv": "X", "en": "X"}, "items": "# + item + "}")
        #expect(agreement.scale == .agreement)
        #expect(agreement.items.map(\.target) == [.principle(.stod)])
    }

    @Test("a link needs a known kind and a reason in both languages; firstNumber is a whole number ≥ 1")
    func linksAndNumbering() throws {
        let bad = Self.issues(
            #"{"id": "x", "version": 1, "firstNumber": 0, "title": {"sv": "X", "en": "X"}, "items": ["#
                + #"{"id": "a", "principle": "stod", "text": {"sv": "A", "en": "A"}, "#
                + #""link": {"kind": "maybe", "reason": {"sv": "", "en": "E"}}},"#
                + #"{"id": "b", "principle": "stod", "text": {"sv": "B", "en": "B"}, "link": "unscored"}]}"#)
        #expect(bad["firstNumber"] == "the first number must be at least 1")
        #expect(bad["items[0].link.kind"]?.hasPrefix("unknown kind of link 'maybe'") == true)
        #expect(bad["items[0].link.reason.sv"] == "Swedish text is missing")
        #expect(bad["items[1].link"] == "expected an object")
        #expect(
            Self.issues(
                #"{"id": "x", "version": 1, "firstNumber": 1.5, "title": {"sv": "X", "en": "X"}, "items": []}"#
            )["firstNumber"] == "expected a whole number")
        let good = try Self.load(
            #"{"id": "x", "version": 1, "firstNumber": 4, "title": {"sv": "X", "en": "X"}, "items": ["#
                + #"{"id": "a", "principle": "stod", "text": {"sv": "A", "en": "A"}, "#
                + #""link": {"kind": "unscored", "reason": {"sv": "S", "en": "E"}}}]}"#)
        #expect(good.firstNumber == 4 && good.number(ofItemAt: 0) == 4)
        #expect(good.items[0].link == ItemLink(kind: .unscored, reason: LocalizedText(sv: "S", en: "E")))
        #expect(!good.items[0].isScored && good.targets.isEmpty)
    }
}

@Suite("An assessment's embedded questionnaire must agree with the built-in version it names")
struct EmbeddedQuestionnaireVersionTests {
    func assessment(_ questionnaire: Questionnaire) -> Assessment {
        Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 1, day: 1)!,
            questionnaire: questionnaire)
    }

    @Test("accepts the built-in as it is, and a later version the program does not know")
    func accepts() {
        #expect(assessment(.quick).validate().isEmpty)
        var later = Questionnaire.quick
        later.version += 1
        later.items.removeLast()
        #expect(assessment(later).validate().isEmpty)
    }

    @Test("refuses items that contradict the built-in version they claim, naming the questionnaire")
    func refuses() throws {
        var edited = Questionnaire.quick
        edited.items.swapAt(0, 1)
        let issues = assessment(edited).validate()
        let issue = try #require(issues.first)
        #expect(issue.path == "questionnaire.items")
        #expect(issue.message.en.contains("quick v\(Questionnaire.quick.version)"))
        let data = AssessmentFile.encode(assessment(edited))
        #expect(throws: AssessmentError.self) { try AssessmentFile.decode(data, file: "x.tillit.json") }
    }

    @Test("an earlier built-in version is checked against that version, not against the current one")
    func earlierVersion() throws {
        let first = try #require(Questionnaire.builtIn(id: "standard", version: 1))
        #expect(first != .standard)
        #expect(assessment(first).validate().isEmpty)
        var edited = first
        edited.items.swapAt(0, 1)
        let issue = try #require(assessment(edited).validate().first)
        #expect(issue.message.en.contains("standard v1"))
    }
}
