import Foundation
import Testing

@Suite("import of exports as agencies have them, as an analyst runs it")
struct ImportFormatsCommandTests {
    /// The quick questionnaire's item ids.
    static let ids = [
        "q-tillit", "q-medborgarfokus", "q-helhetssyn", "q-handlingsutrymme", "q-stod", "q-kunskap",
        "q-oppenhet", "q-langsiktighet", "q-bristande-medborgarfokus", "q-franvaro-av-helhetsperspektiv",
        "q-kortsiktig-styrning", "q-betungande-uppfoljning", "q-bristande-ledarskap",
    ]

    private func run(_ data: Data, name: String, _ options: [String] = []) throws -> CLI.Result {
        let folder = try CLI.temporaryDirectory()
        try data.write(to: folder.appendingPathComponent(name))
        return try CLI.run(["import", name, "-q", "quick", "-o", "svar.tillit.json"] + options, in: folder)
    }

    @Test("Swedish Excel's CSV: sep=; first line and Windows-1252 text, said in the summary")
    func excelSwedishCSV() throws {
        let header = (["Namn", "Roll"] + Self.ids).joined(separator: ";")
        let row = (["Åsa Öberg", "chefer"] + Array(repeating: "Stämmer helt", count: 13)).joined(
            separator: ";")
        let text = "sep=;\r\n\(header)\r\n\(row)\r\n"
        let bytes = Data(text.unicodeScalars.map { UInt8($0.value) })
        let result = try run(bytes, name: "enkat.csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Imported 1 respondent from enkat.csv (semicolon, Windows-1252) into svar.tillit.json.\n"))
        // Chosen, the encoding is used as given.
        let chosen = try run(bytes, name: "enkat.csv", ["--encoding", "iso-8859-1", "--language", "sv"])
        #expect(chosen.stdout.hasPrefix("Läste in 1 svarande från enkat.csv (semikolon, ISO-8859-1)"))
    }

    @Test(
        "a mixed-encoding file is refused with exit 65, naming line and character; an unknown encoding is a usage error"
    )
    func refusals() throws {
        let header = Self.ids.joined(separator: ";")
        let data =
            Data("\(header)\nStämmer helt".utf8) + Data([0xED, 0xA0, 0x80])
            + Data((String(repeating: ";1", count: 12) + "\n").utf8)
        let result = try run(data, name: "enkat.csv")
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("enkat.csv, line 2, character 13: the bytes ED A0 are not valid UTF-8"))
        let unknown = try run(data, name: "enkat.csv", ["--encoding", "ebcdic"])
        #expect(unknown.status == 64)
    }
}

extension ImportFormatsCommandTests {
    static let exports = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/exports")

    @Test("an .xlsx workbook is read directly, its first sheet or the one given with --sheet")
    func workbook() throws {
        let folder = try CLI.temporaryDirectory()
        for name in ["microsoft-forms.xlsx", "two-sheets-numbers.xlsx", "questionnaire.json"] {
            try FileManager.default.copyItem(
                at: Self.exports.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let forms = try CLI.run(
            [
                "import", "microsoft-forms.xlsx", "-q", "questionnaire.json", "--group-column", "Roll", "-o",
                "a.json",
            ],
            in: folder)
        #expect(forms.status == 0, "\(forms.stderr)")
        #expect(
            forms.stdout.hasPrefix(
                "Imported 3 respondents from microsoft-forms.xlsx (xlsx, sheet “Sheet1”) into a.json.\n"))
        let second = try CLI.run(
            [
                "import", "two-sheets-numbers.xlsx", "-q", "questionnaire.json", "--sheet", "2", "-o",
                "b.json",
                "--language", "sv",
            ],
            in: folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            second.stdout.hasPrefix("Läste in 3 svarande från two-sheets-numbers.xlsx (xlsx, bladet ”Svar”)"))
        let missing = try CLI.run(
            [
                "import", "two-sheets-numbers.xlsx", "-q", "questionnaire.json", "--sheet", "Data", "-o",
                "c.json",
            ],
            in: folder)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("the workbook has no sheet \"Data\""))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("c.json").path))
        // Options that cannot apply are pointed out, not ignored.
        let encoding = try CLI.run(
            [
                "import", "microsoft-forms.xlsx", "-q", "questionnaire.json", "--encoding", "windows-1252",
                "-o",
                "d.json",
            ], in: folder)
        #expect(encoding.status == 64)
        #expect(encoding.stderr.contains("--encoding applies to CSV files"))
        try Data("tillit-1\n1\n".utf8).write(to: folder.appendingPathComponent("enkat.csv"))
        let sheet = try CLI.run(
            ["import", "enkat.csv", "-q", "questionnaire.json", "--sheet", "2", "-o", "e.json"], in: folder)
        #expect(sheet.status == 64)
        #expect(sheet.stderr.contains("--sheet applies to .xlsx workbooks; enkat.csv is a text file (CSV)."))
    }
}

extension ImportFormatsCommandTests {
    @Test(
        "each tool's sample export imports as a user runs it",
        arguments: [
            ("excel-swedish.csv", "Roll", "semicolon, Windows-1252"),
            ("surveymonkey.csv", "Vilken roll har du?", "comma, UTF-8 (BOM)"),
            ("surveymonkey-libreoffice.xlsx", "Vilken roll har du?", "xlsx, sheet “surveymonkey”"),
            ("limesurvey-codes.csv", "G01Q01", "comma, UTF-8 (BOM)"),
            ("limesurvey-full-text.csv", "Roll", "comma, UTF-8 (BOM)"),
            ("google-forms-grid.csv", "Role", "comma, UTF-8"),
            ("microsoft-forms-libreoffice.xlsx", "Roll", "xlsx, sheet “Sheet1”"),
            ("excel-style.xlsx", "Roll", "xlsx, sheet “Blad1”"),
        ])
    func sample(name: String, group: String, format: String) throws {
        let questionnaire = Self.exports.appendingPathComponent("questionnaire.json").path
        let result = try CLI.run(
            [
                "import", Self.exports.appendingPathComponent(name).path, "-q", questionnaire,
                "--group-column",
                group, "-o", "svar.tillit.json",
            ], in: try CLI.temporaryDirectory())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 3 respondents from "))
        #expect(result.stdout.contains("(\(format)) into svar.tillit.json."), "\(result.stdout)")
    }
}
