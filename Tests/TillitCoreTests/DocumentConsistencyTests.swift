import Foundation
import Testing

@testable import TillitCore

/// The document model's promises: every format of a document carries the same figures and words, and
/// the words come from the vocabulary, not from the code that builds or writes the document.
@Suite("Documents: one model, every format, one vocabulary")
struct DocumentConsistencyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TillitCore")

    /// What a reader sees of an output: entities and Markdown escapes undone, tags dropped, white space
    /// collapsed, so that a wrapped or escaped text can be found as it was built.
    static func visible(_ output: String, format: RenderFormat) -> String {
        var text = output
        if format == .html {
            text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        }
        if format == .markdown {
            text = text.replacingOccurrences(of: "\\\\(.)", with: "$1", options: .regularExpression)
        }
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let assessments = [ReportFixture.sample, ReportFixture.national]

    @Test(
        "the report in text, Markdown and HTML carries every figure and every section of the model",
        arguments: Language.allCases)
    func reportFormatsAgree(language: Language) throws {
        for assessment in Self.assessments {
            let renderer = ReportRenderer(
                assessment: assessment, scorecard: Scorer().score(assessment), language: language, width: 80)
            let model = renderer.model
            let figures = Set(
                model.texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(String.init).filter {
                    $0.contains(where: \.isNumber)
                })
            #expect(!figures.isEmpty)
            for format in [RenderFormat.text, .markdown, .html] {
                let shown = Self.visible(renderer.render(format), format: format)
                for figure in figures {
                    #expect(shown.contains(figure), "\(format) \(language) lacks \(figure)")
                }
                for case .section(let section) in model.blocks {
                    #expect(
                        shown.lowercased().contains(section.title.lowercased()),
                        "\(format) \(language) lacks the section \(section.title)")
                }
            }
        }
    }

    @Test("a report without an organisation (an imported survey) is titled by its kind, never an empty title")
    func untitled() throws {
        var assessment = ReportFixture.sample
        assessment.organisation = ""
        assessment.unit = ""
        for language in Language.allCases {
            let renderer = ReportRenderer(
                assessment: assessment, scorecard: Scorer().score(assessment), language: language)
            let model = renderer.model
            #expect(model.kicker.isEmpty && !model.title.isEmpty)
            let first = try #require(renderer.render(.text).split(separator: "\n").first)
            #expect(!first.hasSuffix(":") && first == first.uppercased())
            #expect(!renderer.render(.html).contains("<h1></h1>"))
        }
    }

    @Test("the plan in text, Markdown and HTML carries every figure and section of the model, actions first")
    func planFormatsAgree() throws {
        for assessment in Self.assessments + [PlanFixture.sample] {
            for language in Language.allCases {
                let overview = Planner().overview(of: assessment, scorecard: Scorer().score(assessment))
                let renderer = PlanRenderer(language: language)
                let model = renderer.model(overview)
                guard
                    case .section(let first) = model.blocks.first(where: {
                        if case .section = $0 { true } else { false }
                    })
                else {
                    Issue.record("the plan has no section")
                    continue
                }
                #expect(first.id == "actions")
                let figures = Set(
                    model.texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(String.init).filter {
                        $0.contains(where: \.isNumber)
                    })
                for format in [RenderFormat.text, .markdown, .html] {
                    let shown = Self.visible(renderer.render(overview, as: format), format: format)
                    for figure in figures {
                        #expect(shown.contains(figure), "\(format) \(language) lacks \(figure)")
                    }
                    for case .section(let section) in model.blocks {
                        #expect(
                            shown.lowercased().contains(section.title.lowercased()),
                            "\(format) \(section.title)")
                    }
                }
            }
        }
    }

    @Test(
        "the benchmark page in Markdown and HTML is a real document: every figure, the source, a table per question"
    )
    func benchmarkFormatsAgree() throws {
        let comparison = try NationalComparison(
            assessment: ReportFixture.national, employees: 30, department: "Miljödepartementet")
        for language in Language.allCases {
            let renderer = NationalComparisonRenderer(comparison: comparison, language: language)
            let model = renderer.model
            let figures = Set(
                model.texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(String.init).filter {
                    $0.contains(where: \.isNumber)
                })
            for format in [RenderFormat.markdown, .html] {
                let shown = Self.visible(renderer.render(format), format: format)
                for figure in figures {
                    #expect(shown.contains(figure), "\(format) \(language) lacks \(figure)")
                }
            }
            let html = renderer.html()
            #expect(!html.contains("<pre>"))
            #expect(html.components(separatedBy: "<table>").count - 1 == comparison.rows.count)
        }
    }

    /// Every figure of a model, as a reader finds it: the words of its texts that hold a digit.
    static func figures(_ model: Document) -> Set<String> {
        Set(
            model.texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(String.init).filter {
                $0.contains(where: \.isNumber)
            })
    }

    @Test(
        "comparison, benchmark, questionnaire, principles, problem areas and workshop summary: text, Markdown and HTML are their one model written out",
        arguments: Language.allCases)
    func everyDocumentFromItsModel(language: Language) throws {
        let sample = ReportFixture.sample
        let card = Scorer().score(sample)
        let comparison = ComparisonRenderer(
            comparison: Comparison(old: sample, oldScores: card, new: sample, newScores: card),
            language: language)
        let national = NationalComparisonRenderer(
            comparison: try NationalComparison(assessment: ReportFixture.national, employees: 30),
            language: language)
        let questionnaire = QuestionnaireRenderer(questionnaire: .quick, language: language)
        let form = QuestionnaireBuilder(questionnaire: .quick, language: language).document
        let framework = FrameworkRenderer(language: language)
        let builder = FrameworkBuilder(framework: .sou2019_43, language: language)
        let documents: [(String, Document, (RenderFormat) throws -> String)] = [
            ("comparison", comparison.model, { comparison.render($0) }),
            ("benchmark", national.model, { national.render($0) }),
            ("questionnaire", form, { questionnaire.render(as: $0) }),
            ("principles", builder.principles, { try framework.principles(as: $0) }),
            ("problem areas", builder.problemAreas, { try framework.problemAreas(as: $0) }),
        ]
        for (name, model, render) in documents {
            #expect(!Self.figures(model).isEmpty || name == "principles", "\(name)")
            #expect(try render(.text) == TextWriter().write(model), "\(name)")
            #expect(try render(.markdown) == MarkdownWriter().write(model), "\(name)")
            #expect(try render(.html) == HTMLWriter().write(model), "\(name)")
            for format in [RenderFormat.text, .markdown, .html] {
                let shown = Self.visible(try render(format), format: format)
                for figure in Self.figures(model) {
                    #expect(shown.contains(figure), "\(name) \(format) \(language) lacks \(figure)")
                }
            }
        }
        let summary = WorkshopSummaryRenderer(language: language)
        #expect(
            summary.render(sample, scorecard: card)
                == TextWriter().write(summary.model(sample, scorecard: card)))
    }

    @Test("the summary comes first, and the action statuses use the vocabulary's one word each")
    func summaryAndStatuses() throws {
        let assessment = ReportFixture.sample
        for language in Language.allCases {
            let model = ReportRenderer(
                assessment: assessment, scorecard: Scorer().score(assessment), language: language
            )
            .model
            guard case .section(let first) = model.blocks.first else {
                Issue.record("the report does not open with a section")
                continue
            }
            #expect(first.id == "summary" && first.pageBreakAfter)
            #expect(first.title == Term.summary(language))
            let html = HTMLWriter().write(model)
            for action in assessment.plan?.actions ?? [] {
                #expect(html.contains(Term.status(action.status)(language)))
            }
        }
        #expect(Term.statusDone.text.sv == "Genomförd" && Term.statusDropped.text.sv == "Utgår")
        #expect(Term.questionnaire.text.sv == "Frågeformulär" && Term.facilitator.text.sv == "Samtalsledare")
    }

    @Test("an unscored item is not shown as measuring its principle")
    func unscoredItem() throws {
        var assessment = ReportFixture.national
        assessment.questionnaire = try #require(Questionnaire.builtIn(id: "national-2019", version: 2))
        let unscored = try #require(assessment.questionnaire.items.first { !$0.isScored })
        let markdown = ReportRenderer(
            assessment: assessment, scorecard: Scorer().score(assessment), language: .sv
        )
        .markdown()
        let row = try #require(markdown.split(separator: "\n").first { $0.contains(unscored.text(.sv)) })
        #expect(!row.contains("Stöd"))
        #expect(markdown.contains(Term.notScored(.sv)))
    }

    @Test("a group cell the disclosure rules withhold says why, in every format")
    func withheldCellSaysWhy() throws {
        let assessment = ReportFixture.sample
        let card = Scorer().score(assessment)
        let shown = card.groups.filter { !$0.withheld }
        let cell = try #require(
            shown.flatMap { $0.principles + $0.problemAreas }.first { $0.score == nil && $0.withheld != nil })
        for language in Language.allCases {
            let renderer = ReportRenderer(assessment: assessment, scorecard: card, language: language)
            let why = Vocabulary.withheld(cell.withheld, threshold: card.anonymityThreshold)(language)
            for format in [RenderFormat.text, .markdown, .html] {
                #expect(Self.visible(renderer.render(format), format: format).contains(why), "\(format)")
            }
        }
    }

    @Test("retired words appear nowhere: one word for the questionnaire and for a dropped action")
    func retiredWords() throws {
        let root = Self.sources.deletingLastPathComponent()
        let enumerator = try #require(
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8).lowercased()
            for word in ["frågebatteri", "avbruten"] {
                #expect(!text.contains(word), "\(url.lastPathComponent) says \(word)")
            }
        }
    }

    /// The string literals of a Swift source, interpolations removed, comments skipped.
    ///
    /// A line inside a multi-line literal (`"""`) is a literal of its own, unless it reads as a line of
    /// a stylesheet or markup (ends with `{`, `}`, `;` or a line continuation, or holds a tag).
    static func literals(_ source: String) -> [String] {
        var found: [String] = []
        var inMultiline = false
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.components(separatedBy: "\"\"\"").count % 2 == 0 {
                inMultiline.toggle()
                continue
            }
            if inMultiline {
                let text = code.replacingOccurrences(
                    of: "\\\\\\([^)]*\\)", with: "", options: .regularExpression)
                if !(text.hasSuffix("{") || text.hasSuffix("}") || text.hasSuffix(";") || text.hasSuffix("\\")
                    || text.contains("<"))
                {
                    found.append(text)
                }
                continue
            }
            if code.hasPrefix("//") { continue }
            var characters = Array(code)
            var index = 0
            while index < characters.count {
                if characters[index] == "/", index + 1 < characters.count, characters[index + 1] == "/" {
                    break
                }
                guard characters[index] == "\"" else {
                    index += 1
                    continue
                }
                index += 1
                var literal = ""
                while index < characters.count, characters[index] != "\"" {
                    if characters[index] == "\\", index + 1 < characters.count {
                        if characters[index + 1] == "(" {
                            var depth = 1
                            index += 2
                            while index < characters.count, depth > 0 {
                                if characters[index] == "(" { depth += 1 }
                                if characters[index] == ")" { depth -= 1 }
                                index += 1
                            }
                            continue
                        }
                        index += 2
                        continue
                    }
                    literal.append(characters[index])
                    index += 1
                }
                index += 1
                found.append(literal)
            }
            characters.removeAll()
        }
        return found
    }

    /// Whether a literal reads as words for people: a space between letters, a Swedish letter, or a
    /// capitalised word. Markup, ids (`problem-areas`, `groupDifference`) and marks (`–`, `+`) are not.
    static func isProse(_ literal: String) -> Bool {
        if literal.contains("<") { return false }  // markup: tags and attributes
        if literal.contains(where: { "åäöÅÄÖé".contains($0) }) { return true }
        if literal.range(of: "[A-Za-z]{2,} [A-Za-z]{2,}", options: .regularExpression) != nil { return true }
        return literal.range(of: "(^|[^A-Za-z])[A-Z][a-z]{2,}", options: .regularExpression) != nil
    }

    /// Every file that builds, writes or renders documents — all of Documents/ and Rendering/ but the
    /// vocabulary itself (`Term.swift`, `Vocabulary*.swift`) — found by folder, so that a new renderer is
    /// checked without anyone remembering to list it.
    static func documentFiles() throws -> [URL] {
        try ["Documents", "Rendering"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(
                at: sources.appendingPathComponent(folder), includingPropertiesForKeys: nil)
        }
        .filter {
            $0.pathExtension == "swift" && !$0.lastPathComponent.hasPrefix("Vocabulary")
                && $0.lastPathComponent != "Term.swift"
        }
        .sorted { $0.path < $1.path }
    }

    @Test("no file in Documents/ or Rendering/ but the vocabulary defines user-facing text")
    func textOnlyInVocabulary() throws {
        let files = try Self.documentFiles()
        let names = Set(
            files.map { $0.deletingLastPathComponent().lastPathComponent + "/" + $0.lastPathComponent })
        // The listing found the folders: the renderers of every kind of document are among them.
        for known in [
            "Rendering/ReportRenderer.swift", "Rendering/GroupViewRenderer.swift",
            "Rendering/WorkshopSummaryRenderer.swift", "Rendering/NationalComparisonRenderer.swift",
            "Documents/HTMLWriter.swift", "Documents/Stylesheet.swift",
        ] {
            #expect(names.contains(known), "\(known) is not scanned")
        }
        #expect(!names.contains("Documents/Term.swift") && !names.contains("Documents/Vocabulary.swift"))
        for url in files {
            let file = url.lastPathComponent
            let source = try String(contentsOf: url, encoding: .utf8)
            #expect(!source.contains("LocalizedText("), "\(file) builds a LocalizedText")
            #expect(
                source.range(of: "\\bt\\((sv: )?\"", options: .regularExpression) == nil, "\(file) has t(…)")
            for literal in Self.literals(source) where Self.isProse(literal) {
                Issue.record("\(file) defines the text \"\(literal)\"; take it from Term or Vocabulary")
            }
        }
    }

    @Test("the scanner finds an inline text, so the test above can fail")
    func scannerFindsProse() {
        let literals = Self.literals(
            "let a = say(x) + \"Nivå per grupp\" + \"\\(n) Deltagare\" // \"Ignored\"")
        #expect(literals.filter(Self.isProse) == ["Nivå per grupp", " Deltagare"])
        #expect(!Self.isProse("problem-areas") && !Self.isProse("groupDifference") && !Self.isProse("–"))
        // A multi-line literal: its prose lines are found, its stylesheet and markup lines are not.
        let multiline = Self.literals(
            "let s = \"\"\"\n    Ingen plan ännu.\n    body { font: 'Segoe UI'; }\n    <p>\\(x)</p>\n    \"\"\"\nlet t = 1"
        )
        #expect(multiline.filter(Self.isProse) == ["Ingen plan ännu."])
    }
}
