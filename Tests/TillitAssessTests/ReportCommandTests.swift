import Foundation
import Testing

@Suite("report command")
struct ReportCommandTests {
    let sample = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/report-sample.tillit.json").path

    @Test("writes the report to -o, refuses to overwrite it without --force, and overwrites with it")
    func outputFileIsProtected() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("rapport.html")

        let first = try CLI.run(["report", sample, "--format", "html", "-o", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.contains("<svg"))

        try Data("keep me".utf8).write(to: out)
        let second = try CLI.run(["report", sample, "--format", "html", "-o", out.path])
        #expect(second.status == 73)
        #expect(second.stderr.contains("--force"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")

        let third = try CLI.run(["report", sample, "--format", "html", "-o", out.path, "--force"])
        #expect(third.status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8) == written)
    }

    @Test("prints JSON with the fields the scoring issue requires")
    func json() throws {
        let result = try CLI.run(["report", sample, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let principles = try #require(object["principles"] as? [[String: Any]])
        #expect(principles.count == 8)
        let trust = try #require(principles.first { $0["id"] as? String == "tillit" })
        for key in ["id", "score", "index", "answers", "flagged", "consensus", "target", "gap"] {
            #expect(trust[key] != nil, "missing \(key)")
        }
        let items = try #require(object["items"] as? [[String: Any]])
        for key in [
            "answers", "dontKnow", "mean", "median", "standardDeviation", "min", "max", "distribution",
            "flagged",
        ] {
            #expect(items[0][key] != nil, "missing \(key)")
        }
    }

    @Test("text on a pipe carries no escape codes and fits 80 columns, even without NO_COLOR")
    func plainText() throws {
        let result = try CLI.run(
            ["report", sample], environment: ["NO_COLOR": "", "TERM": "xterm-256color"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(result.stdout.contains("PRINCIPLES"))
    }

    @Test("the sample in Examples/ reports in every format, in both languages")
    func examplesSample() throws {
        let example = CLI.packageRoot.appendingPathComponent("Examples/sample.tillit.json").path
        try #require(FileManager.default.fileExists(atPath: example))
        for format in ["text", "markdown", "html", "csv", "json"] {
            for language in ["sv", "en"] {
                let result = try CLI.run(["report", example, "--format", format, "--language", language])
                #expect(result.status == 0, "\(format) \(language): \(result.stderr)")
                #expect(!result.stdout.isEmpty)
            }
        }
    }

    @Test("a missing file exits 66 and a non-assessment exits 65, naming the file")
    func badInput() throws {
        let missing = try CLI.run(["report", "/nonexistent/x.tillit.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("x.tillit.json"))
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.tillit.json")
        try Data("{\"formatVersion\": 1}".utf8).write(to: bad)
        let result = try CLI.run(["report", bad.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.tillit.json"))
    }

    @Test("--raw writes individual answers as CSV and says so; with another format it is a usage error")
    func raw() throws {
        let result = try CLI.run(["report", sample, "--raw"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}Participant (raw data"))
        #expect(result.stdout.contains("'=1+1"))
        let wrong = try CLI.run(["report", sample, "--raw", "--format", "json"])
        #expect(wrong.status == 64)
    }

    @Test(
        "CSV follows the language's dialect, and --csv-dialect overrides it; a wrong dialect is a usage error"
    )
    func csvDialect() throws {
        let swedish = try CLI.run(["report", sample, "--format", "csv", "--language", "sv"])
        #expect(swedish.status == 0)
        #expect(swedish.stdout.hasPrefix("\u{FEFF}typ;grupp;id;"))
        let standard = try CLI.run(
            ["report", sample, "--format", "csv", "--language", "sv", "--csv-dialect", "standard"])
        #expect(standard.stdout.hasPrefix("\u{FEFF}typ,grupp,id,"))
        let english = try CLI.run(["report", sample, "--format", "csv", "--language", "en"])
        #expect(english.stdout.hasPrefix("\u{FEFF}kind,group,id,"))
        let wrong = try CLI.run(["report", sample, "--format", "csv", "--csv-dialect", "tab"])
        #expect(wrong.status == 64)
    }
}
