import Foundation
import Testing

@testable import TillitCore

/// Reading assessment files: all or nothing, with the file and the field named, and the file on disk
/// left as it was.
@Suite("Assessment files")
struct AssessmentFileTests {
    static func sample() -> Assessment {
        var assessment = Assessment(
            organisation: "Exempelmyndigheten", unit: "Ledningsgruppen",
            date: CalendarDate(year: 2026, month: 5, day: 4)!, facilitator: "F", questionnaire: .quick,
            participants: [
                Participant(name: "A", role: "ledningsgrupp", answers: [4, nil, 3]),
                Participant(name: "B", answers: [2]),
            ])
        try! assessment.setConsensus(
            Consensus(principle: .stod, score: 2, target: 4, note: "Behöver mer stöd"))
        assessment.plan = DevelopmentPlan(
            focusPrinciples: [.stod],
            actions: [Action(id: "A1", principle: .stod, what: "Gör något", owner: "GD")],
            followUpDate: CalendarDate(year: 2026, month: 11, day: 4)!)
        return assessment
    }

    /// The sample as a mutable JSON object in format version 1 (participants as objects, still read),
    /// to corrupt one field at a time.
    static func sampleObject() throws -> [String: Any] {
        try #require(
            JSONSerialization.jsonObject(with: AssessmentFile.encode(sample(), formatVersion: 1))
                as? [String: Any])
    }

    static func data(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object)
    }

    /// A fresh folder for one test.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("an assessment written and read back is equal, and the file has no temporary left beside it")
    func roundTrip() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("team.tillit.json")
        try AssessmentFile.write(Self.sample(), to: url)
        #expect(try AssessmentFile.read(from: url) == Self.sample())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["team.tillit.json"])
    }

    @Test("JSON that does not parse is refused, naming the file")
    func badJSON() {
        let error = #expect(throws: AssessmentError.self) {
            try AssessmentFile.decode(
                Data(#"{"formatVersion": 1, "organisation": "#.utf8), file: "team.tillit.json")
        }
        guard case .malformedAt(let file, let line, let column, let path, let reason)? = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(file == "team.tillit.json")
        #expect((line, column) == (1, 38))
        #expect(path == "organisation")
        #expect(reason.en.contains("the file ends"))
    }

    @Test("a file of a newer format version is refused before anything else is read")
    func newerFormat() throws {
        var object = try Self.sampleObject()
        object["formatVersion"] = Assessment.currentFormatVersion + 1
        object["participants"] = "something a future version writes"
        let error = #expect(throws: AssessmentError.self) {
            try AssessmentFile.decode(Self.data(object), file: "team.tillit.json")
        }
        #expect(
            error
                == .newerFormat(
                    file: "team.tillit.json", found: Assessment.currentFormatVersion + 1,
                    supported: Assessment.currentFormatVersion))
        #expect(error?.message.en.contains("update tillit-assess") == true)
    }

    @Test("a missing field is named by its path", arguments: ["organisation", "date", "questionnaire"])
    func missingTopLevel(field: String) throws {
        var object = try Self.sampleObject()
        object[field] = nil
        let error = #expect(throws: AssessmentError.self) {
            try AssessmentFile.decode(Self.data(object), file: "team.tillit.json")
        }
        #expect(
            error
                == .malformed(
                    file: "team.tillit.json", path: field,
                    reason: LocalizedText(sv: "fältet saknas", en: "the field is missing")))
    }

    @Test("a missing nested field and a mistyped answer are named by their full paths")
    func nested() throws {
        var object = try Self.sampleObject()
        var participants = try #require(object["participants"] as? [[String: Any]])
        participants[1]["name"] = nil
        object["participants"] = participants
        var error = #expect(throws: AssessmentError.self) {
            try AssessmentFile.decode(Self.data(object), file: "t.json")
        }
        guard case .malformedAt(_, _, _, "participants[1].name", let missing)? = error,
            missing.en == "the field is missing"
        else {
            Issue.record("expected the missing name by its path, got \(String(describing: error))")
            return
        }

        object = try Self.sampleObject()
        participants = try #require(object["participants"] as? [[String: Any]])
        participants[0]["answers"] = [4, "fyra"]
        object["participants"] = participants
        error = #expect(throws: AssessmentError.self) {
            try AssessmentFile.decode(Self.data(object), file: "t.json")
        }
        guard case .malformedAt(_, _, _, "participants[0].answers[1]", let reason)? = error else {
            Issue.record("expected the mistyped answer by its path, got \(String(describing: error))")
            return
        }
        #expect(reason.en == "expected a whole number or null for don't know, found text")
    }

    @Test("answers off the scale and out-of-range consensus are all listed, each with its path")
    func offScale() throws {
        var object = try Self.sampleObject()
        var participants = try #require(object["participants"] as? [[String: Any]])
        participants[0]["answers"] = [4, 0, 6]
        object["participants"] = participants
        var consensus = try #require(object["consensus"] as? [[String: Any]])
        consensus[0]["target"] = 9
        object["consensus"] = consensus
        let error = #expect(throws: AssessmentError.self) {
            try AssessmentFile.decode(Self.data(object), file: "t.json")
        }
        guard case .invalid(let file, let issues)? = error else {
            Issue.record("expected invalid, got \(String(describing: error))")
            return
        }
        #expect(file == "t.json")
        #expect(
            issues.map(\.path) == [
                "participants[0].answers[1]", "participants[0].answers[2]", "consensus[0].target",
            ])
        #expect(
            error?.message.en.contains(
                "t.json: participants[0].answers[2]: the answer 6 is not on the scale 1–5") == true)
    }

    @Test("a corrupted file on disk is refused and left byte for byte as it was")
    func untouched() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("team.tillit.json")
        var object = try Self.sampleObject()
        var participants = try #require(object["participants"] as? [[String: Any]])
        participants[1]["answers"] = [7]
        object["participants"] = participants
        let corrupted = try Self.data(object)
        try corrupted.write(to: url)
        let error = #expect(throws: AssessmentError.self) { try AssessmentFile.read(from: url) }
        #expect(error?.message.en.hasPrefix("team.tillit.json: participants[1].answers[0]") == true)
        #expect(try Data(contentsOf: url) == corrupted)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["team.tillit.json"])
    }
}
