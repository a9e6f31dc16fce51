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
    /// JSON is a ``PrinciplesExport``.
    public func principles(as format: RenderFormat) throws(UnsupportedFormat) -> String {
        if format == .json {
            return JSONOutput.string(PrinciplesExport(framework, language: language))
        }
        return try write(builder.principles, as: format)
    }

    /// The five problem areas with their summaries, symptoms and linked principles.
    ///
    /// JSON is a ``ProblemAreasExport``.
    public func problemAreas(as format: RenderFormat) throws(UnsupportedFormat) -> String {
        if format == .json {
            return JSONOutput.string(ProblemAreasExport(framework, language: language))
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
