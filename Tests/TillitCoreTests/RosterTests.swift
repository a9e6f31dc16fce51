import Foundation
import Testing

@testable import TillitCore

/// A report read without its participants (``Scorer/readScored(from:file:)``) counts them in a
/// ``Roster``: a team's report must come out exactly as from the whole file, and a survey's must say
/// how many took part without listing them.
@Suite("Roster")
struct RosterTests {
    /// The report sample written as a file and read back as `report` reads it.
    static func streamed(_ assessment: Assessment) throws -> (Assessment, Scorecard, Roster) {
        try Scorer().scored(AssessmentFile.encode(assessment), file: "a.tillit.json")
    }

    static func survey(_ count: Int) -> Assessment {
        var assessment = ReportFixture.sample
        let roles: [String?] = ["chef", "medarbetare", nil, " ", "stab"]
        assessment.participants = (0..<count).map { index in
            Participant(
                name: String(format: "R%07d", index), role: roles[index % roles.count],
                answers: (0..<assessment.questionnaire.items.count).map { (index + $0) % 5 + 1 })
        }
        return assessment
    }

    @Test("a team's report in every format and language is the same read as rows as read whole")
    func teamReportUnchanged() throws {
        let whole = ReportFixture.sample
        let (shell, scorecard, roster) = try Self.streamed(whole)
        #expect(shell.participants.isEmpty)
        #expect(roster.names == whole.participants.map(\.name))
        for language in Language.allCases {
            let expected = ReportRenderer(
                assessment: whole, scorecard: Scorer().score(whole), language: language)
            let streamed = ReportRenderer(
                assessment: shell, scorecard: scorecard, language: language, roster: roster)
            for format in RenderFormat.allCases {
                #expect(streamed.render(format) == expected.render(format), "\(format) \(language)")
            }
            #expect(expected.markdown().contains(Term.tookPart(language) + ": Anna, Bo, "))
        }
    }

    @Test("a survey's report says how many took part and lists none of them, in every format")
    func surveyCountsWithoutNames() throws {
        let count = Roster.nameLimit + 1
        let (shell, scorecard, roster) = try Self.streamed(Self.survey(count))
        #expect(roster.count == count)
        #expect(roster.names == nil)
        #expect(roster.withoutRole == (0..<count).filter { [2, 3].contains($0 % 5) }.count)
        for language in Language.allCases {
            let renderer = ReportRenderer(
                assessment: shell, scorecard: scorecard, language: language, roster: roster)
            for format in [RenderFormat.text, .markdown, .html] {
                let text = renderer.render(format)
                #expect(!text.contains("R0000000"), "\(format) \(language)")
                #expect(!text.contains(Term.tookPart(language)), "\(format) \(language)")
                #expect(text.contains(Vocabulary.withoutRole(roster.withoutRole)(language)))
            }
            let document = try JSONDecoder().decode(
                ReportDocument.self, from: Data(renderer.render(.json).utf8))
            #expect(document.participants == count)
            #expect(renderer.text().contains(Vocabulary.participants(count, respondents: count)(language)))
        }
    }

    @Test("the names are listed up to the limit, and the roster counts alike from rows and from values")
    func limit() throws {
        let atLimit = Self.survey(Roster.nameLimit)
        let (shell, scorecard, roster) = try Self.streamed(atLimit)
        #expect(roster == Roster(atLimit.participants))
        #expect(roster.names?.count == Roster.nameLimit)
        let text = ReportRenderer(assessment: shell, scorecard: scorecard, language: .en, roster: roster)
            .text()
        #expect(text.contains("R0000049"))
        for count in [0, 1, 7, Roster.nameLimit + 1, 300] {
            let survey = Self.survey(count)
            #expect(try Self.streamed(survey).2 == Roster(survey.participants))
        }
    }
}
