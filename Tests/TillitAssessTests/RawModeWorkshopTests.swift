import Foundation
import Testing
import TillitCore

@testable import tillit_assess

/// A terminal that plays back keys as if typed in raw mode and records what is written, so the raw-key
/// path of the workshop runs in every test run, with or without tmux.
private final class ScriptedTerminal: Terminal {
    var keys: [Key]
    var output = ""
    var clears = 0
    var rawModeEntered = 0
    let isInteractive = true
    let usesColor = false
    var columns = 80
    var rows = 24
    /// Called before each key is handed out, with the keys left: lets a test resize the terminal mid-run.
    var beforeKey: ((ScriptedTerminal) -> Void)?

    init(_ keys: [Key], columns: Int = 80, rows: Int = 24) {
        self.keys = keys
        self.columns = columns
        self.rows = rows
    }

    /// Keys for typing a line of text and Enter.
    static func typing(_ text: String) -> [Key] { text.map { Key.character($0) } + [.enter] }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { output += text }
    func readLine() -> String? { nil }
    func readKey() -> Key {
        beforeKey?(self)
        return keys.isEmpty ? .endOfInput : keys.removeFirst()
    }

    /// The screen since the last clear.
    var screen: String {
        guard let last = output.range(of: "<clear>\n", options: .backwards) else { return output }
        return String(output[last.upperBound...])
    }
    func withRawMode<T>(_ body: () throws -> T) rethrows -> T {
        rawModeEntered += 1
        return try body()
    }
    func clearScreen() {
        clears += 1
        output += "<clear>\n"
    }
}

@Suite("workshop in raw mode, with scripted keys")
struct RawModeWorkshopTests {
    fileprivate func context(_ terminal: ScriptedTerminal, folder: URL) -> CommandContext {
        CommandContext(
            terminal: terminal, environment: ["LANG": "en_US.UTF-8"], currentDirectory: folder,
            today: CalendarDate(year: 2026, month: 11, day: 23)!)
    }

    @Test(
        "keys answer, the left arrow goes back, ? explains, a wrong key hints, q saves; screens are cleared")
    func scoringWithKeys() throws {
        let folder = try CLI.temporaryDirectory()
        var keys: [Key] = []
        for text in ["Org", "", "", "en", "quick", "Anna", "", "Bo", "", ""] {
            keys += ScriptedTerminal.typing(text)
        }
        keys += [.enter, .enter]  // start scoring; Anna is ready
        keys += [.character("4"), .character("2"), .left, .character("?"), .enter, .character("x")]
        keys += [.character("3"), .character("v")]
        keys += [.character("q")]
        let terminal = ScriptedTerminal(keys)
        let code = TillitAssess.run(
            ["workshop", "raw.tillit.json"], context: context(terminal, folder: folder))
        #expect(code == .success)
        #expect(terminal.rawModeEntered == 1)
        let assessment = try AssessmentFile.read(from: folder.appendingPathComponent("raw.tillit.json"))
        #expect(assessment.participants[0].answers == [4, 3, nil])
        #expect(assessment.workshop == WorkshopProgress(step: "scoring", participant: 0, position: 3))
        #expect(terminal.output.contains("▸ 2  Mostly untrue   ← your answer"))
        #expect(terminal.output.contains("Definition:"))
        #expect(terminal.output.contains("! Answer 1–5, 0 or v for don't know"))
        #expect(
            terminal.output.contains(
                "Saved. Continue where you stopped with:\n  tillit-assess workshop raw.tillit.json"))
        // Cleared before Anna's turn and before every statement.
        #expect(terminal.clears >= 6)
    }

    @Test(
        "Ctrl-C saves, says how to resume and exits with 130; the next participant starts on a clean screen")
    func interruptAndHandOver() throws {
        let folder = try CLI.temporaryDirectory()
        var keys: [Key] = []
        for text in ["Org", "", "", "en", "quick", "Anna", "", "Bo", "", ""] {
            keys += ScriptedTerminal.typing(text)
        }
        keys += [.enter, .enter]
        keys += [Key](repeating: .character("5"), count: Questionnaire.quick.items.count)
        keys += [.enter]  // hand over
        keys += [.enter, .character("1"), .interrupt]
        let terminal = ScriptedTerminal(keys)
        let code = TillitAssess.run(
            ["workshop", "int.tillit.json"], context: context(terminal, folder: folder))
        #expect(code == .interrupted)
        #expect(terminal.output.contains("Interrupted. Everything answered so far is saved."))
        let handover = try #require(terminal.output.range(of: "It is Bo's turn"))
        let before = terminal.output[..<handover.lowerBound]
        // Anna's last statement is gone from the screen: cleared after her thanks and before Bo's turn.
        #expect(before.hasSuffix("<clear>\n<clear>\n"))
        let assessment = try AssessmentFile.read(from: folder.appendingPathComponent("int.tillit.json"))
        #expect(assessment.participants[1].answers == [1])
    }

    /// Keys that set up a workshop on `quick` with the given participants (name, role).
    static func setupKeys(_ people: [(String, String)]) -> [Key] {
        var keys: [Key] = []
        for text in ["Org", "", "", "en", "quick"] { keys += ScriptedTerminal.typing(text) }
        for (name, role) in people { keys += ScriptedTerminal.typing(name) + ScriptedTerminal.typing(role) }
        return keys + ScriptedTerminal.typing("")
    }

    @Test(
        "Esc and ← go back one prompt in setup, never into the text; a role typo is offered the existing role"
    )
    func backFromPrompts() throws {
        let folder = try CLI.temporaryDirectory()
        var keys: [Key] = ScriptedTerminal.typing("Orgg")
        keys += [.character("U"), .escape]  // back from the unit to the organisation, nothing typed is kept
        keys += ScriptedTerminal.typing("Org") + ScriptedTerminal.typing("")  // corrected; unit: empty
        keys += ScriptedTerminal.typing("") + ScriptedTerminal.typing("en") + ScriptedTerminal.typing("quick")
        keys += ScriptedTerminal.typing("Anna") + ScriptedTerminal.typing("enhetschefer")
        keys += ScriptedTerminal.typing("anna")  // the same person: refused
        keys +=
            ScriptedTerminal.typing("Bo") + ScriptedTerminal.typing("enhetschef")
            + ScriptedTerminal.typing("")
        keys += ScriptedTerminal.typing("Cai") + [.left]  // back from Cai's role: Cai is not added
        keys += ScriptedTerminal.typing("")
        keys += [.character("q")]
        let terminal = ScriptedTerminal(keys)
        let code = TillitAssess.run(
            ["workshop", "b.tillit.json"], context: context(terminal, folder: folder))
        #expect(code == .success)
        let assessment = try AssessmentFile.read(from: folder.appendingPathComponent("b.tillit.json"))
        #expect(assessment.organisation == "Org")
        #expect(assessment.unit == "")
        #expect(assessment.participants.map(\.name) == ["Anna", "Bo"])
        #expect(assessment.participants.map(\.role) == ["enhetschefer", "enhetschefer"])
        #expect(terminal.output.contains("The participant ‘Anna’ already exists"))
        #expect(terminal.output.contains("The role ‘enhetschef’ looks like ‘enhetschefer’"))
        #expect(
            terminal.output.replacingOccurrences(of: "\n", with: " ").contains(
                "Esc/← goes back to the previous question"))
    }

    /// A workshop file where Anna and Bo, and as many more as asked, have scored `quick` apart and far.
    func scoredFile(in folder: URL, people: Int = 2) throws {
        let count = Questionnaire.quick.items.count
        var assessment = Assessment(
            organisation: "Org", date: CalendarDate(year: 2026, month: 11, day: 23)!, language: .en,
            questionnaire: .quick)
        for index in 0..<people {
            assessment.participants.append(
                Participant(
                    name: "P\(index + 1)", answers: Array(repeating: index % 2 == 0 ? 1 : 5, count: count)))
        }
        try AssessmentFile.write(assessment, to: folder.appendingPathComponent("s.tillit.json"))
    }

    @Test(
        "the group view pages to the terminal's height with the position shown, and n works on its first page"
    )
    func groupViewPages() throws {
        let folder = try CLI.temporaryDirectory()
        try scoredFile(in: folder, people: 4)
        var keys: [Key] = [.pageDown, .pageDown, .pageUp, .character("n")]
        keys += ScriptedTerminal.typing("Late") + ScriptedTerminal.typing("")
        keys += [.character("q")]
        let terminal = ScriptedTerminal(keys, columns: 60, rows: 20)
        let code = TillitAssess.run(
            ["workshop", "s.tillit.json"], context: context(terminal, folder: folder))
        #expect(code == .success)
        #expect(terminal.output.contains("Page 1/"))
        #expect(terminal.output.contains("Page 2/"))
        #expect(terminal.output.contains("Page 3/"))
        let assessment = try AssessmentFile.read(from: folder.appendingPathComponent("s.tillit.json"))
        #expect(assessment.participants.last?.name == "Late")
        // Every screen drawn fits 60 columns and, in raw mode, 20 rows.
        for screen in terminal.output.components(separatedBy: "<clear>\n") {
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
        }
        // A page, its blank line and its footer leave the last row for the cursor.
        for screen in terminal.output.components(separatedBy: "<clear>\n") where screen.contains("Page ") {
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            let footerEnd = try #require(lines.firstIndex { $0.hasSuffix("q: save and quit") })
            #expect(footerEnd + 1 <= 19, "\(screen)")
        }
    }

    @Test("a resize redraws the group view at the new width")
    func resizeRedraws() throws {
        let folder = try CLI.temporaryDirectory()
        try scoredFile(in: folder)
        let terminal = ScriptedTerminal([.resize, .character("q")], columns: 60, rows: 48)
        terminal.beforeKey = { terminal in
            if terminal.keys.first == .resize { terminal.columns = 120 }
        }
        let code = TillitAssess.run(
            ["workshop", "s.tillit.json"], context: context(terminal, folder: folder))
        #expect(code == .success)
        let screens = terminal.output.components(separatedBy: "<clear>\n").filter {
            $0.contains("Group view")
        }
        #expect(screens.count == 2, "\(terminal.output)")
        let widest = screens.map { $0.split(separator: "\n").map(\.count).max() ?? 0 }
        #expect(widest[0] <= 60)
        #expect(widest[1] > 80)
    }

    @Test(
        "consensus shows the statements and their distributions; halves are explained; Esc goes back; issues are parked"
    )
    func consensusMaterial() throws {
        let folder = try CLI.temporaryDirectory()
        try scoredFile(in: folder, people: 4)
        // Parked at the group view.
        var keys: [Key] = [.character("p")] + ScriptedTerminal.typing("Lokalerna")
        keys += [.enter]  // the group view on one tall page, then consensus
        keys += ScriptedTerminal.typing("+Budgetfrågan")  // parked at a prompt, which is asked again
        keys += ScriptedTerminal.typing("?")  // the report's guidance on the principle
        keys += ScriptedTerminal.typing("3,5") + ScriptedTerminal.typing("3")
        keys += ScriptedTerminal.typing("2")  // a target below today's level
        keys += [.escape]  // back from the note to the target
        keys += ScriptedTerminal.typing("4") + ScriptedTerminal.typing("b")  // the note "b" is a note
        keys += [.character("q")]
        let terminal = ScriptedTerminal(keys, columns: 80, rows: 400)
        let code = TillitAssess.run(
            ["workshop", "s.tillit.json"], context: context(terminal, folder: folder))
        #expect(code == .success)
        #expect(terminal.output.contains("Consensus 1/8 · Trust"))
        #expect(terminal.output.contains("1: ■■ 2   2: 0   3: 0   4: 0   5: ■■ 2"))
        #expect(terminal.output.contains("there are no halves"))
        #expect(terminal.output.contains("The target 2 is below today's level 3"))
        #expect(terminal.output.contains("from 4 participants"))
        let assessment = try AssessmentFile.read(from: folder.appendingPathComponent("s.tillit.json"))
        #expect(
            assessment.consensus(for: .tillit)
                == Consensus(principle: .tillit, score: 3, target: 4, note: "b"))
        #expect(assessment.parkingLot == ["Lokalerna", "Budgetfrågan"])
        #expect(terminal.output.contains("Parked for later: Budgetfrågan"))
        #expect(terminal.output.contains("How to read the principle:"))
    }

    @Test("the presentation view shows one statement at a time and reveals its answers on the next key")
    func presentation() throws {
        let folder = try CLI.temporaryDirectory()
        try scoredFile(in: folder, people: 4)
        let keys: [Key] = [.character("v"), .character(" "), .right, .left, .escape, .character("q")]
        let terminal = ScriptedTerminal(keys, columns: 100, rows: 40)
        let code = TillitAssess.run(
            ["workshop", "s.tillit.json"], context: context(terminal, folder: folder))
        #expect(code == .success)
        let screens = terminal.output.components(separatedBy: "<clear>\n")
        let first = try #require(screens.first { $0.hasPrefix("Group view · statement 1 of 13") })
        #expect(!first.contains("█"))
        let revealed = try #require(
            screens.first { $0.hasPrefix("Group view · statement 1 of 13") && $0.contains("█") })
        let bars = revealed.split(separator: "\n").filter { $0.contains("█") }
        #expect(bars.count == 2)
        // The bars fill the width the screen allows: the largest is more than half of it.
        #expect(bars.allSatisfy { $0.filter { $0 == "█" }.count > 50 })
        #expect(bars.allSatisfy { $0.count <= 100 })
        #expect(screens.contains { $0.hasPrefix("Group view · statement 2 of 13") })
        // Esc returns to the group view, which is drawn again.
        #expect(screens.last?.contains("Group view · 4 participants") == true)
    }

    @Test("the Swedish genitive adds nothing after s, x or z")
    func genitive() {
        #expect(WorkshopText.genitive("Anna") == "Annas")
        #expect(WorkshopText.genitive("Lars") == "Lars")
        #expect(WorkshopText.genitive("Max") == "Max")
        #expect(WorkshopText.genitive("Inez") == "Inez")
        #expect(WorkshopText.mergeSummary(1, 1).sv == "1 inlagd, 1 avvisad.")
        #expect(WorkshopText.mergeSummary(2, 0).sv == "2 inlagda, 0 avvisade.")
    }

    @Test("pages break at blank lines and never exceed the height")
    func pager() {
        let lines = ["a", "b", "", "c", "d", "e", "", "f"]
        let pages = Pager.pages(lines, height: 4)
        #expect(pages == [["a", "b"], ["c", "d", "e"], ["f"]])
        #expect(pages.allSatisfy { $0.count <= 4 })
        #expect(pages.flatMap { $0 }.filter { !$0.isEmpty } == ["a", "b", "c", "d", "e", "f"])
        #expect(Pager.pages(Array(repeating: "x", count: 9), height: 4).map(\.count) == [4, 4, 1])
        // A one-line heading goes to the next page with the block it heads.
        #expect(
            Pager.pages(["a", "b", "", "Heading", "", "c", "d"], height: 4) == [
                ["a", "b"], ["Heading", "", "c", "d"],
            ])
    }
}
