import Foundation
import Testing

@testable import TillitCore

@Suite("A survey export scored while it streams")
struct SurveyScoreTests {
    /// Seven respondents in two groups answering the quick questionnaire by item id.
    static let csv: String = {
        let ids = Questionnaire.quick.items.map(\.id)
        var rows = ["Roll;" + ids.joined(separator: ";")]
        let answers: [(String, String)] = [
            ("chefer", "5"), ("chefer", "4"), ("chefer", "Stämmer helt"),
            ("medarbetare", "1"), ("medarbetare", "2"), ("medarbetare", "Vet ej"), ("medarbetare", "3"),
        ]
        for (role, answer) in answers {
            rows.append(role + ";" + [String](repeating: answer, count: ids.count).joined(separator: ";"))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }()

    @Test("gives the same scorecard as importing the respondents and scoring them")
    func sameAsImportThenScore() throws {
        let options = SurveyImportOptions(groupColumn: "Roll")
        let streamed = try SurveyImporter.score(
            CSVReader(data: Data(Self.csv.utf8), file: "s.csv"), questionnaire: .quick, options: options)
        let imported = try SurveyImporter.read(
            CSVReader(data: Data(Self.csv.utf8), file: "s.csv"), questionnaire: .quick, options: options)
        let assessment = Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 1, day: 1)!,
            questionnaire: .quick, participants: imported.participants)
        #expect(streamed == Scorer().score(assessment))
        // Hand-computed: the managers' 5, 4, 5 and the staff's 1, 2, 3 make a mean of 20/6 on every item.
        #expect(streamed.items.allSatisfy { $0.mean == 20.0 / 6 && $0.dontKnow == 1 })
        #expect(streamed.groups.map(\.group) == ["chefer", "medarbetare"])
        #expect(streamed.groups.allSatisfy { !$0.withheld })
        #expect(streamed.groupDifferences.first?.difference == 14.0 / 3 - 2)
    }

    @Test("scores in the same pass as it writes the assessment file")
    func encodeScores() throws {
        let shell = Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 1, day: 1)!,
            questionnaire: .quick)
        let file = try SurveyImporter.encode(
            CSVReader(data: Data(Self.csv.utf8), file: "s.csv"), into: shell,
            options: SurveyImportOptions(groupColumn: "Roll"))
        let written = try AssessmentFile.decode(file.data, file: "s.tillit.json")
        #expect(file.scorecard == Scorer().score(written))
    }
}
