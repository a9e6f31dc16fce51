import Foundation
import Testing

@testable import TillitCore

@Suite("Response files: scoring apart, then merging")
struct ResponseMergeTests {
    let date = CalendarDate(year: 2026, month: 11, day: 23)!

    func response(_ name: String, _ answers: [Int?], questionnaire: Questionnaire = .quick) -> ResponseFile {
        ResponseFile(
            questionnaire: questionnaire, participant: Participant(name: name, answers: answers), date: date)
    }

    @Test("round-trips through JSON and merges into an assessment of the same questionnaire")
    func roundTripAndMerge() throws {
        let original = response("Anna", [1, nil, 5])
        let decoded = try ResponseFile.decode(ResponseFile.encode(original), file: "anna.json")
        #expect(decoded == original)
        #expect(!decoded.isComplete)
        var assessment = Assessment(organisation: "X", date: date, questionnaire: .quick)
        try assessment.merge(decoded, file: "anna.json")
        #expect(assessment.participants.map(\.name) == ["Anna"])
        #expect(assessment.participants[0].answers == [1, nil, 5])
        #expect(assessment.validate().isEmpty)
    }

    @Test(
        "refuses another questionnaire, another version, a duplicate name and off-scale answers, merging nothing"
    )
    func refusals() throws {
        var assessment = Assessment(
            organisation: "X", date: date, questionnaire: .quick, participants: [Participant(name: "Anna")])
        let before = assessment
        #expect(
            throws: MergeError.differentQuestionnaire(
                file: "s.json", found: "standard v\(Questionnaire.standard.version)",
                expected: "quick v\(Questionnaire.quick.version)")
        ) {
            try assessment.merge(response("Bo", [3], questionnaire: .standard), file: "s.json")
        }
        let older = Questionnaire.builtIn(id: "quick", version: 1)!
        #expect(
            throws: MergeError.differentQuestionnaire(file: "v.json", found: "quick v1", expected: "quick v2")
        ) {
            try assessment.merge(response("Bo", [3], questionnaire: older), file: "v.json")
        }
        #expect(throws: MergeError.duplicateParticipant(file: "a.json", name: "Anna")) {
            try assessment.merge(response("Anna", [3]), file: "a.json")
        }
        #expect(throws: MergeError.notOnScale(file: "o.json", item: 1, value: 9)) {
            try assessment.merge(response("Bo", [3, 9]), file: "o.json")
        }
        #expect(assessment == before)
    }

    @Test("refuses files that are not response files, naming the file and the field")
    func unreadable() {
        #expect(throws: MergeError.self) { try ResponseFile.decode(Data("not json".utf8), file: "x.json") }
        do {
            _ = try ResponseFile.decode(Data(#"{"kind": "tillit-response"}"#.utf8), file: "y.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.en.hasPrefix("y.json: cannot be read as a response file:"))
            #expect(error.message.en.contains("the field is missing"))
        }
        var tooMany = response("Bo", [3, 3])
        tooMany.itemIDs = ["one"]
        #expect(throws: MergeError.self) {
            try ResponseFile.decode(ResponseFile.encode(tooMany), file: "z.json")
        }
    }
}
