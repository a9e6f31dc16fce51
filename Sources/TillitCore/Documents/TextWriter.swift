/// Writes a ``Document`` for the terminal: headings in capitals, text wrapped to ``width``, tables in
/// columns, charts as tables with a bar; ANSI colour and bold only when ``useColor`` is set.
public struct TextWriter: Sendable {
    /// The width in columns; at least 40, the narrowest terminal the workshop supports.
    public var width: Int
    /// Whether escape codes for bold and colour may be written.
    public var useColor: Bool

    /// Creates a writer.
    public init(width: Int = 80, useColor: Bool = false) {
        self.width = max(40, width)
        self.useColor = useColor
    }

    private static let barWidth = 20

    /// The document as terminal text, ending with a newline.
    public func write(_ document: Document) -> String {
        // Without a kicker the title stands alone, in capitals like a section's.
        let heading =
            document.kicker.isEmpty
            ? document.title.uppercased() : document.kicker.uppercased() + ": " + document.title
        var lines = wrap(heading, first: "", rest: "  ").map(bold)
        if !document.subtitle.isEmpty { lines += wrap(document.subtitle, first: "", rest: "  ") }
        for block in document.blocks { lines += write(block, top: true) }
        if !document.footer.isEmpty { lines += [""] + wrap(document.footer, first: "", rest: "") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A block; a section at the top of the document has its title in capitals, a nested one as written.
    private func write(_ block: Block, top: Bool = false) -> [String] {
        switch block {
        case .heading(let text): return [""] + wrap(text, first: "", rest: "").map(bold)
        case .paragraph(let text): return [""] + wrap(text, first: "", rest: "")
        case .note(let text): return [""] + wrap(text, first: "  ", rest: "  ")
        case .quote(let text, let source):
            return [""] + wrap(text, first: "  ", rest: "  ") + wrap("— " + source, first: "  ", rest: "  ")
        case .list(let items): return [""] + items.flatMap { wrap($0, first: "- ", rest: "  ") }
        case .keyFigures(let figures):
            return [""]
                + figures.flatMap { figure in
                    let detail = figure.detail.isEmpty ? "" : " (\(figure.detail))"
                    return wrap("\(figure.label): \(figure.value)\(detail)", first: "", rest: "  ")
                }
        case .table(let table): return [""] + write(table)
        case .chart(let chart): return [""] + write(chart)
        case .section(let section):
            let title = top ? section.title.uppercased() : section.title
            return [""] + wrap(title, first: "", rest: "").map(bold) + section.blocks.flatMap { write($0) }
        }
    }

    private func write(_ table: DocumentTable) -> [String] {
        let count = table.columns.count
        guard count > 0 else { return [] }
        // Every column but the first as wide as its widest cell; the first takes what is left.
        // A header wraps at its spaces, so a column is as wide as its widest cell or longest header word;
        // a short header (*Vet ej*, *Andel ja*) is not broken at all.
        let natural = (0..<count).map { column in
            let title = table.columns[column].title
            let words = title.count <= 10 ? [title.count] : title.split(separator: " ").map(\.count)
            // A flagged row's name carries the mark " !" (see below).
            let cells = table.rows.filter { !$0.isGroupHeading }.map {
                (column < $0.cells.count ? $0.cells[column].count : 0) + (column == 0 && $0.flagged ? 2 : 0)
            }
            return (words + cells).max() ?? 0
        }
        var widths = natural
        // Room to spare: a header that would wrap gets its whole width, left to right, while the table fits.
        for column in widths.indices {
            let header = table.columns[column].title.count
            let extra = header - widths[column]
            if extra > 0, widths.reduce(0, +) + extra + 2 * (count - 1) <= width { widths[column] = header }
        }
        // The narrowest a column can be without cutting a word: its longest word (a flagged name's mark
        // counted), its header's when the header is kept whole.
        let narrowest = (0..<count).map { column in
            let title = table.columns[column].title
            let words =
                (title.count <= 10 ? [title] : title.split(separator: " ").map(String.init))
                + table.rows.filter { !$0.isGroupHeading }.flatMap { row -> [String] in
                    guard column < row.cells.count else { return [] }
                    let cell = row.cells[column] + (column == 0 && row.flagged ? " !" : "")
                    return cell.split(separator: " ").map(String.init)
                }
            return max(1, words.map(\.count).max() ?? 1)
        }
        // Too wide for the terminal: narrow the widest column that can give, one character at a time;
        // its cells wrap at their spaces.
        while widths.reduce(0, +) + 2 * (count - 1) > width,
            let widest = widths.indices.filter({ widths[$0] > max(8, narrowest[$0]) }).max(by: {
                widths[$0] < widths[$1]
            })
        {
            widths[widest] -= 1
        }
        var lines = table.caption.isEmpty ? [] : wrap(table.caption, first: "", rest: "").map(bold)
        // Still too wide (a narrow terminal), or a column of prose squeezed narrower than a few words,
        // which reads badly: then each row is a record, and no word is ever cut.
        if widths.reduce(0, +) + 2 * (count - 1) > width
            || widths.indices.contains(where: { natural[$0] >= 24 && widths[$0] < 18 })
        {
            return lines + records(table)
        }
        lines += row(table.columns.map(\.title), table: table, widths: widths).map(bold)
        for entry in table.rows {
            if entry.isGroupHeading {
                lines += wrap(entry.cells.first ?? "", first: "", rest: "").map(bold)
            } else {
                var cells = entry.cells
                if entry.flagged, !cells.isEmpty { cells[0] += " !" }
                lines += row(cells, table: table, widths: widths)
            }
        }
        return lines
    }

    /// A table too wide for the terminal as one record per row: the row's name (and, when the name is a
    /// short id, the second cell) on the first line, every other cell with its column's title below it.
    private func records(_ table: DocumentTable) -> [String] {
        var lines: [String] = []
        let shortID = table.rows.filter { !$0.isGroupHeading }.allSatisfy {
            ($0.cells.first?.count ?? 0) <= 4
        }
        let leading = shortID && table.columns.count > 1 ? 2 : 1
        for entry in table.rows {
            if entry.isGroupHeading {
                lines += [""] + wrap(entry.cells.first ?? "", first: "", rest: "").map(bold)
                continue
            }
            var name = entry.cells.prefix(leading).joined(separator: " ")
            if entry.flagged { name += " !" }
            lines += wrap(name, first: "", rest: shortID ? "    " : "  ")
            let facts = entry.cells.indices.dropFirst(leading).compactMap { index -> String? in
                let cell = entry.cells[index]
                guard index < table.columns.count, !cell.isEmpty else { return nil }
                return "\(table.columns[index].title): \(cell)"
            }
            if !facts.isEmpty { lines += wrap(facts.joined(separator: " · "), first: "    ", rest: "    ") }
        }
        return lines
    }

    private func row(_ cells: [String], table: DocumentTable, widths: [Int]) -> [String] {
        let wrapped = widths.indices.map { column in
            TextLayout.wrap(column < cells.count ? Self.clean(cells[column]) : "", width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            widths.indices.map { column in
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                return table.columns[column].numeric
                    ? TextLayout.right(text, width: widths[column])
                    : TextLayout.fit(text, width: widths[column])
            }.joined(separator: "  ").trimmingTrailing()
        }
    }

    /// A chart as a table: one row per entry with every series' value, and a bar for the main one.
    private func write(_ chart: DocumentChart) -> [String] {
        guard let main = chart.series.first else { return [] }
        let table = DocumentTable(
            caption: chart.title,
            columns: [.init("")] + chart.series.map { .init($0.label, numeric: true) } + [.init("")],
            rows: chart.labels.indices.map { index in
                DocumentTable.Row(
                    [chart.labels[index]]
                        + chart.series.map { series in
                            series.values[index].map { Formatting.decimal($0, decimals: 0) } ?? "–"
                        } + [bar(main.values[index])])
            })
        return write(table)
    }

    private func bar(_ value: Double?) -> String {
        guard let value else { return String(repeating: "·", count: Self.barWidth) }
        let filled = max(0, min(Self.barWidth, Int((value / 100 * Double(Self.barWidth)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
    }

    /// The text made inert (``InertText``), so that an escape sequence a user typed never reaches the
    /// terminal but is seen for what it is; the writer's own colour codes are added after.
    static func clean(_ text: String) -> String {
        InertText.clean(text.replacingOccurrences(of: "\t", with: " "), for: .text)
    }

    private func wrap(_ text: String, first: String, rest: String) -> [String] {
        TextLayout.wrap(Self.clean(text), width: width - max(first.count, rest.count)).enumerated().map {
            index, line in
            (index == 0 ? first : rest) + line
        }
    }

    private func color(_ text: String, code: String) -> String {
        useColor && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String { color(text, code: "1") }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailing() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
