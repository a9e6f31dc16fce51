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

    @Test("respond -o - is a usage error that asks for a file, and writes no file named -")
    func respondNeedsAFile() throws {
        let folder = try CLI.temporaryDirectory()
        let result = try CLI.run(
            ["respond", "--participant", "Anna", "--questionnaire", "quick", "-o", "-"], stdin: "q\n",
            in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("the answers are saved after every answer, so they need a file"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }

    @Test(
        "respond takes an earlier version of a built-in questionnaire as id@version, to merge into an older file"
    )
    func respondEarlierVersion() throws {
        let folder = try CLI.temporaryDirectory()
        let answers = String(repeating: "3\n", count: 60)
        let result = try CLI.run(
            ["respond", "--participant", "Anna", "--questionnaire", "quick@1", "-o", "a.json"],
            stdin: answers,
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("a.json"))
        let response = try ResponseFile.decode(data, file: "a.json")
        #expect(response.questionnaireID == "quick")
        #expect(response.fits(try #require(Questionnaire.builtIn(id: "quick", version: 1))))
        #expect(!response.fits(Questionnaire.quick))
    }

    /// The commands of the README's "Scoring apart, then merging" block, as written there.
    static func readmeCommands() throws -> [[String]] {
        let readme = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "#### Scoring apart, then merging"))
        let block = try #require(readme[section.upperBound...].range(of: "```sh\n"))
        let end = try #require(readme[block.upperBound...].range(of: "```"))
        return readme[block.upperBound..<end.lowerBound].split(separator: "\n").map {
            Array($0.split(separator: " ").map(String.init).dropFirst())
        }
    }

    @Test(
        "the README's example, run as written in a fresh folder: merge creates the assessment, the workshop opens at the group view"
    )
    func readmeExample() throws {
        let folder = try CLI.temporaryDirectory()
        let commands = try Self.readmeCommands()
        #expect(commands.count == 2)
        let respond = commands[0]
        let merge = commands[1]
        #expect(respond.first == "respond")
        #expect(merge == ["merge", "ledningsgruppen.tillit.json", "anna.json", "bo.json"])
        let anna = try CLI.run(respond, stdin: answers("2"), in: folder)
        #expect(anna.status == 0, "\(anna.stderr)")
        // What this is, how long, who sees the answers, how to answer — before the first statement.
        let intro = anna.stdout.replacingOccurrences(of: "\n", with: " ")
        for promise in [
            "self-assessment", "13 statements", "about 3 min", "never who answered what", "don't know",
        ] {
            #expect(intro.contains(promise), "\(promise)")
        }
        #expect(
            try #require(intro.range(of: "never who answered")).lowerBound
                < intro.range(of: "1/13")!.lowerBound)
        // Bo runs the same command with his own name and file.
        let bo = try CLI.run(
            ["respond", "--questionnaire", "quick", "--participant", "Bo", "-o", "bo.json"],
            stdin: answers("5"),
            in: folder)
        #expect(bo.status == 0, "\(bo.stderr)")

        let merged = try CLI.run(merge, in: folder)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("New assessment created: ledningsgruppen.tillit.json"))
        #expect(merged.stdout.contains("2 merged, 0 rejected."))
        #expect(merged.stdout.contains("tillit-assess workshop ledningsgruppen.tillit.json"))
        let file = folder.appendingPathComponent("ledningsgruppen.tillit.json")
        let created = try AssessmentFile.read(from: file)
        #expect(created.questionnaire.id == "quick")
        #expect(created.participants.map(\.name) == ["Anna", "Bo"])
        #expect(created.participants[0].role == "chef")

        // The workshop asks only for the organisation, then shows the group view.
        let workshop = try CLI.run(
            ["workshop", "ledningsgruppen.tillit.json"], stdin: "Exempelmyndigheten\n", in: folder)
        #expect(workshop.status == 0, "\(workshop.stderr)")
        #expect(workshop.stdout.contains("2 participants have scored beforehand"))
        #expect(workshop.stdout.contains("Group view · 2 participants"))
        for prompt in ["Unit (optional)", "Language (sv/en)", "Questionnaire [", "Participant 1, name"] {
            #expect(!workshop.stdout.contains(prompt), "asked again: \(prompt)")
        }
        let saved = try AssessmentFile.read(from: file)
        #expect(saved.organisation == "Exempelmyndigheten")
        #expect(saved.workshop?.step == "group-view")

        // Merging again into the existing file: the same people are refused, whatever their spacing or case.
        var data = try Data(contentsOf: folder.appendingPathComponent("bo.json"))
        data = Data(
            String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"Bo\"", with: "\" bo \"").utf8)
        try data.write(to: folder.appendingPathComponent("bo2.json"))
        let again = try CLI.run(["merge", "ledningsgruppen.tillit.json", "bo2.json"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("the participant ‘Bo’ is already in the assessment"))
        #expect(!again.stdout.contains("created"))
    }

    @Test("merge into a missing file with no readable response creates nothing and says why")
    func mergeCreatesNothingFromNothing() throws {
        let folder = try CLI.temporaryDirectory()
        let result = try CLI.run(["merge", "new.tillit.json", "missing.json"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("no response file could be read"))
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.tillit.json").path))
    }

    @Test("merge creates an assessment on your own questionnaire only when told which file it is")
    func mergeCreatesWithOwnQuestionnaire() throws {
        let folder = try CLI.temporaryDirectory()
        let exported = try CLI.run(["questionnaire", "quick", "--format", "json"])
        let own = exported.stdout.replacingOccurrences(of: #""id" : "quick""#, with: #""id" : "egen""#)
        try Data(own.utf8).write(to: folder.appendingPathComponent("egen.json"))
        let anna = try CLI.run(
            ["respond", "--questionnaire", "egen.json", "--participant", "Anna", "-o", "anna.json"],
            stdin: answers("4"), in: folder)
        #expect(anna.status == 0, "\(anna.stderr)")
        let refused = try CLI.run(["merge", "team.tillit.json", "anna.json"], in: folder)
        #expect(refused.status == 65)
        #expect(
            refused.stderr.contains(
                "the questionnaire ‘egen’ is not built in; give it with --questionnaire FILE"))
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("team.tillit.json").path))
        let merged = try CLI.run(
            ["merge", "team.tillit.json", "anna.json", "--questionnaire", "egen.json"], in: folder)
        #expect(merged.status == 0, "\(merged.stderr)")
        let assessment = try AssessmentFile.read(from: folder.appendingPathComponent("team.tillit.json"))
        #expect(assessment.questionnaire.id == "egen")
        #expect(assessment.participants.map(\.answers) == [[Int?](repeating: 4, count: Self.items)])
    }
}
