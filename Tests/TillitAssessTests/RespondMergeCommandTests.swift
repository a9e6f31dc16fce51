import Foundation
import Testing
import TillitCore

/// `tillit-assess respond` and `merge`: scoring apart on several machines, then merging.
@Suite("respond and merge commands")
struct RespondMergeCommandTests {
    static let items = Questionnaire.quick.items.count

    func answers(_ value: String, count: Int = items) -> String {
        String(repeating: value + "\n", count: count)
    }

    func respond(_ name: String, _ stdin: String, file: String, in folder: URL, extra: [String] = [])
        throws -> CLI.Result
    {
        try CLI.run(
            ["respond", "--questionnaire", "quick", "--participant", name, "-o", file] + extra, stdin: stdin,
            in: folder)
    }

    @Test("two responses scored apart are merged into an assessment; bad ones are rejected with exit 1")
    func respondThenMerge() throws {
        let folder = try CLI.temporaryDirectory()
        let anna = try respond(
            "Anna", answers("2"), file: "anna.json", in: folder, extra: ["--role", "chef"])
        #expect(anna.status == 0, "\(anna.stderr)")
        #expect(anna.stdout.contains("Send anna.json to the facilitator"))
        let bo = try respond(
            "Bo", "5\nv\n" + answers("4", count: Self.items - 2), file: "bo.json", in: folder)
        #expect(bo.status == 0)
        let again = try respond("Anna", answers("3"), file: "anna2.json", in: folder)
        #expect(again.status == 0)
        let standard = try CLI.run(
            ["respond", "--participant", "Cai", "-o", "cai.json"],
            stdin: answers("3", count: Questionnaire.standard.items.count), in: folder)
        #expect(standard.status == 0)
        try Data("not json".utf8).write(to: folder.appendingPathComponent("broken.json"))

        // An assessment on the quick questionnaire, set up and quit before scoring.
        let setup = ["Org", "", "", "en", "quick", "Dan", "", "", "q"].joined(separator: "\n") + "\n"
        #expect(try CLI.run(["workshop", "team.tillit.json"], stdin: setup, in: folder).status == 0)

        let merge = try CLI.run(
            [
                "merge", "team.tillit.json", "anna.json", "anna2.json", "cai.json", "broken.json", "bo.json",
                "missing.json",
            ], in: folder)
        #expect(merge.status == 1)
        #expect(merge.stdout.contains("Merged: anna.json (Anna)"))
        #expect(merge.stdout.contains("Merged: bo.json (Bo)"))
        #expect(merge.stdout.contains("2 merged, 4 rejected."))
        #expect(
            merge.stderr.contains("Rejected: anna2.json: the participant ‘Anna’ is already in the assessment")
        )
        let standardVersion = "standard v\(Questionnaire.standard.version)"
        #expect(
            merge.stderr.contains(
                "Rejected: cai.json: the answers are to the questionnaire \(standardVersion)"))
        #expect(merge.stderr.contains("Rejected: broken.json: cannot be read as a response file"))
        #expect(merge.stderr.contains("Rejected: missing.json"))

        let assessment = try AssessmentFile.read(from: folder.appendingPathComponent("team.tillit.json"))
        #expect(assessment.participants.map(\.name) == ["Dan", "Anna", "Bo"])
        #expect(assessment.participants[1].role == "chef")
        #expect(assessment.participants[1].answers == [Int?](repeating: 2, count: Self.items))
        #expect(Array(assessment.participants[2].answers.prefix(2)) == [5, nil])
    }

    @Test("respond resumes its own file, and refuses another participant's without --force")
    func respondResumes() throws {
        let folder = try CLI.temporaryDirectory()
        let first = try respond("Anna", "1\n2\nq\n", file: "a.json", in: folder)
        #expect(first.status == 0)
        #expect(
            first.stdout.contains("tillit-assess respond --questionnaire quick --participant Anna -o a.json"))
        let data = try Data(contentsOf: folder.appendingPathComponent("a.json"))
        #expect(try ResponseFile.decode(data, file: "a.json").participant.answers == [1, 2])
        let second = try respond("Anna", "3\n", file: "a.json", in: folder)
        #expect(second.status == 0)
        let resumed = try Data(contentsOf: folder.appendingPathComponent("a.json"))
        #expect(try ResponseFile.decode(resumed, file: "a.json").participant.answers == [1, 2, 3])
        let other = try respond("Bo", "3\n", file: "a.json", in: folder)
        #expect(other.status == 73)
        #expect(try Data(contentsOf: folder.appendingPathComponent("a.json")) == resumed)
    }

    @Test("respond without --participant is a usage error")
    func participantRequired() throws {
        let folder = try CLI.temporaryDirectory()
        let result = try CLI.run(["respond", "-o", "x.json"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--participant"))
    }
}
