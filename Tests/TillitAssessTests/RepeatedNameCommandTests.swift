import Foundation
import Testing

@testable import TillitCore

/// A participant's name twice, as a user meets it on the command line: `report`, `plan` and `merge`
/// refuse a file whose last participant has the first's name, saying where both are, and `merge`
/// refuses a response whose name is taken, trimmed and case folded, by anyone among thousands.
@Suite("A name twice on the command line")
struct RepeatedNameCommandTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 28)!

    static func people(_ count: Int) -> [Participant] {
        (0..<count).map { Participant(name: "P\($0)", role: $0 % 2 == 0 ? "chef" : nil, answers: [3, 4]) }
    }

    static func response(_ name: String) -> Data {
        ResponseFile.encode(
            ResponseFile(
                questionnaire: .quick, participant: Participant(name: name, answers: [2]), date: date))
    }

    @Test("report, plan and merge refuse a file whose last of 10,000 has the first's name (exit 65)")
    func farApart() throws {
        let folder = try CLI.temporaryDirectory()
        let url = folder.appendingPathComponent("stor.tillit.json")
        var people = Self.people(10_000)
        people[9_999].name = "P0"
        let text = String(
            decoding: AssessmentFile.encode(
                Assessment(
                    organisation: "Verket", date: Self.date, questionnaire: .quick, participants: people)),
            as: UTF8.self)
        try Data(text.utf8).write(to: url)
        let lines = text.components(separatedBy: "\n")
        let first = lines.firstIndex { $0.contains("[\"P0\",") }! + 1
        let last = lines.lastIndex { $0.contains("[\"P0\",") }! + 1
        try Self.response("Ny").write(to: folder.appendingPathComponent("ny.json"))
        for command in [
            ["report", "stor.tillit.json"], ["plan", "stor.tillit.json"],
            ["merge", "stor.tillit.json", "ny.json"],
        ] {
            let result = InProcess.run(command, in: folder)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(
                result.stderr.contains("stor.tillit.json, line \(last), column 6: participants[9999]")
                    && result.stderr.contains(
                        "the name \"P0\" is already participants[0]'s (line \(first), column 6)"),
                "\(command): \(result.stderr)")
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == text, "nothing was written")
    }

    @Test("merge refuses a name taken among 5,000, trimmed and case folded, and adds a new one")
    func takenName() throws {
        let folder = try CLI.temporaryDirectory()
        let url = folder.appendingPathComponent("stor.tillit.json")
        try AssessmentFile.write(
            Assessment(
                organisation: "Verket", date: Self.date, questionnaire: .quick,
                participants: Self.people(5_000)),
            to: url)
        try Self.response(" p4321 ").write(to: folder.appendingPathComponent("taken.json"))
        try Self.response("P5000").write(to: folder.appendingPathComponent("new.json"))
        let result = InProcess.run(["merge", "stor.tillit.json", "taken.json", "new.json"], in: folder)
        #expect(
            result.stderr.contains(
                "Rejected: taken.json: the participant ‘P4321’ is already in the assessment"),
            "\(result.stderr)")
        #expect(result.stdout.contains("Merged: new.json (P5000)"), "\(result.stdout)")
        let names = try AssessmentFile.read(from: url).participants.map(\.name)
        #expect(names.count == 5_001)
        #expect(names.last == "P5000")
    }
}
