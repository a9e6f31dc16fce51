import Testing
import TillitCore

@testable import tillit_assess

/// A terminal that records what is written to standard error and says whether it is a terminal.
private final class ErrorRecorder: Terminal {
    let showsProgress: Bool
    var errors = ""
    let isInteractive = false
    let usesColor = false
    let columns = 80

    init(showsProgress: Bool) { self.showsProgress = showsProgress }

    func write(_ text: String) {}
    func writeError(_ text: String) { errors += text }
    func readLine() -> String? { nil }
    func readKey() -> Key { .endOfInput }
    func withRawMode<T>(_ body: () throws -> T) rethrows -> T { try body() }
    func clearScreen() {}
}

@Suite("import's progress line")
struct ImportProgressTests {
    let megabyte = 1 << 20

    @Test("on a terminal, a large file shows one redrawn line per percent and clears it at the end")
    func shown() {
        let terminal = ErrorRecorder(showsProgress: true)
        let progress = ImportProgress(terminal: terminal, language: .sv)
        for done in [megabyte, megabyte + 10, 5 * megabyte, 10 * megabyte] {
            progress.update(done: done, total: 10 * megabyte)
        }
        progress.finish()
        #expect(
            terminal.errors
                == "\rLäser in … 10 % (1/10 MB)\rLäser in … 50 % (5/10 MB)\rLäser in … 100 % (10/10 MB)\r"
                + String(repeating: " ", count: 40) + "\r")
    }

    @Test("nothing is written when standard error is not a terminal, or for a small file")
    func hidden() {
        let pipe = ErrorRecorder(showsProgress: false)
        let quiet = ImportProgress(terminal: pipe, language: .en)
        quiet.update(done: 5 * megabyte, total: 10 * megabyte)
        quiet.finish()
        #expect(pipe.errors.isEmpty)
        let terminal = ErrorRecorder(showsProgress: true)
        let small = ImportProgress(terminal: terminal, language: .en)
        small.update(done: megabyte, total: 2 * megabyte)
        small.finish()
        #expect(terminal.errors.isEmpty)
    }
}
