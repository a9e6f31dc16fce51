import Foundation
import Testing
import TillitCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Odd paths, other processes and signals, as a user meets them on the command line: outputs that are
/// not files or are the inputs, links and modes, a FIFO as input, and a kill during a large write.
@Suite("Files under odd paths and signals, from the command line")
struct FileHandlingCommandTests {
    /// A folder with `team.tillit.json` (quick questionnaire, two participants) and `anna.json`, a
    /// response file of a third.
    func fixture() throws -> URL {
        let folder = try CLI.temporaryDirectory()
        let questionnaire = Questionnaire.quick
        let answers = questionnaire.items.map { _ in Int?(3) }
        let assessment = Assessment(
            organisation: "Exempelmyndigheten", date: CalendarDate(parsing: "2026-11-20")!,
            questionnaire: questionnaire,
            participants: [
                Participant(name: "A", answers: answers), Participant(name: "B", answers: answers),
            ])
        try AssessmentFile.write(assessment, to: folder.appendingPathComponent("team.tillit.json"))
        let response = ResponseFile(
            questionnaire: questionnaire, participant: Participant(name: "Anna", answers: answers),
            date: CalendarDate(parsing: "2026-11-20")!)
        try response.write(to: folder.appendingPathComponent("anna.json"))
        return folder
    }

    func mode(_ url: URL) -> mode_t {
        var status = stat()
        stat(url.path, &status)
        return status.st_mode & 0o7777
    }

    func temporaries(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test(
        "a device, a named pipe and a folder are refused as outputs, with --force or not",
        arguments: [false, true])
    func nonRegularOutputs(force: Bool) throws {
        let folder = try fixture()
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o600) == 0)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
        let cases = [
            ("/dev/null", "it is a device, not a regular file"),
            ("pipe", "it is a named pipe (FIFO), not a regular file"),
            ("out", "it is a folder, not a file"),
        ]
        for (path, reason) in cases {
            let result = try CLI.run(
                ["report", "team.tillit.json", "-o", path] + (force ? ["--force"] : []), in: folder)
            #expect(result.status == 73, "\(path)")
            #expect(result.stderr.hasPrefix("tillit-assess: cannot write \(path): \(reason)"), "\(path)")
        }
        var status = stat()
        stat("/dev/null", &status)
        #expect(status.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
        #expect(try temporaries(in: folder).isEmpty)
    }

    @Test("a damaged file is refused in the reader's language, with its line, column and what was expected")
    func damagedFileInBothLanguages() throws {
        let folder = try fixture()
        let file = folder.appendingPathComponent("team.tillit.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"Exempelmyndigheten\"", with: "\"Exempelmyndigheten\" \"x\"")
        try Data(text.utf8).write(to: file)
        let swedish = InProcess.run(["report", "team.tillit.json", "--language", "sv"], in: folder)
        #expect(swedish.status == 65)
        #expect(swedish.stderr.contains("team.tillit.json, rad "))
        #expect(swedish.stderr.contains("förväntade , eller } efter ett värde, hittade text"))
        #expect(!swedish.stderr.contains("expected"))
        let english = InProcess.run(["report", "team.tillit.json", "--language", "en"], in: folder)
        #expect(english.stderr.contains("expected , or } after a value, found text"))
        let response = folder.appendingPathComponent("anna.json")
        try Data("{\"kind\": ".utf8).write(to: response)
        let merge = InProcess.run(["merge", "ny.tillit.json", "anna.json", "--language", "sv"], in: folder)
        #expect(merge.stderr.contains("filen tar slut mitt i dokumentet"), "\(merge.stderr)")
    }

    @Test("an output that is an input is refused even with --force, and the input is untouched")
    func outputIsInput() throws {
        let folder = try fixture()
        let file = folder.appendingPathComponent("team.tillit.json")
        let before = try Data(contentsOf: file)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("alias.json").path, withDestinationPath: "team.tillit.json")
        for output in ["team.tillit.json", "./team.tillit.json", "alias.json"] {
            let result = try CLI.run(
                ["plan", "team.tillit.json", "-f", "markdown", "-o", output, "--force"], in: folder)
            #expect(result.status == 73)
            #expect(result.stderr.contains("is the same file as the input team.tillit.json"))
        }
        #expect(try Data(contentsOf: file) == before)
        let csv = folder.appendingPathComponent("in.csv")
        try Data("q-tillit\n3\n".utf8).write(to: csv)
        let imported = try CLI.run(
            ["import", "in.csv", "-q", "quick", "-o", "in.csv", "--force"], in: folder)
        #expect(imported.status == 73)
        #expect(try Data(contentsOf: csv) == Data("q-tillit\n3\n".utf8))
    }

    @Test("-o - writes to standard output, not to a file named -")
    func dashIsStandardOutput() throws {
        let folder = try fixture()
        let result = try CLI.run(["report", "team.tillit.json", "-f", "json", "-o", "-"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }

    @Test("an edit through a link keeps the link, and the file keeps its mode")
    func editKeepsLinkAndMode() throws {
        let folder = try fixture()
        let file = folder.appendingPathComponent("team.tillit.json")
        chmod(file.path, 0o640)
        let link = folder.appendingPathComponent("current.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "team.tillit.json")
        let added = try CLI.run(
            ["plan", "current.json", "add-action", "--what", "X", "--owner", "Y"], in: folder)
        #expect(added.status == 0)
        let merged = try CLI.run(["merge", "current.json", "anna.json"], in: folder)
        #expect(merged.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "team.tillit.json")
        #expect(mode(file) == 0o640)
        let saved = try AssessmentFile.read(from: file)
        #expect(saved.plan?.actions.map(\.what) == ["X"])
        #expect(saved.participants.map(\.name) == ["A", "B", "Anna"])
    }

    @Test("new assessment, response and raw-answer files are private (0600); reports follow the umask")
    func newFileModes() throws {
        let folder = try fixture()
        #expect(mode(folder.appendingPathComponent("team.tillit.json")) == 0o600)
        let ids = Questionnaire.quick.items.map(\.id)
        let rows =
            [ids.joined(separator: ",")] + (0..<3).map { _ in ids.map { _ in "3" }.joined(separator: ",") }
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(
            to: folder.appendingPathComponent("in.csv"))
        #expect(try CLI.run(["import", "in.csv", "-q", "quick", "-o", "new.json"], in: folder).status == 0)
        #expect(mode(folder.appendingPathComponent("new.json")) == 0o600)
        let responded = try CLI.run(
            ["respond", "--questionnaire", "quick", "--participant", "P", "-o", "p.json"], stdin: "3\n",
            in: folder)
        #expect(responded.status == 0)
        #expect(mode(folder.appendingPathComponent("p.json")) == 0o600)
        #expect(try CLI.run(["report", "new.json", "-o", "r.txt"], in: folder).status == 0)
        #expect(mode(folder.appendingPathComponent("r.txt")) == 0o666 & ~currentUmask())
        // The raw export is every participant's answers: as private as the assessment it comes from.
        #expect(try CLI.run(["report", "new.json", "--raw", "-o", "raw.csv"], in: folder).status == 0)
        #expect(mode(folder.appendingPathComponent("raw.csv")) == 0o600)
    }

    @Test("inputs that are not files get their own message, and a named pipe never blocks")
    func oddInputs() throws {
        let folder = try fixture()
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o600) == 0)
        let report = try CLI.run(["report", "pipe"], in: folder)
        #expect(report.status == 66)
        #expect(
            report.stderr
                == "tillit-assess: cannot read pipe: it is a named pipe (FIFO), not a regular file; "
                + "Tillit reads and writes only regular files\n")
        let importing = try CLI.run(["import", "pipe", "-q", "quick", "-o", "x.json"], in: folder)
        #expect(importing.status == 66)
        #expect(importing.stderr.contains("cannot read pipe: it is a named pipe (FIFO)"))
        let directory = try CLI.run(["report", "."], in: folder)
        #expect(directory.status == 66)
        #expect(
            directory.stderr
                == "tillit-assess: cannot read .: it is a folder, not a file; give a file inside it\n")
        let missing = try CLI.run(["report", "none.json"], in: folder)
        #expect(missing.stderr == "tillit-assess: cannot read none.json: no such file\n")
        let merge = try CLI.run(["merge", "team.tillit.json", "/dev/null"], in: folder)
        #expect(merge.status == 1)
        #expect(
            merge.stderr.contains(
                "/dev/null: cannot be read as a response file: it is a device, not a regular file"))
        let respond = try CLI.run(["respond", "--participant", "P", "-o", "."], in: folder)
        #expect(respond.status == 73)
        #expect(respond.stderr.contains("cannot write .: it is a folder"))
    }

    @Test("a status that is not one, in a file, lists the valid ones; a damaged file names line and column")
    func errorMessages() throws {
        let folder = try fixture()
        let file = folder.appendingPathComponent("team.tillit.json")
        #expect(
            try CLI.run(
                ["plan", "team.tillit.json", "add-action", "--what", "X", "--owner", "Y"], in: folder
            ).status == 0)
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"status\" : \"planned\"", with: "\"status\" : \"weird\"")
        try Data(text.utf8).write(to: file)
        let weird = try CLI.run(["plan", "team.tillit.json"], in: folder)
        #expect(weird.status == 65)
        #expect(
            weird.stderr.contains(
                "plan.actions[0].status: cannot be read as an assessment: \"weird\" is not one of planned, started, done, dropped"
            ))
        try Data(text.utf8.prefix(text.utf8.count / 2)).write(to: file)
        let cut = try CLI.run(["report", "team.tillit.json"], in: folder)
        #expect(cut.status == 65)
        #expect(cut.stderr.hasPrefix("tillit-assess: team.tillit.json, line "))
        #expect(cut.stderr.contains("(is it cut short?)"))
    }

    @Test("text from files cannot drive the terminal: escape sequences are shown, not run")
    func inertText() throws {
        let folder = try fixture()
        let file = folder.appendingPathComponent("team.tillit.json")
        var assessment = try AssessmentFile.read(from: file)
        assessment.organisation = "Evil\u{1B}[2J\u{1B}]0;title\u{7}\u{0}\u{9B}31m"
        try AssessmentFile.write(assessment, to: file)
        for format in ["text", "markdown", "html"] {
            let result = try CLI.run(["report", "team.tillit.json", "-f", format], in: folder)
            #expect(result.status == 0)
            #expect(!result.stdoutData.contains(0x1B), "\(format)")
            #expect(!result.stdoutData.contains(0x00), "\(format)")
            #expect(!result.stdout.unicodeScalars.contains("\u{9B}"), "\(format)")
        }
        let compared = try CLI.run(["compare", "team.tillit.json", "team.tillit.json"], in: folder)
        #expect(compared.stdout.contains("Evil␛[2J␛]0;title␇␀"))
    }

    /// Imports a large survey and sends `signal` while its temporary file exists (caught by watching the
    /// folder, the process then stopped with SIGSTOP so the file can be looked at): the temporary file is
    /// 0600 while it exists, and after the signal no temporary file is left and the output is either
    /// absent or whole.
    @Test(
        "SIGINT, SIGTERM and SIGHUP during a large write leave no temporary file",
        arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalDuringWrite(signal number: Int32) throws {
        let folder = try CLI.temporaryDirectory()
        let ids = Questionnaire.quick.items.map(\.id)
        var csv = ids.joined(separator: ",") + "\n"
        let row = ids.map { _ in "3" }.joined(separator: ",") + "\n"
        csv += String(repeating: row, count: 60_000)
        try Data(csv.utf8).write(to: folder.appendingPathComponent("big.csv"))
        var caught = false
        for _ in 0..<5 where !caught {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["import", "big.csv", "-q", "quick", "-o", "out.json", "--force"]
            process.currentDirectoryURL = folder
            process.environment = ["LANG": "en_US.UTF-8", "NO_COLOR": "1"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            while process.isRunning {
                guard let temporary = try temporaries(in: folder).first else { continue }
                kill(process.processIdentifier, SIGSTOP)
                // Stopped with the temporary file in place (or just renamed, if the rename won the race).
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent(temporary).path) {
                    caught = true
                    #expect(mode(folder.appendingPathComponent(temporary)) == 0o600)
                }
                kill(process.processIdentifier, number)
                kill(process.processIdentifier, SIGCONT)
                break
            }
            process.waitUntilExit()
            #expect(try temporaries(in: folder).isEmpty)
            let output = folder.appendingPathComponent("out.json")
            if FileManager.default.fileExists(atPath: output.path) {
                #expect(try AssessmentFile.read(from: output).participants.count == 60_000)
                try FileManager.default.removeItem(at: output)
            } else if caught {
                #expect(process.terminationStatus == 128 + number)
            }
        }
        #expect(caught, "the write was never caught in progress; make the survey larger")
    }
}

/// The test process's umask (which the command inherits), read without changing it.
private func currentUmask() -> mode_t {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") } ?? "Umask: 0022"
    return mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) ?? 0o022
}
