import Foundation
import Testing
import TillitCore

@Suite("tillit-assess plan")
struct PlanCommandTests {
    /// A folder with `team.tillit.json`: a scored assessment of three participants with targets, no plan.
    func fixture() throws -> (folder: URL, file: URL) {
        let folder = try CLI.temporaryDirectory()
        let questionnaire = Questionnaire.quick
        func answers(_ low: [Target: Int]) -> [Int?] { questionnaire.items.map { low[$0.target] ?? 3 } }
        let assessment = Assessment(
            organisation: "Exempelmyndigheten", unit: "Ledningsgruppen",
            date: CalendarDate(parsing: "2026-11-20")!, facilitator: "Eva", questionnaire: questionnaire,
            participants: [
                Participant(name: "A", answers: answers([.principle(.handlingsutrymme): 2])),
                Participant(name: "B", answers: answers([.principle(.handlingsutrymme): 1])),
                Participant(name: "C", answers: answers([.problemArea(.kortsiktigStyrning): 5])),
            ],
            consensus: [
                Consensus(principle: .handlingsutrymme, score: 2, target: 4),
                Consensus(principle: .stod, score: 3, target: 4),
            ])
        let file = folder.appendingPathComponent("team.tillit.json")
        try AssessmentFile.write(assessment, to: file)
        return (folder, file)
    }

    @Test(
        "the words the plan prints are accepted back: set-status A1 klar, --principle långsiktighet (in-process)"
    )
    func swedishWords() throws {
        let (folder, file) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let added = InProcess.run(
            [
                "plan", "team.tillit.json", "add-action", "--what", "Flerårig plan", "--owner", "GD",
                "--principle", "långsiktighet", "--problem-area", "betungande-uppföljning", "--horizon",
                "lång-sikt", "--language", "sv",
            ], in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        let started = InProcess.run(
            ["plan", "team.tillit.json", "set-status", "A1", "påbörjad", "--language", "sv"], in: folder)
        #expect(started.stdout == "A1: Planerad → Påbörjad. Sparat i team.tillit.json.\n")
        let done = InProcess.run(["plan", "team.tillit.json", "set-status", "a1", "klar"], in: folder)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout == "A1: Started → Done. Saved to team.tillit.json.\n")
        let action = try #require(AssessmentFile.read(from: file).plan?.actions.first)
        #expect(action.status == .done)
        #expect(action.principle == .langsiktighet)
        #expect(action.problemArea == .betungandeUppfoljning)
        #expect(action.horizon == .longTerm)
        let before = try Data(contentsOf: file)
        let wrong = InProcess.run(
            ["plan", "team.tillit.json", "set-status", "A1", "avslutad", "--language", "sv"], in: folder)
        #expect(wrong.status == 64)
        #expect(
            wrong.stderr.contains(
                "`STATUS` ska vara en av planerad, påbörjad, genomförd, utgår; fick `avslutad`"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("add-action, then set-status, then render Markdown shows the action and its status")
    func addThenStatusThenRender() throws {
        let (folder, file) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let added = try CLI.run(
            [
                "plan", "team.tillit.json", "add-action", "--what", "Gå igenom egna mallar", "--owner",
                "HR-chef",
                "--due", "2027-01-31", "--principle", "handlingsutrymme", "--effect", "Färre onödiga moment",
            ], in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added A1: Gå igenom egna mallar (owner: HR-chef)."))
        let second = try CLI.run(
            ["plan", "team.tillit.json", "add-action", "--what=Tvärteam", "--owner=Avdelningschef"],
            in: folder)
        #expect(second.stdout.contains("Added A2"))
        let changed = try CLI.run(
            ["plan", "team.tillit.json", "set-status", "A1", "started", "--note", "Första genomgången klar"],
            in: folder)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout == "A1: Planned → Started. Saved to team.tillit.json.\n")
        let saved = try AssessmentFile.read(from: file)
        #expect(saved.plan?.actions.map(\.status) == [.started, .planned])
        let markdown = try CLI.run(
            ["plan", "team.tillit.json", "--format", "markdown", "--language", "sv"], in: folder)
        #expect(markdown.status == 0)
        #expect(
            markdown.stdout.contains(
                "| A1 | Gå igenom egna mallar | HR-chef | 2027-01-31 | Kort sikt | Handlingsutrymme | Påbörjad |"
            ))
        #expect(markdown.stdout.contains("Anteckning: Första genomgången klar"))
        #expect(markdown.stdout.contains("## Principer vi arbetar med"))
    }

    @Test("an unknown action id exits 65 naming the ids there are, and leaves the file byte-identical")
    func unknownID() throws {
        let (folder, file) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.run(
            ["plan", "team.tillit.json", "add-action", "--what", "x", "--owner", "y"], in: folder)
        let before = try Data(contentsOf: file)
        let result = try CLI.run(["plan", "team.tillit.json", "set-status", "A7", "done"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("there is no action with id 'A7'; the plan has A1"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("a bad date, a bad status or a missing owner exits 64 and leaves the file byte-identical")
    func usageErrors() throws {
        let (folder, file) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: file)
        let badDate = try CLI.run(
            ["plan", "team.tillit.json", "add-action", "--what", "x", "--owner", "y", "--due", "2027-02-30"],
            in: folder)
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("`--due` must be a date YYYY-MM-DD; got `2027-02-30`."))
        let early = try CLI.run(
            ["plan", "team.tillit.json", "add-action", "--what", "x", "--owner", "y", "--due", "2025-01-01"],
            in: folder)
        #expect(early.status == 64)
        #expect(early.stderr.contains("due: 2025-01-01 is before the assessment (2026-11-20)"))
        let noOwner = try CLI.run(["plan", "team.tillit.json", "add-action", "--what", "x"], in: folder)
        #expect(noOwner.status == 64)
        #expect(noOwner.stderr.contains("`--owner` is required."))
        let badStatus = try CLI.run(["plan", "team.tillit.json", "set-status", "A1", "don"], in: folder)
        #expect(badStatus.status == 64)
        #expect(badStatus.stderr.contains("did you mean `done`?"))
        let badPrinciple = try CLI.run(
            [
                "plan", "team.tillit.json", "add-action", "--what", "x", "--owner", "y", "--principle",
                "stödd",
            ],
            in: folder)
        #expect(badPrinciple.status == 64)
        #expect(badPrinciple.stderr.contains("got `stödd`; did you mean `stod`?"))
        let badMeasure = try CLI.run(
            ["plan", "team.tillit.json", "add-action", "--what", "x", "--owner", "y", "--measure", "nope"],
            in: folder)
        #expect(badMeasure.status == 64)
        #expect(badMeasure.stderr.contains("there is no measure 'nope' in the catalogue"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("without a plan, renders the proposal and says no actions are agreed yet")
    func proposal() throws {
        let (folder, _) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["plan", "team.tillit.json"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("DEVELOPMENT PLAN: "))
        #expect(result.stdout.contains("No actions are agreed yet."))
        #expect(result.stdout.contains("1. Room for manoeuvre"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("CSV opens in a spreadsheet: byte-order mark and neutralised formulas")
    func csv() throws {
        let (folder, _) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.run(
            ["plan", "team.tillit.json", "add-action", "--what", "=1+1", "--owner", "+46"], in: folder)
        let result = try CLI.run(["plan", "team.tillit.json", "--format", "csv"], in: folder)
        #expect(result.stdoutData.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(result.stdout.contains("\r\nA1,Planned,'=1+1,'+46,"))
    }

    @Test("writes HTML to a file, and refuses to overwrite it without --force")
    func outputFile() throws {
        let (folder, _) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.run(
            ["plan", "team.tillit.json", "--format", "html", "-o", "plan.html"], in: folder)
        #expect(first.status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("plan.html"), encoding: .utf8)
        #expect(page.contains("@page { size: A4;"))
        let again = try CLI.run(
            ["plan", "team.tillit.json", "--format", "html", "-o", "plan.html"], in: folder)
        #expect(again.status == 73)
        let forced = try CLI.run(
            ["plan", "team.tillit.json", "--format", "html", "-o", "plan.html", "--force"], in: folder)
        #expect(forced.status == 0)
    }

    @Test("a missing file exits 66 and a damaged one 65")
    func badInput() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLI.run(["plan", "nothing.tillit.json"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nothing.tillit.json"))
        try Data("{\"formatVersion\": 1".utf8).write(to: folder.appendingPathComponent("broken.tillit.json"))
        let broken = try CLI.run(
            ["plan", "broken.tillit.json", "add-action", "--what", "x", "--owner", "y"], in: folder)
        #expect(broken.status == 65)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("broken.tillit.json"), encoding: .utf8)
                == "{\"formatVersion\": 1")
    }

    @Test("a subcommand before FILE is a usage error that shows the right order")
    func subcommandBeforeFile() throws {
        let result = try CLI.run(["plan", "add-action", "team.tillit.json", "--what", "x", "--owner", "y"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("`add-action` comes after FILE: `plan FILE add-action`."))
    }

    @Test("help for a subcommand shows its usage with FILE before it, however it is asked for")
    func help() throws {
        for arguments in [
            ["plan", "x.tillit.json", "set-status", "--help"], ["plan", "set-status", "--help"],
            ["help", "plan", "set-status"],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout.contains("tillit-assess plan FILE set-status ACTION-ID STATUS [options]"))
        }
    }

    @Test("a mistyped subcommand is a usage error that suggests the right one")
    func mistypedSubcommand() throws {
        let result = try CLI.run(["plan", "team.tillit.json", "add-acton", "--what", "x"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean `add-action`?"))
    }
}
