import Foundation
import Testing

@testable import TillitCore

/// One test per case of issue 11, each the arithmetic that used to give an answer away.
@Suite("Disclosure: the seven cases of issue 11")
struct DisclosureRegressionTests {
    static let questionnaire = DisclosureAttackTests.questionnaire

    static func assessment(_ participants: [Participant]) -> Assessment {
        Assessment(
            organisation: "O", date: CalendarDate(year: 2026, month: 1, day: 1)!,
            questionnaire: questionnaire,
            participants: participants)
    }

    static func people(_ count: Int, role: String?, answers: [Int?], prefix: String) -> [Participant] {
        (0..<count).map { Participant(name: "\(prefix)\($0)", role: role, answers: answers) }
    }

    static func document(_ assessment: Assessment) throws -> ReportDocument {
        let json = ReportRenderer(
            assessment: assessment, scorecard: Scorer().score(assessment), language: .en
        )
        .json()
        return try JSONDecoder().decode(ReportDocument.self, from: Data(json.utf8))
    }

    @Test("1. the complement: 6 × total − 5 × group no longer gives the director-general's score")
    func complement() throws {
        let assessment = Self.assessment(
            Self.people(1, role: "GD", answers: [1, 1, 1, 5], prefix: "gd")
                + Self.people(5, role: "Enhetschefer", answers: [4, 4, 4, 2], prefix: "e"))
        let document = try Self.document(assessment)
        #expect(document.principles.allSatisfy { $0.score != nil })
        // Both groups are withheld: the second only because the first is, and says so.
        #expect(document.groups.map(\.withheld) == [true, true])
        #expect(document.groups.first { $0.name == "Enhetschefer" }?.reason == .complement)
        #expect(document.groups.allSatisfy { $0.principles.isEmpty })
        let markdown = ReportRenderer(
            assessment: assessment, scorecard: Scorer().score(assessment), language: .en
        ).markdown()
        #expect(markdown.contains("Also withheld, since the total minus the groups shown"))
    }

    @Test("2. participants without a role are the rest of the total, and are protected as a group")
    func withoutRole() throws {
        let assessment = Self.assessment(
            Self.people(4, role: "A", answers: [4, 4, 4, 2], prefix: "a")
                + Self.people(3, role: "B", answers: [2, 2, 2, 4], prefix: "b")
                + [Participant(name: "ensam", answers: [1, 1, 1, 5])])
        let document = try Self.document(assessment)
        // total − A − B would be the one person without a role: B, the smaller group, is withheld.
        #expect(document.groups.first { $0.name == "B" }?.withheld == true)
        #expect(document.groups.first { $0.name == "A" }?.withheld == false)
    }

    @Test("3. size counts scored answers: a group of three where two do not know is withheld")
    func scoredAnswersCount() throws {
        let assessment = Self.assessment(
            Self.people(4, role: "A", answers: [4, 4, 4, 2], prefix: "a")
                + [Participant(name: "k0", role: "K", answers: [5, 5, 5, 1])]
                + Self.people(2, role: "K", answers: [nil, nil, nil, nil], prefix: "k"))
        let document = try Self.document(assessment)
        let group = try #require(document.groups.first { $0.name == "K" })
        #expect(group.participants == 3)
        #expect(group.withheld && group.reason == .fewerAnswers)
    }

    @Test("3. wholly empty import rows are skipped, reported, and do not fill a group up")
    func emptyRows() throws {
        let ids = Self.questionnaire.items.map(\.id)
        let csv =
            ([
                "Roll;" + ids.joined(separator: ";"), "K;5;5;5;1", "K;;;;", ";;;;", "", "A;4;4;4;2",
                "A;3;3;3;3", "A;2;2;2;2",
            ]
            .joined(separator: "\n")) + "\n"
        let options = SurveyImportOptions(groupColumn: "Roll")
        let imported = try SurveyImporter.read(
            CSVReader(data: Data(csv.utf8), file: "e.csv"), questionnaire: Self.questionnaire,
            options: options)
        #expect(imported.participants.count == 4)
        #expect(imported.emptyLines == [3, 4])
        let file = try SurveyImporter.encode(
            CSVReader(data: Data(csv.utf8), file: "e.csv"), into: Self.assessment([]), options: options)
        #expect(file.respondents == 4 && file.emptyLines == [3, 4])
        #expect(file.scorecard.groups.first { $0.group == "K" }?.participants == 1)
    }

    @Test("4. the group view before and after one latecomer is the same")
    func latecomer() throws {
        var workshop = Workshop(new: Self.assessment([]))
        for name in ["a", "b", "c"] { try workshop.handle(.addParticipant(name: name, role: nil)) }
        try workshop.handle(.next)
        for value in [2, 3, 4] { for _ in 0..<4 { try workshop.handle(.answer(value)) } }
        let before = workshop.scorecard
        try workshop.handle(.addParticipant(name: "late", role: nil))
        for _ in 0..<4 { try workshop.handle(.answer(5)) }
        #expect(workshop.step == .groupView)
        #expect(workshop.scorecard == before)
    }

    @Test("5. per statement: one or two answers show no mean, median, min or max")
    func perStatement() throws {
        for answers in [[Int?]([4]), [2, 5]] {
            let document = try Self.document(
                Self.assessment(
                    answers.enumerated().map { Participant(name: "p\($0.offset)", answers: [$0.element]) }))
            let item = document.items[0]
            #expect(item.answers == answers.count && item.withheld == .fewerAnswers)
            #expect(item.mean == nil && item.median == nil && item.min == nil && item.max == nil)
            #expect(item.standardDeviation == nil && item.distribution == nil && !item.flagged)
        }
    }

    @Test("6. compare with one newcomer withholds the change, by name and by count")
    func compareNewcomer() throws {
        let old = Self.assessment(Self.people(5, role: nil, answers: [3, 3, 3, 3], prefix: "p"))
        var new = old
        new.participants.append(Participant(name: "ny", answers: [5, 5, 5, 1]))
        for pseudonyms in [false, true] {
            var (a, b) = (old, new)
            if pseudonyms {
                for index in a.participants.indices { a.participants[index].name = "R0000\(index + 1)" }
                for index in b.participants.indices { b.participants[index].name = "R0000\(index + 1)" }
            }
            let comparison = Comparison(
                old: a, oldScores: Scorer().score(a), new: b, newScores: Scorer().score(b))
            #expect(
                comparison.items.allSatisfy {
                    $0.withheld == .fewChanged && $0.newMean == nil && $0.change == nil
                })
            #expect(comparison.targets.allSatisfy { $0.withheld == .fewChanged && $0.newScore == nil })
            #expect(comparison.newPrincipleIndex == nil && comparison.principleIndexWithheld == .fewChanged)
            let text = ComparisonRenderer(comparison: comparison, language: .en).text()
            #expect(text.contains("fewer than 3 people answered them in only one of the assessments"))
        }
        // Three newcomers together are shown.
        var three = old
        three.participants += Self.people(3, role: nil, answers: [5, 5, 5, 1], prefix: "ny")
        let shown = Comparison(
            old: old, oldScores: Scorer().score(old), new: three, newScores: Scorer().score(three))
        #expect(shown.items.allSatisfy { $0.withheld == nil && $0.change != nil })
    }

    @Test("7. a group column of e-mail addresses, personal identity numbers or unique values is refused")
    func groupColumn() throws {
        let ids = Self.questionnaire.items.map(\.id)
        func importing(_ values: [String]) -> ImportError? {
            let csv =
                (["Grupp;" + ids.joined(separator: ";")] + values.map { "\($0);3;3;3;3" }).joined(
                    separator: "\n")
                + "\n"
            do {
                _ = try SurveyImporter.read(
                    CSVReader(data: Data(csv.utf8), file: "g.csv"), questionnaire: Self.questionnaire,
                    options: SurveyImportOptions(groupColumn: "Grupp"))
                return nil
            } catch {
                return error
            }
        }
        let email = importing(["anna@myndigheten.se", "bo@myndigheten.se", "anna@myndigheten.se"])
        #expect(
            email
                == .columns(file: "g.csv", problems: [.identifyingGroupColumn(header: "Grupp", kind: .email)])
        )
        #expect(email?.message.en.contains("look like e-mail addresses") == true)
        #expect(email?.message.sv.contains("ser ut som e-postadresser") == true)
        let numbers = importing(["19800101-1234", "19800101-1234", "19800101-1234"])
        #expect(numbers?.message.en.contains("look like personal identity numbers") == true)
        let unique = importing(["a", "b", "c", "d", "e", "e"])
        #expect(unique?.message.en.contains("mostly unique") == true)
        #expect(importing(["chefer", "chefer", "medarbetare", "medarbetare", "medarbetare"]) == nil)
        // The threshold cannot be set under three.
        #expect(throws: DisclosureError.thresholdTooLow(given: 1, minimum: 3)) {
            try Scorer(anonymityThreshold: 1)
        }
        #expect(DisclosureError.thresholdTooLow(given: 1, minimum: 3).message.sv.contains("minst 3"))
    }
}

@Suite("Disclosure: what a group column's values look like")
struct GroupColumnCheckTests {
    @Test(
        "e-mail addresses and personal identity numbers are identities; roles, units and codes are not",
        arguments: [
            ("anna@myndigheten.se", ColumnProblem.Identity.email), ("800101-1234", .personalIdentityNumber),
            ("198001011234", .personalIdentityNumber), ("19800161+1234", .personalIdentityNumber),
        ])
    func identities(value: String, kind: ColumnProblem.Identity) {
        #expect(GroupColumnCheck.identity(value) == kind)
    }

    @Test(
        "roles, units and codes are groups",
        arguments: ["Enhetschefer", "GD", "Avdelning 3", "1234567890", "2024-05", "a@b", "Stab @ HK"])
    func groups(value: String) {
        #expect(GroupColumnCheck.identity(value) == nil)
    }
}
