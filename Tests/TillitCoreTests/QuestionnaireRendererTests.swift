import Foundation
import Testing

@testable import TillitCore

/// The questionnaire as a paper form, CSV and JSON.
@Suite("Questionnaire rendering")
struct QuestionnaireRendererTests {
    static func render(_ questionnaire: Questionnaire, _ format: RenderFormat, _ language: Language = .sv)
        -> String
    {
        QuestionnaireRenderer(questionnaire: questionnaire, language: language).render(as: format)
    }

    @Test(
        "HTML is a printable page of the form: every item numbered, a box per answer, the words of the text form",
        arguments: Questionnaire.builtInIDs, Language.allCases)
    func htmlForm(id: String, language: Language) throws {
        let questionnaire = try #require(Questionnaire.builtIn(id: id))
        let html = Self.render(questionnaire, .html, language)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(!html.contains("<pre>"))
        let shown = DocumentConsistencyTests.visible(html, format: .html)
        let form = QuestionnaireBuilder(questionnaire: questionnaire, language: language)
        // Text and Markdown are the same document, written for the terminal and for a wiki.
        #expect(Self.render(questionnaire, .text, language) == TextWriter().write(form.document))
        #expect(Self.render(questionnaire, .markdown, language) == MarkdownWriter().write(form.document))
        let text = DocumentConsistencyTests.visible(
            MarkdownWriter().write(form.document), format: .markdown)
        for (index, item) in questionnaire.items.enumerated() {
            let number = questionnaire.number(ofItemAt: index)
            #expect(html.contains("<th scope=\"row\" class=\"short\">\(number)</th>"), "item \(number)")
            let statement = DocumentConsistencyTests.visible(item.text(language), format: .text)
            #expect(shown.contains(statement) && text.contains(statement))
        }
        let boxes = html.components(separatedBy: "<td class=\"short\">☐</td>").count - 1
        #expect(boxes == questionnaire.items.count * (questionnaire.scale.steps.count + 1))
        for words in [form.instructions, form.subtitle] + form.sections.map(\.heading) {
            let wanted = DocumentConsistencyTests.visible(words, format: .text)
            #expect(shown.contains(wanted) && text.lowercased().contains(wanted.lowercased()), "\(words)")
        }
    }

    @Test(
        "the text form fits 80 columns in both languages for every built-in",
        arguments: Questionnaire.builtInIDs, Language.allCases)
    func fitsEighty(id: String, language: Language) throws {
        let text = Self.render(try #require(Questionnaire.builtIn(id: id)), .text, language)
        let long = text.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "\(long)")
    }

    @Test("the text form has every statement, numbered in questionnaire order, each with a row of boxes")
    func everyStatement() {
        let questionnaire = Questionnaire.standard
        let text = Self.render(questionnaire, .text)
        // The boxes stand under the scale's values, in a header repeated over every table.
        let boxes = text.split(separator: "\n").filter { $0.hasSuffix("☐  ☐  ☐  ☐  ☐  ☐") }
        #expect(boxes.count == questionnaire.items.count)
        #expect(text.contains("Nr  Påstående") && text.contains("1  2  3  4  5  Vet ej\n"))
        for (index, item) in questionnaire.items.enumerated() {
            let firstWords = item.text.sv.split(separator: " ").prefix(4).joined(separator: " ")
            let number = TextLayout.right("\(index + 1)", width: 2)
            #expect(text.contains("\n\(number)  \(firstWords)"), "\(item.id)")
        }
    }

    @Test("the form names the scale and groups statements under each principle and problem area")
    func structure() throws {
        let text = Self.render(.standard, .text)
        for label in AnswerScale.agreement.steps.map({ $0.label.sv }) { #expect(text.contains(label)) }
        #expect(text.contains("INSTRUKTIONER"))
        #expect(text.contains("Namn eller pseudonym"))
        let principles = try #require(text.range(of: "\nPRINCIPER\n"))
        let problems = try #require(text.range(of: "\nPROBLEMOMRÅDEN\n"))
        #expect(principles.upperBound < problems.lowerBound)
        // Each principle heading comes before its statements and after the previous principle's.
        var last = text.startIndex
        for principle in Framework.sou2019_43.principles {
            let heading = try #require(
                text.range(of: "\n\(principle.name.sv)\n", range: last..<text.endIndex))
            last = heading.upperBound
        }
        #expect(last < problems.lowerBound)
    }

    @Test("statements are grouped by target even when the questionnaire interleaves them")
    func grouping() throws {
        let questionnaire = Questionnaire(
            id: "x", version: 1, title: LocalizedText(sv: "Eget", en: "Own"), scale: .agreement,
            items: [
                QuestionnaireItem(
                    id: "a", target: .principle(.stod), text: LocalizedText(sv: "Stöd ett", en: "S1")),
                QuestionnaireItem(
                    id: "b", target: .principle(.tillit), text: LocalizedText(sv: "Tillit ett", en: "T1")),
                QuestionnaireItem(
                    id: "c", target: .principle(.stod), text: LocalizedText(sv: "Stöd två", en: "S2")),
            ])
        let text = Self.render(questionnaire, .text)
        let tillit = try #require(text.range(of: "\n 2  Tillit ett"))
        let stod1 = try #require(text.range(of: "\n 1  Stöd ett"))
        let stod2 = try #require(text.range(of: "\n 3  Stöd två"))
        // Tillit comes first in the framework, so its statement (number 2) is printed first, and the two
        // stöd statements follow together under one heading.
        #expect(tillit.lowerBound < stod1.lowerBound && stod1.lowerBound < stod2.lowerBound)
        #expect(text.components(separatedBy: "\nStöd\n").count == 2)
        #expect(!text.contains("PROBLEMOMRÅDEN"))
    }

    @Test("a yes/no scale shows its labels in the boxes, not 0 and 1")
    func yesNoBoxes() {
        let text = Self.render(.national2019, .text, .en)
        #expect(text.contains("No  Yes  Don't know\n"))
        #expect(!text.contains("  0  1  "))
    }

    @Test("Markdown has one table row per statement with a box per step and don't know")
    func markdown() {
        let markdown = Self.render(.quick, .markdown, .en)
        #expect(
            markdown.hasPrefix("_Questionnaire_\n\n# Quick check of trust-based governance and management\n"))
        let rows = markdown.split(separator: "\n").filter { $0.hasSuffix(" ☐ | ☐ | ☐ | ☐ | ☐ | ☐ |") }
        #expect(rows.count == Questionnaire.quick.items.count)
        #expect(markdown.contains("| No. | Statement | 1 | 2 | 3 | 4 | 5 | Don't know |"))
    }

    @Test("Markdown escapes a pipe in a statement so the table holds")
    func markdownEscapes() {
        let questionnaire = Questionnaire(
            id: "x", version: 1, title: LocalizedText(sv: "X", en: "X"), scale: .agreement,
            items: [
                QuestionnaireItem(
                    id: "a", target: .principle(.stod), text: LocalizedText(sv: "A | B", en: "A"))
            ])
        #expect(Self.render(questionnaire, .markdown).contains("| 1 | A \\| B |"))
    }

    @Test("CSV has a header and one row per item: id, target, statement in the chosen language")
    func csv() throws {
        let csv = Self.render(.standard, .csv, .en)
        #expect(csv.hasPrefix("\u{FEFF}id,target,statement\r\n"))
        let rows = csv.dropFirst().split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(rows.count == Questionnaire.standard.items.count + 1)
        let first = Questionnaire.standard.items[0]
        // The English statement has a comma, so it is quoted.
        #expect(first.text.en.contains(","))
        #expect(rows[1] == "\(first.id),\(first.target.id),\"\(first.text.en)\"")
        #expect(Self.render(.standard, .csv, .sv).contains(first.text.sv))
    }

    @Test("JSON holds the documented schema fields")
    func jsonSchema() throws {
        let json = Self.render(.national2019, .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        // `firstNumber` appears because the survey's questions start at 2; a form numbered from 1 omits it.
        #expect(Set(object.keys) == ["id", "version", "firstNumber", "title", "scale", "items"])
        let scale = try #require(object["scale"] as? [String: Any])
        #expect(Set(scale.keys) == ["id", "steps", "dontKnow"])
        let item = try #require((object["items"] as? [[String: Any]])?.first)
        #expect(
            Set(item.keys) == ["id", "principle", "text", "source"]
                || Set(item.keys) == ["id", "problemArea", "text", "source"])
        #expect(json == Self.render(.national2019, .json, .en))
    }
}
