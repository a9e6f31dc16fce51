/// Writes a ``Document`` as Markdown for a wiki or an e-mail. Every text is escaped, so that what a user
/// typed cannot break a table or inject markup; a chart becomes a table of its values.
public struct MarkdownWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The document as Markdown.
    public func write(_ document: Document) -> String {
        var out = document.kicker.isEmpty ? "" : "_\(escape(document.kicker))_\n\n"
        out += "# \(escape(document.title))\n"
        if !document.subtitle.isEmpty { out += "\n\(escape(document.subtitle))\n" }
        for block in document.blocks { out += write(block, level: 2) }
        if !document.footer.isEmpty { out += "\n_\(escape(document.footer))_\n" }
        return out
    }

    private func write(_ block: Block, level: Int) -> String {
        switch block {
        case .heading(let text): return "\n\(String(repeating: "#", count: level)) \(escape(text))\n"
        case .paragraph(let text): return "\n\(escape(text))\n"
        case .note(let text): return "\n> \(escape(text))\n"
        case .quote(let text, let source): return "\n> \(escape(text))\n>\n> — _\(escape(source))_\n"
        case .list(let items): return "\n" + items.map { "- \(escape($0))\n" }.joined()
        case .keyFigures(let figures):
            return "\n"
                + figures.map { figure in
                    let detail = figure.detail.isEmpty ? "" : " (\(escape(figure.detail)))"
                    return "- \(escape(figure.label)): **\(escape(figure.value))**\(detail)\n"
                }.joined()
        case .table(let table): return "\n" + write(table)
        case .chart(let chart): return "\n" + write(chart)
        case .section(let section):
            return "\n\(String(repeating: "#", count: level)) \(escape(section.title))\n"
                + section.blocks.map { write($0, level: level + 1) }.joined()
        }
    }

    /// A chart as a table of its values, one column per series: what the chart shows, in text.
    private func write(_ chart: DocumentChart) -> String {
        write(
            DocumentTable(
                caption: chart.title,
                columns: [.init("")] + chart.series.map { .init($0.label, numeric: true) },
                rows: chart.labels.indices.map { index in
                    DocumentTable.Row(
                        [chart.labels[index]]
                            + chart.series.map { series in
                                series.values[index].map { Formatting.decimal($0, decimals: 0) } ?? "–"
                            })
                }))
    }

    private func write(_ table: DocumentTable) -> String {
        var out = table.caption.isEmpty ? "" : "**\(escape(table.caption))**\n\n"
        out += "| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.numeric ? "---:|" : "---|" }.joined() + "\n"
        for row in table.rows {
            if row.isGroupHeading {
                let rest = String(repeating: " |", count: max(0, table.columns.count - 1))
                out += "| **\(escape(row.cells.first ?? ""))** |\(rest)\n"
                continue
            }
            var cells = row.cells.map(escape)
            if row.flagged, !cells.isEmpty { cells[0] += " **!**" }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Escapes text for Markdown: no table breaks, no raw HTML, no accidental emphasis.
    public func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "\\": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }
}
