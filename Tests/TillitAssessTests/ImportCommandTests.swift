import Foundation
import Testing

@Suite("import, as an analyst runs it")
struct ImportCommandTests {
    /// The quick questionnaire's item ids, which a survey export may use as headers.
    let ids = [
        "q-tillit", "q-medborgarfokus", "q-helhetssyn", "q-handlingsutrymme", "q-stod", "q-kunskap",
        "q-oppenhet",
        "q-langsiktighet", "q-bristande-medborgarfokus", "q-franvaro-av-helhetsperspektiv",
        "q-kortsiktig-styrning",
        "q-betungande-uppfoljning", "q-bristande-ledarskap",
    ]

    /// A semicolon export with a BOM: e-mail, role, then one column per item.
    private func export(_ rows: [[String]]) -> Data {
        let lines = [["E-post", "Roll"] + ids] + rows
        return Data([0xEF, 0xBB, 0xBF])
            + Data((lines.map { $0.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n").utf8)
    }

    private func answers(_ value: String) -> [String] { Array(repeating: value, count: 13) }

    private func folder(with csv: Data) throws -> URL {
        let folder = try CLI.temporaryDirectory()
        try csv.write(to: folder.appendingPathComponent("enkat.csv"))
        return folder
    }

    @Test("writes an assessment with pseudonyms and roles, and says what it did")
    func imports() throws {
        let folder = try folder(
            with: export([
                ["anna@exempel.se", "chefer"] + answers("Stämmer helt"),
                ["bo@exempel.se", "medarbetare"] + answers("2"),
                ["cia@exempel.se", "medarbetare"] + answers("Vet ej"),
            ]))
        let result = try CLI.run(
            [
                "import", "enkat.csv", "--questionnaire", "quick", "--group-column", "Roll", "-o",
                "svar.tillit.json",
                "--organisation", "Exempelmyndigheten", "--date", "2026-03-02",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // Anna's 5 and Bo's 2 (Cia does not know) put every principle at 3.5, index 62.5.
        // Cia does not know: two answers per statement are under the threshold, so no first look, and
        // both groups are withheld.
        #expect(
            result.stdout
                == "Imported 3 respondents from enkat.csv (semicolon, UTF-8 (BOM)) into svar.tillit.json.\n"
                + "These groups will not be shown, since fewer than 3 in them answer: chefer (1), "
                + "medarbetare (2).\n")
        #expect(result.stderr.isEmpty)
        let data = try Data(contentsOf: folder.appendingPathComponent("svar.tillit.json"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("exempel.se"), "no e-mail address in the assessment")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["organisation"] as? String == "Exempelmyndigheten")
        #expect(object["date"] as? String == "2026-03-02")
        // Format version 2: one row per participant, the group an index into `groups`, one character
        // per answer.
        #expect(object["formatVersion"] as? Int == 2)
        #expect(object["groups"] as? [String] == ["chefer", "medarbetare"])
        let participants = try #require(object["participants"] as? [[Any]])
        #expect(participants.map { $0[0] as? String } == ["R00001", "R00002", "R00003"])
        #expect(participants.map { $0[1] as? Int } == [0, 1, 1])
        #expect(participants[0][2] as? String == String(repeating: "5", count: 13))
        #expect(participants[2][2] as? String == String(repeating: "-", count: 13))
        #expect(text.contains(#"["R00001",0,"5555555555555"]"#))
    }

    @Test("a bad value fails with exit 65, names line and column, and writes nothing")
    func badValue() throws {
        let folder = try folder(
            with: export([
                ["a@b.se", "chefer"] + answers("4"), ["c@d.se", "chefer"] + ["x"] + answers("4").dropFirst(),
            ]))
        let result = try CLI.run(
            ["import", "enkat.csv", "-q", "quick", "-o", "svar.tillit.json", "--language", "sv"], in: folder)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "tillit-assess: enkat.csv: 1 fel i raderna; inget har lästs in:\n"
                + "  rad 3, kolumn 3 (\"q-tillit\"): \"x\" är inget svar; förväntade 1–5, en etikett som "
                + "\"Stämmer helt\" eller \"Completely true\", eller tomt eller \"Vet ej\" för vet ej\n")
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("svar.tillit.json").path))
    }

    @Test("--skip-invalid-rows imports the rest and lists the skipped lines on standard error")
    func skipInvalidRows() throws {
        let folder = try folder(
            with: export([
                ["a@b.se", "chefer"] + answers("4"), ["c@d.se", "chefer"] + answers("9"),
                ["e@f.se", "chefer", "1"],
            ]))
        let result = try CLI.run(
            ["import", "enkat.csv", "-q", "quick", "-o", "svar.tillit.json", "--skip-invalid-rows"],
            in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Imported 1 respondent from enkat.csv"))
        #expect(result.stderr.hasPrefix("tillit-assess: skipped 2 rows with problems (lines 3, 4):\n"))
        #expect(result.stderr.contains("  enkat.csv: line 4: 3 fields but the header has 15\n"))
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("svar.tillit.json").path))
    }

    @Test("an existing output is kept without --force (exit 73) and replaced with it")
    func force() throws {
        let folder = try folder(with: export([["a@b.se", "chefer"] + answers("4")]))
        let output = folder.appendingPathComponent("svar.tillit.json")
        try Data("earlier work".utf8).write(to: output)
        let refused = try CLI.run(
            ["import", "enkat.csv", "-q", "quick", "-o", "svar.tillit.json"], in: folder)
        #expect(refused.status == 73)
        #expect(
            refused.stderr
                == "tillit-assess: svar.tillit.json already exists; give --force to overwrite it.\n")
        #expect(try String(contentsOf: output, encoding: .utf8) == "earlier work")
        let forced = try CLI.run(
            ["import", "enkat.csv", "-q", "quick", "-o", "svar.tillit.json", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("\"participants\""))
    }

    @Test(
        "a missing file is exit 66, a missing -o or questionnaire exit 64, an unknown questionnaire exit 64")
    func usage() throws {
        let folder = try CLI.temporaryDirectory()
        let missing = try CLI.run(["import", "saknas.csv", "-q", "quick", "-o", "x.json"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("tillit-assess: cannot read saknas.csv: "))
        let noOutput = try CLI.run(["import", "saknas.csv", "-q", "quick"], in: folder)
        #expect(noOutput.status == 64)
        #expect(noOutput.stderr.hasPrefix("tillit-assess: `--output` is required.\n"))
        let noQuestionnaire = try CLI.run(["import", "saknas.csv", "-o", "x.json"], in: folder)
        #expect(noQuestionnaire.status == 64)
        let unknown = try CLI.run(["import", "saknas.csv", "-q", "lång", "-o", "x.json"], in: folder)
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr
                == "tillit-assess: unknown questionnaire 'lång'; give standard, quick, national-2019 or a JSON file.\n"
        )
    }

    @Test("columns that do not fit are listed together, with exit 65 and nothing written")
    func missingColumns() throws {
        let text = "E-post;q-tillit\r\na@b.se;4\r\n"
        let folder = try folder(with: Data(text.utf8))
        let result = try CLI.run(
            ["import", "enkat.csv", "-q", "quick", "-o", "svar.tillit.json"], in: folder)
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "tillit-assess: enkat.csv: the columns do not fit the questionnaire (12 problems):\n"))
        #expect(result.stderr.contains("  the item 'q-bristande-ledarskap' has no column"))
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("svar.tillit.json").path))
    }

    @Test("a mapping file and a custom questionnaire file are read from the command line")
    func mappingAndCustomQuestionnaire() throws {
        let folder = try CLI.temporaryDirectory()
        let questionnaire = """
            { "id": "egen", "version": 1, "title": { "sv": "Egen", "en": "Own" }, "items": [
              { "id": "a", "principle": "tillit", "text": { "sv": "Påstående A.", "en": "Statement A." } },
              { "id": "b", "principle": "stod", "text": { "sv": "Påstående B.", "en": "Statement B." } } ] }
            """
        try Data(questionnaire.utf8).write(to: folder.appendingPathComponent("egen.json"))
        try Data(#"{ "Q1": "a", "Q2": "b" }"#.utf8).write(to: folder.appendingPathComponent("karta.json"))
        try Data("Q1,Q2\n5,not at all true\n".utf8).write(to: folder.appendingPathComponent("forms.csv"))
        let result = try CLI.run(
            ["import", "forms.csv", "-q", "egen.json", "--mapping", "karta.json", "-o", "ut.json"], in: folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("ut.json")))
        let participants = (object as? [String: Any])?["participants"] as? [[Any]]
        #expect(participants?.first?[2] as? String == "51")
        let badMapping = try CLI.run(
            ["import", "forms.csv", "-q", "egen.json", "--mapping", "saknas.json", "-o", "ut2.json"],
            in: folder)
        #expect(badMapping.status == 66)
    }
}
