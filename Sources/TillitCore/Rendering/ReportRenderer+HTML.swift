extension ReportRenderer {
    /// The report as one self-contained HTML page for management: inline CSS and SVG, no scripts, no
    /// network. A title block, a radar chart of the principles (current against target), bars for the
    /// problem areas, the disagreement table, groups, consensus, the plan, every item's statistics and
    /// how to read it all. Every chart has a text alternative and a real table beside it; every piece of
    /// user text is escaped; the page prints on A4.
    public func html() -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(e(t("Självskattning", "Self-assessment"))) – \(e(titleLine))</title>
            <style>\(Self.css)</style>
            </head>
            <body>

            """
        out += htmlHeader()
        out += "<main>\n"
        if !scorecard.principles.isEmpty { out += htmlPrinciples() }
        if !scorecard.problemAreas.isEmpty { out += htmlProblemAreas() }
        out += htmlDisagreement()
        out += htmlGroups()
        out += htmlConsensus()
        out += htmlPlan()
        out += htmlItems()
        out += htmlHowToRead()
        out += "</main>\n"
        out +=
            "<footer><p>\(e(t("Ramverk", "Framework"))): SOU 2019:43 <i>Med tillit följer bättre resultat</i>. "
        out += "\(e(t("Skapad med tillit-assess.", "Made with tillit-assess.")))</p></footer>\n"
        return out + "</body>\n</html>\n"
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    private func htmlHeader() -> String {
        var out = "<header>\n<p class=\"kicker\">"
        out += e(
            t(
                "Självskattning av tillitsbaserad styrning och ledning",
                "Self-assessment of trust-based governance"))
        out += "</p>\n<h1>\(e(assessment.organisation))</h1>\n"
        if !assessment.unit.isBlank { out += "<p class=\"unit\">\(e(assessment.unit))</p>\n" }
        out += "<dl class=\"facts\">\n"
        func fact(_ term: String, _ value: String) {
            out += "<div><dt>\(e(term))</dt><dd>\(value)</dd></div>\n"
        }
        fact(t("Datum", "Date"), e(assessment.date.description))
        let count = assessment.participants.count
        var people = "\(count)"
        if scorecard.respondents != count {
            people +=
                " " + e(t("(\(scorecard.respondents) har svarat)", "(\(scorecard.respondents) answered)"))
        }
        fact(t("Deltagare", "Participants"), people)
        if !assessment.facilitator.isBlank {
            fact(t("Facilitator", "Facilitator"), e(assessment.facilitator))
        }
        fact(
            t("Frågebatteri", "Questionnaire"),
            e(assessment.questionnaire.title(language)) + " <span class=\"muted\">("
                + e("\(assessment.questionnaire.id) v\(assessment.questionnaire.version)") + ")</span>")
        if let index = scorecard.principleIndex {
            fact(
                t("Principindex", "Principle index"),
                "<strong>\(e(number(index, decimals: 0)))</strong> / 100")
        }
        out += "</dl>\n"
        if !assessment.participants.isEmpty {
            let names = assessment.participants.map(\.name).joined(separator: ", ")
            out += "<p class=\"muted\">\(e(t("Deltog", "Took part"))): \(e(names))</p>\n"
        }
        return out + "</header>\n"
    }

    private func htmlPrinciples() -> String {
        var out = "<section id=\"principles\">\n<h2>\(e(t("Principer", "Principles")))</h2>\n"
        let scale = assessment.questionnaire.scale
        let agreement = scale.minimum == 1 && scale.maximum == 5
        if scorecard.principles.count >= 3 {
            let axes = scorecard.principles.map { score in
                RadarChart.Axis(
                    label: name(score.target), current: score.index,
                    target: score.targetLevel.map { Double($0 - 1) / 4 * 100 })
            }
            let description = scorecard.principles.map { score in
                var text = "\(name(score.target)): \(t("index", "index")) \(number(score.index, decimals: 0))"
                if let target = score.targetLevel { text += ", \(t("mål", "target")) \(target)" }
                return text
            }.joined(separator: "; ")
            let chart = RadarChart(
                axes: axes,
                title: t("Principernas index, nuläge och mål", "The principles' index, current and target"),
                description: description + ".",
                currentLabel: t("Nuläge (gruppens medelvärde)", "Current (team mean)"),
                targetLabel: t("Mål (gruppens överenskommelse)", "Target (agreed by the team)"),
                ringLabels: agreement ? ["1", "2", "3", "4", "5"] : ["0", "25", "50", "75", "100"],
                id: "radar-principles")
            out += "<figure class=\"chart\">\n\(chart.svg)\n<figcaption>"
            let edges =
                "\(scale.maximum)), \(t("mitten", "the centre")) 0 (\(t("nivå", "score")) \(scale.minimum))"
            out += e(
                t("Ytterkanten är index 100 (nivå ", "The outer edge is index 100 (score ") + edges + ". "
                    + t("Tabellen nedan visar samma värden.", "The table below shows the same values."))
            out += "</figcaption>\n</figure>\n"
        } else {
            out += bars(
                scorecard.principles, id: "bars-principles", title: t("Principernas index", "Principle index")
            )
        }
        out += scoreTable(
            scorecard.principles,
            caption: t("Principer: nivå, index och spridning", "Principles: score, index and spread"),
            principles: true)
        return out + "</section>\n"
    }

    private func htmlProblemAreas() -> String {
        var out = "<section id=\"problem-areas\">\n<h2>\(e(t("Problemområden", "Problem areas")))</h2>\n"
        out +=
            "<p class=\"note\">\(e(t("Här betyder ett högt värde att problemet finns.", "Here a high value means the problem is present.")))</p>\n"
        out += bars(
            scorecard.problemAreas, id: "bars-problem-areas",
            title: t("Problemområdenas index", "Problem-area index"))
        out += scoreTable(
            scorecard.problemAreas,
            caption: t("Problemområden: nivå, index och spridning", "Problem areas: score, index and spread"),
            principles: false)
        return out + "</section>\n"
    }

    /// Horizontal bars of the index 0–100, one per target, with the name above each bar.
    private func bars(_ scores: [TargetScore], id: String, title: String) -> String {
        let rowHeight = 46
        let barWidth = 440.0
        let height = scores.count * rowHeight + 24
        let description = scores.map { "\(name($0.target)): \(number($0.index, decimals: 0))" }.joined(
            separator: "; ")
        var svg =
            "<svg class=\"bars\" viewBox=\"0 0 640 \(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        svg += "\n<title id=\"\(id)-title\">\(e(title))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(e(description)).</desc>\n"
        for (row, score) in scores.enumerated() {
            let y = row * rowHeight
            let width = barWidth * (score.index ?? 0) / 100
            let kind = score.target.principle != nil ? "bar-principle" : "bar-problem"
            svg += "<text class=\"bar-label\" x=\"12\" y=\"\(y + 14)\">\(e(name(score.target)))</text>\n"
            svg +=
                "<rect class=\"bar-track\" x=\"12\" y=\"\(y + 20)\" width=\"\(Int(barWidth))\" height=\"16\"/>\n"
            svg +=
                "<rect class=\"\(kind)\" x=\"12\" y=\"\(y + 20)\" width=\"\(Formatting.decimal(width, decimals: 1))\" height=\"16\"/>\n"
            svg +=
                "<text class=\"bar-value\" x=\"\(Int(barWidth) + 20)\" y=\"\(y + 33)\">\(e(number(score.index, decimals: 0)))"
            svg += score.flagged ? " !" : ""
            svg += "</text>\n"
        }
        for tick in [0, 25, 50, 75, 100] {
            let x = 12 + barWidth * Double(tick) / 100
            svg +=
                "<text class=\"tick\" x=\"\(Formatting.decimal(x, decimals: 1))\" y=\"\(height - 4)\" text-anchor=\"middle\">\(tick)</text>\n"
        }
        return "<figure class=\"chart\">\n" + svg + "</svg>\n</figure>\n"
    }

    private func scoreTable(_ scores: [TargetScore], caption: String, principles: Bool) -> String {
        var out = "<table>\n<caption>\(e(caption))</caption>\n<thead><tr>"
        out +=
            "<th scope=\"col\">\(e(principles ? t("Princip", "Principle") : t("Problemområde", "Problem area")))</th>"
        out += "<th scope=\"col\" class=\"num\">\(e(t("Nivå", "Score")))</th>"
        out += "<th scope=\"col\" class=\"num\">Index</th>"
        out += "<th scope=\"col\" class=\"num\">\(e(t("Spridning", "Spread")))</th>"
        out += "<th scope=\"col\" class=\"num\">\(e(t("Svar", "Answers")))</th>"
        if principles {
            out += "<th scope=\"col\" class=\"num\">\(e(t("Enig nivå", "Agreed")))</th>"
            out += "<th scope=\"col\" class=\"num\">\(e(t("Mål", "Target")))</th>"
            out += "<th scope=\"col\" class=\"num\">Gap</th>"
        }
        out += "<th scope=\"col\">\(e(t("Oenighet", "Disagreement")))</th></tr></thead>\n<tbody>\n"
        for score in scores {
            out += "<tr><th scope=\"row\">\(e(name(score.target)))</th>"
            out += "<td class=\"num\">\(e(number(score.score)))</td>"
            out += "<td class=\"num\">\(e(number(score.index, decimals: 0)))</td>"
            out += "<td class=\"num\">\(e(number(score.spread)))</td>"
            out += "<td class=\"num\">\(score.answers)</td>"
            if principles {
                out += "<td class=\"num\">\(score.consensus.map(String.init) ?? "–")</td>"
                out += "<td class=\"num\">\(score.targetLevel.map(String.init) ?? "–")</td>"
                out += "<td class=\"num\">\(score.gap.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "–")</td>"
            }
            out +=
                "<td>\(score.flagged ? "<span class=\"flag\">! \(e(t("oenighet", "disagreement")))</span>" : "")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The counts per scale step, lowest first, e.g. `2 · 3 · 3 · 0 · 0`; the column header names the steps.
    private func distribution(_ item: ItemStatistics) -> String {
        guard let counts = item.distribution else { return withheldNote(item.withheld) }
        return counts.map(String.init).joined(separator: " · ")
    }

    /// The header of a distribution column, naming the steps in order.
    private var distributionHeader: String {
        t("Fördelning", "Distribution") + " ("
            + assessment.questionnaire.scale.steps.map { "\($0.value)" }.joined(separator: " · ") + ")"
    }

    private func htmlDisagreement() -> String {
        var out = "<section id=\"disagreement\">\n<h2>\(e(t("Oenighet", "Disagreement")))</h2>\n"
        let flagged = scorecard.flaggedItems
        guard !flagged.isEmpty else {
            out +=
                "<p>\(e(t("Inget påstående har svar som spänner över tre steg eller fler.", "No statement has answers spanning three or more steps.")))</p>\n"
            return out + "</section>\n"
        }
        out +=
            "<p>\(e(t("Påståenden där svaren spänner över minst tre steg. De är underlag för samtal: vad ser vi olika på, och varför?", "Statements whose answers span three or more steps. They are topics for discussion: what do we see differently, and why?")))</p>\n"
        out +=
            "<table>\n<caption>\(e(t("Påståenden med oenighet", "Statements with disagreement")))</caption>\n<thead><tr>"
        for (header, numeric) in [
            (t("Påstående", "Statement"), false), (t("Mäter", "Measures"), false),
            (t("Lägst–högst", "Range"), true),
            (t("Medel", "Mean"), true), (t("Std.av.", "SD"), true), (distributionHeader, false),
        ] {
            out += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(e(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for item in flagged {
            out +=
                "<tr><td>\(e(statement(item.itemID))) <span class=\"muted nowrap\">(\(e(item.itemID)))</span></td>"
            out += "<td>\(e(name(item.target)))</td>"
            out += "<td class=\"num\">\(item.minimum ?? 0)–\(item.maximum ?? 0)</td>"
            out += "<td class=\"num\">\(e(number(item.mean)))</td>"
            out += "<td class=\"num\">\(e(number(item.standardDeviation)))</td>"
            out += "<td class=\"nowrap\">\(e(distribution(item)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func htmlGroups() -> String {
        guard !scorecard.groups.isEmpty else { return "" }
        var out = "<section id=\"groups\">\n<h2>\(e(t("Grupper", "Groups")))</h2>\n"
        out +=
            "<p>\(e(t("Tilliten går åt båda hållen i styrkedjan: här syns om grupperna ser verksamheten olika.", "Trust runs both ways along the chain of governance: this shows whether the groups see things differently.")))</p>\n"
        if let withheldSentence { out += "<p class=\"note\">\(e(withheldSentence))</p>\n" }
        let shown = shownGroups
        if !shown.isEmpty {
            out +=
                "<table>\n<caption>\(e(t("Nivå per grupp", "Score by group")))</caption>\n<thead><tr><th scope=\"col\"></th>"
            for group in shown {
                out +=
                    "<th scope=\"col\" class=\"num\">\(e(group.group)) <span class=\"muted\">(n = \(group.participants))</span></th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for target in scorecard.principles.map(\.target) + scorecard.problemAreas.map(\.target) {
                out += "<tr><th scope=\"row\">\(e(name(target)))</th>"
                for group in shown {
                    let score = (group.principles + group.problemAreas).first { $0.target == target }
                    out += "<td class=\"num\">\(e(number(score?.score)))</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        let differences = scorecard.groupDifferences.prefix(5)
        if !differences.isEmpty {
            out +=
                "<h3>\(e(t("Största skillnader mellan grupper", "Largest differences between groups")))</h3>\n<table>\n"
            out +=
                "<caption>\(e(t("De fem största skillnaderna i nivå", "The five largest differences in score")))</caption>\n<thead><tr>"
            for header in [
                t("Princip eller problemområde", "Principle or problem area"), t("Högst", "Highest"),
                t("Lägst", "Lowest"),
            ] {
                out += "<th scope=\"col\">\(e(header))</th>"
            }
            out +=
                "<th scope=\"col\" class=\"num\">\(e(t("Skillnad", "Difference")))</th></tr></thead>\n<tbody>\n"
            for difference in differences {
                out += "<tr><th scope=\"row\">\(e(name(difference.target)))</th>"
                out +=
                    "<td>\(e(difference.highestGroup)) <span class=\"nowrap\">\(e(number(difference.highestScore)))</span></td>"
                out +=
                    "<td>\(e(difference.lowestGroup)) <span class=\"nowrap\">\(e(number(difference.lowestScore)))</span></td>"
                out += "<td class=\"num\">\(e(number(difference.difference)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    private func htmlConsensus() -> String {
        let entries = assessment.consensus.filter {
            $0.score != nil || $0.target != nil || !($0.note ?? "").isBlank
        }
        guard !entries.isEmpty else { return "" }
        var out =
            "<section id=\"consensus\">\n<h2>\(e(t("Gruppens överenskommelse", "What the team agreed")))</h2>\n<table>\n"
        out +=
            "<caption>\(e(t("Överenskommen nivå och mål per princip", "Agreed score and target per principle")))</caption>\n<thead><tr>"
        out +=
            "<th scope=\"col\">\(e(t("Princip", "Principle")))</th><th scope=\"col\" class=\"num\">\(e(t("Nivå", "Score")))</th>"
        out +=
            "<th scope=\"col\" class=\"num\">\(e(t("Mål", "Target")))</th><th scope=\"col\">\(e(t("Motivering", "Why")))</th></tr></thead>\n<tbody>\n"
        for entry in entries {
            out += "<tr><th scope=\"row\">\(e(name(.principle(entry.principle))))</th>"
            out +=
                "<td class=\"num\">\(entry.score.map(String.init) ?? "–")</td><td class=\"num\">\(entry.target.map(String.init) ?? "–")</td>"
            out += "<td>\(e(entry.note ?? ""))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func htmlPlan() -> String {
        guard let plan = assessment.plan else { return "" }
        var out = "<section id=\"plan\">\n<h2>\(e(t("Utvecklingsplan", "Development plan")))</h2>\n"
        let focus =
            plan.focusPrinciples.map { name(.principle($0)) }
            + plan.focusProblemAreas.map { name(.problemArea($0)) }
        if !focus.isEmpty {
            out += "<p><strong>\(e(t("Fokus", "Focus"))):</strong> \(e(focus.joined(separator: ", ")))</p>\n"
        }
        out +=
            "<p><strong>\(e(t("Uppföljning", "Follow-up"))):</strong> \(e(plan.followUpDate.description))</p>\n"
        if !plan.actions.isEmpty {
            out += "<table>\n<caption>\(e(t("Åtgärder", "Actions")))</caption>\n<thead><tr>"
            for header in [
                "", t("Åtgärd", "Action"), t("Gäller", "Concerns"), t("Ansvarig", "Owner"),
                t("Klart senast", "Due"), "Status",
            ] {
                out += "<th scope=\"col\">\(e(header))</th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for action in plan.actions {
                let concerns = [
                    action.principle.map { name(.principle($0)) },
                    action.problemArea.map { name(.problemArea($0)) },
                ]
                .compactMap { $0 }.joined(separator: ", ")
                out +=
                    "<tr><th scope=\"row\">\(e(action.id))</th><td>\(e(action.what))</td><td>\(e(concerns))</td>"
                out +=
                    "<td>\(e(action.owner))</td><td class=\"nowrap\">\(e(action.due?.description ?? "–"))</td>"
                out += "<td>\(e(Self.statusLabel(action.status, language: language)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    private func htmlItems() -> String {
        var out =
            "<section id=\"items\">\n<h2>\(e(t("Påståenden", "Statements")))</h2>\n<table class=\"items\">\n"
        out +=
            "<caption>\(e(t("Statistik per påstående", "Statistics per statement")))</caption>\n<thead><tr>"
        for (header, numeric) in [
            (t("Påstående", "Statement"), false), (t("Svar", "Ans."), true), (t("Vet ej", "DK"), true),
            (t("Medel", "Mean"), true), (t("Median", "Median"), true), (t("Std.av.", "SD"), true),
            (t("Min–max", "Min–max"), true), (distributionHeader, false),
        ] {
            out += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(e(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        // Every item's target, so that an unscored item (national-2019's question 7) is listed too.
        for target in Set(scorecard.items.map(\.target)).sorted() {
            out +=
                "<tr class=\"group-row\"><th scope=\"rowgroup\" colspan=\"8\">\(e(name(target)))</th></tr>\n"
            for item in scorecard.items where item.target == target {
                out +=
                    "<tr><td>\(e(statement(item.itemID)))\(item.flagged ? " <span class=\"flag\">!</span>" : "")</td>"
                out += "<td class=\"num\">\(item.answers)</td><td class=\"num\">\(item.dontKnow)</td>"
                out +=
                    "<td class=\"num\">\(e(number(item.mean)))</td><td class=\"num\">\(e(number(item.median)))</td>"
                out += "<td class=\"num\">\(e(number(item.standardDeviation)))</td>"
                let range = item.minimum.map { "\($0)–\(item.maximum ?? $0)" } ?? "–"
                out +=
                    "<td class=\"num\">\(range)</td><td class=\"nowrap\">\(e(distribution(item)))</td></tr>\n"
            }
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func htmlHowToRead() -> String {
        var out =
            "<section id=\"how-to-read\">\n<h2>\(e(t("Så läser du rapporten", "How to read this report")))</h2>\n<ul>\n"
        for sentence in howToRead { out += "<li>\(e(sentence))</li>\n" }
        return out + "</ul>\n</section>\n"
    }

    /// An action's status in words.
    static func statusLabel(_ status: Action.Status, language: Language) -> String {
        switch status {
        case .planned: language == .sv ? "Planerad" : "Planned"
        case .started: language == .sv ? "Påbörjad" : "Started"
        case .done: language == .sv ? "Genomförd" : "Done"
        case .dropped: language == .sv ? "Avbruten" : "Dropped"
        }
    }

    static let css = """

        @page { size: A4; margin: 16mm 14mm; }
        :root { --ink: #1d2733; --muted: #5b6775; --line: #d5dbe2; --current: #1f5f99; --target: #c2571a;
          --problem: #a4462a; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          color: var(--ink); margin: 0 auto; max-width: 58rem; padding: 2rem 1.5rem; background: #fff; }
        header { border-bottom: 3px solid var(--current); padding-bottom: 1rem; margin-bottom: 1.5rem; }
        .kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0; }
        h1 { font-size: 1.9rem; margin: .2rem 0 0; }
        .unit { font-size: 1.15rem; margin: .1rem 0 .8rem; }
        .facts { display: flex; flex-wrap: wrap; gap: .4rem 2rem; margin: 0 0 .6rem; }
        .facts div { min-width: 8rem; }
        .facts dt { font-size: .75rem; text-transform: uppercase; color: var(--muted); }
        .facts dd { margin: 0; font-size: 1.05rem; }
        h2 { font-size: 1.35rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; }
        .muted { color: var(--muted); }
        .note { color: var(--muted); font-style: italic; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { width: 100%; max-width: 40rem; height: auto; display: block; margin: 0 auto; }
        figcaption { font-size: .85rem; color: var(--muted); text-align: center; }
        table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; font-size: .9rem; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); font-size: .8rem; }
        tbody th { font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        .flag { color: #b3261e; font-weight: 700; white-space: nowrap; }
        .group-row th { background: #eef2f6; }
        table.items td:first-child { width: 45%; }
        .ring { fill: none; stroke: var(--line); }
        .spoke { stroke: var(--line); }
        .ring-label, .tick { font-size: 11px; fill: var(--muted); }
        .axis-label { font-size: 13px; fill: var(--ink); font-weight: 600; }
        .current { fill: rgba(31, 95, 153, .22); stroke: var(--current); stroke-width: 2.5; }
        .current-point, .current-key { fill: var(--current); }
        .target { fill: none; stroke: var(--target); stroke-width: 2; stroke-dasharray: 6 4; }
        .target-point { fill: var(--target); }
        .legend { font-size: 13px; fill: var(--ink); }
        .bar-label { font-size: 13px; fill: var(--ink); }
        .bar-value { font-size: 13px; fill: var(--ink); font-weight: 600; }
        .bar-track { fill: #eef2f6; }
        .bar-principle { fill: var(--current); }
        .bar-problem { fill: var(--problem); }
        footer { margin-top: 2rem; border-top: 1px solid var(--line); font-size: .8rem; color: var(--muted); }
        @media print {
          html { font-size: 9pt; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          header { margin-bottom: .6rem; padding-bottom: .5rem; }
          h2 { margin-top: 1.2rem; }
          figure.chart { margin: .4rem 0; }
          section { break-inside: auto; }
          figure, tr, h2, h3 { break-inside: avoid; }
          h2, h3, .note { break-after: avoid; }
          #principles figure.chart svg { max-width: 10.5cm; }
        }

        """
}
