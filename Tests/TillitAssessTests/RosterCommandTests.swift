import Foundation
import Testing

@testable import TillitCore

/// `report` as a user runs it on a team and on a survey: a team's report names who took part, a
/// survey's says how many and lists no one (``Roster/nameLimit``).
@Suite("report names a team, counts a survey")
struct RosterCommandTests {
    /// A survey in which every fourth participant has no role.
    static func assessment(_ count: Int) -> Assessment {
        Survey.assessment(count) { $0 % 4 == 0 ? nil : "medarbetare" }
    }

    @Test(
        "a survey of more than 50: how many took part and how many without a role, in text, Markdown and HTML"
    )
    func survey() throws {
        let folder = try CLI.temporaryDirectory()
        try AssessmentFile.encode(Self.assessment(200)).write(
            to: folder.appendingPathComponent("s.tillit.json"))
        for format in ["text", "markdown", "html"] {
            let result = InProcess.run(["report", "s.tillit.json", "--format", format], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("200"), "\(format)")
            #expect(result.stdout.contains("50 participants without a role"), "\(format)")
            #expect(!result.stdout.contains("R00000"), "\(format)")
            #expect(!result.stdout.contains("Took part"), "\(format)")
        }
        let json = InProcess.run(["report", "s.tillit.json", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"participants\" : 200"))
    }

    @Test("a team of 50 is named, in file order")
    func team() throws {
        let folder = try CLI.temporaryDirectory()
        try AssessmentFile.encode(Self.assessment(50)).write(
            to: folder.appendingPathComponent("t.tillit.json"))
        let result = InProcess.run(["report", "t.tillit.json", "--format", "markdown"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Took part: R00000, R00001, R00002"))
        #expect(result.stdout.contains("R00049"))
    }
}
