import Foundation
import Testing

@testable import TillitCore

@Suite("Rendering a development plan")
struct PlanRendererTests {
    typealias F = PlanFixture

    /// The sample team with a plan of three actions, one with a note that tries to be a formula and one
    /// with markup.
    var planned: Assessment {
        var assessment = F.sample
        _ = try? assessment.addAction(
            ActionDraft(
                what: "Gå igenom egna mallar och checklistor", owner: "HR-chef", due: F.day("2027-01-31"),
                measure: "granska-egen-detaljstyrning", expectedEffect: "Färre moment som inte behövs",
                followUp: "Antal borttagna moment vid APT"))
        _ = try? assessment.addAction(
            ActionDraft(what: "=1+1", owner: "@controller", due: F.day("2027-06-30"), note: "-2 dagar"))
        _ = try? assessment.addAction(
            ActionDraft(what: "Visa <script>alert(1)</script> | inte", owner: "Eva & Bo"))
        return assessment
    }

    @Test("CSV starts with a byte-order mark, has a header and one row per action, neutralises formulas")
    func csv() throws {
        let text = PlanRenderer(language: .en).render(planned, as: .csv)
        #expect(text.hasPrefix("\u{FEFF}Id,Status,Action,Owner,Due,"))
        let rows = text.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 4)
        #expect(rows[2].hasPrefix("A2,Planned,'=1+1,'@controller,2027-06-30,"))
        #expect(rows[2].hasSuffix(",'-2 dagar"))
        #expect(Data(text.utf8).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    }

    @Test("CSV of a plan without actions is the header alone")
    func csvEmpty() {
        let text = PlanRenderer(language: .sv).render(F.sample, as: .csv)
        #expect(text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1)
        #expect(text.contains("Ansvarig"))
    }

    @Test("HTML escapes what users typed and loads nothing from the network")
    func htmlEscapes() {
        var assessment = planned
        assessment.organisation = "<script>alert('org')</script>"
        let html = PlanRenderer(language: .sv).render(assessment, as: .html)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Eva &amp; Bo"))
        for reference in ["http:", "https:", "src=", "<link", "@import", "url("] {
            #expect(!html.contains(reference), "the page refers to \(reference)")
        }
    }

    @Test("HTML is a whole page that prints on A4")
    func htmlPrints() {
        let html = PlanRenderer(language: .en).render(planned, as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<thead>"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("Markdown has the header, focus with why, measures with sources, actions and follow-up")
    func markdownContent() throws {
        let markdown = PlanRenderer(language: .sv).render(planned, as: .markdown)
        #expect(markdown.hasPrefix("_Utvecklingsplan_\n\n# Exempelmyndigheten, Ledningsgruppen\n"))
        #expect(markdown.contains("Självskattning 2026-11-20"))
        #expect(markdown.contains("### 1. Handlingsutrymme"))
        #expect(markdown.contains("Varför: Avstånd till målet 2,0 (nuläge 2,0, mål 4)"))
        #expect(markdown.contains("#### På kort sikt (inom tre månader)"))
        #expect(markdown.contains("Källa: SOU 2019:43 §"))
        #expect(markdown.contains("| A1 | Gå igenom egna mallar och checklistor | HR-chef | 2027-01-31 |"))
        #expect(markdown.contains("Visa &lt;script&gt;alert(1)&lt;/script&gt; \\| inte"))
        #expect(markdown.contains("Ledningsgruppen följer upp planen 2027-05-20"))
        #expect(!markdown.contains("Inga åtgärder är beslutade ännu"))
    }

    @Test("before the team has a plan, every format says no actions are agreed yet")
    func proposalOnly() {
        for language in Language.allCases {
            let renderer = PlanRenderer(language: language)
            let phrase = language == .sv ? "Inga åtgärder är beslutade ännu" : "No actions are agreed yet"
            for format in [RenderFormat.text, .markdown, .html] {
                #expect(renderer.render(F.sample, as: format).contains(phrase), "\(format) \(language)")
            }
        }
        #expect(PlanRenderer(language: .en).render(F.sample, as: .json).contains("\"agreed\" : false"))
    }

    @Test("does not propose again a measure the team's actions already build on")
    func adoptedMeasures() throws {
        let proposed = try #require(
            Planner().overview(of: planned, scorecard: Scorer().score(planned)).focus.first)
        #expect(!proposed.measures.contains("granska-egen-detaljstyrning"))
        #expect(proposed.measures.count == 3)
        let before = try #require(F.propose(F.sample).focus.first)
        #expect(before.measures.contains("granska-egen-detaljstyrning"))
    }

    @Test("the team's own focus replaces the proposal")
    func teamFocus() {
        var assessment = F.sample
        assessment.plan = DevelopmentPlan(focusPrinciples: [.oppenhet], followUpDate: F.day("2027-03-01"))
        let text = PlanRenderer(language: .en).render(assessment, as: .markdown)
        #expect(text.contains("### 1. Openness\n"))
        #expect(text.contains("## Principles we work on"))
        #expect(!text.contains("### 1. Room for manoeuvre"))
        #expect(text.contains("Follow-up on 2027-03-01"))
    }

    @Test("text fits 80 columns")
    func textWidth() {
        for language in Language.allCases {
            let text = PlanRenderer(language: language, width: 80).render(planned, as: .text)
            let widest = text.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= 80, "\(language): a line is \(widest) columns")
        }
    }

    @Test("text shows control characters a user typed as symbols, so no escape sequence reaches a terminal")
    func textControlCharacters() throws {
        var assessment = F.sample
        try assessment.addAction(ActionDraft(what: "Röd \u{1B}[31mtext\u{07}", owner: "Eva"))
        let text = PlanRenderer(language: .en).render(assessment, as: .text)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("Röd ␛[31mtext␇"))
    }

    @Test("JSON carries the focus, measures with sources, actions and follow-up date")
    func json() throws {
        let text = PlanRenderer(language: .en).render(planned, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["followUpDate"] as? String == "2027-05-20")
        #expect(object["agreed"] as? Bool == true)
        let focus = try #require(object["focus"] as? [[String: Any]])
        #expect(focus.count == 3)
        let measures = try #require(focus.first?["measures"] as? [[String: Any]])
        #expect(measures.allSatisfy { ($0["source"] as? String)?.hasPrefix("SOU 20") == true })
        let actions = try #require(object["actions"] as? [[String: Any]])
        #expect(actions.map { $0["id"] as? String } == ["A1", "A2", "A3"])
        #expect(actions.first?["status"] as? String == "planned")
        #expect((object["ranking"] as? [Any])?.count == 8)
    }
}
