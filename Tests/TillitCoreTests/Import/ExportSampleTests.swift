import Foundation
import Testing

@testable import TillitCore

/// The sample exports in Tests/Fixtures/exports, one per survey tool (see the README there): each must
/// import the same three respondents.
@Suite("Importing the sample exports of each survey tool")
struct ExportSampleTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/exports")

    static let questionnaire: Questionnaire = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("questionnaire.json"))
        return try! QuestionnaireLoader.load(data, file: "questionnaire.json")
    }()

    /// Imports a sample, grouping by `group`.
    static func read(_ name: String, group: String, sheet: String? = nil) throws -> SurveyImport {
        try SurveyImporter.read(
            SurveyExport.reader(url: folder.appendingPathComponent(name), sheet: sheet),
            questionnaire: questionnaire, options: SurveyImportOptions(groupColumn: group))
    }

    static let answers: [[Int?]] = [[5, 4, 3, 2], [4, nil, 2, 1], [3, 3, 5, nil]]
    static let roles = ["Chefer", "Medarbetare", "Medarbetare"]

    @Test(
        "every CSV sample imports the three respondents",
        arguments: [
            ("excel-swedish.csv", "Roll", CSVSeparator.semicolon, TextEncoding.windows1252),
            ("surveymonkey.csv", "Vilken roll har du?", .comma, .utf8WithBOM),
            ("limesurvey-codes.csv", "G01Q01", .comma, .utf8WithBOM),
            ("limesurvey-full-text.csv", "Roll", .comma, .utf8WithBOM),
            ("google-forms-grid.csv", "Role", .comma, .utf8),
        ])
    func csvSample(name: String, group: String, separator: CSVSeparator, encoding: TextEncoding) throws {
        let result = try Self.read(name, group: group)
        #expect(result.participants.map(\.answers) == Self.answers)
        #expect(result.participants.map(\.role) == Self.roles)
        #expect(result.participants.map(\.name) == ["R00001", "R00002", "R00003"])
        #expect(result.format == CSVReader.Format(separator: separator, encoding: encoding))
    }
}

extension ExportSampleTests {
    @Test(
        "every workbook sample imports the three respondents",
        arguments: [
            ("microsoft-forms.xlsx", "Roll", nil, "Sheet1"),
            ("two-sheets-numbers.xlsx", "Roll", "Svar", "Svar"),
            ("excel-style.xlsx", "Roll", nil, "Blad1"),
            ("microsoft-forms-libreoffice.xlsx", "Roll", nil, "Sheet1"),
            ("surveymonkey-libreoffice.xlsx", "Vilken roll har du?", nil, "surveymonkey"),
        ] as [(String, String, String?, String)])
    func workbookSample(name: String, group: String, sheet: String?, read: String) throws {
        let result = try Self.read(name, group: group, sheet: sheet)
        #expect(result.participants.map(\.answers) == Self.answers)
        #expect(result.participants.map(\.role) == Self.roles)
        #expect(result.format.sheet == read)
    }
}
