import Testing

@testable import TillitCore

@Suite("Group view and summary rendering")
struct GroupViewRendererTests {
    let date = CalendarDate(year: 2026, month: 11, day: 23)!

    func assessment(_ answers: [[Int?]]) -> Assessment {
        Assessment(
            organisation: "Exempelmyndigheten", date: date, questionnaire: .quick,
            participants: answers.enumerated().map { Participant(name: "P\($0.offset)", answers: $0.element) }
        )
    }

    @Test("fits 80 columns, carries no escape codes without colour, and lists disagreement first")
    func plainText() {
        let count = Questionnaire.quick.items.count
        let low = [Int?](repeating: 1, count: count)
        var mixed = [Int?](repeating: 2, count: count)
        mixed[4] = 5
        let assessment = assessment([low, mixed, [Int?](repeating: 2, count: count)])
        let text = GroupViewRenderer(language: .sv).render(Scorer().score(assessment), questionnaire: .quick)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!text.contains("\u{1B}"))
        for principle in Framework.sou2019_43.principles {
            #expect(text.contains(principle.name.sv.prefix(20)))
        }
        let flagged = Questionnaire.quick.items[4].text.sv
        let firstWords = String(flagged.prefix(30))
        let statements = text.range(of: "Där ni skiljer er mest")!
        #expect(text[statements.upperBound...].contains("! " + firstWords))
        // Three answers reach the anonymity threshold of three: the distribution is shown.
        #expect(text.contains("  1: ■ 1   2: ■ 1   3: 0   4: 0   5: ■ 1\n"))
        // Items where everyone is within two steps of one another are not listed.
        #expect(!text.contains(Questionnaire.quick.items[0].text.sv.prefix(30)))
    }

    @Test("withholds statements under the anonymity threshold entirely and colours only when asked")
    func anonymityAndColour() {
        let count = Questionnaire.quick.items.count
        let assessment = assessment([[Int?](repeating: 1, count: count), [Int?](repeating: 5, count: count)])
        let scorecard = Scorer().score(assessment)
        let plain = GroupViewRenderer(language: .en).render(scorecard, questionnaire: .quick)
        #expect(plain.contains("13 statements withheld: fewer than 3 answered them"))
        // No figure at all: no distribution, no mean, no range (issue 11, case 5).
        #expect(!plain.contains("■") && !plain.contains("mean 1") && !plain.contains("answers 1–5"))
        #expect(!plain.contains("1.0") && !plain.contains("5.0") && !plain.contains("3.0"))
        let coloured = GroupViewRenderer(language: .en, usesColor: true).render(
            scorecard, questionnaire: .quick)
        #expect(coloured.contains("\u{1B}["))
    }

    @Test("the summary shows agreed levels, gaps and the plan's actions within 80 columns")
    func summary() throws {
        var document = assessment(Array(repeating: [Int?](repeating: 3, count: 13), count: 3))
        try document.setConsensus(Consensus(principle: .stod, score: 2, target: 4))
        document.plan = DevelopmentPlan(
            focusPrinciples: [.stod],
            actions: [
                Action(id: "A1", principle: .stod, what: "Chefen har öppet hus varje vecka", owner: "Eva")
            ],
            followUpDate: date.adding(months: 6))
        let workshop = Workshop(resuming: document)
        let text = WorkshopSummaryRenderer(language: .sv).render(document, scorecard: workshop.scorecard)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("Stöd") })
        #expect(row.split(separator: " ").suffix(4) == ["3,0", "2", "4", "+2"])
        #expect(text.contains("Överenskommen") && text.contains("Avstånd"))
        let action = try #require(text.split(separator: "\n").first { $0.hasPrefix("A1 ") })
        #expect(action.contains("Stöd: Chefen har öppet") && action.contains("Eva"))
        #expect(text.contains("Uppföljningsmöte: 2027-05-23"))
        // The summary is the document the builder makes, written for the terminal.
        let model = WorkshopSummaryRenderer(language: .sv).model(document, scorecard: workshop.scorecard)
        #expect(text == TextWriter().write(model))
    }
}
