import Foundation
import Testing

@testable import TillitCore

@Suite("National survey 2019 and the national comparison")
struct NationalSurveyTests {
    let survey = NationalSurvey.survey2019
    static let jsonURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "shared/domain/survey-2019.json")

    @Test("the committed national sample file is the fixture built in code")
    func committedSample() throws {
        if ProcessInfo.processInfo.environment["TILLIT_WRITE_FIXTURE"] != nil {
            try AssessmentFile.write(ReportFixture.national, to: ReportFixture.nationalFileURL)
        }
        #expect(try AssessmentFile.read(from: ReportFixture.nationalFileURL) == ReportFixture.national)
    }

    @Test("the totals are the report's: 201 agencies, and n per question as in Bilaga 5")
    func totals() {
        #expect(survey.respondents == 201 && survey.population == 306 && survey.year == 2019)
        #expect(survey.questions.map(\.id) == ["q2", "q3", "q4", "q5", "q6", "q7", "q8"])
        #expect(survey.questions.map(\.total.n) == [199, 195, 197, 196, 192, 195, 197])
        // Tabell 3.1 of SOU 2019:43 §3.3.5 repeats question 3: 184 yes of 195.
        #expect(survey.questions[1].total.yes == 184)
        for question in survey.questions {
            #expect(question.total.yes + question.total.no == question.total.n, "\(question.id)")
            let share = Double(question.total.yes) / Double(question.total.n) * 100
            #expect(abs(share - Double(question.total.yesPercent)) <= 0.5, "\(question.id)")
        }
    }

    @Test("the size bands, the only exhaustive breakdown, sum to the totals where the source adds up")
    func sizeBandsSum() {
        for question in survey.questions {
            #expect(question.employees.count == 6)
            #expect(question.employees.map(\.count.n).reduce(0, +) == question.total.n, "\(question.id)")
            guard question.employees.allSatisfy({ $0.count.note == nil }) else { continue }
            #expect(question.employees.map(\.count.yes).reduce(0, +) == question.total.yes, "\(question.id)")
            #expect(question.employees.map(\.count.no).reduce(0, +) == question.total.no, "\(question.id)")
        }
        // Rows without a note add up.
        for question in survey.questions {
            for segment in question.employees + question.agencyTypes + question.departments
            where segment.count.note == nil {
                #expect(
                    segment.count.yes + segment.count.no == segment.count.n, "\(question.id) \(segment.id)")
            }
        }
    }

    @Test(
        "every figure equals survey-2019.json",
        .enabled(if: FileManager.default.fileExists(atPath: jsonURL.path)))
    func matchesJSON() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.jsonURL)) as? [String: Any])
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.count == survey.questions.count)
        for (json, question) in zip(questions, survey.questions) {
            #expect((json["id"] as? String)?.lowercased() == question.id)
            let total = try #require(json["total"] as? [String: Any])
            #expect(total["n"] as? Int == question.total.n && total["yes"] as? Int == question.total.yes)
            let segments = try #require(json["segments"] as? [String: [[String: Any]]])
            for (key, breakdown) in [
                ("employees", NationalSurvey.Breakdown.employees), ("agency_type", .agencyType),
                ("department", .department),
            ] {
                let rows = try #require(segments[key])
                let ours = question.segments(breakdown)
                #expect(rows.count == ours.count)
                for (row, segment) in zip(rows, ours) {
                    #expect(row["label_sv"] as? String == segment.label.sv)
                    #expect(row["n"] as? Int == segment.count.n)
                    #expect(row["yes"] as? Int == segment.count.yes)
                    #expect(row["no"] as? Int == segment.count.no)
                    #expect(row["yes_pct"] as? Int == segment.count.yesPercent)
                }
            }
        }
    }

    @Test("size bands follow the source: fewer than 20, 21–50, 51–100, 101–500, 501–1000, over 1000")
    func sizeBands() {
        let cases = [
            (5, "1-20"), (20, "1-20"), (21, "21-50"), (100, "51-100"), (101, "101-500"), (1000, "501-1000"),
            (1001, "1001-"),
        ]
        for (employees, band) in cases { #expect(NationalSurvey.sizeBand(employees: employees) == band) }
    }

    @Test("the team's share of yes sits beside the national and segment shares, hand-computed")
    func comparison() throws {
        let comparison = try NationalComparison(
            assessment: ReportFixture.national, employees: 350, agencyType: "Domstol",
            department: "miljödepartementet")
        #expect(comparison.rows.count == 7)
        let q2 = comparison.rows[0]
        #expect(q2.team?.yes == 3 && q2.team?.no == 1)
        #expect(q2.team?.yesPercent == 75)
        #expect(q2.figures.map(\.id) == ["all", "101-500", "domstol", "miljodepartementet"])
        #expect(q2.figures.map(\.n) == [199, 54, 55, 4])
        #expect(q2.figures.map(\.yesPercent) == [79, 87, 75, 100])
        #expect(q2.figures.map(\.small) == [false, false, false, true])
        let q3 = comparison.rows[1]
        #expect((q3.team?.yes, q3.team?.no, q3.team?.dontKnow) == (1, 2, 1))
        #expect(abs(q3.team!.yesPercent! - 100.0 / 3) < 1e-9)
        #expect(comparison.rows[2].team?.yesPercent == 0)
        #expect(comparison.rows[3].team?.yes == 3)  // the fourth member stopped after q4
    }

    @Test("an unknown agency type or department is an error that lists the valid values")
    func unknownSegment() {
        #expect(throws: NationalSurveyError.self) {
            try NationalComparison(assessment: ReportFixture.national, agencyType: "kommun")
        }
        do {
            _ = try NationalComparison(assessment: ReportFixture.national, department: "Kaffedepartementet")
            Issue.record("expected an error")
        } catch {
            let message = error.message(.en)
            #expect(message.contains("Unknown department 'Kaffedepartementet'"))
            #expect(message.contains("finansdepartementet") && message.contains("statsradsberedningen"))
        }
    }

    @Test("an assessment without the survey's questions cannot be compared")
    func notNational() {
        #expect(throws: NationalSurveyError.noSurveyQuestions(questionnaire: "standard v1")) {
            try NationalComparison(assessment: ReportFixture.sample)
        }
    }

    @Test("every format states the source and year, and marks small segments")
    func formats() throws {
        let comparison = try NationalComparison(
            assessment: ReportFixture.national, employees: 30, department: "Miljödepartementet")
        for language in Language.allCases {
            let renderer = NationalComparisonRenderer(comparison: comparison, language: language)
            for format in RenderFormat.allCases {
                let output = renderer.render(format)
                #expect(output.contains("SOU 2019:43 Bilaga 5"), "\(format)")
                #expect(output.contains("2019"), "\(format)")
            }
            let text = renderer.text()
            for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
            #expect(text.contains("(n = 4)*"))
        }
        let text = NationalComparisonRenderer(comparison: comparison, language: .sv).text()
        // The terminal shows the document's table per question, the question as asked.
        #expect(text.contains("\nFråga 2. I myndighetens ledningsgrupp finns en god kännedom"))
        #expect(text.contains("\nGrupp               Andel\u{00A0}ja  Underlag\n"))
        #expect(text.contains("\nNi                      75 %  3 av 4 svarade ja\n"))
        #expect(text.contains("\nAlla myndigheter        79 %  (n = 199)\n"))
        #expect(text.contains("\n21–50 anställda         74 %  (n = 34)\n"))
        #expect(text.contains("* Färre än 10 myndigheter i gruppen"))
        // In Swedish the CSV is in the Swedish Excel dialect, like every other CSV: semicolons, decimal commas.
        let swedish = NationalComparisonRenderer(comparison: comparison, language: .sv).csv()
        #expect(swedish.hasPrefix("\u{FEFF}fråga;grupp;typ;andel ja %;"))
        #expect(swedish.contains("\r\nq2;Ni;team;75,0;3;1;0;4;"))
        let rows = CSVParser.parse(NationalComparisonRenderer(comparison: comparison, language: .en).csv())
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        #expect(rows.contains { $0[0] == "q2" && $0[2] == "department" && $0[7] == "4" && $0[8] == "yes" })
    }
}
