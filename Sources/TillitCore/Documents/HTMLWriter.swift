/// Writes a ``Document`` as one self-contained HTML page: the one stylesheet inline, charts as inline
/// SVG, no scripts, no network. Every text is escaped; the page prints on A4, with the summary on its
/// own first page.
public struct HTMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The document as an HTML page.
    public func write(_ document: Document) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(document.language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(document.kicker.isEmpty ? "" : e(document.kicker) + " – ")\(e(document.title))</title>
            <style>\(Stylesheet.css)</style>
            </head>
            <body>
            <header>

            """
        if !document.kicker.isEmpty { out += "<p class=\"kicker\">\(e(document.kicker))</p>\n" }
        out += "<h1>\(e(document.title))</h1>\n"
        if !document.subtitle.isEmpty { out += "<p class=\"unit\">\(e(document.subtitle))</p>\n" }
        out += "</header>\n<main>\n"
        for block in document.blocks { out += write(block) }
        out += "</main>\n"
        if !document.footer.isEmpty { out += "<footer><p>\(e(document.footer))</p></footer>\n" }
        return out + "</body>\n</html>\n"
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    private func write(_ block: Block, level: Int = 2) -> String {
        switch block {
        case .heading(let text): return "<h\(level)>\(e(text))</h\(level)>\n"
        case .paragraph(let text): return "<p>\(e(text))</p>\n"
        case .note(let text): return "<p class=\"note\">\(e(text))</p>\n"
        case .quote(let text, let source):
            return "<blockquote><p>\(e(text))</p><footer>\(e(source))</footer></blockquote>\n"
        case .list(let items): return "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        case .keyFigures(let figures):
            var out = "<dl class=\"facts\">\n"
            for figure in figures {
                out += "<div><dt>\(e(figure.label))</dt><dd>\(e(figure.value))"
                if !figure.detail.isEmpty { out += " <span class=\"muted\">\(e(figure.detail))</span>" }
                out += "</dd></div>\n"
            }
            return out + "</dl>\n"
        case .table(let table): return write(table)
        case .chart(let chart):
            var out = "<figure class=\"chart chart-\(chart.kind == .radar ? "radar" : "bars")\">\n"
            out += ChartSVG(chart: chart).svg + "\n"
            if !chart.caption.isEmpty { out += "<figcaption>\(e(chart.caption))</figcaption>\n" }
            return out + "</figure>\n"
        case .section(let section):
            let page = section.pageBreakAfter ? " class=\"page\"" : ""
            var out = "<section id=\"\(e(section.id))\"\(page)>\n<h\(level)>\(e(section.title))</h\(level)>\n"
            for block in section.blocks { out += write(block, level: level + 1) }
            return out + "</section>\n"
        }
    }

    private func write(_ table: DocumentTable) -> String {
        var out = "<table>\n"
        if !table.caption.isEmpty { out += "<caption>\(e(table.caption))</caption>\n" }
        out += "<thead><tr>"
        for (index, column) in table.columns.enumerated() {
            // A short header (*Vet ej*, *Andel ja*) stays on one line, as in the terminal; a column of
            // short cells under it takes no more room than they need, so that columns of boxes or figures
            // line up from one table to the next and the prose column takes the rest.
            let short = column.title.count <= 10
            let fits =
                short
                && table.rows.allSatisfy {
                    $0.isGroupHeading || index >= $0.cells.count || $0.cells[index].count <= 12
                }
            let classes = [column.numeric ? "num" : nil, short ? "short" : nil, fits ? "fit" : nil]
            out += "<th scope=\"col\"\(attribute(classes))>\(e(column.title))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        // Rows named by sentences (statements, actions) are not set in bold, and then none of the
        // table's rows is, so that a short name does not stand out from the long ones beside it.
        let prose = table.rows.contains { !$0.isGroupHeading && ($0.cells.first?.count ?? 0) > 40 }
        for row in table.rows {
            if row.isGroupHeading {
                out += "<tr class=\"group-row\"><th scope=\"rowgroup\" colspan=\"\(table.columns.count)\">"
                out += "\(e(row.cells.first ?? ""))</th></tr>\n"
                continue
            }
            out += "<tr>"
            for (index, cell) in row.cells.enumerated() {
                let numeric = index < table.columns.count && table.columns[index].numeric
                let flag = index == 0 && row.flagged ? " <span class=\"flag\">!</span>" : ""
                if index == 0 {
                    let classes = [prose ? "prose" : nil, cell.count <= 12 ? "short" : nil]
                    out += "<th scope=\"row\"\(attribute(classes))>\(e(cell))\(flag)</th>"
                } else {
                    // A short cell — a date, a status, a figure — is never broken across lines.
                    out +=
                        "<td\(attribute([numeric ? "num" : nil, cell.count <= 12 ? "short" : nil]))>\(e(cell))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// ` class="a b"` for the classes given, or nothing.
    private func attribute(_ classes: [String?]) -> String {
        let names = classes.compactMap { $0 }
        return names.isEmpty ? "" : " class=\"\(names.joined(separator: " "))\""
    }
}
