/// Renders a ``NationalComparison``: per question the team's share of *yes* beside the national share
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
        case .json: JSONOutput.string(comparison)
        case .html: html()
        }
    }

    private func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

    /// The source and year, stated on every output.
    public var sourceLine: String {
        t(
            "Källa: Tillitsdelegationens myndighetsenkät \(comparison.year), \(comparison.source) "
                + "(\(comparison.respondents) myndigheters ledningar svarade, maj–juni \(comparison.year)).",
            "Source: the Trust Delegation's agency survey \(comparison.year), \(comparison.source) "
                + "(the leaderships of \(comparison.respondents) agencies answered, May–June \(comparison.year))."
        )
    }

    private var smallNote: String {
        t(
            "* Färre än \(NationalSurvey.smallSegment) myndigheter i gruppen: jämförelsen är osäker.",
            "* Fewer than \(NationalSurvey.smallSegment) agencies in the group: an uncertain comparison.")
    }

    private var misprintNote: String {
        t(
            "† Källans siffror för raden går inte ihop; andelen återges som källan anger den.",
            "† The source's figures for this row do not add up; the share is given as the source prints it.")
    }

    func label(_ figure: NationalComparison.Figure) -> String {
        let text = figure.label(language)
        return figure.kind == NationalSurvey.Breakdown.employees.rawValue
            ? text + t(" anställda", " employees") : text
    }

    private func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return Formatting.decimal(value, decimals: 0) + " %"
    }

    private func teamDetail(_ team: NationalComparison.TeamAnswer?) -> String {
        guard let team else { return t("frågan ingår inte i självskattningen", "not in the assessment") }
        var text: String
        if let yes = team.yes {
            text = t("\(yes) av \(team.answered) svarade ja", "\(yes) of \(team.answered) said yes")
        } else {
            text = t(
                "\(team.answered) svarade ja eller nej; redovisas inte under \(DisclosureControl.minimumThreshold)",
                "\(team.answered) answered yes or no; withheld under \(DisclosureControl.minimumThreshold)")
        }
        if team.dontKnow > 0 { text += t(", \(team.dontKnow) vet ej", ", \(team.dontKnow) don't know") }
        return text
    }

    private func marks(_ figure: NationalComparison.Figure) -> String {
        (figure.small ? "*" : "") + (figure.note != nil ? "†" : "")
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
            line(t("Ni", "Your team"), percent(row.team?.yesPercent), teamDetail(row.team))
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
        lines += TextLayout.wrap(
            t(
                "Ni: andelen ja bland dem som svarade ja eller nej. Enkäten besvarades av myndighetens högsta "
                    + "ledning; n är antalet myndigheter som besvarade frågan.",
                "Your team: the share of yes among those who answered yes or no. The survey was answered by each "
                    + "agency's top management; n is the number of agencies that answered the question."),
            width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown, HTML, CSV

    /// The comparison as Markdown: one table, a row per question.
    public func markdown() -> String {
        var out =
            "# \(t("Nationell jämförelse", "National comparison")): \(t("myndighetsenkäten", "the agency survey")) \(comparison.year)\n\n"
        out += "_\(sourceLine)_\n\n"
        let headers = comparison.rows.first?.figures.map(label) ?? []
        out +=
            "| \(t("Fråga", "Question")) | \(t("Ni", "Your team")) |" + headers.map { " \($0) |" }.joined()
            + "\n"
        out += "|---|---:|" + String(repeating: "---:|", count: headers.count) + "\n"
        for row in comparison.rows {
            let question = row.text(language).replacingOccurrences(of: "|", with: "\\|")
            out += "| \(row.number). \(question) | \(percent(row.team?.yesPercent)) |"
            for figure in row.figures { out += " \(figure.yesPercent) % (n = \(figure.n))\(marks(figure)) |" }
            out += "\n"
        }
        let figures = comparison.rows.flatMap(\.figures)
        out += "\n"
        if figures.contains(where: \.small) { out += "\(smallNote)  \n" }
        if figures.contains(where: { $0.note != nil }) { out += "\(misprintNote)  \n" }
        out +=
            t(
                "Ni: andelen ja bland dem som svarade ja eller nej.",
                "Your team: the share of yes among those who answered yes or no.") + "\n"
        return out
    }

    /// The text view in a minimal self-contained page, every piece of text escaped.
    public func html() -> String {
        let title = HTMLText.escape(t("Nationell jämförelse", "National comparison") + " \(comparison.year)")
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<title>\(title)</title>\n<style>body{font:15px/1.45 system-ui,sans-serif;max-width:56rem;"
        out +=
            "margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace}"
        out +=
            "</style>\n</head>\n<body>\n<h1>\(title)</h1>\n<pre>\(HTMLText.escape(text()))</pre>\n</body>\n</html>\n"
        return out
    }

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
