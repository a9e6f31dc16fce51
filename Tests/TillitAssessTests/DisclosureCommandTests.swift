import Foundation
import Testing
import TillitCore

/// What the command line says about the disclosure rules, in both languages, as a user runs it: the
/// import's skipped rows, refused group column and withheld groups, the workshop setup's warning, and a
/// threshold under three.
@Suite("disclosure, as a user meets it")
struct DisclosureCommandTests {
    static let ids = Questionnaire.quick.items.map(\.id)

    /// A semicolon export with a group column and one column per statement.
    static func export(_ rows: [(String, String)]) -> Data {
        let lines =
            ["Grupp;" + ids.joined(separator: ";")]
            + rows.map { group, answer in
                group + ";" + Array(repeating: answer, count: ids.count).joined(separator: ";")
            }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func importing(_ csv: Data, language: String) throws -> CLI.Result {
        let folder = try CLI.temporaryDirectory()
        try csv.write(to: folder.appendingPathComponent("enkat.csv"))
        return try CLI.run(
            [
                "import", "enkat.csv", "--questionnaire", "quick", "--group-column", "Grupp", "-o",
                "s.tillit.json",
                "--language", language,
            ], in: folder)
    }

    @Test(
        "import reports rows without a single answer as skipped and warns of withheld groups",
        arguments: ["en", "sv"])
    func skippedRowsAndSmallGroups(language: String) throws {
        let rows =
            [("chefer", "4"), ("chefer", "5"), ("stab", "2"), ("chefer", ""), ("", "")]
            + Array(repeating: ("medarbetare", "3"), count: 4)
        let result = try Self.importing(Self.export(rows), language: language)
        #expect(result.status == 0, "\(result.stderr)")
        if language == "en" {
            #expect(result.stdout.contains("Imported 7 respondents"))
            #expect(
                result.stdout.contains(
                    "Skipped 2 rows without a single answer; not counted as respondents (lines 5, 6)."))
            #expect(
                result.stdout.contains(
                    "These groups will not be shown, since fewer than 3 in them answer: chefer (2), stab (1)."
                ))
        } else {
            #expect(result.stdout.contains("Läste in 7 svarande"))
            #expect(
                result.stdout.contains(
                    "2 rader utan ett enda svar hoppades över och räknas inte som svarande (rad 5, 6)."))
            #expect(
                result.stdout.contains(
                    "Dessa grupper redovisas inte, eftersom färre än 3 i dem svarar: chefer (2), stab (1)."))
        }
    }

    @Test(
        "import refuses a group column of e-mail addresses without repeating them", arguments: ["en", "sv"])
    func refusedColumn(language: String) throws {
        let rows = [("anna@myndigheten.se", "4"), ("bo@myndigheten.se", "5"), ("cia@myndigheten.se", "3")]
        let result = try Self.importing(Self.export(rows), language: language)
        #expect(result.status == 65)
        #expect(!result.stderr.contains("anna@"), "the message does not repeat an identity")
        if language == "en" {
            #expect(
                result.stderr.contains(
                    "the group column \"Grupp\" cannot be used: its values look like e-mail addresses"))
        } else {
            #expect(
                result.stderr.contains(
                    "gruppkolumnen \"Grupp\" kan inte användas: värdena ser ut som e-postadresser"))
        }
    }

    @Test("the workshop's setup warns which groups will not be shown", arguments: ["en", "sv"])
    func setupWarning(language: String) throws {
        let folder = try CLI.temporaryDirectory()
        let lines = [
            "Exempelmyndigheten", "Ledningsgruppen", "Karin", language, "quick", "Anna", "GD", "Bo", "chef",
            "Cia",
            "chef", "Dan", "chef", "", "q",
        ]
        let result = try CLI.run(
            ["workshop", "w.tillit.json", "--language", language],
            stdin: lines.joined(separator: "\n") + "\n",
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // The warning is wrapped to the terminal's width; read it as one line.
        let stdout = result.stdout.replacingOccurrences(of: "\n", with: " ")
        if language == "en" {
            #expect(
                stdout.contains(
                    "These groups will not be shown, since fewer than 3 in them answer: GD (1)."))
            #expect(stdout.contains("Nor these, since the total minus them would otherwise give away"))
            #expect(stdout.contains("chef (3)"))
        } else {
            #expect(
                stdout.contains(
                    "Dessa grupper redovisas inte, eftersom färre än 3 i dem svarar: GD (1)."))
            #expect(
                stdout.contains("Inte heller dessa, eftersom helheten minus dem annars skulle visa"))
        }
    }

    @Test("a threshold under three is a usage error that says why", arguments: ["en", "sv"])
    func thresholdTooLow(language: String) throws {
        let folder = try CLI.temporaryDirectory()
        let assessment = Assessment(
            organisation: "O", date: CalendarDate(year: 2026, month: 1, day: 1)!, questionnaire: .quick,
            participants: (1...3).map {
                Participant(name: "p\($0)", answers: Array(repeating: 3, count: Self.ids.count))
            })
        try AssessmentFile.write(assessment, to: folder.appendingPathComponent("a.tillit.json"))
        for command in [["report", "a.tillit.json"], ["compare", "a.tillit.json", "a.tillit.json"]] {
            let result = try CLI.run(
                command + ["--anonymity-threshold", "1", "--language", language], in: folder)
            #expect(result.status == 64)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr.contains(
                    language == "en"
                        ? "the anonymity threshold cannot be 1; it must be at least 3, since each of two people can work out the other's answers from their own."
                        : "anonymitetsgränsen kan inte vara 1; den ska vara minst 3"))
        }
    }
}
