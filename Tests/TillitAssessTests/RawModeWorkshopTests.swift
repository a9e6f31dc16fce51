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
    let columns = 80

    init(_ keys: [Key]) { self.keys = keys }

    /// Keys for typing a line of text and Enter.
    static func typing(_ text: String) -> [Key] { text.map { Key.character($0) } + [.enter] }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { output += text }
    func readLine() -> String? { nil }
    func readKey() -> Key { keys.isEmpty ? .endOfInput : keys.removeFirst() }
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
}
