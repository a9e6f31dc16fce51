import Foundation
import Testing
import TillitCore

/// Version 2 of the built-in questionnaires as a user meets it: new assessments get it, a version 1 file
/// still opens, and `compare` across the two says what it compares and what it does not.
@Suite("questionnaire versions on the command line")
struct QuestionnaireVersionCommandTests {
    let version1 = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/report-sample.tillit.json").path

    /// An assessment on the current standard questionnaire, imported from a CSV with one column per item.
    func importVersion2(in folder: URL, language: String) throws -> CLI.Result {
        let ids = Questionnaire.standard.items.map(\.id)
        let rows =
            [ids.joined(separator: ",")] + (1...3).map { _ in ids.map { _ in "4" }.joined(separator: ",") }
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(
            to: folder.appendingPathComponent("v2.csv"))
        return try CLI.run(
            [
                "import", "v2.csv", "-q", "standard", "-o", "v2.tillit.json", "--organisation",
                "Exempelmyndigheten",
                "--language",
                language,
            ], in: folder)
    }

    @Test("compare from a version 1 file to a new one lists the reworded and the new statements")
    func compareAcrossVersions() throws {
        let folder = try CLI.temporaryDirectory()
        let imported = try importVersion2(in: folder, language: "sv")
        #expect(imported.status == 0, "\(imported.stderr)")
        let new = folder.appendingPathComponent("v2.tillit.json").path
        let text = try CLI.run(["compare", version1, new])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("standard v1 → standard v2"))
        #expect(text.stdout.contains("Only in the later: handlingsutrymme-6, betungande-uppfoljning-4"))
        #expect(text.stdout.contains("Reworded and therefore not compared: tillit-2, tillit-3, tillit-5,"))
        let json = try CLI.run(["compare", version1, new, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let reworded = try #require(object["itemsReworded"] as? [String])
        let shared = try #require(object["items"] as? [Any])
        // Both workshops in Swedish: the six statements reworded only in English still compare.
        #expect(reworded.count == 25)
        #expect(shared.count == 55 - 25)
        #expect(!reworded.contains("medborgarfokus-2"))
    }

    @Test("a survey set up with version 1's statements imports with -q standard@1")
    func importVersion1() throws {
        let folder = try CLI.temporaryDirectory()
        let first = try #require(Questionnaire.builtIn(id: "standard", version: 1))
        let header = first.items.map { "\"\($0.text.sv)\"" }.joined(separator: ";")
        let answers = first.items.map { _ in "Stämmer dåligt" }.joined(separator: ";")
        try Data("\(header)\n\(answers)\n".utf8).write(to: folder.appendingPathComponent("enkat.csv"))
        let current = try CLI.run(
            ["import", "enkat.csv", "-q", "standard", "-o", "a.tillit.json"], in: folder)
        #expect(current.status == 65)
        let old = try CLI.run(["import", "enkat.csv", "-q", "standard@1", "-o", "b.tillit.json"], in: folder)
        #expect(old.status == 0, "\(old.stderr)")
        let form = try CLI.run(["questionnaire", "standard@1", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: form.stdoutData) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect((object["items"] as? [Any])?.count == 55)
    }

    @Test("the version 1 file still opens and reports; the default questionnaire is version 2")
    func version1StillReads() throws {
        let report = try CLI.run(["report", version1, "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        let form = try CLI.run(["questionnaire", "standard", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: form.stdoutData) as? [String: Any])
        #expect(object["version"] as? Int == 2)
        let national = try CLI.run([
            "questionnaire", "national-2019", "--format", "markdown", "--language", "sv",
        ])
        #expect(national.stdout.contains("| Nr | Fråga | Nej | Ja | Vet ej |"))
        #expect(national.stdout.contains("| 2 | I myndighetens ledningsgrupp"))
        #expect(national.stdout.contains("\n- 7. Räknas inte in i något resultat. Frågan gäller"))
    }
}
