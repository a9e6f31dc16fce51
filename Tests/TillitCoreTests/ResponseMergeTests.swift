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

    @Test("names are the same person after trimming and case folding: ‘Chef0 ’ and ‘chef0’ are ‘Chef0’")
    func namesFolded() throws {
        var assessment = Assessment(organisation: "X", date: date, questionnaire: .quick)
        try assessment.merge(response("Chef0", [3]), file: "a.json")
        let before = assessment
        #expect(throws: MergeError.duplicateParticipant(file: "b.json", name: "Chef0")) {
            try assessment.merge(response("Chef0 ", [4]), file: "b.json")
        }
        #expect(throws: MergeError.duplicateParticipant(file: "c.json", name: "Chef0")) {
            try assessment.merge(response("  chef0", [4]), file: "c.json")
        }
        #expect(throws: MergeError.duplicateParticipant(file: "d.json", name: "Chef0")) {
            try assessment.merge(response("CHEF0", [4]), file: "d.json")
        }
        #expect(assessment == before)
        try assessment.merge(response("  Bo  Berg ", [4]), file: "e.json")
        #expect(assessment.participants.map(\.name) == ["Chef0", "Bo Berg"])
    }

    @Test("a response whose items are in another order is matched by id, not by position")
    func itemsReordered() throws {
        let items = Questionnaire.quick.items
        let answers: [Int?] = items.indices.map { ($0 % 5) + 1 }
        var shuffled = response("Anna", answers)
        // Reverse the file's items and its answers together: the same answers to the same statements.
        shuffled.itemIDs.reverse()
        shuffled.participant.answers.reverse()
        var assessment = Assessment(organisation: "X", date: date, questionnaire: .quick)
        try assessment.merge(shuffled, file: "r.json")
        #expect(assessment.participants[0].answers == answers)

        // Unfinished and reordered so that a statement before an answered one is open: refused.
        var gap = shuffled
        gap.participant.answers = [5]
        #expect(throws: MergeError.gapInAnswers(file: "g.json")) { try assessment.merge(gap, file: "g.json") }
        // Missing or doubled ids are another set of statements: refused.
        var doubled = shuffled
        doubled.itemIDs[0] = doubled.itemIDs[1]
        #expect(throws: MergeError.self) { try assessment.merge(doubled, file: "d.json") }
        // An off-scale answer is named by its position in the file, as the user sees it there.
        var offScale = shuffled
        offScale.participant.name = "Bo"
        offScale.participant.answers[2] = 9
        #expect(throws: MergeError.notOnScale(file: "o.json", item: 2, value: 9)) {
            try assessment.merge(offScale, file: "o.json")
        }
    }

    @Test("names the built-in questionnaire a response answers, only for the same version")
    func builtInQuestionnaire() {
        #expect(response("A", [1]).builtInQuestionnaire == .quick)
        var newer = response("A", [1])
        newer.questionnaireVersion += 1
        #expect(newer.builtInQuestionnaire == nil)
    }
}
