import Foundation
import Testing

@Suite("principles and problems, as a user runs them")
struct FrameworkCommandTests {
    struct PrincipleJSON: Decodable {
        var id: String
        var name: String
        var definition: String
        var guidance: [String]
        var newIn2019: Bool
        var source: String
    }

    /// The envelope every JSON export has: its kind, its version and the list.
    struct Envelope<Entry: Decodable>: Decodable {
        var kind: String
        var formatVersion: Int
        var principles: [Entry]?
        var problemAreas: [Entry]?
    }

    struct ProblemJSON: Decodable {
        struct Link: Decodable {
            var id: String
            var stated: Bool
        }
        var id: String
        var title: String
        var symptoms: [[String: String]]
        var principles: [Link]
    }

    @Test("principles --format json --language sv prints the eight principles with verbatim definitions")
    func principlesJSON() throws {
        let result = InProcess.run(["principles", "--format", "json", "--language", "sv"])
        #expect(result.status == 0)
        let envelope = try JSONDecoder().decode(Envelope<PrincipleJSON>.self, from: result.stdoutData)
        #expect(envelope.kind == "tillit-principles" && envelope.formatVersion == 1)
        let principles = try #require(envelope.principles)
        #expect(principles.count == 8)
        #expect(principles.first?.name == "Tillit")
        #expect(
            principles.first(where: { $0.id == "langsiktighet" })?.definition
                == "Säkerställ att styrning och ledning skapar goda resultat också på lång sikt.")
        #expect(principles.filter(\.newIn2019).map(\.id) == ["langsiktighet"])
        #expect(principles.allSatisfy { $0.source.hasPrefix("SOU 2019:43") && !$0.guidance.isEmpty })
    }

    @Test("problems --format json prints the five problem areas with their links")
    func problemsJSON() throws {
        let result = InProcess.run(["problems", "--format=json"])
        #expect(result.status == 0)
        let envelope = try JSONDecoder().decode(Envelope<ProblemJSON>.self, from: result.stdoutData)
        #expect(envelope.kind == "tillit-problem-areas" && envelope.formatVersion == 1)
        let areas = try #require(envelope.problemAreas)
        #expect(
            areas.map(\.id) == [
                "bristande-medborgarfokus", "franvaro-av-helhetsperspektiv", "kortsiktig-styrning",
                "betungande-uppfoljning", "bristande-ledarskap",
            ])
        #expect(areas.allSatisfy { !$0.principles.isEmpty && !$0.symptoms.isEmpty })
        #expect(areas.contains { $0.principles.contains { !$0.stated } })
    }

    @Test(
        "problems --format markdown explains the * marker it prints, in the language asked for",
        arguments: [
            ("sv", "Kopplingen anges inte i betänkandet; den är projektets egen tolkning."),
            ("en", "The report does not state this link; it is the project's own reading."),
        ])
    func problemsMarkdownLegend(language: String, legend: String) throws {
        let result = InProcess.run(["problems", "--format", "markdown", "--language", language])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let marked = lines.filter { $0.hasPrefix("- ") && $0.hasSuffix("\\*") }
        #expect(!marked.isEmpty)
        #expect(lines.last == "> \\* " + legend)
        #expect(result.stdout.components(separatedBy: legend).count == 2)
        // No unescaped * outside the bold labels, which Markdown would read as emphasis.
        let stripped = result.stdout.replacingOccurrences(of: "**", with: "").replacingOccurrences(
            of: "\\*", with: "")
        #expect(!stripped.contains("*"))
    }

    @Test("principles --format markdown says what is quoted and what is summarised")
    func principlesMarkdownHandout() throws {
        let result = InProcess.run(["principles", "--format", "markdown", "--language", "sv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("citeras ordagrant ur Tabell 3.3"))
        // Each of the eight definitions is a quotation with its source under it.
        #expect(result.stdout.components(separatedBy: "> — _SOU 2019:43 §3.5.2, Tabell 3.3").count == 9)
        #expect(!result.stdout.contains("“"))
    }

    @Test(
        "chooses Swedish from LANG and English otherwise, and fits 80 columns",
        arguments: [
            ("sv_SE.UTF-8", "ÅTTA VÄGLEDANDE PRINCIPER"), ("en_GB.UTF-8", "EIGHT GUIDING PRINCIPLES"),
            ("C", "EIGHT GUIDING PRINCIPLES"),
        ])
    func languageFromEnvironment(lang: String, heading: String) throws {
        let result = InProcess.run(["principles"], environment: ["LANG": lang])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(heading))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("LC_ALL wins over LANG, and --language over both")
    func languagePrecedence() throws {
        let fromLCAll = InProcess.run(
            ["problems"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "sv_SE.UTF-8"])
        #expect(fromLCAll.stdout.hasPrefix("FEM PROBLEMOMRÅDEN"))
        let explicit = InProcess.run(
            ["problems", "--language", "en"], environment: ["LC_ALL": "sv_SE.UTF-8"])
        #expect(explicit.stdout.hasPrefix("FIVE PROBLEM AREAS"))
    }

    @Test("a mistyped option is a usage error with a suggestion and exit code 64")
    func usageError() throws {
        let result = InProcess.run(["principles", "--fromat", "json"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown option `--fromat`; did you mean `--format`?"))
        #expect(result.stderr.contains("tillit-assess principles --help"))
    }

    @Test("writes to a file with -o and refuses to overwrite it without --force")
    func outputFile() throws {
        let folder = try CLI.temporaryDirectory()
        let first = InProcess.run(["principles", "--format", "markdown", "-o", "p.md"], in: folder)
        #expect(first.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("p.md"), encoding: .utf8)
        #expect(written.hasPrefix("# Eight guiding principles"))
        let second = InProcess.run(["principles", "--language", "sv", "-o", "p.md"], in: folder)
        #expect(second.status == 73)
        #expect(try String(contentsOf: folder.appendingPathComponent("p.md"), encoding: .utf8) == written)
        let forced = InProcess.run(["principles", "--language", "sv", "-o", "p.md", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("p.md"), encoding: .utf8) != written)
    }

    @Test("prints its version, help for every command, and completions that bash accepts")
    func helpVersionCompletions() throws {
        #expect(InProcess.run(["--version"]).stdout.hasPrefix("tillit-assess "))
        let help = InProcess.run(["help", "principles"])
        #expect(help.status == 0 && help.stdout.contains("EXAMPLES:"))
        let completions = InProcess.run(["completions", "bash"])
        #expect(completions.status == 0)
        #expect(completions.stdout.contains("complete -o filenames -F _tillit_assess tillit-assess"))
        #expect(InProcess.run(["completions", "tcsh"]).status == 64)
        let man = InProcess.run(["man"])
        #expect(man.stdout.hasPrefix(".TH TILLIT-ASSESS 1"))
    }
}
