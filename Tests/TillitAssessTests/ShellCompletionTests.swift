import Foundation
import Testing
import TillitCore

@testable import tillit_assess

/// The completion scripts as the shells themselves read them: parsed by zsh and fish, and asked what
/// they offer after `plan FILE set-status A1` and `--principle`. Runs where zsh or fish is installed.
@Suite("zsh and fish complete from the generated scripts, groff typesets the manual page")
struct ShellCompletionTests {
    static let zsh = "/usr/bin/zsh"
    static let fish = "/usr/bin/fish"

    /// Runs a program and returns its standard output; standard error is kept for the failure message.
    func run(_ program: String, _ arguments: [String], in folder: URL) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = [
            "PATH": folder.path + ":/usr/bin:/bin", "HOME": folder.path, "TERM": "dumb", "LANG": "C.UTF-8",
        ]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: out, as: UTF8.self),
            String(decoding: err, as: UTF8.self)
        )
    }

    /// A folder holding the script and a `tillit-assess` on PATH.
    func folder(script: String, named name: String) throws -> URL {
        let folder = try CLI.temporaryDirectory()
        try Data(script.utf8).write(to: folder.appendingPathComponent(name))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("tillit-assess"), withDestinationURL: CLI.binary)
        return folder
    }

    @Test(
        "groff typesets the manual page in both languages without a warning",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff")))
    func manPageTypesets() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in Language.allCases {
            let page = ManPage(root: CommandTable.root, language: language, version: TillitAssess.version)
            try Data(page.text.utf8).write(to: folder.appendingPathComponent("tillit-assess.1"))
            let result = try run(
                "/usr/bin/groff", ["-k", "-man", "-Tutf8", "-ww", "-z", "tillit-assess.1"], in: folder)
            #expect(result.0 == 0)
            #expect(result.2.isEmpty, "\(language): \(result.2)")
        }
    }

    @Test(
        "fish reads the script and offers statuses and principles with Swedish descriptions",
        .enabled(if: FileManager.default.isExecutableFile(atPath: fish)))
    func fishCompletes() throws {
        let script = CompletionScript(root: CommandTable.root, language: .sv).script(for: .fish)
        let folder = try folder(script: script, named: "t.fish")
        defer { try? FileManager.default.removeItem(at: folder) }
        let syntax = try run(Self.fish, ["-n", "t.fish"], in: folder)
        #expect(syntax.0 == 0, "\(syntax.2)")
        let status = try run(
            Self.fish, ["-c", "source t.fish; complete -C 'tillit-assess plan f.json set-status A1 '"],
            in: folder)
        #expect(status.1.contains("genomförd\tdone / genomförd / klar"))
        #expect(status.1.contains("utgår\tdropped / utgår"))
        let principle = try run(
            Self.fish, ["-c", "source t.fish; complete -C 'tillit-assess plan f add-action --principle '"],
            in: folder)
        #expect(principle.1.contains("långsiktighet\tLångsiktighet"))
    }

    @Test(
        "zsh reads the script natively and offers statuses and principles with descriptions",
        .enabled(if: FileManager.default.isExecutableFile(atPath: zsh)))
    func zshCompletes() throws {
        let script = CompletionScript(root: CommandTable.root, language: .sv).script(for: .zsh)
        let folder = try folder(script: script, named: "_tillit-assess")
        defer { try? FileManager.default.removeItem(at: folder) }
        let syntax = try run(Self.zsh, ["-n", "_tillit-assess"], in: folder)
        #expect(syntax.0 == 0, "\(syntax.2)")
        // An interactive zsh in a pseudo-terminal, as a user has it: type the line and a tab, read the
        // listing. Polls for output instead of waiting a fixed time.
        let capture = """
            zmodload zsh/zpty
            zpty z TERM=dumb zsh -f -i
            zpty -w z "PS1='> '; fpath=(\(folder.path) \\$fpath); autoload -U compinit; compinit -u -D; \
            zstyle ':completion:*' list-prompt ''; LISTMAX=1000; print READY"
            local all="" chunk
            repeat 400; do zpty -r -t z chunk && all+=$chunk; [[ $all == *READY*READY* ]] && break; sleep 0.05; done
            zpty -w -n z "$1"$'\\t'
            all=""
            repeat 400; do zpty -r -t z chunk && all+=$chunk; [[ $all == *$2* ]] && break; sleep 0.05; done
            print -r -- "$all"
            zpty -d z
            """
        try Data(capture.utf8).write(to: folder.appendingPathComponent("capture.zsh"))
        let status = try run(
            Self.zsh, ["-f", "capture.zsh", "tillit-assess plan f set-status A1 ", "utgår"], in: folder)
        #expect(status.1.contains("genomförd  -- done / genomförd / klar"), "\(status.1)")
        #expect(status.1.contains("utgår      -- dropped / utgår"))
        let principle = try run(
            Self.zsh, ["-f", "capture.zsh", "tillit-assess plan f add-action --principle ", "öppenhet"],
            in: folder)
        #expect(principle.1.contains("långsiktighet     -- Långsiktighet"), "\(principle.1)")
        #expect(!principle.1.contains("_arguments"), "\(principle.1)")
    }
}
