import Foundation
import Testing
import TillitCore

@testable import tillit_assess

/// Every text the command table generates, held as files: help of every command in both languages,
/// the completion scripts and the manual page. Re-record with `TILLIT_RECORD_SNAPSHOTS=1`.
@Suite("Help, completions and the manual page match their snapshots")
struct SnapshotTests {
    /// Every command path, the root (`[]`) first.
    static let paths: [[String]] = {
        var result: [[String]] = [[]]
        func visit(_ command: CommandSpec, _ path: [String]) {
            result.append(path)
            for sub in command.subcommands { visit(sub, path + [sub.name]) }
        }
        for command in CommandTable.root.subcommands { visit(command, [command.name]) }
        return result
    }()

    @Test("help of every command, in Swedish and English", arguments: Language.allCases)
    func help(language: Language) throws {
        let formatter = HelpFormatter(root: CommandTable.root, language: language)
        for path in Self.paths {
            let name = (["help"] + path).joined(separator: "-")
            let text = formatter.help(for: path)
            try Snapshot.expect(text, named: "\(name).\(language.rawValue).txt")
            for line in text.split(separator: "\n") {
                #expect(line.count <= 80, "\(name): \(line)")
                #expect(line.last != " ", "\(name): trailing space in `\(line)`")
            }
        }
    }

    @Test("the completion scripts", arguments: CompletionScript.Shell.allCases)
    func completions(shell: CompletionScript.Shell) throws {
        for language in Language.allCases {
            let script = CompletionScript(root: CommandTable.root, language: language).script(for: shell)
            try Snapshot.expect(script, named: "completions-\(shell.rawValue).\(language.rawValue).txt")
        }
    }

    @Test("the manual page", arguments: Language.allCases)
    func manPage(language: Language) throws {
        let page = ManPage(root: CommandTable.root, language: language, version: TillitAssess.version)
        try Snapshot.expect(page.text, named: "tillit-assess.\(language.rawValue).1")
    }

    @Test("the bash script is valid shell, and the zsh script defines a function for every command")
    func scriptsAreWellFormed() throws {
        let bash = CompletionScript(root: CommandTable.root).script(for: .bash)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-\(UUID()).bash")
        try Data(bash.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-n", url.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let zsh = CompletionScript(root: CommandTable.root).script(for: .zsh)
        #expect(zsh.hasPrefix("#compdef tillit-assess\n"))
        #expect(!zsh.contains("bashcompinit"))
        for path in Self.paths.dropFirst() {
            let function = (["_tillit-assess"] + path).joined(separator: "_").replacingOccurrences(
                of: "-", with: "_")
            #expect(zsh.contains("\n\(function)() {\n"), "no zsh function for \(path)")
        }
        // Quotes balance on every line, so no description can end the script's quoting early.
        for line in zsh.split(separator: "\n") where !line.hasPrefix("#") {
            let unescaped = line.replacingOccurrences(of: "'\\''", with: "")
            #expect(unescaped.filter { $0 == "'" }.count % 2 == 0, "unbalanced quote: \(line)")
        }
    }
}
