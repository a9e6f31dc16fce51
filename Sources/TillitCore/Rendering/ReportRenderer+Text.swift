extension ReportRenderer {
    private static let barWidth = 20
    private static let numberColumns = 53

    /// The terminal view: principles and problem areas as a table with bars, flagged items, groups side
    /// by side and the largest differences between groups. At most ``width`` columns; ANSI colours only
    /// when ``useColor`` is set.
    public func text() -> String {
        var lines: [String] = []
        lines += indented(
            t("SJÄLVSKATTNING", "SELF-ASSESSMENT") + ": " + titleLine, first: "", rest: "  ")
        lines += indented(metaLine, first: "", rest: "  ")
        if let index = scorecard.principleIndex {
            lines.append(bold(t("Principindex", "Principle index") + ": \(number(index, decimals: 0)) / 100"))
        }
        if !scorecard.principles.isEmpty {
            lines.append("")
            lines += table(t("PRINCIPER", "PRINCIPLES"), scorecard.principles, consensus: true)
        }
        if !scorecard.problemAreas.isEmpty {
            lines.append("")
            lines += table(t("PROBLEMOMRÅDEN", "PROBLEM AREAS"), scorecard.problemAreas, consensus: false)
        }
        lines.append("")
        lines += TextLayout.wrap(
            t(
                "Nivå: medelvärde \(assessment.questionnaire.scale.minimum)–\(assessment.questionnaire.scale.maximum). "
                    + "Index: 0–100. Spridning: genomsnittlig standardavvikelse. Enig→mål: den nivå "
                    + "gruppen enats om och målet. ! = oenighet.",
                "Score: mean \(assessment.questionnaire.scale.minimum)–\(assessment.questionnaire.scale.maximum). "
                    + "Index: 0–100. Spread: mean standard deviation. Agr.→tgt: the level the team "
                    + "agreed and its target. ! = disagreement."),
            width: width)
        lines += flaggedSection()
        lines += groupSection()
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ title: String, _ scores: [TargetScore], consensus: Bool) -> [String] {
        let nameWidth = max(12, width - Self.numberColumns)
        var header = TextLayout.fit(title, width: nameWidth)
        header += TextLayout.right(t("Nivå", "Score"), width: 6) + TextLayout.right("Index", width: 6)
        header += TextLayout.right(t("Spridn.", "Spread"), width: 8)
        header += TextLayout.right(consensus ? t("Enig→mål", "Agr.→tgt") : "", width: 9)
        var lines = [bold(header.trimmingTrailing())]
        for score in scores {
            let names = TextLayout.wrap(name(score.target), width: nameWidth)
            lines += names.dropLast()
            var row = TextLayout.fit(names.last ?? "", width: nameWidth)
            row += TextLayout.right(number(score.score), width: 6)
            row += TextLayout.right(number(score.index, decimals: 0), width: 6)
            row += TextLayout.right(number(score.spread), width: 8)
            var agreed = ""
            if consensus, score.consensus != nil || score.targetLevel != nil {
                agreed =
                    "\(score.consensus.map(String.init) ?? "–")→\(score.targetLevel.map(String.init) ?? "–")"
            }
            row += TextLayout.right(agreed, width: 9) + "  " + bar(score.index, target: score.target)
            row += score.flagged ? " " + color("!", code: "1;31") : ""
            lines.append(row)
        }
        return lines
    }

    private func bar(_ index: Double?, target: Target) -> String {
        guard let index else { return String(repeating: "·", count: Self.barWidth) }
        let filled = max(0, min(Self.barWidth, Int((index / 100 * Double(Self.barWidth)).rounded())))
        let good = Self.highIsGood(target) ? index : 100 - index
        let code = good >= 67 ? "32" : good >= 34 ? "33" : "31"
        return color(String(repeating: "█", count: filled), code: code)
            + String(repeating: "░", count: Self.barWidth - filled)
    }

    private func flaggedSection() -> [String] {
        let flagged = scorecard.flaggedItems
        guard !flagged.isEmpty else { return [] }
        var lines = ["", bold(t("OENIGHET", "DISAGREEMENT") + " (\(flagged.count))")]
        lines += TextLayout.wrap(
            t(
                "Påståenden där svaren spänner över minst tre steg – att samtala om:",
                "Statements whose answers span three or more steps – to talk about:"),
            width: width)
        for item in flagged.prefix(10) {
            let range = "\(item.minimum ?? 0)–\(item.maximum ?? 0)"
            let head =
                "\(item.itemID) · \(name(item.target)) · \(t("svar", "answers")) \(range) · "
                + "\(t("medel", "mean")) \(number(item.mean))"
            lines += indented(head, first: "  ", rest: "    ")
            lines += indented(statement(item.itemID), first: "    ", rest: "    ")
        }
        if flagged.count > 10 {
            lines += indented(
                t(
                    "… och \(flagged.count - 10) till; alla finns i Markdown-, HTML- och CSV-rapporten.",
                    "… and \(flagged.count - 10) more; all are in the Markdown, HTML and CSV reports."),
                first: "  ", rest: "  ")
        }
        return lines
    }

    private func groupSection() -> [String] {
        guard !scorecard.groups.isEmpty else { return [] }
        var lines = ["", bold(t("GRUPPER", "GROUPS"))]
        let shown = shownGroups
        let listing = shown.map { "\($0.group) (n = \($0.participants))" }.joined(separator: ", ")
        if !shown.isEmpty { lines += TextLayout.wrap(t("Redovisas: ", "Shown: ") + listing, width: width) }
        if let withheldSentence { lines += TextLayout.wrap(withheldSentence, width: width) }
        let columnWidth = 11
        let perTable = max(1, (width - 24) / columnWidth)
        var start = 0
        while start < shown.count {
            let chunk = Array(shown[start..<min(shown.count, start + perTable)])
            let nameWidth = min(36, width - chunk.count * columnWidth)
            lines.append("")
            var header = TextLayout.fit(t("Nivå per grupp", "Score by group"), width: nameWidth)
            for group in chunk {
                header +=
                    " "
                    + TextLayout.right(TextLayout.fit(group.group, width: 10).trimmingTrailing(), width: 10)
            }
            lines.append(bold(header))
            for target in scorecard.principles.map(\.target) + scorecard.problemAreas.map(\.target) {
                let names = TextLayout.wrap(name(target), width: nameWidth)
                lines += names.dropLast()
                var row = TextLayout.fit(names.last ?? "", width: nameWidth)
                for group in chunk {
                    let score = (group.principles + group.problemAreas).first { $0.target == target }
                    row += " " + TextLayout.right(number(score?.score), width: 10)
                }
                lines.append(row)
            }
            start += perTable
        }
        let differences = scorecard.groupDifferences.prefix(5)
        if !differences.isEmpty {
            lines.append("")
            lines.append(bold(t("Största skillnader mellan grupper", "Largest differences between groups")))
            for difference in differences {
                let line =
                    "\(name(difference.target)): \(difference.highestGroup) \(number(difference.highestScore)), "
                    + "\(difference.lowestGroup) \(number(difference.lowestScore)) "
                    + "(\(t("skillnad", "difference")) \(number(difference.difference)))"
                lines += indented(line, first: "  ", rest: "    ")
            }
        }
        return lines
    }

    /// Wraps text with a hanging indent: `first` before the first line, `rest` before the others.
    private func indented(_ text: String, first: String, rest: String) -> [String] {
        TextLayout.wrap(text, width: width - max(first.count, rest.count)).enumerated().map { index, line in
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
