import Foundation
import TillitCore

@testable import tillit_assess

/// Runs a command line inside the test process, against a terminal that records what is written:
/// the same `TillitAssess.run` the binary calls, without launching it. Use it for what a command does;
/// keep ``CLI`` for what only a real process shows (exit on a signal, pipes, the environment).
enum InProcess {
    /// A non-interactive terminal, 80 columns, no colour, reading the given lines as standard input.
    final class RecordingTerminal: Terminal {
        var isInteractive: Bool { false }
        var usesColor: Bool { false }
        var columns: Int { 80 }
        var output = Data()
        var errors = ""
        var input: [String]

        init(input: [String]) { self.input = input }

        func write(_ text: String) { output.append(Data(text.utf8)) }
        func writeDocument(_ data: Data) { output.append(data) }
        func writeError(_ text: String) { errors += text }
        func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }
        func readKey() -> Key { .endOfInput }
        func withRawMode<T>(_ body: () throws -> T) rethrows -> T { try body() }
        func clearScreen() {}
    }

    /// Runs `arguments` in `folder` with English, colourless defaults (`LANG=en_US.UTF-8`), as
    /// ``CLI/run(_:stdin:environment:in:)`` does for the binary.
    static func run(
        _ arguments: [String], stdin: [String] = [], environment: [String: String] = [:],
        in folder: URL? = nil,
        today: CalendarDate = .today()
    ) -> CLI.Result {
        let terminal = RecordingTerminal(input: stdin)
        var env = ["LANG": "en_US.UTF-8", "NO_COLOR": "1"]
        env.merge(environment) { _, new in new }
        let context = CommandContext(
            terminal: terminal, environment: env,
            currentDirectory: folder ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            today: today)
        let code = TillitAssess.run(arguments, context: context)
        return CLI.Result(
            status: code.rawValue, stdout: String(decoding: terminal.output, as: UTF8.self),
            stderr: terminal.errors, stdoutData: terminal.output)
    }
}
