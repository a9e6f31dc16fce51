import Foundation
import Testing

@testable import TillitCore

/// `merge` adds responses to a file without reading its participants into values: the rows already
/// there are copied byte for byte, and a name is still refused when it is taken, trimmed and case
/// folded.
@Suite("Appending participants to an assessment file")
struct AppendParticipantsTests {
    let date = CalendarDate(year: 2026, month: 11, day: 28)!

    func response(_ name: String, role: String? = nil, _ answers: [Int?]) -> ResponseFile {
        ResponseFile(
            questionnaire: .quick, participant: Participant(name: name, role: role, answers: answers),
            date: date)
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func team() -> Assessment {
        Assessment(
            organisation: "Myndigheten", date: date, questionnaire: .quick,
            participants: [
                Participant(name: "Chef0", role: "chef", answers: [4, nil, 3]),
                Participant(name: "Åsa \"Ö\"", answers: [2]),
                Participant(name: "R00003", role: "medarbetare", answers: []),
            ])
    }

    @Test("rows already in the file are copied byte for byte, new ones follow, new groups are added")
    func copiesRows() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.tillit.json")
        try AssessmentFile.write(team(), to: url)
        let before = try String(contentsOf: url, encoding: .utf8)
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        try store.appendParticipants { appender in
            #expect(!appender.isNew)
            try appender.merge(response("Eva", role: "stab", [5, 5]), file: "eva.json")
            try appender.merge(response("Bo", role: "chef", [1]), file: "bo.json")
        }
        let after = try String(contentsOf: url, encoding: .utf8)
        let start = before.range(of: "\"participants\" : [")!.upperBound
        let rows = before[start..<before.range(of: "\n  ],", range: start..<before.endIndex)!.lowerBound]
        #expect(after.contains(rows + ",\n    [\"Eva\",2,\"55\"],\n    [\"Bo\",0,\"1\"]\n  ],"))
        #expect(after.contains("\"groups\" : [\"chef\",\"medarbetare\",\"stab\"]"))
        var expected = team()
        expected.participants += [
            Participant(name: "Eva", role: "stab", answers: [5, 5]),
            Participant(name: "Bo", role: "chef", answers: [1]),
        ]
        #expect(try AssessmentFile.read(from: url) == expected)
        // The store knows the file it wrote: a save on top of it is no conflict.
        try store.save(expected)
    }

    @Test("a taken name is refused after trimming and case folding, in the file and among the new")
    func takenNames() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.tillit.json")
        try AssessmentFile.write(team(), to: url)
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        try store.appendParticipants { appender in
            #expect(throws: MergeError.duplicateParticipant(file: "c.json", name: "Chef0")) {
                try appender.merge(response(" chef0 ", [3]), file: "c.json")
            }
            #expect(throws: MergeError.duplicateParticipant(file: "o.json", name: "Åsa \"Ö\"")) {
                try appender.merge(response("ÅSA  \"ö\"", [3]), file: "o.json")
            }
            try appender.merge(response("Ny", [3]), file: "n.json")
            #expect(throws: MergeError.duplicateParticipant(file: "n2.json", name: "Ny")) {
                try appender.merge(response("NY", [3]), file: "n2.json")
            }
            #expect(throws: MergeError.blankName(file: "b.json")) {
                try appender.merge(response("  ", [3]), file: "b.json")
            }
        }
        #expect(
            try AssessmentFile.read(from: url).participants.map(\.name) == [
                "Chef0", "Åsa \"Ö\"", "R00003", "Ny",
            ])
    }

    @Test("nothing added writes nothing; a missing file is created 0600 only when someone is added")
    func nothingAndNew() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.tillit.json")
        try AssessmentFile.write(team(), to: url)
        let before = try Data(contentsOf: url)
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        try store.appendParticipants { _ in }
        #expect(try Data(contentsOf: url) == before)

        let new = folder.appendingPathComponent("ny.tillit.json")
        let initial = Assessment(organisation: "", date: date, questionnaire: .quick)
        var created = AssessmentStore.new(new, file: "ny.tillit.json")
        try created.appendParticipants(creating: initial) { appender in
            #expect(appender.isNew)
        }
        #expect(!FileManager.default.fileExists(atPath: new.path))
        try created.appendParticipants(creating: initial) { appender in
            try appender.merge(response("Anna", [2]), file: "anna.json")
        }
        #expect(try AssessmentFile.read(from: new).participants.map(\.name) == ["Anna"])
        let mode = try FileManager.default.attributesOfItem(atPath: new.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a version 1 file is read whole, added to and written as version 2")
    func migratesVersion1() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.tillit.json")
        try AssessmentFile.encode(team(), formatVersion: 1).write(to: url)
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        try store.appendParticipants { appender in
            #expect(throws: MergeError.self) { try appender.merge(response("CHEF0", [3]), file: "c.json") }
            try appender.merge(response("Eva", [5]), file: "eva.json")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"formatVersion\" : 2"))
        #expect(text.contains("[\"Eva\",null,\"5\"]"))
        #expect(try AssessmentFile.read(from: url).participants.count == 4)
    }

    @Test("rows on a scale that is not written as rows are all kept, and the file written as version 1")
    func rowsOnWideScale() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.tillit.json")
        let questionnaire = Questionnaire.quickOnZeroToTen
        // Written by hand (or by another program) as rows: digits 0–9 are on this scale.
        let rows = Assessment(
            organisation: "Myndigheten", date: date, questionnaire: .quick,
            participants: [Participant(name: "Anna", role: "chef", answers: [4, nil, 3])])
        let text = String(decoding: AssessmentFile.encode(rows), as: UTF8.self)
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        object["questionnaire"] = try JSONSerialization.jsonObject(with: JSONEncoder().encode(questionnaire))
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        #expect(try AssessmentFile.read(from: url).participants.map(\.answers) == [[4, nil, 3]])
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        try store.appendParticipants { appender in
            appender.append(Participant(name: "Bo", answers: [10]))
        }
        let written = try String(contentsOf: url, encoding: .utf8)
        #expect(written.contains("\"formatVersion\" : 1"))
        #expect(try AssessmentFile.read(from: url).participants.map(\.answers) == [[4, nil, 3], [10]])
    }

    @Test("a damaged file is refused as reading refuses it, and left as it was")
    func damaged() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.tillit.json")
        let text = String(decoding: AssessmentFile.encode(team()), as: UTF8.self)
            .replacingOccurrences(of: "[\"R00003\",1,\"\"]", with: "[\"R00003\",7,\"\"]")
        try Data(text.utf8).write(to: url)
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        #expect(throws: AssessmentError.self) {
            try store.appendParticipants { appender in
                try appender.merge(response("Eva", [5]), file: "eva.json")
            }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }
}
