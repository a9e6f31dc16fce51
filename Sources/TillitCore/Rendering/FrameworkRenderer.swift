/// Renders the principles and problem areas of a framework for reading: text for the terminal,
/// Markdown for a hand-out, a self-contained HTML page that prints on A4, and JSON for other tools.
///
/// Text, Markdown and HTML are written from the ``Document``s built by ``FrameworkBuilder``; CSV is
/// refused with ``UnsupportedFormat``, since a list of definitions and guidance is no table.
public struct FrameworkRenderer: Sendable {
    /// The framework to render.
    public var framework: Framework
    /// The language of the output.
    public var language: Language
    /// The width of text output in columns.
    public var width: Int

    /// The formats the principles and problem areas come in.
    public static let formats: [RenderFormat] = [.text, .markdown, .html, .json]

    /// Creates a renderer.
    public init(framework: Framework = .sou2019_43, language: Language, width: Int = 80) {
        self.framework = framework
        self.language = language
        self.width = width
    }

    private var builder: FrameworkBuilder { FrameworkBuilder(framework: framework, language: language) }

    /// The eight principles with their definitions and guidance.
    ///
    /// JSON is an array of objects with `id`, `name`, `definition`, `guidance` (array of strings),
    /// `newIn2019` and `source`, in the report's order.
    public func principles(as format: RenderFormat) throws(UnsupportedFormat) -> String {
        if format == .json {
            return JSONOutput.string(framework.principles.map { PrincipleJSON($0, language) })
        }
        return try write(builder.principles, as: format)
    }

    /// The five problem areas with their summaries, symptoms and linked principles.
    ///
    /// JSON is an array of objects with `id`, `title`, `summary`, `symptoms` (`text`, `source`),
    /// `principles` (`id`, `stated`, `source`) and `source`, in the report's order.
    public func problemAreas(as format: RenderFormat) throws(UnsupportedFormat) -> String {
        if format == .json {
            return JSONOutput.string(framework.problemAreas.map { ProblemAreaJSON($0, language) })
        }
        return try write(builder.problemAreas, as: format)
    }

    private func write(_ document: Document, as format: RenderFormat) throws(UnsupportedFormat) -> String {
        switch format {
        case .text: TextWriter(width: width).write(document)
        case .markdown: MarkdownWriter().write(document)
        case .html: HTMLWriter().write(document)
        case .csv, .json: throw UnsupportedFormat(format: format, supported: Self.formats)
        }
    }
}

private struct PrincipleJSON: Encodable {
    var id: String
    var name: String
    var definition: String
    var guidance: [String]
    var newIn2019: Bool
    var source: String

    init(_ principle: Principle, _ language: Language) {
        id = principle.id.rawValue
        name = principle.name(language)
        definition = principle.definition(language)
        guidance = principle.guidance.map { $0(language) }
        newIn2019 = principle.isNewIn2019
        source = principle.source.description
    }
}

private struct ProblemAreaJSON: Encodable {
    struct SymptomJSON: Encodable {
        var text: String
        var source: String
    }

    struct LinkJSON: Encodable {
        var id: String
        var stated: Bool
        var source: String?
    }

    var id: String
    var title: String
    var summary: String
    var symptoms: [SymptomJSON]
    var principles: [LinkJSON]
    var source: String

    init(_ area: ProblemArea, _ language: Language) {
        id = area.id.rawValue
        title = area.title(language)
        summary = area.summary(language)
        symptoms = area.symptoms.map { SymptomJSON(text: $0.text(language), source: $0.source.description) }
        principles = area.principles.map {
            LinkJSON(id: $0.principle.rawValue, stated: !$0.isInferred, source: $0.statedIn?.description)
        }
        source = area.source.description
    }
}
