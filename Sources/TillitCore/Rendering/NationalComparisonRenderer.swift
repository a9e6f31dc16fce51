/// Renders a ``NationalComparison``: per question the team's share of *yes* beside the national share
/// and the shares in the agency's own segments. Text, Markdown and HTML are written from the one
/// document ``NationalComparisonBuilder`` makes; CSV and JSON are for other tools. Every format states
/// the source and year, and marks segments with fewer than ten agencies.
public struct NationalComparisonRenderer: Sendable {
    /// The comparison.
    public var comparison: NationalComparison
    /// The language of the output.
    public var language: Language
    /// The width of text output in columns.
    public var width: Int
    /// How CSV is written; by default as the language implies, like every other CSV.
    public var csvDialect: CSVDialect

    /// Creates a renderer.
    public init(
        comparison: NationalComparison, language: Language, width: Int = 80, csvDialect: CSVDialect? = nil
    ) {
        self.comparison = comparison
        self.language = language
        self.width = max(60, min(width, 80))
        self.csvDialect = csvDialect ?? CSVDialect(language: language)
    }

    /// The comparison in the given format.
    public func render(_ format: RenderFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .csv: csv()
        case .json: JSONOutput.string(NationalComparisonExport(comparison, language: language))
        case .html: html()
        }
    }

    /// The comparison as a format-independent document.
    public var model: Document { builder.document }

    private var builder: NationalComparisonBuilder {
        NationalComparisonBuilder(comparison: comparison, language: language)
    }

    /// The terminal view, at most ``width`` columns: a table per question.
    public func text() -> String { TextWriter(width: width).write(model) }

    /// The comparison as Markdown: a table per question.
    public func markdown() -> String { MarkdownWriter().write(model) }

    /// One self-contained page with the report's look: a table per question; prints on A4.
    public func html() -> String { HTMLWriter().write(model) }

    /// One row per question and group (the team, all agencies, each segment); the source in the header's
    /// last column and on every row. UTF-8 with BOM, in ``csvDialect``.
    public func csv() -> String {
        var writer = CSVWriter(header: Vocabulary.nationalCSVHeader.map { $0(language) }, dialect: csvDialect)
        let source = "\(comparison.source) (\(comparison.year))"
        for row in comparison.rows {
            if let team = row.team {
                writer.append([
                    .text(row.id), .text(Vocabulary.yourTeam(language)), .text("team"),
                    CSVWriter.number(team.yesPercent, decimals: 1),
                    CSVWriter.number(team.yes), CSVWriter.number(team.no), CSVWriter.number(team.dontKnow),
                    CSVWriter.number(team.answered), .text(""), .text(""), .text(source),
                ])
            }
            for figure in row.figures {
                writer.append([
                    .text(row.id), .text(builder.label(figure)), .text(figure.kind),
                    CSVWriter.number(figure.yesPercent),
                    CSVWriter.number(figure.yes), CSVWriter.number(figure.no), .text(""),
                    CSVWriter.number(figure.n), .text(figure.small ? Term.yes(language) : ""),
                    .text(figure.note ?? ""),
                    .text(source),
                ])
            }
        }
        return writer.text
    }
}
