import Foundation
import Testing

@testable import TillitCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Comparison over time")
struct ComparisonTests {
    static func item(_ id: String, _ target: Target) -> QuestionnaireItem {
        QuestionnaireItem(
            id: id, target: target, text: LocalizedText(sv: "Påstående \(id)", en: "Statement \(id)"))
    }

    /// Old: t1, t2 (tillit), h1 (handlingsutrymme), p1 (betungande uppföljning), m1 (medborgarfokus).
    /// New: the same but m1 replaced by k1 (kunskap), in version 2.
    static let oldQuestionnaire = Questionnaire(
        id: "egen", version: 1, title: LocalizedText(sv: "Egen", en: "Own"), scale: .agreement,
        items: [
            item("t1", .principle(.tillit)), item("t2", .principle(.tillit)),
            item("h1", .principle(.handlingsutrymme)),
            item("p1", .problemArea(.betungandeUppfoljning)), item("m1", .principle(.medborgarfokus)),
        ])
    static var newQuestionnaire: Questionnaire {
        var questionnaire = oldQuestionnaire
        questionnaire.version = 2
        questionnaire.items[4] = item("k1", .principle(.kunskap))
        return questionnaire
    }

    /// A participant as three with the same answers (A1, A2, A3), so that every figure reaches the
    /// anonymity threshold and the means are the answers given.
    static func tripled(_ participant: Participant) -> [Participant] {
        (1...3).map { Participant(name: participant.name + "\($0)", answers: participant.answers) }
    }

    static var old: Assessment {
        Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2025, month: 9, day: 1)!,
            questionnaire: oldQuestionnaire,
            participants: [
                Participant(name: "A", answers: [2, 3, 2, 4, 3]),
                Participant(name: "B", answers: [2, 5, 4, 4, nil]),
            ].flatMap(tripled),
            plan: DevelopmentPlan(
                actions: [
                    Action(
                        id: "A1", what: "Första", owner: "A", due: CalendarDate(year: 2026, month: 1, day: 31)
                    ),
                    Action(
                        id: "A2", what: "Andra", owner: "B",
                        due: CalendarDate(year: 2026, month: 12, day: 31),
                        status: .started),
                    Action(id: "A3", what: "Tredje", owner: "A", status: .done),
                    Action(
                        id: "A4", what: "Fjärde", owner: "B", due: CalendarDate(year: 2025, month: 12, day: 1)
                    ),
                ],
                followUpDate: CalendarDate(year: 2026, month: 3, day: 1)!))
    }

    static var new: Assessment {
        Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 3, day: 1)!,
            questionnaire: newQuestionnaire,
            participants: [
                Participant(name: "A", answers: [4, 4, 3, 2, 3]),
                Participant(name: "B", answers: [4, 5, 3, 3, 3]),
            ].flatMap(tripled),
            plan: DevelopmentPlan(
                actions: [Action(id: "A1", what: "Första", owner: "A", status: .done)],
                followUpDate: CalendarDate(year: 2026, month: 9, day: 1)!))
    }

    var comparison: Comparison {
        let scorer = Scorer()
        return Comparison(
            old: Self.old, oldScores: scorer.score(Self.old), new: Self.new, newScores: scorer.score(Self.new)
        )
    }

    @Test("change per principle and problem area matches hand-computed figures, with direction and meaning")
    func targets() throws {
        let comparison = comparison
        #expect(
            comparison.targets.map(\.target) == [
                .principle(.tillit), .principle(.handlingsutrymme), .problemArea(.betungandeUppfoljning),
            ])
        // Tillit: (2 + 4) / 2 = 3 → (4 + 4.5) / 2 = 4.25; index 50 → 81.25.
        let trust = comparison.targets[0]
        #expect(trust.oldScore == 3 && trust.newScore == 4.25)
        #expect(trust.scoreChange == 1.25 && trust.indexChange == 31.25)
        #expect(trust.direction == .up && trust.improved == true)
        // Handlingsutrymme: 3 → 3.
        #expect(comparison.targets[1].direction == .same && comparison.targets[1].improved == nil)
        // A problem area that falls from 4 to 2.5 is an improvement.
        let burden = comparison.targets[2]
        #expect(burden.scoreChange == -1.5 && burden.indexChange == -37.5)
        #expect(burden.direction == .down && burden.improved == true)
        // Principle index: (50 + 50 + 50) / 3 = 50 → (81.25 + 50 + 50) / 3.
        #expect(comparison.oldPrincipleIndex == 50)
        #expect(abs(comparison.principleIndexChange! - (181.25 / 3 - 50)) < 1e-9)
    }

    @Test("different questionnaires compare on shared items and say what they do not share")
    func shared() {
        let comparison = comparison
        #expect(!comparison.sameQuestionnaire)
        #expect(comparison.items.map(\.itemID) == ["t1", "p1", "t2", "h1"])
        #expect(comparison.items.map(\.change) == [2, -1.5, 0.5, 0])
        #expect(comparison.itemsOnlyInOld == ["m1"])
        #expect(comparison.itemsOnlyInNew == ["k1"])
        #expect(comparison.targetsOnlyInOld == [.principle(.medborgarfokus)])
        #expect(comparison.targetsOnlyInNew == [.principle(.kunskap)])
        let text = ComparisonRenderer(comparison: comparison, language: .en).text()
        #expect(text.contains("The questionnaires differ (egen v1 → egen v2)."))
        #expect(text.contains("Only in the earlier: m1"))
        #expect(text.contains("Measured in only one: Citizen focus, Knowledge"))
    }

    @Test("the earlier plan's actions show their status now, and overdue ones are marked")
    func actions() {
        let actions = comparison.actions
        #expect(actions.map(\.action.id) == ["A1", "A2", "A3", "A4"])
        #expect(actions.map(\.status) == [.done, .started, .done, .planned])
        #expect(actions.map(\.carriedOver) == [true, false, false, false])
        #expect(actions.map(\.overdue) == [false, false, false, true])
    }

    @Test("text shows signed changes, direction words and fits 80 columns")
    func text() {
        let text = ComparisonRenderer(comparison: comparison, language: .sv).text()
        #expect(text.contains("Principindex: 50 → 60 (+10)"))
        #expect(text.contains("+1,2") && text.contains("+31  ↑ bättre"))
        // The change is the difference of the rounded figures shown: 75 → 38 is −37, not −38.
        #expect(text.contains("38      −37  ↓ bättre"))
        #expect(text.contains("→ oförändrad"))
        #expect(text.contains("Påstående t1  Tillit"))
        #expect(text.contains("A4  Fjärde  B         2025-12-01  Planerad   Planerad (försenad)"))
        #expect(text.contains("A1  Första  A         2026-01-31  Planerad   Genomförd"))
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test("JSON and CSV carry the same figures")
    func machineFormats() throws {
        let renderer = ComparisonRenderer(comparison: comparison, language: .en)
        let decoded = try JSONDecoder().decode(ComparisonExport.self, from: Data(renderer.render(.json).utf8))
        #expect(decoded == ComparisonExport(comparison, language: .en))
        #expect(decoded.principles.count + decoded.problemAreas.count == comparison.targets.count)
        #expect(decoded.principles.first { $0.id == "tillit" }?.scoreChange == 1.25)
        let rows = CSVParser.parse(renderer.csv())
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let trust = rows.first { $0[1] == "tillit" }
        #expect(trust?[4] == "1.25")
        #expect(trust?[8] == "up")
    }

    @Test("HTML is a well-formed page of real tables with every piece of user text escaped")
    func html() throws {
        var old = Self.old
        old.plan?.actions[0].what = "Pröva <script>alert(1)</script> & se"
        let comparison = Comparison(
            old: old, oldScores: Scorer().score(old), new: Self.new, newScores: Scorer().score(Self.new))
        let html = ComparisonRenderer(comparison: comparison, language: .sv).html()
        #expect(html.contains("Pröva &lt;script&gt;alert(1)&lt;/script&gt; &amp; se"))
        #expect(!html.contains("<script"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("↑ bättre"))
        #if canImport(FoundationXML) || os(macOS)
            let document = try XMLDocument(data: Data(html.utf8), options: [])
            #expect(try document.nodes(forXPath: "//table").count >= 3)
            #expect(try document.nodes(forXPath: "//th[@scope='row']").count >= comparison.targets.count)
        #endif
    }

    @Test("an assessment compared with itself is unchanged everywhere")
    func identity() {
        let sample = ReportFixture.sample
        let card = Scorer().score(sample)
        let comparison = Comparison(old: sample, oldScores: card, new: sample, newScores: card)
        #expect(comparison.sameQuestionnaire)
        #expect(comparison.targets.count == 13)
        #expect(comparison.targets.allSatisfy { $0.direction == .same && $0.scoreChange == 0 })
        #expect(comparison.itemsOnlyInOld.isEmpty && comparison.itemsOnlyInNew.isEmpty)
    }
}
