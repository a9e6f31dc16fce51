/// Renders a ``NationalComparison`` (Markdown and HTML from the document ``NationalComparisonBuilder``
/// makes): per question the team's share of *yes* beside the national share
/// and the shares in the agency's own segments. Every format states the source and year, and marks
/// segments with fewer than ten agencies.
public struct NationalComparisonRenderer: Sendable {
    /// The comparison.
    public var comparison: NationalComparison
    /// The language of the output.
    public var language: Language
    /// The width of text output in columns.
    public var width: Int

    /// Creates a renderer.
    public init(comparison: NationalComparison, language: Language, width: Int = 80) {
        self.comparison = comparison
        self.language = language
        self.width = max(60, min(width, 80))
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

    private func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

    /// The source and year, stated on every output.
    public var sourceLine: String { Vocabulary.nationalSource(comparison)(language) }

    private var smallNote: String { Vocabulary.smallSegmentNote(language) }

    private var misprintNote: String { Vocabulary.misprintNote(language) }

    func label(_ figure: NationalComparison.Figure) -> String {
        NationalComparisonBuilder(comparison: comparison, language: language).label(figure)
    }

    private func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return Formatting.decimal(value, decimals: 0) + " %"
    }

    private func teamDetail(_ team: NationalComparison.TeamAnswer?) -> String {
        Vocabulary.teamAnswer(team)(language)
    }

    private func marks(_ figure: NationalComparison.Figure) -> String {
        NationalComparisonBuilder(comparison: comparison, language: language).marks(figure)
    }

    // MARK: Text

    /// The terminal view, at most ``width`` columns.
    public func text() -> String {
        var lines = TextLayout.wrap(
            t("NATIONELL JÄMFÖRELSE", "NATIONAL COMPARISON") + " – "
                + t("myndighetsenkäten 2019", "the 2019 agency survey"),
            width: width)
        lines += TextLayout.wrap(sourceLine, width: width)
        let labelWidth = 34
        for row in comparison.rows {
            lines.append("")
            lines += TextLayout.wrap(
                "\(t("Fråga", "Question")) \(row.number). \(row.text(language))", width: width)
            func line(_ label: String, _ share: String, _ detail: String) {
                let head =
                    "  " + TextLayout.fit(label, width: labelWidth) + TextLayout.right(share, width: 6) + " "
                    + t("ja", "yes") + "  "
                let rest = TextLayout.wrap(detail, width: width - head.count)
                lines.append(head + (rest.first ?? ""))
                lines += rest.dropFirst().map { String(repeating: " ", count: head.count) + $0 }
            }
            line(Vocabulary.yourTeam(language), percent(row.team?.yesPercent), teamDetail(row.team))
            for figure in row.figures {
                line(label(figure), "\(figure.yesPercent) %", "(n = \(figure.n))" + marks(figure))
            }
        }
        let figures = comparison.rows.flatMap(\.figures)
        lines.append("")
        if figures.contains(where: \.small) { lines += TextLayout.wrap(smallNote, width: width) }
        if figures.contains(where: { $0.note != nil }) {
            lines += TextLayout.wrap(misprintNote, width: width)
        }
        lines += TextLayout.wrap(Vocabulary.nationalExplanation(language), width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown, HTML, CSV

    /// The comparison as a format-independent document.
    public var model: Document {
        NationalComparisonBuilder(comparison: comparison, language: language).document
    }

    /// The comparison as Markdown: a table per question.
    public func markdown() -> String { MarkdownWriter().write(model) }

    /// One self-contained page with the report's look: a table per question; prints on A4.
    public func html() -> String { HTMLWriter().write(model) }

    /// One row per question and group (the team, all agencies, each segment); the source in the header's
    /// last column and on every row. UTF-8 with BOM.
    public func csv() -> String {
        var writer = CSVWriter(
            header: [
                t("fråga", "question"), t("grupp", "group"), t("typ", "kind"), t("andel ja %", "share yes %"),
                t("ja", "yes"), t("nej", "no"), t("vet ej", "don't know"), "n",
                t("färre än 10", "fewer than 10"), t("anmärkning", "note"), t("källa", "source"),
            ])
        let source = "\(comparison.source) (\(comparison.year))"
        for row in comparison.rows {
            if let team = row.team {
                writer.append([
                    .text(row.id), .text(t("Ni", "Your team")), .text("team"),
                    CSVWriter.number(team.yesPercent, decimals: 1),
                    CSVWriter.number(team.yes), CSVWriter.number(team.no), CSVWriter.number(team.dontKnow),
                    CSVWriter.number(team.answered), .text(""), .text(""), .text(source),
                ])
            }
            for figure in row.figures {
                writer.append([
                    .text(row.id), .text(label(figure)), .text(figure.kind),
                    CSVWriter.number(figure.yesPercent),
                    CSVWriter.number(figure.yes), CSVWriter.number(figure.no), .text(""),
                    CSVWriter.number(figure.n), .text(figure.small ? t("ja", "yes") : ""),
                    .text(figure.note ?? ""),
                    .text(source),
                ])
            }
        }
        return writer.text
    }
}
