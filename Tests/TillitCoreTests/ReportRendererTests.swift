import Foundation
import Testing

@testable import TillitCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Report renderer")
struct ReportRendererTests {
    let assessment = ReportFixture.sample
    var scorecard: Scorecard { Scorer().score(assessment) }

    func renderer(_ language: Language = .sv, useColor: Bool = false) -> ReportRenderer {
        ReportRenderer(assessment: assessment, scorecard: scorecard, language: language, useColor: useColor)
    }

    @Test("the committed sample file is the fixture built in code (TILLIT_WRITE_FIXTURE=1 rewrites it)")
    func committedSample() throws {
        if ProcessInfo.processInfo.environment["TILLIT_WRITE_FIXTURE"] != nil {
            try AssessmentFile.write(assessment, to: ReportFixture.sampleFileURL)
        }
        let read = try AssessmentFile.read(from: ReportFixture.sampleFileURL)
        #expect(read == assessment)
    }

    @Test("JSON carries the scorecard's values for every principle, problem area, item and group")
    func jsonEqualsScorecard() throws {
        let card = scorecard
        let document = try JSONDecoder().decode(ReportDocument.self, from: Data(renderer(.en).json().utf8))
        #expect(document.kind == "tillit-report")
        #expect(document.participants == 8)
        #expect(document.respondents == card.respondents)
        #expect(document.principleIndex == card.principleIndex)
        #expect(document.principles.count == 8)
        #expect(document.problemAreas.count == 5)
        for (entry, score) in zip(
            document.principles + document.problemAreas, card.principles + card.problemAreas)
        {
            #expect(entry.id == score.target.id)
            #expect(entry.score == score.score)
            #expect(entry.index == score.index)
            #expect(entry.answers == score.answers)
            #expect(entry.flagged == score.flagged)
            #expect(entry.consensus == score.consensus)
            #expect(entry.target == score.targetLevel)
            #expect(entry.gap == score.gap)
        }
        let trust = try #require(document.principles.first { $0.id == "tillit" })
        #expect((trust.consensus, trust.target, trust.gap) == (3, 4, 1))
        #expect(trust.name == "Trust")
        #expect(document.items.count == card.items.count)
        for (entry, item) in zip(document.items, card.items) {
            #expect(entry.id == item.itemID)
            #expect(entry.mean == item.mean)
            #expect(entry.median == item.median)
            #expect(entry.standardDeviation == item.standardDeviation)
            #expect(entry.min == item.minimum)
            #expect(entry.max == item.maximum)
            #expect(entry.distribution == item.distribution)
            #expect(entry.dontKnow == item.dontKnow)
        }
        #expect(document.flaggedItems == card.flaggedItems.map(\.itemID))
        let withheld = try #require(document.groups.first { $0.name == "=1+1" })
        #expect(withheld.withheld && withheld.principles.isEmpty)
        #expect(document.groupDifferences.first?.difference == card.groupDifferences.first?.difference)
        #expect(document.plan?.actions.count == 2)
    }

    @Test("JSON leaves out values that do not exist instead of writing null")
    func jsonOmitsMissing() throws {
        let text = renderer().json()
        #expect(!text.contains("null"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let principles = try #require(object["principles"] as? [[String: Any]])
        let citizen = try #require(principles.first { $0["id"] as? String == "medborgarfokus" })
        #expect(citizen["target"] == nil && citizen["gap"] == nil)
    }

    @Test(
        "CSV parses back: BOM, one row per item, principle, problem area and group target, formulas neutralised"
    )
    func csvParsesBack() throws {
        let text = renderer(.en).csv()
        #expect(text.hasPrefix("\u{FEFF}"))
        let rows = CSVParser.parse(text)
        let header = try #require(rows.first)
        #expect(rows.allSatisfy { $0.count == header.count })
        let column = { (name: String) in header.firstIndex(of: name)! }
        let card = scorecard
        let items = rows.filter { $0[0] == "item" }
        #expect(items.count == card.items.count)
        let first = try #require(items.first)
        #expect(first[column("id")] == card.items[0].itemID)
        #expect(first[column("mean")] == Formatting.decimal(card.items[0].mean!, decimals: 2))
        #expect(first[column("flagged")] == "yes")
        #expect(rows.filter { $0[0] == "principle" && $0[1].isEmpty }.count == 8)
        #expect(rows.filter { $0[0] == "problemArea" && $0[1].isEmpty }.count == 5)
        #expect(rows.filter { $0[1] == "ledningsgrupp" }.count == 13)
        // The role "=1+1" is a withheld group; a spreadsheet must show it as text, not compute it.
        let withheld = try #require(rows.first { $0[0] == "group" })
        #expect(withheld[1] == "'=1+1")
        #expect(!rows.joined().contains("=1+1"))
        let differences = rows.filter { $0[0] == "groupDifference" }
        #expect(differences.count == card.groupDifferences.count)
        #expect(
            differences.first?[column("mean")]
                == Formatting.decimal(card.groupDifferences[0].difference, decimals: 2))
        #expect(differences.first?[1] == "ledningsgrupp – medarbetare")
        let trust = try #require(rows.first { $0[0] == "principle" && $0[2] == "tillit" })
        #expect(trust[column("consensus")] == "3")
        #expect(trust[column("gap")] == "1")
    }

    @Test("raw CSV has one row per participant with every answer, and says it is raw data")
    func rawCSV() throws {
        let rows = CSVParser.parse(renderer(.en).rawCSV())
        #expect(rows[0][0].contains("raw data"))
        #expect(rows.count == 1 + assessment.participants.count)
        let anna = rows[1]
        #expect(anna[0] == "Anna")
        #expect(anna[2] == "5")  // her answer to the first statement
        let hanna = rows[8]
        #expect(hanna[2 + 10] == "")  // Hanna stopped after ten statements
        let dontKnow = try #require(assessment.participants[0].answers.firstIndex { $0 == nil })
        #expect(anna[2 + dontKnow] == "Don't know")
    }

    @Test("HTML is well-formed, self-contained and escapes every piece of user text")
    func htmlWellFormedAndEscaped() throws {
        let html = renderer().html()
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Avdelning Syd &amp; &lt;Norr&gt;"))
        #expect(html.contains("Vi litar &lt;mer&gt; på varandra"))
        #expect(html.contains("Pröva &lt;b&gt;delegering&lt;/b&gt; &amp; mandat"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        #expect(!html.contains("<link") && !html.contains("<img"))
        #expect(html.contains("@page { size: A4"))
        #if canImport(FoundationXML) || os(macOS)
            let document = try XMLDocument(data: Data(html.utf8), options: [])
            let svgs = try document.nodes(forXPath: "//*[local-name()='svg']")
            #expect(svgs.count == 2)
            for case let svg as XMLElement in svgs {
                #expect(svg.attribute(forName: "role")?.stringValue == "img")
                #expect(svg.attribute(forName: "aria-labelledby") != nil)
                #expect(try svg.nodes(forXPath: "*[local-name()='title']").count == 1)
                #expect(try svg.nodes(forXPath: "*[local-name()='desc']").count == 1)
            }
            #expect(try document.nodes(forXPath: "//table").count >= 6)
        #endif
    }

    @Test("the radar chart has one axis per principle and states every value in its description")
    func radar() throws {
        let html = renderer(.en).html()
        #expect(html.components(separatedBy: "class=\"spoke\"").count - 1 == 8)
        // The agreed level leads, the individual mean is the lighter series, and the target is marked.
        #expect(
            html.contains("Room for manoeuvre: Agreed level 25, Mean of the individual answers 27, Target 75")
        )
        // Targets are set for two principles only: two markers and the legend's, no closed target outline.
        #expect(html.components(separatedBy: "class=\"point-target\"").count - 1 == 3)
        #expect(!html.contains("class=\"series-target\" points"))
        // Agreed levels exist for three principles: a polygon through those three, not through zeros.
        #expect(html.components(separatedBy: "class=\"point-primary\"").count - 1 == 3 + 1)
        // Those three are not neighbours: no area and no line joins them across the empty axes.
        #expect(!html.contains("class=\"series-primary\" points") && !html.contains("series-primary gap"))
        // The individual means exist for all eight: a closed outline.
        #expect(html.contains("<polygon class=\"series-secondary\" points"))
    }

    @Test("the HTML shows the plan and the groups, and says which group is withheld")
    func htmlPlanAndGroups() {
        let html = renderer(.en).html()
        #expect(html.contains("id=\"plan\""))
        #expect(html.contains("Take part") || html.contains("Took part"))
        #expect(html.contains("Withheld, fewer than 3 answered: =1+1 (n\u{00A0}=\u{00A0}1)."))
        #expect(html.contains("1 participant without a role counts only in the total."))
        #expect(html.contains("medarbetare (n\u{00A0}=\u{00A0}3)"))
    }

    @Test("text fits 80 columns and has escape codes only when colour is asked for")
    func textWidthAndColour() {
        for language in Language.allCases {
            let plain = renderer(language).text()
            #expect(!plain.contains("\u{1B}"))
            for line in plain.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
            #expect(renderer(language, useColor: true).text().contains("\u{1B}["))
        }
        let text = renderer(.en).text()
        #expect(text.contains("Withheld, fewer than 3 answered: =1+1 (n\u{00A0}=\u{00A0}1)."))
        #expect(text.contains("DISAGREEMENT"))
        #expect(text.contains("One statement has answers spanning three or more steps."))
        // No internal ids in a document for people.
        #expect(!text.contains("tillit-1") && !text.contains("(standard"))
    }

    @Test("Markdown escapes user text so it cannot break a table or inject markup")
    func markdownEscapes() {
        var fixture = assessment
        fixture.consensus[0].note = "a | b <script>"
        let markdown = ReportRenderer(assessment: fixture, scorecard: Scorer().score(fixture), language: .sv)
            .markdown()
        #expect(markdown.contains("a \\| b &lt;script&gt;"))
        #expect(!markdown.contains("<script"))
        #expect(markdown.contains("## Principer"))
        #expect(markdown.contains("## Utvecklingsplan"))
        #expect(markdown.contains("Redovisas inte, färre än 3 har svarat"))
    }

    @Test("no threshold under three shows a group under three")
    func thresholdChangesGroups() {
        #expect(throws: DisclosureError.self) { try Scorer(anonymityThreshold: 1) }
        let card = Scorer().score(assessment)
        let renderer = ReportRenderer(assessment: assessment, scorecard: card, language: .en)
        #expect(renderer.text().contains("Withheld"))
        #expect(!CSVParser.parse(renderer.csv()).contains { $0[1] == "'=1+1" && $0[0] == "principle" })
    }
}
