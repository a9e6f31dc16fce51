import Foundation
import Testing
import TillitCore

/// `tillit-assess workshop`, run as a facilitator scripts it: standard input is a pipe, so the
/// workshop reads one line per answer.
@Suite("workshop command")
struct WorkshopCommandTests {
    /// Setup lines for a two-person workshop on the quick questionnaire, ready to start scoring.
    static let setup = [
        "Exempelmyndigheten", "Ledningsgruppen", "Karin", "en", "quick", "Anna", "chef", "Bo", "", "", "",
    ]
    static let items = Questionnaire.quick.items.count

    func script(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    func read(_ url: URL) throws -> Assessment { try AssessmentFile.read(from: url) }

    @Test("a complete workshop with two participants, from setup to the summary, saved in one document")
    func completeWorkshop() throws {
        let folder = try CLI.temporaryDirectory()
        var lines = Self.setup
        // Anna answers, goes back once to change her second answer, and answers one don't know.
        lines += ["2", "9", "3", "b", "4"] + ["v"] + [String](repeating: "2", count: Self.items - 3)
        lines += [String](repeating: "5", count: Self.items)  // Bo
        lines += [""]  // group view → consensus
        lines += ["2", "4", "Detaljstyrning"]  // tillit
        lines += ["s"]  // skip medborgarfokus
        for _ in 2..<8 { lines += ["", "", ""] }  // accept the starting points
        lines += ["1 3", "-"]  // priorities: ranked 1 and 3, no problem areas
        lines += ["1", "", "Karin", "s", "", "Fewer indicators", ""]  // an action from the catalogue
        lines += ["Tillitsdialog", "Bo", "l", "2027-06-30", "Better dialogue", "Staff survey"]
        lines += ["Mistake", "Bo", "", "", "", "", "-a3", "-A9"]  // added, then removed; A9 does not exist
        lines += ["", ""]  // done with both focus principles
        lines += ["e", "Exempelverket", "", "", "2026-12-01"]  // correct the details at the summary
        lines += ["w", "w", ""]  // write the report and the plan, again after a change, then finish
        let result = try CLI.run(["workshop", "ws.tillit.json"], stdin: script(lines), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("Action A3 removed."))
        // Line mode is also for screen readers: the position is given as "2/13", never as a bar.
        #expect(result.stdout.contains("2/\(Self.items)"))
        #expect(!result.stdout.contains("[█") && !result.stdout.contains("[░"))
        #expect(result.stdout.contains("! There is no action A9."))
        #expect(result.stdout.contains("New assessment. Everything is saved as you go in ws.tillit.json"))
        #expect(result.stdout.contains("! Answer 1–5, 0 or v for don't know, b for back"))
        #expect(result.stdout.contains("Written beside the assessment:"))
        for name in ["ws-report.html", "ws-plan.md", "ws-plan.html"] {
            let written = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(written.contains("Exempelverket"), "\(name)")
            #expect(result.stdout.contains("\n  \(name)\n"))
        }
        #expect(!result.stdout.contains("already exists"))
        #expect(!result.stdout.contains("\u{1B}["))

        let assessment = try read(folder.appendingPathComponent("ws.tillit.json"))
        #expect(assessment.organisation == "Exempelverket")
        #expect(assessment.date == CalendarDate(parsing: "2026-12-01"))
        #expect(assessment.unit == "Ledningsgruppen")
        #expect(assessment.facilitator == "Karin")
        #expect(assessment.language == .en)
        #expect(assessment.questionnaire.id == "quick")
        #expect(assessment.participants.map(\.name) == ["Anna", "Bo"])
        #expect(assessment.participants[0].role == "chef")
        let anna = assessment.participants[0].answers
        #expect(anna.count == Self.items)
        #expect(Array(anna.prefix(3)) == [2, 4, nil])
        #expect(assessment.participants[1].answers == [Int?](repeating: 5, count: Self.items))
        #expect(
            assessment.consensus(for: .tillit)
                == Consensus(principle: .tillit, score: 2, target: 4, note: "Detaljstyrning"))
        #expect(assessment.consensus(for: .medborgarfokus) == nil)
        #expect(assessment.consensus.count == 7)
        let plan = try #require(assessment.plan)
        #expect(plan.focusPrinciples.count == 2)
        #expect(plan.focusPrinciples.first == .tillit)
        #expect(plan.focusProblemAreas.isEmpty)
        #expect(plan.actions.map(\.id) == ["A1", "A2"])
        #expect(plan.actions[0].measure != nil)
        #expect(plan.actions[0].owner == "Karin")
        // A quick win is due three months from the workshop's day as it was when the action was written.
        #expect(plan.actions[0].due == CalendarDate.today().adding(months: 3))
        #expect(plan.actions[1].what == "Tillitsdialog")
        #expect(plan.actions[1].horizon == .longTerm)
        #expect(plan.actions[1].due == CalendarDate(parsing: "2027-06-30"))
        #expect(plan.actions[1].followUp == "Staff survey")
        #expect(assessment.workshop?.step == "summary")
    }

    @Test("a participant who came late is added at the group view and scores, but waits for two more")
    func latecomer() throws {
        let folder = try CLI.temporaryDirectory()
        var lines = Self.setup
        lines += [String](repeating: "4", count: 2 * Self.items)  // Anna and Bo
        lines += ["n", "Anna", "", "n", "Cecilia", "chef"]  // a taken name is refused; Cecilia is added
        lines += [String](repeating: "1", count: Self.items)  // Cecilia scores
        lines += ["q"]  // the group view again, then stop for now
        let result = try CLI.run(["workshop", "late.tillit.json"], stdin: script(lines), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("The participant ‘Anna’ already exists"))
        // One latecomer is not taken into the shared screen: the change would be her answers.
        #expect(result.stdout.contains("Group view · 2 participants"))
        #expect(!result.stdout.contains("Group view · 3 participants"))
        #expect(result.stdout.contains("1 who came later is not included yet"))
        let assessment = try read(folder.appendingPathComponent("late.tillit.json"))
        #expect(assessment.participants.map(\.name) == ["Anna", "Bo", "Cecilia"])
        #expect(assessment.participants[2].role == "chef")
        #expect(assessment.participants[2].answers == [Int?](repeating: 1, count: Self.items))
        #expect(assessment.workshop?.step == "group-view")
    }

    @Test("q saves and quits mid-participant; the same command resumes at the next statement")
    func quitAndResume() throws {
        let folder = try CLI.temporaryDirectory()
        let first = try CLI.run(
            ["workshop", "resume.tillit.json"], stdin: script(Self.setup + ["1", "2", "3", "q"]), in: folder)
        #expect(first.status == 0)
        #expect(
            first.stdout.contains(
                "Saved. Continue where you stopped with:\n  tillit-assess workshop resume.tillit.json"))
        let url = folder.appendingPathComponent("resume.tillit.json")
        #expect(try read(url).participants[0].answers == [1, 2, 3])
        #expect(try read(url).workshop == WorkshopProgress(step: "scoring", participant: 0, position: 3))

        let second = try CLI.run(["workshop", "resume.tillit.json"], stdin: script(["4", "5"]), in: folder)
        #expect(second.status == 0)
        #expect(second.stdout.contains("Resuming the assessment in resume.tillit.json"))
        #expect(second.stdout.contains("Continuing from statement 4 of \(Self.items)."))
        // End of input saves too: the two answers given are kept.
        #expect(try read(url).participants[0].answers == [1, 2, 3, 4, 5])
    }

    @Test("without FILE it uses tillit-DATE.tillit.json in the current folder and says so")
    func defaultFileName() throws {
        let folder = try CLI.temporaryDirectory()
        let result = try CLI.run(["workshop"], stdin: script(["Org"]), in: folder)
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(files.first { $0.hasPrefix("tillit-") && $0.hasSuffix(".tillit.json") })
        #expect(result.stdout.contains("saved as you go in \(name)"))
        #expect(try read(folder.appendingPathComponent(name)).organisation == "Org")
    }

    @Test("a file that is not an assessment is refused with exit 65 and left untouched")
    func refusesBadFile() throws {
        let folder = try CLI.temporaryDirectory()
        let url = folder.appendingPathComponent("bad.tillit.json")
        try Data("{\"formatVersion\": 1}".utf8).write(to: url)
        let result = try CLI.run(["workshop", "bad.tillit.json"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.tillit.json"))
        #expect(try Data(contentsOf: url) == Data("{\"formatVersion\": 1}".utf8))
    }

    @Test("wrong keys and wrong values get a one-line hint, in Swedish with --language sv")
    func hints() throws {
        let folder = try CLI.temporaryDirectory()
        let lines = [
            "Org", "", "", "sv", "nonexistent", "quick", "", "Anna", "", "", "x", "", "7", "hello", "q",
        ]
        let result = try CLI.run(
            ["workshop", "h.tillit.json", "--language", "sv"], stdin: script(lines), in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("’nonexistent’ är varken ett inbyggt frågeformulär"))
        #expect(result.stdout.contains("Lägg till minst en deltagare först."))
        #expect(result.stdout.contains("Tryck Enter, r, u eller q."))
        #expect(result.stdout.contains("! Svara 1–5, 0 eller v för vet ej"))
        #expect(try read(folder.appendingPathComponent("h.tillit.json")).participants[0].answers.isEmpty)
    }

    @Test(
        "in line mode a line of only < goes back one question; a due date before the assessment is refused at its prompt"
    )
    func lineModeBackAndDue() throws {
        let folder = try CLI.temporaryDirectory()
        // Three participants, so that the group view and the priorities rest on figures it may show.
        var lines = ["Orgg", "<", "Org", "", "", "en", "quick", "Anna", "", "Bo", "", "Cy", "", "", ""]
        lines += [String](repeating: "3", count: 3 * Self.items)
        lines += ["", "s", "s", "s", "s", "s", "s", "s", "s"]  // group view, skip every principle
        lines += ["1", "-"]  // priorities
        // A due date refused at its prompt, then back to the horizon.
        lines += ["Dialog", "Eva", "s", "2020-01-01", "<", "l", "", "", ""]
        lines += ["q"]
        let result = try CLI.run(["workshop", "d.tillit.json"], stdin: script(lines), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("! Due: 2020-01-01 is before the assessment"))
        #expect(!result.stdout.contains("due: 2020"))
        let assessment = try read(folder.appendingPathComponent("d.tillit.json"))
        #expect(assessment.organisation == "Org")
        let action = try #require(assessment.plan?.actions.first)
        #expect(action.what == "Dialog")
        #expect(action.horizon == .longTerm)
        #expect(action.due == CalendarDate.today().adding(months: 12))
    }

    @Test("a name with terminal control sequences reaches the screen inert: no title, no clearing")
    func hostileNames() throws {
        let folder = try CLI.temporaryDirectory()
        let hostile = "Eva\u{1B}]0;pwned\u{07}\u{1B}[2J"
        let lines = ["Org\u{1B}[31m", "", "", "en", "quick", hostile, "", "", "", "q"]
        let result = try CLI.run(["workshop", "h.tillit.json"], stdin: script(lines), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{07}"))
        #expect(result.stdout.contains("Eva␛]0;pwned␇␛[2J"))
        // What was typed is kept as it was in the file; only the screen shows it inert.
        #expect(try read(folder.appendingPathComponent("h.tillit.json")).participants.first?.name == hostile)
    }

    @Test(
        "a team smaller than the threshold is told at setup that no figure will be shown",
        arguments: [
            ("en", "With 2 participants, the group view and the report show no figures"),
            ("sv", "Med 2 deltagare visar gruppens bild och rapporten inga siffror"),
        ])
    func teamTooSmall(language: String, warning: String) throws {
        let folder = try CLI.temporaryDirectory()
        let lines = ["Org", "", "", language, "quick", "Anna", "", "Bo", "", "", "q"]
        let result = try CLI.run(
            ["workshop", "s.tillit.json", "--language", language], stdin: script(lines), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(warning))
        let three = ["Org", "", "", language, "quick", "Anna", "", "Bo", "", "Cy", "", "", "q"]
        let enough = try CLI.run(
            ["workshop", "t.tillit.json", "--language", language], stdin: script(three), in: folder)
        #expect(!enough.stdout.contains(warning.prefix(8)))
    }
}
