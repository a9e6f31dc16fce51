import Foundation
import Testing

@testable import TillitCore

/// The principles and problem areas as hand-outs: one document per list, written to every format the
/// renderer offers, and a format it does not offer refused rather than answered with text.
@Suite("Framework rendering")
struct FrameworkRendererTests {
    enum Kind: CaseIterable { case principles, problemAreas }

    static func document(_ kind: Kind, _ language: Language) -> Document {
        let builder = FrameworkBuilder(language: language)
        return kind == .principles ? builder.principles : builder.problemAreas
    }

    static func render(_ kind: Kind, _ format: RenderFormat, _ language: Language) throws -> String {
        let renderer = FrameworkRenderer(language: language)
        return kind == .principles
            ? try renderer.principles(as: format) : try renderer.problemAreas(as: format)
    }

    @Test(
        "text, Markdown and HTML carry every text of the document, in both languages",
        arguments: Kind.allCases, Language.allCases)
    func formatsAgree(kind: Kind, language: Language) throws {
        let texts = Self.document(kind, language).texts.filter { !$0.isEmpty }
        for format in [RenderFormat.text, .markdown, .html] {
            let shown = DocumentConsistencyTests.visible(
                try Self.render(kind, format, language), format: format
            ).lowercased()
            for text in texts {
                let wanted = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
                #expect(shown.contains(wanted), "\(format) \(language) lacks \(text)")
            }
        }
    }

    @Test("the documents hold every principle with its definition and every problem area with its links")
    func documentsHoldTheFramework() throws {
        let framework = Framework.sou2019_43
        let principles = FrameworkBuilder(language: .sv).principles
        var quotes: [String] = []
        for case .section(let section) in principles.blocks {
            for case .quote(let text, _) in section.blocks { quotes.append(text) }
        }
        #expect(quotes == framework.principles.map { $0.definition(.sv) })
        let areas = FrameworkBuilder(language: .en).problemAreas
        var sections: [DocumentSection] = []
        for case .section(let section) in areas.blocks { sections.append(section) }
        #expect(sections.map(\.id) == framework.problemAreas.map(\.id.rawValue))
        let marked = areas.texts.filter { $0.hasSuffix("*") }
        let inferred = framework.problemAreas.flatMap(\.principles).filter(\.isInferred)
        #expect(marked.count == inferred.count && !inferred.isEmpty)
        #expect(areas.blocks.last == .note(Vocabulary.inferredLink(.en)))
    }

    @Test("HTML is a page of its own, not the text inside it", arguments: Kind.allCases)
    func htmlIsReal(kind: Kind) throws {
        let html = try Self.render(kind, .html, .sv)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"sv\">") && html.contains("</html>"))
        #expect(html.contains("<section id=\""))
        #expect(!html.contains("<pre>"))
        #expect(!html.contains("ÅTTA VÄGLEDANDE") && !html.contains("FEM PROBLEMOMRÅDEN"))
        #expect(!html.contains("class=\"kicker\""))
    }

    @Test("CSV is refused with the formats that are offered", arguments: Kind.allCases)
    func csvRefused(kind: Kind) throws {
        let error = #expect(throws: UnsupportedFormat.self) { try Self.render(kind, .csv, .sv) }
        #expect(error?.format == .csv)
        #expect(error?.supported == [.text, .markdown, .html, .json])
        #expect(error?.description == "format csv is not offered; expected text, markdown, html or json")
        #expect(
            error?.message.sv
                == "formatet csv finns inte här; giltiga format är text, markdown, html och json")
    }

    @Test("text fits the width asked for, with no escape codes", arguments: [60, 72, 80])
    func textFitsWidth(width: Int) throws {
        for language in Language.allCases {
            let renderer = FrameworkRenderer(language: language, width: width)
            for text in [try renderer.principles(as: .text), try renderer.problemAreas(as: .text)] {
                let long = text.split(separator: "\n").filter { $0.count > width }
                #expect(long.isEmpty, "\(long)")
                #expect(!text.contains("\u{1B}"))
            }
        }
    }
}
