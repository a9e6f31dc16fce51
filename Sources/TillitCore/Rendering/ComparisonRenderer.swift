/// Renders a ``Comparison`` of two assessments: a terminal table, Markdown, HTML, CSV or JSON; the
/// first three from the one document ``ComparisonBuilder`` makes.
///
/// Each format shows the change per principle and problem area with its direction and whether it is
/// for the better, the items that moved most, the status of the earlier plan's actions, and — when the
/// questionnaires differ — what the two assessments do not share.
public struct ComparisonRenderer: Sendable {
    /// The comparison.
    public var comparison: Comparison
    /// The language of the output.
    public var language: Language
    /// The framework that names principles and problem areas.
    public var framework: Framework
    /// The width of text output in columns.
    public var width: Int
    /// How many of the items that moved most are listed.
    public var itemLimit: Int
    /// How CSV is written; by default as the language implies.
    public var csvDialect: CSVDialect

    /// Creates a renderer.
    public init(
        comparison: Comparison, language: Language, framework: Framework = .sou2019_43, width: Int = 80,
        itemLimit: Int = 10, csvDialect: CSVDialect? = nil
    ) {
        self.comparison = comparison
        self.language = language
        self.framework = framework
        self.width = max(60, min(width, 80))
        self.itemLimit = itemLimit
        self.csvDialect = csvDialect ?? CSVDialect(language: language)
    }

    /// The comparison in the given format.
    public func render(_ format: RenderFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .csv: csv()
        case .json: JSONOutput.string(ComparisonExport(comparison, language: language, framework: framework))
        case .html: html()
        }
    }

    /// The comparison as a format-independent document.
    public var model: Document {
        ComparisonBuilder(
            comparison: comparison, language: language, framework: framework, itemLimit: itemLimit
        )
        .document
    }

    /// The terminal view, at most ``width`` columns.
    public func text() -> String { TextWriter(width: width).write(model) }

    /// The comparison as Markdown.
    public func markdown() -> String { MarkdownWriter().write(model) }

    /// One self-contained page with the report's look; prints on A4. Direction is said in words and
    /// arrows, never by colour alone.
    public func html() -> String { HTMLWriter().write(model) }

    /// One row per principle and problem area, then one per shared item, then one per action; UTF-8
    /// with BOM, formula-like cells neutralised.
    public func csv() -> String {
        var writer = CSVWriter(
            header: Vocabulary.comparisonCSVHeader.map { $0(language) }, dialect: csvDialect)
        for change in comparison.targets {
            writer.append([
                .text(change.target.principle != nil ? "principle" : "problemArea"), .text(change.target.id),
                CSVWriter.number(change.oldScore), CSVWriter.number(change.newScore),
                CSVWriter.number(change.scoreChange),
                CSVWriter.number(change.oldIndex), CSVWriter.number(change.newIndex),
                CSVWriter.number(change.indexChange),
                .text(change.direction?.rawValue ?? ""), .text(""), .text(""),
                .text(change.target.name(in: framework)(language)),
            ])
        }
        for item in comparison.items {
            writer.append([
                .text("item"), .text(item.itemID), CSVWriter.number(item.oldMean),
                CSVWriter.number(item.newMean),
                CSVWriter.number(item.change), .text(""), .text(""), .text(""), .text(""), .text(""),
                .text(""),
                .text(item.target.id),
            ])
        }
        for progress in comparison.actions {
            writer.append([
                .text("action"), .text(progress.action.id), .text(""), .text(""), .text(""), .text(""),
                .text(""),
                .text(""), .text(""), .text(progress.action.status.rawValue), .text(progress.status.rawValue),
                .text(progress.action.what),
            ])
        }
        return writer.text
    }
}
