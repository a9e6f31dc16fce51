import Foundation
import Testing

@testable import TillitCore

/// The assessment file's format version 2 as a user meets it on the command line: version 1 files are
/// read and left alone by the commands that only read, migrated by those that change them, with the
/// same report; a damaged row is named by its line, column and path.
@Suite("Format version 2 on the command line")
struct FormatVersion2CommandTests {
    static let team = Assessment(
        organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 11, day: 28)!,
        questionnaire: .quick,
        participants: [
            Participant(name: "Anna", role: "chef", answers: [4, nil, 3, 5]),
            Participant(name: "Bo", role: "chef", answers: [2, 2]),
            Participant(name: "Cilla", role: "chef", answers: [5, 4, 4]),
            Participant(name: "Dan", answers: [1]),
        ])

    @Test("report and plan leave a version 1 file as it is; an edit writes it as version 2; reports agree")
    func migration() throws {
        let folder = try CLI.temporaryDirectory()
        let url = folder.appendingPathComponent("lg.tillit.json")
        let version1 = AssessmentFile.encode(Self.team, formatVersion: 1)
        try version1.write(to: url)
        let before = InProcess.run(["report", "lg.tillit.json", "--format", "json"], in: folder)
        #expect(before.status == 0, "\(before.stderr)")
        let text = InProcess.run(["report", "lg.tillit.json"], in: folder)
        #expect(text.stdout.contains("Anna, Bo, Cilla, Dan"), "the report still names who took part")
        #expect(InProcess.run(["plan", "lg.tillit.json"], in: folder).status == 0)
        #expect(try Data(contentsOf: url) == version1, "reading commands leave the file as it was")

        let edit = InProcess.run(
            ["plan", "lg.tillit.json", "add-action", "--what", "Tvärteam", "--owner", "Eva"], in: folder)
        #expect(edit.status == 0, "\(edit.stderr)")
        let migrated = try String(contentsOf: url, encoding: .utf8)
        #expect(migrated.contains("\"formatVersion\" : 2"))
        #expect(migrated.contains("[\"Anna\",0,\"4-35\"]"))
        let after = InProcess.run(["report", "lg.tillit.json", "--format", "json"], in: folder)
        // The same figures: only the plan, which the edit changed, differs.
        func figures(_ json: String) throws -> NSDictionary {
            var object = try #require(
                try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            object["plan"] = nil
            return NSDictionary(dictionary: object)
        }
        #expect(try figures(after.stdout).isEqual(to: figures(before.stdout) as! [AnyHashable: Any]))
        #expect(try figures(after.stdout)["principles"] != nil)
        let raw = InProcess.run(["report", "lg.tillit.json", "--raw", "--format", "csv"], in: folder)
        #expect(raw.status == 0)
        #expect(raw.stdout.contains("Anna"))
    }

    @Test("a damaged row is refused by report, plan and merge alike, with line, column and path (exit 65)")
    func damagedRow() throws {
        let folder = try CLI.temporaryDirectory()
        let url = folder.appendingPathComponent("lg.tillit.json")
        let text = String(decoding: AssessmentFile.encode(Self.team), as: UTF8.self)
            .replacingOccurrences(of: "[\"Bo\",0,\"22\"]", with: "[\"Bo\",0,\"2x\"]")
        try Data(text.utf8).write(to: url)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("\"Bo\"") }! + 1
        try Data(
            ResponseFile.encode(
                ResponseFile(
                    questionnaire: .quick, participant: Participant(name: "Eva", answers: [3]),
                    date: Self.team.date))
        ).write(to: folder.appendingPathComponent("eva.json"))
        for command in [
            ["report", "lg.tillit.json"], ["plan", "lg.tillit.json"],
            ["merge", "lg.tillit.json", "eva.json"],
        ] {
            let result = InProcess.run(command, in: folder)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(
                result.stderr.contains("lg.tillit.json, line \(line), column 15: participants[1]")
                    && result.stderr.contains("answer 2 is 'x'"), "\(command): \(result.stderr)")
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }
}
