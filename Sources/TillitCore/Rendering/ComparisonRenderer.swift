/// Renders a ``Comparison`` of two assessments: a terminal table, Markdown, HTML, CSV or JSON.
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

    /// Creates a renderer.
    public init(
        comparison: Comparison, language: Language, framework: Framework = .sou2019_43, width: Int = 80,
        itemLimit: Int = 10
    ) {
        self.comparison = comparison
        self.language = language
        self.framework = framework
        self.width = max(60, min(width, 80))
        self.itemLimit = itemLimit
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
    private func name(_ target: Target) -> String { target.name(in: framework)(language) }
    private func number(_ value: Double?, decimals: Int = 1) -> String {
        Formatting.decimal(value, decimals: decimals, language: language)
    }
    /// A change with its sign, `+0,4` or `−0,4`; no sign when it rounds to zero.
    private func signed(_ value: Double?, decimals: Int = 1) -> String {
        guard let value else { return "–" }
        let text = number(abs(value), decimals: decimals)
        if text.allSatisfy({ "0.,".contains($0) }) { return text }
        return (value > 0 ? "+" : "−") + text
    }

    /// The direction in words: the arrow shows which way the number moved, the word what it means.
    func directionLabel(_ change: Comparison.TargetChange) -> String {
        if change.withheld != nil { return t("redovisas inte", "withheld") }
        guard let direction = change.direction else { return t("kan inte jämföras", "not comparable") }
        switch direction {
        case .same: return "→ " + t("oförändrad", "unchanged")
        case .up: return "↑ " + (change.improved == true ? t("bättre", "better") : t("sämre", "worse"))
        case .down: return "↓ " + (change.improved == true ? t("bättre", "better") : t("sämre", "worse"))
        }
    }

    private var title: String {
        let place =
            comparison.unit.isBlank
            ? comparison.organisation : "\(comparison.organisation) – \(comparison.unit)"
        return place
    }

    private var periodLine: String {
        "\(comparison.oldDate) → \(comparison.newDate) · \(comparison.oldQuestionnaire)"
            + (comparison.oldQuestionnaire == comparison.newQuestionnaire
                ? "" : " → \(comparison.newQuestionnaire)")
    }

    /// Sentences on what the two assessments do not share.
    var differences: [String] {
        var lines: [String] = []
        let withheld = comparison.items.filter { $0.withheld != nil }.count
        if withheld > 0 || comparison.principleIndexWithheld != nil {
            let threshold = comparison.anonymityThreshold
            lines.append(
                t(
                    "Förändringen redovisas inte för \(withheld) \(withheld == 1 ? "påstående" : "påståenden") "
                        + "med tillhörande principer och problemområden: där har färre än \(threshold) personer "
                        + "svarat i bara den ena självskattningen, och skillnaden skulle vara deras svar.",
                    "The change is withheld for \(withheld) statement\(withheld == 1 ? "" : "s") and their "
                        + "principles and problem areas: fewer than \(threshold) people answered them in only one "
                        + "of the assessments, and the difference would be their answers."))
        }
        if !comparison.sameQuestionnaire {
            lines.append(
                t(
                    "Frågebatterierna skiljer sig. Jämförelsen bygger på \(comparison.items.count) gemensamma påståenden; "
                        + "principernas och problemområdenas nivå bygger på olika påståenden och är bara ungefärligt jämförbar.",
                    "The questionnaires differ. The comparison rests on \(comparison.items.count) shared statements; the "
                        + "scores of principles and problem areas rest on different statements and compare only roughly."
                ))
        }
        if !comparison.itemsOnlyInOld.isEmpty {
            lines.append(
                t("Bara i den tidigare: ", "Only in the earlier: ")
                    + comparison.itemsOnlyInOld.joined(separator: ", "))
        }
        if !comparison.itemsOnlyInNew.isEmpty {
            lines.append(
                t("Bara i den senare: ", "Only in the later: ")
                    + comparison.itemsOnlyInNew.joined(separator: ", "))
        }
        if !comparison.itemsReworded.isEmpty {
            lines.append(
                t("Omformulerade och därför inte jämförda: ", "Reworded and therefore not compared: ")
                    + comparison.itemsReworded.joined(separator: ", "))
        }
        let targets = comparison.targetsOnlyInOld.map(name) + comparison.targetsOnlyInNew.map(name)
        if !targets.isEmpty {
            lines.append(
                t("Mäts bara i den ena: ", "Measured in only one: ") + targets.joined(separator: ", "))
        }
        return lines
    }

    // MARK: Text

    /// The terminal view, at most ``width`` columns.
    public func text() -> String {
        var lines: [String] = []
        lines += TextLayout.wrap(t("JÄMFÖRELSE", "COMPARISON") + ": " + title, width: width)
        lines += TextLayout.wrap(periodLine, width: width)
        if comparison.oldPrincipleIndex != nil || comparison.newPrincipleIndex != nil {
            lines.append(
                t("Principindex", "Principle index")
                    + ": \(number(comparison.oldPrincipleIndex, decimals: 0)) → "
                    + "\(number(comparison.newPrincipleIndex, decimals: 0)) (\(signed(comparison.principleIndexChange, decimals: 0)))"
            )
        }
        for sentence in differences { lines += [""] + TextLayout.wrap(sentence, width: width) }
        let principles = comparison.targets.filter { $0.target.principle != nil }
        let areas = comparison.targets.filter { $0.target.problemArea != nil }
        if !principles.isEmpty { lines += [""] + table(t("PRINCIPER", "PRINCIPLES"), principles) }
        if !areas.isEmpty { lines += [""] + table(t("PROBLEMOMRÅDEN", "PROBLEM AREAS"), areas) }
        lines +=
            [""]
            + TextLayout.wrap(
                t(
                    "Nivå före och nu, ändring i nivå och index. För ett problemområde är en sänkning en förbättring.",
                    "Score before and now, change in score and index. For a problem area a fall is an improvement."
                ),
                width: width)
        let moved = comparison.items.filter { ($0.change ?? 0) != 0 }.prefix(itemLimit)
        if !moved.isEmpty {
            lines += ["", t("PÅSTÅENDEN SOM RÖRT SIG MEST", "STATEMENTS THAT MOVED MOST")]
            for item in moved {
                let line =
                    "\(item.itemID) (\(name(item.target))): \(number(item.oldMean)) → \(number(item.newMean)) "
                    + "(\(signed(item.change)))"
                lines += TextLayout.wrap(line, width: width - 2).map { "  " + $0 }
                lines += TextLayout.wrap(item.text(language), width: width - 4).map { "    " + $0 }
            }
        }
        lines += ["", t("DEN TIDIGARE PLANENS ÅTGÄRDER", "THE EARLIER PLAN'S ACTIONS")]
        if comparison.actions.isEmpty {
            lines.append(
                t(
                    "Den tidigare självskattningen har ingen plan med åtgärder.",
                    "The earlier assessment has no plan with actions."))
        }
        for progress in comparison.actions {
            let action = progress.action
            var line = "\(action.id) \(action.what) – \(action.owner)"
            if let due = action.due { line += ", \(due)" }
            line += ": " + Term.status(action.status)(language)
            if progress.status != action.status {
                line += " → " + Term.status(progress.status)(language)
            }
            if progress.overdue { line += " (" + t("försenad", "overdue") + ")" }
            if !progress.carriedOver {
                line += " [" + t("finns inte i den senare planen", "not in the later plan") + "]"
            }
            lines += TextLayout.wrap(line, width: width - 4).enumerated().map {
                ($0.offset == 0 ? "  " : "    ") + $0.element
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ heading: String, _ changes: [Comparison.TargetChange]) -> [String] {
        let nameWidth = width - 52
        var header = TextLayout.fit(heading, width: nameWidth)
        header += TextLayout.right(t("Före", "Before"), width: 7) + TextLayout.right(t("Nu", "Now"), width: 6)
        header += TextLayout.right(t("Ändr.", "Change"), width: 7) + TextLayout.right("Index", width: 7)
        header += TextLayout.right(t("Ändr.", "Change"), width: 7)
        var lines = [header]
        for change in changes {
            let names = TextLayout.wrap(name(change.target), width: nameWidth)
            lines += names.dropLast()
            var row = TextLayout.fit(names.last ?? "", width: nameWidth)
            row +=
                TextLayout.right(number(change.oldScore), width: 7)
                + TextLayout.right(number(change.newScore), width: 6)
            row += TextLayout.right(signed(change.scoreChange), width: 7)
            row += TextLayout.right(number(change.newIndex, decimals: 0), width: 7)
            row += TextLayout.right(signed(change.indexChange, decimals: 0), width: 7)
            row += "  " + directionLabel(change)
            lines.append(row)
        }
        return lines
    }

    // MARK: Markdown, HTML, CSV

    /// The comparison as Markdown.
    public func markdown() -> String {
        func md(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "\n", with: " ")
        }
        var out = "# \(t("Jämförelse", "Comparison")): \(md(title))\n\n\(periodLine)\n"
        if let change = comparison.principleIndexChange {
            out +=
                "\n**\(t("Principindex", "Principle index")): \(number(comparison.oldPrincipleIndex, decimals: 0)) → "
            out += "\(number(comparison.newPrincipleIndex, decimals: 0)) (\(signed(change, decimals: 0)))**\n"
        }
        for sentence in differences { out += "\n_\(md(sentence))_\n" }
        out +=
            "\n| | \(t("Före", "Before")) | \(t("Nu", "Now")) | \(t("Ändring", "Change")) | Index | \(t("Ändring index", "Index change")) | |\n"
        out += "|---|---:|---:|---:|---:|---:|---|\n"
        for change in comparison.targets {
            out += "| \(md(name(change.target))) | \(number(change.oldScore)) | \(number(change.newScore)) | "
            out +=
                "\(signed(change.scoreChange)) | \(number(change.newIndex, decimals: 0)) | \(signed(change.indexChange, decimals: 0)) | "
            out += "\(directionLabel(change)) |\n"
        }
        let moved = comparison.items.filter { ($0.change ?? 0) != 0 }.prefix(itemLimit)
        if !moved.isEmpty {
            out += "\n## \(t("Påståenden som rört sig mest", "Statements that moved most"))\n\n"
            for item in moved {
                out +=
                    "- \(md(item.text(language))) `\(item.itemID)` (\(md(name(item.target)))): \(number(item.oldMean)) → \(number(item.newMean)) (\(signed(item.change)))\n"
            }
        }
        out += "\n## \(t("Den tidigare planens åtgärder", "The earlier plan's actions"))\n\n"
        if comparison.actions.isEmpty {
            out +=
                t(
                    "Den tidigare självskattningen har ingen plan med åtgärder.",
                    "The earlier assessment has no plan with actions.") + "\n"
        } else {
            out +=
                "| | \(t("Åtgärd", "Action")) | \(t("Ansvarig", "Owner")) | \(t("Klart senast", "Due")) | \(t("Då", "Then")) | \(t("Nu", "Now")) |\n"
            out += "|---|---|---|---|---|---|\n"
            for progress in comparison.actions {
                let action = progress.action
                var now = Term.status(progress.status)(language)
                if progress.overdue { now += " (\(t("försenad", "overdue")))" }
                out +=
                    "| \(md(action.id)) | \(md(action.what)) | \(md(action.owner)) | \(action.due?.description ?? "–") | "
                out += "\(Term.status(action.status)(language)) | \(now) |\n"
            }
        }
        return out
    }

    /// One self-contained page with the report's styles: real tables for the principles and problem
    /// areas, the statements that moved most and the earlier plan's actions; every piece of text escaped;
    /// prints on A4. Direction is said in words and arrows, never by colour alone.
    public func html() -> String {
        func e(_ text: String) -> String { HTMLText.escape(text) }
        let heading = t("Jämförelse", "Comparison") + ": " + title
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(e(heading))</title>\n<style>\(Stylesheet.css)"
        out += " .better, .worse { font-weight: 600; white-space: nowrap; }"
        out += " .better { color: #1d6b3a; } .worse { color: #a4462a; }"
        out += "</style>\n</head>\n<body>\n<header>\n"
        out += "<p class=\"kicker\">\(e(t("Självskattning över tid", "Self-assessment over time")))</p>\n"
        out += "<h1>\(e(heading))</h1>\n<p class=\"unit\">\(e(periodLine))</p>\n"
        if comparison.principleIndexChange != nil {
            out += "<p><strong>\(e(t("Principindex", "Principle index"))): "
            out += "\(e(number(comparison.oldPrincipleIndex, decimals: 0))) → "
            out += "\(e(number(comparison.newPrincipleIndex, decimals: 0))) "
            out += "(\(e(signed(comparison.principleIndexChange, decimals: 0))))</strong></p>\n"
        }
        for sentence in differences { out += "<p class=\"note\">\(e(sentence))</p>\n" }
        out += "</header>\n<main>\n"
        func changes(_ title: String, _ rows: [Comparison.TargetChange]) {
            guard !rows.isEmpty else { return }
            out += "<h2>\(e(title))</h2>\n<table>\n<thead><tr><th scope=\"col\">\(e(title))</th>"
            for column in [
                t("Före", "Before"), t("Nu", "Now"), t("Ändring", "Change"), "Index",
                t("Ändring index", "Index change"),
            ] {
                out += "<th scope=\"col\" class=\"num\">\(e(column))</th>"
            }
            out += "<th scope=\"col\">\(e(t("Riktning", "Direction")))</th></tr></thead>\n<tbody>\n"
            for change in rows {
                let style = change.improved.map { $0 ? " class=\"better\"" : " class=\"worse\"" } ?? ""
                out += "<tr><th scope=\"row\">\(e(name(change.target)))</th>"
                out += "<td class=\"num\">\(e(number(change.oldScore)))</td>"
                out += "<td class=\"num\">\(e(number(change.newScore)))</td>"
                out += "<td class=\"num\">\(e(signed(change.scoreChange)))</td>"
                out += "<td class=\"num\">\(e(number(change.newIndex, decimals: 0)))</td>"
                out += "<td class=\"num\">\(e(signed(change.indexChange, decimals: 0)))</td>"
                out += "<td\(change.direction == .same ? "" : style)>\(e(directionLabel(change)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        changes(t("Principer", "Principles"), comparison.targets.filter { $0.target.principle != nil })
        changes(
            t("Problemområden", "Problem areas"), comparison.targets.filter { $0.target.problemArea != nil })
        let moved = comparison.items.filter { ($0.change ?? 0) != 0 }.prefix(itemLimit)
        if !moved.isEmpty {
            out += "<h2>\(e(t("Påståenden som rört sig mest", "Statements that moved most")))</h2>\n<table>\n"
            out += "<thead><tr><th scope=\"col\">\(e(t("Påstående", "Statement")))</th>"
            out +=
                "<th scope=\"col\">\(e(t("Princip eller problemområde", "Principle or problem area")))</th>"
            out += "<th scope=\"col\" class=\"num\">\(e(t("Före", "Before")))</th>"
            out += "<th scope=\"col\" class=\"num\">\(e(t("Nu", "Now")))</th>"
            out += "<th scope=\"col\" class=\"num\">\(e(t("Ändring", "Change")))</th></tr></thead>\n<tbody>\n"
            for item in moved {
                out += "<tr><td>\(e(item.text(language)))</td><td>\(e(name(item.target)))</td>"
                out +=
                    "<td class=\"num\">\(e(number(item.oldMean)))</td><td class=\"num\">\(e(number(item.newMean)))</td>"
                out += "<td class=\"num\">\(e(signed(item.change)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "<h2>\(e(t("Den tidigare planens åtgärder", "The earlier plan's actions")))</h2>\n"
        if comparison.actions.isEmpty {
            out +=
                "<p class=\"muted\">\(e(t("Den tidigare självskattningen har ingen plan med åtgärder.", "The earlier assessment has no plan with actions.")))</p>\n"
        } else {
            out += "<table>\n<thead><tr>"
            for column in [
                "Id", t("Åtgärd", "Action"), t("Ansvarig", "Owner"), t("Klart senast", "Due"),
                t("Då", "Then"), t("Nu", "Now"),
            ] {
                out += "<th scope=\"col\">\(e(column))</th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for progress in comparison.actions {
                let action = progress.action
                var now = Term.status(progress.status)(language)
                if progress.overdue { now += " (\(t("försenad", "overdue")))" }
                out += "<tr><td>\(e(action.id))</td><td>\(e(action.what))</td><td>\(e(action.owner))</td>"
                out += "<td>\(e(action.due?.description ?? "–"))</td>"
                out += "<td>\(e(Term.status(action.status)(language)))</td>"
                out += "<td>\(e(now))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// One row per principle and problem area, then one per shared item, then one per action; UTF-8
    /// with BOM, formula-like cells neutralised.
    public func csv() -> String {
        var writer = CSVWriter(
            header: [
                t("typ", "kind"), "id", t("före", "before"), t("nu", "now"), t("ändring", "change"),
                t("index före", "index before"), t("index nu", "index now"),
                t("ändring index", "index change"),
                t("riktning", "direction"), t("status då", "status then"), t("status nu", "status now"),
                t("text", "text"),
            ])
        for change in comparison.targets {
            writer.append([
                .text(change.target.principle != nil ? "principle" : "problemArea"), .text(change.target.id),
                CSVWriter.number(change.oldScore), CSVWriter.number(change.newScore),
                CSVWriter.number(change.scoreChange),
                CSVWriter.number(change.oldIndex), CSVWriter.number(change.newIndex),
                CSVWriter.number(change.indexChange),
                .text(change.direction?.rawValue ?? ""), .text(""), .text(""), .text(name(change.target)),
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
