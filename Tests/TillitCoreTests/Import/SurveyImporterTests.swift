import Foundation
import Testing

@testable import TillitCore

@Suite("Importing survey answers")
struct SurveyImporterTests {
    typealias S = SurveySamples
    let items = S.questionnaire.items

    @Test("semicolon, BOM and Swedish labels in any case, as Swedish Excel saves a Forms export")
    func swedishExcel() throws {
        let text = S.csv([
            ["ID", "Starttid", "E-post", "Namn"] + items.map(\.text.sv),
            [
                "1", "2026-03-02 09:14", "anna@exempel.se", "Anna Ek", "Stämmer helt",
                "stämmer ganska DÅLIGT", "Vet ej",
            ],
            ["2", "2026-03-02 09:20", "bo@exempel.se", "Bo Al", "3", "", " Stämmer ganska bra "],
        ])
        let result = try S.read(S.utf8(text, bom: true))
        #expect(result.participants.map(\.answers) == [[5, 2, nil], [3, nil, 4]])
        #expect(result.participants.map(\.name) == ["R00001", "R00002"])
        #expect(result.participants.allSatisfy { $0.role == nil })
        #expect(result.format == CSVReader.Format(separator: .semicolon, encoding: .utf8WithBOM))
        #expect(result.ignoredColumns == ["ID", "Starttid", "E-post", "Namn"])
    }

    @Test("comma-separated with English statements and English labels, the statement with a comma quoted")
    func englishForms() throws {
        let text = S.csv(
            [
                ["Timestamp"] + items.map(\.text.en),
                ["2026/03/02", "completely true", "Partly true", "Don't know"],
                ["2026/03/02", "Not at all true", "mostly TRUE", "Don’t know"],
            ], separator: ",", newline: "\n")
        #expect(text.contains("\"We say what we think, even when it is awkward.\""))
        let result = try S.read(S.utf8(text))
        #expect(result.participants.map(\.answers) == [[5, 3, nil], [1, 4, nil]])
        #expect(result.format.separator == .comma)
    }

    @Test("UTF-16 little-endian with a BOM and tabs, as Excel's Unicode text")
    func utf16() throws {
        let text = S.csv(
            [["tillit-1", "stod-1", "oppenhet-1"], ["1", "2", "3"], ["Stämmer inte alls", "5", ""]],
            separator: "\t")
        let result = try S.read(S.utf16(text))
        #expect(result.participants.map(\.answers) == [[1, 2, 3], [1, 5, nil]])
        #expect(result.format == CSVReader.Format(separator: .tab, encoding: .utf16LittleEndian))
    }

    @Test("CRLF with quoted line breaks in a comment column; errors name the line the row starts on")
    func quotedLineBreaks() throws {
        let text = S.csv([
            ["Kommentar"] + items.map(\.id),
            ["Bra dag.\r\nMen lång.", "4", "4", "4"],
            ["Tre\r\nrader\r\nhär", "5", "5", "5"],
            ["Sista", "5", "Kanske", "5"],
        ])
        let error = S.failure(S.utf8(text))
        let expected = ImportRowIssue(
            line: 7, column: 3, header: "stod-1", kind: .badValue("Kanske"),
            expected: AnswerReader(scale: .agreement).expected)
        #expect(error == .rows(file: "enkat.csv", issues: [expected], more: 0))
        let fixed = text.replacingOccurrences(of: "Kanske", with: "3")
        #expect(
            try S.read(S.utf8(fixed)).participants.map(\.answers) == [[4, 4, 4], [5, 5, 5], [5, 3, 5]])
    }

    @Test("a mapping file matches columns whose headers are neither ids nor statements")
    func mapping() throws {
        let json = #"{ "Fråga 1": "tillit-1", "Fråga 2": "stod-1", "Fråga 3": "oppenhet-1" }"#
        let mapping = try SurveyMapping.load(
            Data(json.utf8), file: "karta.json", questionnaire: S.questionnaire)
        let text = S.csv([["Fråga 3", "Fråga 1", "Fråga 2"], ["1", "2", "3"]])
        let result = try S.read(S.utf8(text), options: SurveyImportOptions(mapping: mapping))
        #expect(result.participants.map(\.answers) == [[2, 3, 1]])
    }

    @Test("a mapping naming an unknown item or holding a non-string is refused, every problem listed")
    func badMapping() {
        let json = #"{ "Fråga 1": "tillit-9", "Fråga 2": 2 }"#
        #expect(throws: ImportError.self) {
            try SurveyMapping.load(Data(json.utf8), file: "karta.json", questionnaire: S.questionnaire)
        }
        do {
            _ = try SurveyMapping.load(Data(json.utf8), file: "karta.json", questionnaire: S.questionnaire)
        } catch {
            #expect(
                error.message.en == """
                    karta.json: the column mapping cannot be used:
                      "Fråga 1": the questionnaire 'prov' has no item 'tillit-9'
                      "Fråga 2": expected an item id as a string
                    """)
        }
    }

    @Test("the group column gives each respondent's role; blank groups give none")
    func groups() throws {
        let text = S.csv([
            ["Roll"] + items.map(\.id), ["chefer", "1", "2", "3"], [" medarbetare ", "3", "3", "3"],
            ["", "5", "5", "5"],
        ])
        let result = try S.read(S.utf8(text), options: SurveyImportOptions(groupColumn: "roll"))
        #expect(result.participants.map(\.role) == ["chefer", "medarbetare", nil])
        #expect(
            S.failure(S.utf8(text), options: SurveyImportOptions(groupColumn: "Enhet"))
                == .columns(file: "enkat.csv", problems: [.missingGroupColumn(header: "Enhet")]))
    }

    @Test("names and e-mail addresses are never stored unless asked, and then kept unique")
    func identities() throws {
        let text = S.csv([
            ["Name", "Email"] + items.map(\.id),
            ["Anna Ek", "anna@exempel.se", "1", "2", "3"],
            ["Anna Ek", "anna.ek@exempel.se", "1", "2", "3"],
            ["", "bo@exempel.se", "1", "2", "3"],
        ])
        let anonymous = try S.read(S.utf8(text))
        let assessment = Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 3, day: 2)!,
            questionnaire: S.questionnaire, participants: anonymous.participants)
        let file = String(decoding: AssessmentFile.encode(assessment), as: UTF8.self)
        for secret in ["Anna", "Ek", "anna@", "bo@", "exempel"] { #expect(!file.contains(secret)) }
        let kept = try S.read(S.utf8(text), options: SurveyImportOptions(keepIdentities: true))
        #expect(kept.participants.map(\.name) == ["Anna Ek", "Anna Ek (R00002)", "R00003"])
        let noNames = S.csv([items.map(\.id), ["1", "2", "3"]])
        #expect(
            S.failure(S.utf8(noNames), options: SurveyImportOptions(keepIdentities: true))
                == .columns(file: "enkat.csv", problems: [.missingIdentityColumn]))
    }

    @Test("missing and ambiguous columns are one error listing every one")
    func columns() throws {
        let text = S.csv([["tillit-1", "Cheferna litar på medarbetarna.", "Övrigt"], ["1", "2", "3"]])
        let error = try #require(S.failure(S.utf8(text)))
        #expect(
            error
                == .columns(
                    file: "enkat.csv",
                    problems: [
                        .ambiguousItem(
                            itemID: "tillit-1", headers: ["tillit-1", "Cheferna litar på medarbetarna."]),
                        .missing(itemID: "stod-1"), .missing(itemID: "oppenhet-1"),
                    ]))
        #expect(
            error.message.en == """
                enkat.csv: the columns do not fit the questionnaire (3 problems):
                  the item 'tillit-1' matches more than one column: "tillit-1", "Cheferna litar på medarbetarna."
                  the item 'stod-1' has no column
                  the item 'oppenhet-1' has no column
                A column belongs to an item when its header is the item's id or its exact Swedish or English text; otherwise name the columns with --mapping.
                """)
    }

    @Test("a value that is not an answer names line and column, in Swedish and English")
    func badValue() throws {
        let text = S.csv([items.map(\.id), ["1", "2", "3"], ["4", "7", "Kanske"]])
        let error = try #require(S.failure(S.utf8(text)))
        #expect(
            error.message.en == """
                enkat.csv: 2 problems in the rows; nothing was imported:
                  line 3, column 2 ("stod-1"): "7" is not an answer; expected 1–5, a label such as "Stämmer helt" or "Completely true", or empty or "Don't know" for don't know
                  line 3, column 3 ("oppenhet-1"): "Kanske" is not an answer; expected 1–5, a label such as "Stämmer helt" or "Completely true", or empty or "Don't know" for don't know
                """)
        #expect(
            error.message.sv.hasPrefix(
                "enkat.csv: 2 fel i raderna; inget har lästs in:\n  rad 3, kolumn 2 (\"stod-1\"): \"7\" är inget svar; "
                    + "förväntade 1–5, en etikett som \"Stämmer helt\" eller \"Completely true\", eller tomt eller "
                    + "\"Vet ej\" för vet ej"))
    }

    @Test("a row with too few or too many fields is an error naming its line")
    func raggedRow() throws {
        let text = "tillit-1;stod-1;oppenhet-1\n1;2;3\n4;5\n1;2;3;4\n"
        let error = try #require(S.failure(S.utf8(text)))
        #expect(
            error.message.en == """
                enkat.csv: 2 problems in the rows; nothing was imported:
                  line 3: 2 fields but the header has 3
                  line 4: 4 fields but the header has 3
                """)
    }

    @Test("a header without rows is no import")
    func noRows() {
        #expect(S.failure(S.utf8(S.csv([items.map(\.id)]))) == .noRows(file: "enkat.csv"))
        #expect(
            ImportError.noRows(file: "enkat.csv").message.en
                == "enkat.csv: there are no rows of answers to import.")
    }

    @Test("binary garbage is refused before anything is read")
    func binaryGarbage() {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[100] = 0
        #expect(S.failure(Data(bytes)) == .binary(file: "enkat.csv"))
        #expect(
            ImportError.binary(file: "enkat.csv").message.en
                == "enkat.csv: the file is not a text file (it contains NUL bytes); save the survey as CSV (UTF-8) "
                + "and try again.")
    }

    @Test("with skipInvalidRows, bad rows are left out and reported by line, and the rest imported")
    func skipInvalidRows() throws {
        let text = "tillit-1;stod-1;oppenhet-1\n1;2;3\n4;x;5\n5;5\n2;2;2\n"
        let result = try S.read(S.utf8(text), options: SurveyImportOptions(skipInvalidRows: true))
        #expect(result.participants.map(\.answers) == [[1, 2, 3], [2, 2, 2]])
        #expect(result.participants.map(\.name) == ["R00001", "R00002"])
        #expect(result.skippedLines == [3, 4])
        #expect(result.skippedIssues.map(\.line) == [3, 4])
        let allBad = "tillit-1;stod-1;oppenhet-1\n1;2\n"
        #expect(
            S.failure(S.utf8(allBad), options: SurveyImportOptions(skipInvalidRows: true))
                == .noRows(file: "enkat.csv"))
    }

    @Test("row problems are described up to the limit and the rest counted")
    func errorLimit() throws {
        let rows = (0..<25).map { _ in ["1", "2", "nej"] }
        let error = try #require(S.failure(S.utf8(S.csv([items.map(\.id)] + rows))))
        guard case .rows(_, let issues, let more) = error else {
            Issue.record("expected a row error, got \(error)")
            return
        }
        #expect(issues.count == 20)
        #expect(more == 5)
        #expect(issues.first?.line == 2)
        #expect(error.message.en.hasSuffix("\n  … and 5 more."))
        #expect(error.message.en.hasPrefix("enkat.csv: 25 problems in the rows; nothing was imported:"))
    }

    @Test("the yes/no scale reads 0, 1, Ja, No and Vet ej")
    func yesNoScale() throws {
        var questionnaire = S.questionnaire
        questionnaire.scale = .yesNo
        let text = S.csv([items.map(\.id), ["0", "Ja", "vet ej"], ["1", "no", "YES"]])
        let result = try S.read(S.utf8(text), questionnaire: questionnaire)
        #expect(result.participants.map(\.answers) == [[0, 1, nil], [1, 0, 1]])
    }

    @Test("the standard questionnaire imports from its Swedish statements as headers")
    func standardQuestionnaire() throws {
        let standard = Questionnaire.standard
        let answers = standard.items.indices.map { String($0 % 5 + 1) }
        let text = S.csv([standard.items.map(\.text.sv), answers])
        let result = try S.read(S.utf8(text, bom: true), questionnaire: standard)
        #expect(result.participants.first?.answers == answers.map { Int($0) })
    }

    @Test(
        "importing straight into a file's bytes writes exactly what encoding the imported participants does")
    func encodeMatchesRead() throws {
        let text = S.csv([
            ["Roll", "Namn"] + items.map(\.id), ["chefer", "Åsa \"Ö\"", "1", "", "Vet ej"],
            ["", "Bo", "Stämmer helt", "2", "3"], ["medarbetare", "Cia", "x", "2", "3"],
        ])
        let options = SurveyImportOptions(groupColumn: "Roll", keepIdentities: true, skipInvalidRows: true)
        let shell = Assessment(
            organisation: "Myndigheten", unit: "Syd", date: CalendarDate(year: 2026, month: 3, day: 2)!,
            language: .en, questionnaire: S.questionnaire)
        let read = try S.read(S.utf8(text), options: options)
        let encoded = try SurveyImporter.encode(
            CSVReader(data: S.utf8(text), file: "enkat.csv", chunkSize: 7), into: shell, options: options)
        var expected = shell
        expected.participants = read.participants
        #expect(encoded.data == AssessmentFile.encode(expected))
        #expect(try AssessmentFile.decode(encoded.data, file: "a.json") == expected)
        #expect(encoded.respondents == 2)
        #expect(encoded.skippedLines == [4])
        #expect(encoded.format == read.format)
        let bad = S.csv([items.map(\.id), ["1", "2", "nej"]])
        #expect(throws: ImportError.self) {
            try SurveyImporter.encode(CSVReader(data: S.utf8(bad), file: "enkat.csv"), into: shell)
        }
    }

    @Test(
        "a line read as the file has it gives what the same line copied field by field gives, whatever it holds",
        arguments: [";", ",", "\t"])
    func linesAsWritten(separator: String) throws {
        // Lines a survey tool writes (one digit per statement) between lines that only look like them: an
        // empty field beside a two-byte one, spaces, labels, quotes, a letter. Read whole, every line
        // without quotes is handed on as written; read a byte at a time, none is. Both must come to the
        // same participants, skipped lines and errors.
        let values = ["1", "2", "3", "4", "5", "", " ", "4 ", "45", "x", "Vet ej", "Stämmer helt", "A5"]
        var generator = SystemRandomNumberGenerator()
        let statements = SurveySamples.questionnaire.items.map(\.text.sv)
        let layouts: [[String]] = [
            ["Id", "Roll"] + statements, statements + ["Roll"],
            ["Roll", statements[1], statements[0], statements[2]],
            [statements[0], "Roll", statements[1], statements[2]],
        ]
        for round in 0..<60 {
            let header = layouts[round % layouts.count]
            let rows = (0..<Int.random(in: 1...30, using: &generator)).map { index in
                header.map { column -> String in
                    if column == "Id" { return "\(index)" }
                    if column == "Roll" {
                        return ["chef", "stab", "", " ", "ledning"].randomElement(using: &generator)!
                    }
                    return Bool.random(using: &generator)
                        ? ["1", "2", "3", "4", "5"].randomElement(using: &generator)!
                        : values.randomElement(using: &generator)!
                }
            }
            let data = SurveySamples.utf8(SurveySamples.csv([header] + rows, separator: separator))
            let options = SurveyImportOptions(
                groupColumn: "Roll", skipInvalidRows: round % 2 == 0)
            let whole = Result { () throws(ImportError) in try SurveySamples.read(data, options: options) }
            let bytewise = Result { () throws(ImportError) in
                try SurveySamples.read(data, options: options, chunkSize: 1)
            }
            #expect(whole == bytewise, "\(String(decoding: data, as: UTF8.self).debugDescription)")
            // Written straight into a file's bytes, with each group looked up once: the same file as
            // encoding what was read, and the same scores.
            guard case .success(let read) = whole else { continue }
            let shell = Assessment(
                organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 3, day: 2)!,
                questionnaire: SurveySamples.questionnaire)
            let file = try SurveyImporter.encode(
                CSVReader(data: data, file: "enkat.csv"), into: shell, options: options)
            var expected = shell
            expected.participants = read.participants
            #expect(file.data == AssessmentFile.encode(expected))
            #expect(file.scorecard == Scorer().score(expected))
        }
    }
}
