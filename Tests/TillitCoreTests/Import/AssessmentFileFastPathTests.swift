import Foundation
import Testing

@testable import TillitCore

@Suite("Assessment files with many participants")
struct AssessmentFileFastPathTests {
    private func assessment(_ participants: [Participant]) -> Assessment {
        Assessment(
            organisation: "Exempelmyndigheten", unit: "Avdelning \"Syd\"",
            date: CalendarDate(year: 2026, month: 3, day: 2)!, questionnaire: SurveySamples.questionnaire,
            participants: participants)
    }

    private let tricky = [
        Participant(name: "R00001", role: "chefer", answers: [5, nil, 1]),
        Participant(name: "Åsa \"Ö\" Ek\\Lund\n\t😀", role: nil, answers: []),
        Participant(name: "R00003", role: "med\u{1}arbetare", answers: [nil, nil]),
    ]

    @Test("participants survive writing and reading, escapes, missing roles and short answer lists included")
    func roundTrip() throws {
        let original = assessment(tricky)
        let data = AssessmentFile.encode(original)
        #expect(try AssessmentFile.decode(data, file: "a.json") == original)
    }

    @Test("version 1's JSON means the same to JSONDecoder, and JSONEncoder's output reads the same")
    func sameFormat() throws {
        let original = assessment(tricky)
        let fast = AssessmentFile.encode(original, formatVersion: 1)
        var version1 = original
        version1.formatVersion = 1
        #expect(try JSONDecoder().decode(Assessment.self, from: fast) == version1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let plain = try encoder.encode(original)
        #expect(try AssessmentFile.decode(plain, file: "a.json") == original)
        let text = String(decoding: fast, as: UTF8.self)
        #expect(
            text.contains(
                "\"answers\" : [5,null,1],\n      \"name\" : \"R00001\",\n      \"role\" : \"chefer\""))
        #expect(text.contains(#""name" : "Åsa \"Ö\" Ek\\Lund\n\t😀""#))
    }

    @Test("an assessment without participants writes an empty array")
    func empty() throws {
        let original = assessment([])
        let data = AssessmentFile.encode(original)
        #expect(String(decoding: data, as: UTF8.self).contains("\"participants\" : [\n\n  ]"))
        #expect(try AssessmentFile.decode(data, file: "a.json") == original)
    }

    @Test("what the fast reader does not expect is refused with its line, column and path")
    func fallbackErrors() throws {
        /// The document with its participants array replaced by `participants`.
        func document(_ participants: String) -> Data {
            let text = String(
                decoding: AssessmentFile.encode(assessment(tricky), formatVersion: 1), as: UTF8.self)
            let start = text.range(of: "\"participants\" : ")!.upperBound
            let end = text.range(of: "\n  ],\n", range: start..<text.endIndex)!.upperBound
            return Data(text.replacingCharacters(in: start..<end, with: participants + ",\n").utf8)
        }
        func failure(_ participants: String) -> AssessmentError? {
            do {
                _ = try AssessmentFile.decode(document(participants), file: "a.json")
                return nil
            } catch {
                return error
            }
        }
        // What the fast reader does not expect is refused by the check before it, with line, column and
        // path; JSONDecoder never reads the participants.
        func syntax(_ error: AssessmentError?) -> (path: String, reason: String)? {
            guard case .malformedAt(_, _, _, let path, let reason)? = error else { return nil }
            return (path, reason.en)
        }
        let fraction = syntax(failure(#"[{"name": "R1", "answers": [1, 2.5]}]"#))
        #expect(fraction?.path == "participants[0].answers[1]")
        #expect(fraction?.reason.hasPrefix("2.5 is not a whole number") == true)
        #expect(syntax(failure(#"[{"name": "R1"}]"#))?.path == "participants[0].answers")
        #expect(syntax(failure(#"[{"name": "R1"}]"#))?.reason == "the field is missing")
        let unknown = syntax(failure(#"[{"name": "R1", "answers": [], "email": "x@y.se"}]"#))
        #expect(unknown?.path == "participants[0].email", "an unknown field is refused, not silently dropped")
        #expect(unknown?.reason.hasPrefix("unknown field \"email\"") == true)
        let outOfScale = failure(#"[{"name": "R1", "answers": [1, 9]}, {"name": "R1", "answers": []}]"#)
        guard case .invalid(_, let issues) = outOfScale else {
            Issue.record("expected invalid, got \(String(describing: outOfScale))")
            return
        }
        #expect(issues.map(\.path) == ["participants[0].answers[1]", "participants[1].name"])
    }

    @Test("numbers too long for a whole number and scales out of order are errors, not crashes")
    func fuzzFindings() throws {
        var text = String(
            decoding: AssessmentFile.encode(assessment(tricky), formatVersion: 1), as: UTF8.self)
        text = text.replacingOccurrences(of: "[5,null,1]", with: "[99999999999999999999,null,1]")
        #expect(throws: AssessmentError.self) { try AssessmentFile.decode(Data(text.utf8), file: "a.json") }
        var reversed = assessment(tricky)
        reversed.questionnaire.scale.steps.reverse()
        #expect(!reversed.validate().isEmpty)
    }
}
