import Foundation
import Testing
import TillitCore

/// `tillit-assess questionnaire`, run as a user runs it.
@Suite("questionnaire command")
struct QuestionnaireCommandTests {
    @Test("without an argument it prints the standard questionnaire as a paper form in the locale's language")
    func standardByDefault() throws {
        let result = InProcess.run(["questionnaire"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout.hasPrefix("FRÅGEFORMULÄR: Självskattning av tillitsbaserad styrning och ledning\n"))
        #expect(result.stdout.contains("57 påståenden"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("--language en and --format markdown")
    func englishMarkdown() throws {
        let result = InProcess.run(["questionnaire", "quick", "--format", "markdown", "--language", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("_Questionnaire_\n\n# Quick check"))
        #expect(result.stdout.contains("| No. | Statement |"))
    }

    @Test("CSV has one row per item")
    func csv() throws {
        let result = InProcess.run(["questionnaire", "national-2019", "-f", "csv"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\r\n")
        #expect(rows.count == 8)
        #expect(rows.first == "\u{FEFF}id,target,statement")
    }

    @Test("in Swedish the CSV's header is Swedish and written for Swedish Excel, unless told otherwise")
    func swedishCSV() throws {
        let swedish = InProcess.run(["questionnaire", "snabbkoll", "-f", "csv", "--language", "sv"])
        #expect(swedish.status == 0)
        let rows = swedish.stdout.split(separator: "\r\n")
        #expect(rows.first == "\u{FEFF}id;mäter;påstående")
        #expect(rows.count == Questionnaire.quick.items.count + 1)
        let standard = InProcess.run([
            "questionnaire", "quick", "-f", "csv", "--language", "sv", "--csv-dialect", "standard",
        ])
        #expect(standard.stdout.hasPrefix("\u{FEFF}id,mäter,påstående\r\n"))
        let refused = InProcess.run(["questionnaire", "quick", "-f", "markdown", "--csv-dialect", "standard"])
        #expect(refused.status == 64)
    }

    @Test("Swedish help and messages offer the Swedish names of the built-in questionnaires")
    func swedishNames() throws {
        let help = InProcess.run(["questionnaire", "--help", "--language", "sv"])
        #expect(help.stdout.contains("standard, snabbkoll, nationell-2019"))
        let unknown = InProcess.run(["questionnaire", "kort", "--language", "sv"])
        #expect(unknown.status == 66)
        #expect(unknown.stderr.contains("standard, snabbkoll, nationell-2019"))
    }

    @Test(
        "JSON written with -o loads back as a custom questionnaire, and -o refuses to overwrite without --force"
    )
    func jsonRoundTrip() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var result = InProcess.run(
            ["questionnaire", "standard", "--format", "json", "-o", "eget.json"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try Data(contentsOf: folder.appendingPathComponent("eget.json"))

        result = InProcess.run(["questionnaire", "eget.json", "--format", "json"], in: folder)
        #expect(result.status == 0)
        #expect(Data(result.stdout.utf8) == written)

        result = InProcess.run(["questionnaire", "quick", "--format", "json", "-o", "eget.json"], in: folder)
        #expect(result.status == 73)
        #expect(result.stderr.contains("--force"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("eget.json")) == written)

        result = InProcess.run(
            ["questionnaire", "quick", "--format", "json", "-o", "eget.json", "--force"], in: folder)
        #expect(result.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("eget.json")) != written)
    }

    @Test("a malformed custom questionnaire lists every problem with its path and exits 65")
    func malformed() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = """
            {"id": "eget", "version": 1, "title": {"sv": "Eget", "en": "Own"},
             "items": [{"id": "a", "principle": "tilit", "text": {"sv": "A", "en": "A"}},
                       {"id": "a", "principle": "stod", "text": {"sv": "B"}}]}
            """
        try Data(json.utf8).write(to: folder.appendingPathComponent("eget.json"))
        let result = InProcess.run(["questionnaire", "eget.json", "--language", "en"], in: folder)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("eget.json: the questionnaire has 3 problems:"))
        #expect(result.stderr.contains("items[0].principle: unknown principle 'tilit'"))
        #expect(result.stderr.contains("items[1].id: duplicate item id 'a'"))
        #expect(result.stderr.contains("items[1].text.en: the field is missing"))
    }

    @Test("a file that does not exist exits 66 and names the built-in questionnaires")
    func missingFile() throws {
        let result = InProcess.run(
            ["questionnaire", "finns-inte.json"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("finns-inte.json"))
        #expect(result.stderr.contains("standard, snabbkoll, nationell-2019"))
    }

    @Test("an unknown format is a usage error")
    func badFormat() throws {
        let result = InProcess.run(["questionnaire", "--format", "pdf"])
        #expect(result.status == 64)
    }
}
