import Foundation

/// Renders a development plan for reading and for other tools: text for the terminal (80 columns),
/// Markdown for a hand-out to the management team, a self-contained HTML page that prints on A4, CSV
/// of the actions for a spreadsheet, and JSON.
///
/// Every format shows the same content (``PlanOverview``): who and when, the focus principles with why,
/// their problem areas, the proposed measures with their sources (quick wins apart from long-term
/// work), the team's actions and the follow-up date. Before the team has agreed a plan, the proposal is
/// shown and the page says that no actions are agreed yet.
public struct PlanRenderer: Sendable {
    /// The framework the principles, problem areas and measures are looked up in.
    public var framework: Framework
    /// The language of the output.
    public var language: Language
    /// The width of text output in columns.
    public var width: Int

    /// Creates a renderer.
    public init(framework: Framework = .sou2019_43, language: Language, width: Int = 80) {
        self.framework = framework
        self.language = language
        self.width = width
    }

    /// Scores and plans an assessment and renders its plan.
    public func render(
        _ assessment: Assessment, as format: RenderFormat, planner: Planner = Planner(),
        scorer: Scorer = Scorer()
    ) -> String {
        render(planner.overview(of: assessment, scorecard: scorer.score(assessment)), as: format)
    }

    /// Renders a plan overview.
    public func render(_ overview: PlanOverview, as format: RenderFormat) -> String {
        switch format {
        case .text: text(overview)
        case .markdown: markdown(overview)
        case .html: html(overview)
        case .csv: csv(overview)
        case .json: JSONOutput.string(PlanJSON(overview, renderer: self))
        }
    }

    // MARK: - Text

    private func text(_ plan: PlanOverview) -> String {
        var lines: [String] = []
        /// Wraps a paragraph; `first` begins it (a number, a bullet or a label). A label wider than the
        /// indent runs into the text, and the following lines align with the label.
        func paragraph(_ text: String, indent: Int = 0, first: String? = nil) {
            let rest = String(repeating: " ", count: indent)
            guard let first, first.count > indent else {
                lines += TextLayout.wrap(text, width: width, first: first ?? rest, rest: rest)
                return
            }
            let lead = String(first.prefix { $0 == " " })
            lines += TextLayout.wrap(
                first.dropFirst(lead.count) + text, width: width, first: lead, rest: lead)
        }
        lines.append(t(sv: "UTVECKLINGSPLAN", en: "DEVELOPMENT PLAN"))
        paragraph(who(plan))
        let facts = meta(plan)
        paragraph(facts.dropLast().joined(separator: " · "))
        paragraph(facts.last!)
        if let notice = notice(plan) {
            lines.append("")
            paragraph(notice)
        }
        lines.append("")
        lines.append(focusHeading(plan).uppercased())
        if plan.focus.isEmpty { paragraph(noFocus(plan), indent: 3) }
        for (number, focus) in plan.focus.enumerated() {
            lines.append("")
            paragraph(principleName(focus.principle), first: "\(number + 1). ")
            paragraph(why(focus), indent: 3, first: "   \(t(sv: "Varför", en: "Why")): ")
            paragraph(relatedAreas(focus, plan: plan), indent: 3, first: "   \(relatedLabel): ")
            for (horizon, measures) in measuresByHorizon(focus) {
                lines.append("   \(horizonHeading(horizon)):")
                for measure in measures {
                    paragraph(measure.title(language), indent: 5, first: "   - ")
                    paragraph(measure.description(language), indent: 5)
                    paragraph(measureSource(measure), indent: 5)
                }
            }
        }
        if !plan.problemAreas.isEmpty {
            lines.append("")
            lines.append(problemAreasHeading(plan).uppercased())
            for id in plan.problemAreas {
                let level = plan.level(of: id).map { "  " + number($0) } ?? ""
                lines.append("   " + TextLayout.fit(areaTitle(id), width: width - 3 - level.count) + level)
            }
        }
        lines.append("")
        lines.append(t(sv: "LEDNINGSGRUPPENS ÅTGÄRDER", en: "THE TEAM'S ACTIONS"))
        if plan.actions.isEmpty {
            paragraph(t(sv: "Inga åtgärder är beslutade ännu.", en: "No actions are agreed yet."), indent: 3)
        }
        for action in plan.actions {
            lines.append("")
            paragraph(action.what, indent: 5, first: TextLayout.fit(action.id, width: 4) + " ")
            paragraph(actionFacts(action).joined(separator: " · "), indent: 5)
            for (label, value) in actionDetails(action) {
                paragraph(value, indent: 7, first: "     \(label): ")
            }
        }
        lines.append("")
        lines.append(t(sv: "UPPFÖLJNING", en: "FOLLOW-UP"))
        paragraph(followUpText(plan), indent: 3)
        if !plan.ranking.isEmpty {
            lines.append("")
            lines.append(t(sv: "SÅ RANGORDNADES PRINCIPERNA", en: "HOW THE PRINCIPLES WERE RANKED"))
            paragraph(rankingRule, indent: 3)
            for entry in plan.ranking {
                paragraph(
                    entry.reason(language), indent: 6,
                    first: TextLayout.right("\(entry.rank).", width: 5) + " ")
            }
        }
        lines.append("")
        paragraph(footer)
        // Control characters a user typed (e.g. an escape sequence in a note) never reach the terminal.
        let visible = lines.map { line in
            String(
                line.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init)
            )
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return visible.joined(separator: "\n") + "\n"
    }

    // MARK: - Markdown

    private func markdown(_ plan: PlanOverview) -> String {
        var out = "# \(t(sv: "Utvecklingsplan", en: "Development plan")): \(md(who(plan)))\n\n"
        out += meta(plan).map(md).joined(separator: " · ") + "\n"
        if let notice = notice(plan) { out += "\n> **\(notice)**\n" }
        out += "\n## \(focusHeading(plan))\n"
        if plan.focus.isEmpty { out += "\n\(noFocus(plan))\n" }
        for (number, focus) in plan.focus.enumerated() {
            let principle = framework.principle(focus.principle)
            out += "\n### \(number + 1). \(principle.name(language))\n\n"
            out += "> \(principle.definition(language))\n>\n> — _\(principle.source)_\n\n"
            out += "**\(t(sv: "Varför", en: "Why")):** \(why(focus))\n\n"
            out += "**\(relatedLabel):** \(relatedAreas(focus, plan: plan))\n"
            let groups = measuresByHorizon(focus)
            if !groups.isEmpty {
                out +=
                    "\n**\(t(sv: "Förslag ur åtgärdskatalogen", en: "Proposed measures from the catalogue"))**\n"
            }
            for (horizon, measures) in groups {
                out += "\n_\(horizonHeading(horizon))_\n\n"
                for measure in measures {
                    out +=
                        "- **\(measure.title(language)).** \(measure.description(language)) "
                        + "_\(measureSource(measure))_\n"
                }
            }
        }
        if !plan.problemAreas.isEmpty {
            out += "\n## \(problemAreasHeading(plan))\n\n"
            out +=
                "| \(t(sv: "Problemområde", en: "Problem area")) | \(t(sv: "Hur tydligt det märks (1–5)", en: "How present (1–5)")) |\n"
            out += "|---|---:|\n"
            for id in plan.problemAreas {
                out += "| \(areaTitle(id)) | \(plan.level(of: id).map(number) ?? "–") |\n"
            }
        }
        out += "\n## \(t(sv: "Ledningsgruppens åtgärder", en: "The team's actions"))\n\n"
        if plan.actions.isEmpty {
            out += t(sv: "Inga åtgärder är beslutade ännu.", en: "No actions are agreed yet.") + "\n"
        } else {
            out += "| " + actionColumns.joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: "---|", count: actionColumns.count) + "\n"
            for action in plan.actions {
                out += "| " + actionRow(action).map(md).joined(separator: " | ") + " |\n"
            }
            let detailed = plan.actions.filter { !actionDetails($0).isEmpty }
            if !detailed.isEmpty { out += "\n" }
            for action in detailed {
                out +=
                    "- **\(md(action.id))** – "
                    + actionDetails(action).map { "\($0.0): \(md($0.1))" }.joined(separator: " · ") + "\n"
            }
        }
        out += "\n## \(t(sv: "Uppföljning", en: "Follow-up"))\n\n\(followUpText(plan))\n"
        if !plan.ranking.isEmpty {
            out += "\n## \(t(sv: "Så rangordnades principerna", en: "How the principles were ranked"))\n\n"
            out += rankingRule + "\n\n"
            for entry in plan.ranking { out += "\(entry.rank). \(entry.reason(language))\n" }
        }
        out += "\n---\n\n_\(footer)_\n"
        return out
    }

    /// Escapes text a user typed so that Markdown shows it as written, on one line.
    private func md(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "|", "#": escaped += "\\\(character)"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    // MARK: - HTML

    private func html(_ plan: PlanOverview) -> String {
        let e = HTMLText.escape
        var body =
            "<header>\n<p class=\"kicker\">\(e(t(sv: "Utvecklingsplan", en: "Development plan")))</p>\n"
        body +=
            "<h1>\(e(who(plan)))</h1>\n<p class=\"meta\">\(meta(plan).map(e).joined(separator: " · "))</p>\n"
        body += "</header>\n"
        if let notice = notice(plan) { body += "<p class=\"notice\">\(e(notice))</p>\n" }
        body += "<section>\n<h2>\(e(focusHeading(plan)))</h2>\n"
        if plan.focus.isEmpty { body += "<p>\(e(noFocus(plan)))</p>\n" }
        for (number, focus) in plan.focus.enumerated() {
            let principle = framework.principle(focus.principle)
            body += "<article class=\"focus\">\n<h3>\(number + 1). \(e(principle.name(language)))</h3>\n"
            body +=
                "<blockquote>\(e(principle.definition(language)))"
                + " <cite>\(e(principle.source.description))</cite></blockquote>\n"
            body += "<p><strong>\(e(t(sv: "Varför", en: "Why"))):</strong> \(e(why(focus)))</p>\n"
            body += "<p><strong>\(e(relatedLabel)):</strong> \(e(relatedAreas(focus, plan: plan)))</p>\n"
            for (horizon, measures) in measuresByHorizon(focus) {
                body += "<h4>\(e(horizonHeading(horizon)))</h4>\n<ul class=\"measures\">\n"
                for measure in measures {
                    body +=
                        "<li><strong>\(e(measure.title(language))).</strong> \(e(measure.description(language)))"
                        + " <span class=\"source\">\(e(measureSource(measure)))</span></li>\n"
                }
                body += "</ul>\n"
            }
            body += "</article>\n"
        }
        body += "</section>\n"
        if !plan.problemAreas.isEmpty {
            body += "<section>\n<h2>\(e(problemAreasHeading(plan)))</h2>\n<table>\n<thead><tr>"
            body += "<th>\(e(t(sv: "Problemområde", en: "Problem area")))</th>"
            body +=
                "<th class=\"num\">\(e(t(sv: "Hur tydligt det märks (1–5)", en: "How present (1–5)")))</th></tr></thead>\n<tbody>\n"
            for id in plan.problemAreas {
                body +=
                    "<tr><td>\(e(areaTitle(id)))</td><td class=\"num\">\(e(plan.level(of: id).map(number) ?? "–"))</td></tr>\n"
            }
            body += "</tbody>\n</table>\n</section>\n"
        }
        body += "<section>\n<h2>\(e(t(sv: "Ledningsgruppens åtgärder", en: "The team's actions")))</h2>\n"
        if plan.actions.isEmpty {
            body +=
                "<p>\(e(t(sv: "Inga åtgärder är beslutade ännu.", en: "No actions are agreed yet.")))</p>\n"
        } else {
            body +=
                "<table class=\"actions\">\n<thead><tr>"
                + actionColumns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for action in plan.actions {
                body += "<tr>" + actionRow(action).map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
                let details = actionDetails(action)
                if !details.isEmpty {
                    body +=
                        "<tr class=\"details\"><td></td><td colspan=\"\(actionColumns.count - 1)\">"
                        + details.map { "<strong>\(e($0.0)):</strong> \(e($0.1))" }.joined(separator: "<br>")
                        + "</td></tr>\n"
                }
            }
            body += "</tbody>\n</table>\n"
        }
        body += "</section>\n"
        body +=
            "<section>\n<h2>\(e(t(sv: "Uppföljning", en: "Follow-up")))</h2>\n<p>\(e(followUpText(plan)))</p>\n"
        body += "</section>\n"
        if !plan.ranking.isEmpty {
            body +=
                "<section class=\"ranking\">\n<h2>\(e(t(sv: "Så rangordnades principerna", en: "How the principles were ranked")))</h2>\n"
            body += "<p>\(e(rankingRule))</p>\n<ol>\n"
            body += plan.ranking.map { "<li>\(e($0.reason(language)))</li>\n" }.joined()
            body += "</ol>\n</section>\n"
        }
        body += "<footer><p>\(e(footer))</p></footer>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(t(sv: "Utvecklingsplan", en: "Development plan"))) – \(e(who(plan)))</title>
            <style>
            \(PlanRenderer.css)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// The page's only style sheet: readable on screen, A4 with margins in print, tables and measures
    /// never split across pages, headings kept with what follows.
    static let css = """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        html { font-family: "Source Sans 3", "Segoe UI", Helvetica, Arial, sans-serif; color: #1b1b1b; }
        body { max-width: 46em; margin: 2em auto; padding: 0 1em; font-size: 11pt; line-height: 1.45; }
        .kicker { text-transform: uppercase; letter-spacing: .08em; color: #555; margin: 0; font-size: 9pt; }
        h1 { font-size: 20pt; margin: .1em 0 .2em; }
        h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: .15em; margin-top: 1.6em; }
        h3 { font-size: 12pt; margin: 1.2em 0 .4em; }
        h4 { font-size: 10.5pt; margin: .8em 0 .3em; color: #333; }
        .meta { color: #444; margin-top: 0; }
        .notice { border-left: 4px solid #b7791f; background: #fdf6e3; padding: .6em 1em; }
        blockquote { margin: .4em 0 .6em; padding-left: .8em; border-left: 3px solid #ccc; color: #333; }
        cite, .source { color: #555; font-style: italic; font-size: 9.5pt; }
        ul.measures li { margin-bottom: .35em; }
        table { border-collapse: collapse; width: 100%; font-size: 10pt; }
        th, td { border: 1px solid #bbb; padding: .3em .45em; text-align: left; vertical-align: top; }
        th { background: #eee; }
        .num { text-align: right; white-space: nowrap; }
        table.actions td:first-child, table.actions td:nth-child(4) { white-space: nowrap; }
        tr.details td { border-top: none; color: #333; font-size: 9.5pt; }
        footer { margin-top: 2em; color: #555; font-size: 9pt; }
        thead { display: table-header-group; }
        tr, li, blockquote, .notice { break-inside: avoid; page-break-inside: avoid; }
        h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          .notice { background: none; }
          .focus { break-inside: avoid-page; }
        }
        """

    // MARK: - CSV

    private func csv(_ plan: PlanOverview) -> String {
        var writer = CSVWriter(header: [
            "id", t(sv: "Status", en: "Status"), t(sv: "Åtgärd", en: "Action"),
            t(sv: "Ansvarig", en: "Owner"),
            t(sv: "Klart senast", en: "Due"), t(sv: "Sikt", en: "Horizon"), t(sv: "Princip", en: "Principle"),
            t(sv: "Problemområde", en: "Problem area"), t(sv: "Bygger på", en: "Inspired by"),
            t(sv: "Förväntad effekt", en: "Expected effect"), t(sv: "Uppföljning", en: "Follow-up"),
            t(sv: "Anteckning", en: "Note"),
        ])
        for action in plan.actions {
            writer.append([
                action.id, statusLabel(action.status), action.what, action.owner,
                action.due?.description ?? "",
                horizonLabel(action.horizon), action.principle.map(principleName) ?? "",
                action.problemArea.map(areaTitle) ?? "", action.measure.flatMap(measureTitle) ?? "",
                action.expectedEffect, action.followUp, action.note ?? "",
            ])
        }
        return writer.text
    }

    // MARK: - Shared pieces

    private func t(sv: String, en: String) -> String { language == .sv ? sv : en }

    private func number(_ value: Double) -> String { Formatting.decimal(value, language: language) }

    func principleName(_ id: PrincipleID) -> String { framework.principle(id).name(language) }

    func areaTitle(_ id: ProblemAreaID) -> String { framework.problemArea(id).title(language) }

    func measureTitle(_ id: String) -> String? { (try? framework.measure(id: id))?.title(language) }

    /// `Exempelmyndigheten, Ledningsgruppen`.
    private func who(_ plan: PlanOverview) -> String {
        let organisation = plan.organisation.trimmingCharacters(in: .whitespacesAndNewlines)
        let unit = plan.unit.trimmingCharacters(in: .whitespacesAndNewlines)
        return unit.isEmpty ? organisation : "\(organisation), \(unit)"
    }

    private func meta(_ plan: PlanOverview) -> [String] {
        var parts = [t(sv: "Självskattning \(plan.date)", en: "Self-assessment \(plan.date)")]
        if !plan.facilitator.trimmingCharacters(in: .whitespaces).isEmpty {
            parts.append(t(sv: "Samtalsledare: \(plan.facilitator)", en: "Facilitator: \(plan.facilitator)"))
        }
        parts.append(
            plan.respondents == 1
                ? t(sv: "1 deltagare", en: "1 participant")
                : t(sv: "\(plan.respondents) deltagare", en: "\(plan.respondents) participants"))
        parts.append(t(sv: "Uppföljning \(plan.followUpDate)", en: "Follow-up \(plan.followUpDate)"))
        return parts
    }

    private func notice(_ plan: PlanOverview) -> String? {
        if !plan.isAgreed {
            return t(
                sv: "Inga åtgärder är beslutade ännu. Planen nedan är ett förslag utifrån självskattningen; "
                    + "ledningsgruppen väljer själv vilka principer den vill arbeta med och beslutar sina egna "
                    + "åtgärder.",
                en: "No actions are agreed yet. The plan below is a proposal from the self-assessment; the "
                    + "management team chooses the principles it will work on and decides its own actions.")
        }
        if plan.actions.isEmpty {
            return t(sv: "Inga åtgärder är beslutade ännu.", en: "No actions are agreed yet.")
        }
        return nil
    }

    private func focusHeading(_ plan: PlanOverview) -> String {
        plan.isAgreed
            ? t(sv: "Principer vi arbetar med", en: "Principles we work on")
            : t(sv: "Föreslagna principer att arbeta med", en: "Proposed principles to work on")
    }

    /// The focus's reason without the principle's name in front, which its heading already shows:
    /// `Gap 2,0 (nuläge 2,0, mål 4) – det största gapet.`
    private func why(_ focus: FocusProposal) -> String {
        let reason = focus.reason(language)
        let prefix = principleName(focus.principle) + ": "
        guard reason.hasPrefix(prefix) else { return reason }
        let rest = reason.dropFirst(prefix.count)
        return rest.prefix(1).uppercased() + rest.dropFirst()
    }

    private func noFocus(_ plan: PlanOverview) -> String {
        plan.ranking.isEmpty
            ? t(
                sv: "Ingen princip föreslås ännu: självskattningen har inga svar eller mål att utgå från.",
                en: "No principle is proposed yet: the assessment has no answers or targets to go on.")
            : t(
                sv: "Ingen princip föreslås: de principer som gruppen har satt mål för har redan nått dem.",
                en: "No principle is proposed: the principles the team set targets for have reached them.")
    }

    private func problemAreasHeading(_ plan: PlanOverview) -> String {
        plan.isAgreed
            ? t(sv: "Problemområden vi tar oss an", en: "Problem areas we address")
            : t(sv: "Problemområden som märks mest", en: "Problem areas most present")
    }

    private var relatedLabel: String { t(sv: "Kopplade problemområden", en: "Related problem areas") }

    private func relatedAreas(_ focus: FocusProposal, plan: PlanOverview) -> String {
        guard !focus.relatedProblemAreas.isEmpty else {
            return plan.problemAreaLevels.isEmpty
                ? t(sv: "inga kopplade problemområden", en: "no linked problem areas")
                : t(
                    sv: "inget av de kopplade problemområdena märks mer än måttligt",
                    en: "none of the linked problem areas is more than moderately present")
        }
        let names = focus.relatedProblemAreas.map { id in
            areaTitle(id) + (plan.level(of: id).map { " (\(number($0)))" } ?? "")
        }.joined(separator: "; ")
        return plan.problemAreaLevels.isEmpty
            ? names
                + t(
                    sv: " (kopplade i betänkandet; självskattningen mäter dem inte)",
                    en: " (linked in the report; this assessment does not measure them)")
            : names
    }

    private func measuresByHorizon(_ focus: FocusProposal) -> [(Horizon, [Measure])] {
        let measures = focus.measures.compactMap { try? framework.measure(id: $0) }
        return Horizon.allCases.compactMap { horizon in
            let group = measures.filter { $0.horizon == horizon }
            return group.isEmpty ? nil : (horizon, group)
        }
    }

    private func horizonHeading(_ horizon: Horizon) -> String {
        switch horizon {
        case .quickWin: t(sv: "På kort sikt (inom tre månader)", en: "Quick wins (within three months)")
        case .longTerm: t(sv: "På lång sikt", en: "Long-term work")
        }
    }

    func horizonLabel(_ horizon: Horizon) -> String {
        switch horizon {
        case .quickWin: t(sv: "Kort sikt", en: "Quick win")
        case .longTerm: t(sv: "Lång sikt", en: "Long-term")
        }
    }

    func statusLabel(_ status: Action.Status) -> String { Term.status(status)(language) }

    /// The organisations the report names with a measure, grouped by what the report says they did
    /// (*Prövat av …* is kept for those that tried it), each with its section, then the measure's source.
    private func measureSource(_ measure: Measure) -> String {
        var text = ""
        for status in MeasureExample.Status.allCases {
            let examples = measure.examples.filter { $0.status == status }
            guard !examples.isEmpty else { continue }
            let names = examples.map { "\($0.organisation) (\($0.source.section))" }
            text += status.label(language) + " " + names.joined(separator: ", ") + ". "
        }
        return text + t(sv: "Källa: ", en: "Source: ") + measure.source.description + "."
    }

    private var actionColumns: [String] {
        [
            "Id", t(sv: "Åtgärd", en: "Action"), t(sv: "Ansvarig", en: "Owner"),
            t(sv: "Klart senast", en: "Due"),
            t(sv: "Sikt", en: "Horizon"), t(sv: "Princip", en: "Principle"), "Status",
        ]
    }

    private func actionRow(_ action: Action) -> [String] {
        [
            action.id, action.what, action.owner, action.due?.description ?? "–",
            horizonLabel(action.horizon),
            action.principle.map(principleName) ?? "–", statusLabel(action.status),
        ]
    }

    /// Owner, due date, horizon, principle and status on one line, for text output.
    private func actionFacts(_ action: Action) -> [String] {
        var facts = [
            "[\(statusLabel(action.status))]", t(sv: "Ansvarig: ", en: "Owner: ") + action.owner,
        ]
        if let due = action.due { facts.append(t(sv: "Klart senast ", en: "Due ") + due.description) }
        facts.append(horizonLabel(action.horizon))
        if let principle = action.principle { facts.append(principleName(principle)) }
        return facts
    }

    /// The fields that do not fit a table row, each with its label; empty ones left out.
    private func actionDetails(_ action: Action) -> [(String, String)] {
        var details: [(String, String)] = []
        if let area = action.problemArea {
            details.append((t(sv: "Problemområde", en: "Problem area"), areaTitle(area)))
        }
        if let title = action.measure.flatMap(measureTitle) {
            details.append((t(sv: "Bygger på", en: "Inspired by"), title))
        }
        if !action.expectedEffect.isEmpty {
            details.append((t(sv: "Förväntad effekt", en: "Expected effect"), action.expectedEffect))
        }
        if !action.followUp.isEmpty {
            details.append((t(sv: "Uppföljning", en: "Follow-up"), action.followUp))
        }
        if let note = action.note, !note.isEmpty { details.append((t(sv: "Anteckning", en: "Note"), note)) }
        return details
    }

    private func followUpText(_ plan: PlanOverview) -> String {
        t(
            sv:
                "Ledningsgruppen följer upp planen \(plan.followUpDate): vad har gjorts, vad har det gett och vad "
                + "behöver ändras? Gör gärna om självskattningen då, så syns förändringen.",
            en:
                "The management team follows the plan up on \(plan.followUpDate): what has been done, what has "
                + "it achieved and what needs to change? Repeating the self-assessment then shows the change."
        )
    }

    private var rankingRule: String {
        t(
            sv:
                "Principer som ligger under sitt mål kommer först, med störst gap mellan mål och nuläge först; "
                + "därefter principer utan mål, med lägst nuläge först. Vid lika gap avgör lägst nuläge och "
                + "därefter störst oenighet i gruppen. Nivåerna avser skalan 1–5.",
            en:
                "Principles below their target come first, largest gap between target and current level first; "
                + "then principles without a target, lowest level first. Ties go to the lower level, then to the "
                + "wider disagreement in the team. Levels are on the 1–5 scale.")
    }

    private var footer: String {
        t(
            sv:
                "Underlag: SOU 2019:43 Med tillit följer bättre resultat – tillitsbaserad styrning och ledning "
                + "i staten. Åtgärdsförslagen är hämtade ur betänkandet och SOU 2018:47; källan anges vid varje "
                + "förslag. Skapad med Tillit.",
            en:
                "Based on SOU 2019:43 Med tillit följer bättre resultat (trust-based governance and management "
                + "in central government). The proposed measures come from that report and SOU 2018:47; each "
                + "gives its source. Made with Tillit.")
    }
}

/// The JSON form of a plan; fields are documented in the README ("Development plan").
private struct PlanJSON: Encodable {
    struct AreaJSON: Encodable {
        var id: String
        var title: String
        var level: Double?
    }

    struct MeasureJSON: Encodable {
        var id: String
        var title: String
        var description: String
        var horizon: String
        var examples: [ExampleJSON]
        var source: String
    }

    struct ExampleJSON: Encodable {
        var organisation: String
        var status: String
        var source: String
    }

    struct FocusJSON: Encodable {
        var principle: String
        var name: String
        var rank: Int
        var current: Double?
        var target: Int?
        var gap: Double?
        var flagged: Bool
        var reason: String
        var problemAreas: [AreaJSON]
        var measures: [MeasureJSON]
    }

    struct RankJSON: Encodable {
        var principle: String
        var name: String
        var rank: Int
        var standing: String
        var current: Double?
        var target: Int?
        var gap: Double?
        var spread: Double?
        var flagged: Bool
        var reason: String
    }

    struct ActionJSON: Encodable {
        var id: String
        var what: String
        var owner: String
        var due: String?
        var horizon: String
        var principle: String?
        var problemArea: String?
        var measure: String?
        var expectedEffect: String
        var followUp: String
        var status: String
        var note: String?
    }

    var organisation: String
    var unit: String
    var date: String
    var facilitator: String
    var respondents: Int
    var agreed: Bool
    var followUpDate: String
    var focus: [FocusJSON]
    var problemAreas: [AreaJSON]
    var actions: [ActionJSON]
    var ranking: [RankJSON]

    init(_ plan: PlanOverview, renderer: PlanRenderer) {
        let language = renderer.language
        let framework = renderer.framework
        func rounded(_ value: Double?) -> Double? { value.map { ($0 * 100).rounded() / 100 } }
        func area(_ id: ProblemAreaID) -> AreaJSON {
            AreaJSON(id: id.rawValue, title: renderer.areaTitle(id), level: rounded(plan.level(of: id)))
        }
        organisation = plan.organisation
        unit = plan.unit
        date = plan.date.description
        facilitator = plan.facilitator
        respondents = plan.respondents
        agreed = plan.isAgreed
        followUpDate = plan.followUpDate.description
        focus = plan.focus.map { focus in
            FocusJSON(
                principle: focus.principle.rawValue, name: renderer.principleName(focus.principle),
                rank: focus.rank,
                current: rounded(focus.current), target: focus.target, gap: rounded(focus.gap),
                flagged: focus.flagged, reason: focus.reason(language),
                problemAreas: focus.relatedProblemAreas.map(area),
                measures: focus.measures.compactMap { try? framework.measure(id: $0) }.map { measure in
                    MeasureJSON(
                        id: measure.id, title: measure.title(language),
                        description: measure.description(language),
                        horizon: measure.horizon.rawValue,
                        examples: measure.examples.map {
                            ExampleJSON(
                                organisation: $0.organisation, status: $0.status.rawValue,
                                source: $0.source.description)
                        },
                        source: measure.source.description)
                })
        }
        problemAreas = plan.problemAreas.map(area)
        actions = plan.actions.map { action in
            ActionJSON(
                id: action.id, what: action.what, owner: action.owner, due: action.due?.description,
                horizon: action.horizon.rawValue, principle: action.principle?.rawValue,
                problemArea: action.problemArea?.rawValue, measure: action.measure,
                expectedEffect: action.expectedEffect, followUp: action.followUp,
                status: action.status.rawValue,
                note: action.note)
        }
        ranking = plan.ranking.map { entry in
            RankJSON(
                principle: entry.principle.rawValue, name: renderer.principleName(entry.principle),
                rank: entry.rank,
                standing: entry.standing.rawValue, current: rounded(entry.current), target: entry.target,
                gap: rounded(entry.gap), spread: rounded(entry.spread), flagged: entry.flagged,
                reason: entry.reason(language))
        }
    }
}
