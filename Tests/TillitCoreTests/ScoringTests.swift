import Foundation
import Testing

@testable import TillitCore

/// Hand-computed cases for principle and problem-area scores, the index, consensus gaps and groups.
@Suite("Scoring")
struct ScoringTests {
    /// Two tillit items, one stod item and one problem-area item on the 1–5 scale.
    static let questionnaire = Questionnaire(
        id: "t", version: 1, title: LocalizedText(sv: "T", en: "T"), scale: .agreement,
        items: [
            item("a", .principle(.tillit)), item("b", .principle(.tillit)), item("c", .principle(.stod)),
            item("d", .problemArea(.kortsiktigStyrning)),
        ])

    static func item(_ id: String, _ target: Target) -> QuestionnaireItem {
        QuestionnaireItem(id: id, target: target, text: LocalizedText(sv: id, en: id))
    }

    static func assessment(_ participants: [Participant], consensus: [Consensus] = []) -> Assessment {
        Assessment(
            organisation: "O", date: CalendarDate(year: 2026, month: 3, day: 1)!,
            questionnaire: questionnaire,
            participants: participants, consensus: consensus)
    }

    @Test("a principle scores the mean of its item means, not of all its answers")
    func meanOfItemMeans() throws {
        // Item a: 5, 5, 5, 5 (mean 5). Item b: 1, 2, 3 and two don't-know (mean 2).
        // Mean of item means: 3.5. The mean of all seven answers would be 26 / 7 = 3.71.
        let card = Scorer().score(
            Self.assessment([
                Participant(name: "p1", answers: [5, 1, 3, 2]),
                Participant(name: "p2", answers: [5, 2, 3, 2]),
                Participant(name: "p3", answers: [5, nil, 4, 2]),
                Participant(name: "p4", answers: [nil, nil, nil, nil]),
                Participant(name: "p5", answers: [5, 3]),
            ]))
        let tillit = try #require(card.score(for: .principle(.tillit)))
        #expect(tillit.score == 3.5)
        #expect(tillit.answers == 7)
        #expect(tillit.itemIDs == ["a", "b"])
        // Index (3.5 − 1) / 4 × 100 = 62.5.
        #expect(tillit.index == 62.5)
        let stod = try #require(card.score(for: .principle(.stod)))
        #expect(abs(stod.score! - 10.0 / 3) < 1e-12)
        // Overall principle index: mean of 62.5 and (10/3 − 1)/4 × 100 = 58.33…
        let expected = (62.5 + (10.0 / 3 - 1) / 4 * 100) / 2
        #expect(abs(try #require(card.principleIndex) - expected) < 1e-9)
        #expect(card.problemAreas.map(\.target) == [.problemArea(.kortsiktigStyrning)])
        #expect(card.problemAreas[0].score == 2)
        #expect(card.respondents == 5)
    }

    @Test("a statement under the threshold takes no part in its principle's score, which says so")
    func withheldItemLeftOut() throws {
        // Item b has two answers: were its mean averaged in, 2 × score − mean(a) would give it back.
        let card = Scorer().score(
            Self.assessment([
                Participant(name: "p1", answers: [5, 1, 3, 2]),
                Participant(name: "p2", answers: [4, 2, 3, 2]),
                Participant(name: "p3", answers: [3, nil, 4, 2]),
            ]))
        #expect(card.items[1].withheld == .fewerAnswers && card.items[1].mean == nil)
        #expect(card.score(for: .principle(.tillit))?.score == 4)
        // A principle whose every statement is withheld is withheld itself.
        let few = Scorer().score(Self.assessment([Participant(name: "p1", answers: [5, 1, 3, 2])]))
        #expect(few.principles.allSatisfy { $0.score == nil && $0.withheld == .fewerAnswers })
        #expect(few.principleIndex == nil)
    }

    @Test(
        "the index maps 1 to 0, 3 to 50 and 5 to 100 on the agreement scale, and is the share of yes on yes/no"
    )
    func indexFormula() {
        #expect(AnswerScale.agreement.index(of: 1) == 0)
        #expect(AnswerScale.agreement.index(of: 3) == 50)
        #expect(AnswerScale.agreement.index(of: 5) == 100)
        #expect(AnswerScale.agreement.index(of: 2.5) == 37.5)
        #expect(AnswerScale.yesNo.index(of: 0.75) == 75)
    }

    @Test("a target is flagged when any of its items is")
    func targetFlag() throws {
        let card = Scorer().score(
            Self.assessment([
                Participant(name: "p1", answers: [3, 1, 3, 3]),
                Participant(name: "p2", answers: [3, 4, 3, 4]),
                Participant(name: "p3", answers: [3, 2, 3, 3]),
            ]))
        #expect(try #require(card.score(for: .principle(.tillit))).flagged)
        #expect(try !#require(card.score(for: .principle(.stod))).flagged)
        #expect(card.flaggedItems.map(\.itemID) == ["b"])
    }

    @Test("the gap is target minus consensus, only where both are set")
    func consensusGap() throws {
        let card = Scorer().score(
            Self.assessment(
                [Participant(name: "p1", answers: [3, 3, 3, 3])],
                consensus: [
                    Consensus(principle: .tillit, score: 2, target: 4, note: "n"),
                    Consensus(principle: .stod, score: 3),
                ]))
        let tillit = try #require(card.score(for: .principle(.tillit)))
        #expect(tillit.consensus == 2)
        #expect(tillit.targetLevel == 4)
        #expect(tillit.gap == 2)
        let stod = try #require(card.score(for: .principle(.stod)))
        #expect(stod.consensus == 3)
        #expect(stod.gap == nil)
        #expect(Consensus(principle: .tillit, score: 4, target: 3).gap == -1)
    }

    @Test("every group at or above the threshold gets its own scores, and the difference between groups")
    func groups() throws {
        let lead = (1...3).map { Participant(name: "l\($0)", role: "ledningsgrupp", answers: [5, 4, 4, 2]) }
        let staff = [
            Participant(name: "m1", role: "medarbetare", answers: [2, 2, 4, 4]),
            Participant(name: "m2", role: "medarbetare", answers: [3, 2, 4, 4]),
            Participant(name: "m3", role: "medarbetare", answers: [1, nil, 4, 5]),
        ]
        let card = Scorer().score(Self.assessment(lead + staff))
        #expect(card.groups.map(\.group) == ["ledningsgrupp", "medarbetare"])
        #expect(card.groups.allSatisfy { !$0.withheld && $0.participants == 3 })
        // Item b: the staff gave two answers, so their cell is withheld; the lead's three would then be
        // the total minus the staff's two, so theirs is withheld too. Tillit rests on item a alone.
        let leadTillit = try #require(card.groups[0].principles.first { $0.target == .principle(.tillit) })
        #expect(leadTillit.score == 5)
        let staffTillit = try #require(card.groups[1].principles.first { $0.target == .principle(.tillit) })
        #expect(staffTillit.score == 2)
        let tillit = try #require(card.groupDifferences.first { $0.target == .principle(.tillit) })
        #expect(tillit.highestGroup == "ledningsgrupp")
        #expect(tillit.lowestGroup == "medarbetare")
        #expect(tillit.difference == 3)
        // Largest difference first: tillit 3, then kortsiktig styrning (2 vs 4.33), then stod 0.
        #expect(
            card.groupDifferences.map(\.target) == [
                .principle(.tillit), .problemArea(.kortsiktigStyrning), .principle(.stod),
            ])
        // The whole team is still scored together.
        #expect(card.respondents == 6)
    }

    @Test("a group under the anonymity threshold is withheld, not merged into another group")
    func withheldGroup() throws {
        let lead = (1...3).map { Participant(name: "l\($0)", role: "ledningsgrupp", answers: [5, 5, 5, 1]) }
        let staff = (1...4).map { Participant(name: "m\($0)", role: "medarbetare", answers: [2, 2, 2, 4]) }
        let union = (1...3).map {
            Participant(name: "f\($0)", role: "fackliga företrädare", answers: [1, 1, 1, 5])
        }
        // Two of the union answer only "don't know": the group has one scored answer per statement.
        let card = Scorer().score(
            Self.assessment(
                lead + staff + [union[0]]
                    + union[1...].map {
                        Participant(name: $0.name, role: $0.role, answers: [nil, nil, nil, nil])
                    }))
        let withheld = try #require(card.groups.first { $0.group == "fackliga företrädare" })
        #expect(withheld.withheld && withheld.reason == .fewerAnswers)
        #expect(withheld.participants == 3)
        #expect(withheld.principles.isEmpty && withheld.problemAreas.isEmpty)
        // The union's one answer and the smallest shown group together are the rest: the lead is withheld
        // too, or the total minus the staff minus the lead would be the union member's answer.
        let lead3 = try #require(card.groups.first { $0.group == "ledningsgrupp" })
        #expect(lead3.withheld && lead3.reason == .complement)
        let shown = try #require(card.groups.first { $0.group == "medarbetare" })
        #expect(!shown.withheld)
        // Not merged: the shown group's scores are its own members' alone.
        #expect(shown.principles.allSatisfy { $0.score == 2 })
        // With only one group shown there is nothing to compare.
        #expect(card.groupDifferences.isEmpty)
        // No threshold under three is accepted.
        #expect(throws: DisclosureError.thresholdTooLow(given: 2, minimum: 3)) {
            try Scorer(anonymityThreshold: 2)
        }
    }

    @Test("participants without a role are scored with the team but form no group")
    func noRole() {
        let card = Scorer().score(
            Self.assessment((1...4).map { Participant(name: "p\($0)", answers: [3, 3, 3, 3]) }))
        #expect(card.groups.isEmpty)
        #expect(card.respondents == 4)
    }
}
