extension ReportRenderer {
    /// The report as Markdown for a wiki or an e-mail: the same content as the HTML page, with tables in
    /// place of charts. User text is escaped so that it cannot break a table or inject markup.
    public func markdown() -> String {
        var out = "# \(t("Självskattning", "Self-assessment")): \(md(titleLine))\n\n"
        out += "\(md(metaLine))"
        if !assessment.facilitator.isBlank {
            out += "  \n\(t("Facilitator", "Facilitator")): \(md(assessment.facilitator))"
        }
        if let index = scorecard.principleIndex {
            out += "  \n**\(t("Principindex", "Principle index")): \(number(index, decimals: 0)) / 100**"
        }
        out += "\n"
        if !scorecard.principles.isEmpty {
            out +=
                "\n## \(t("Principer", "Principles"))\n\n"
                + markdownTable(scorecard.principles, principles: true)
        }
        if !scorecard.problemAreas.isEmpty {
            out += "\n## \(t("Problemområden", "Problem areas"))\n\n"
            out +=
                "_\(t("Här betyder ett högt värde att problemet finns.", "Here a high value means the problem is present."))_\n\n"
            out += markdownTable(scorecard.problemAreas, principles: false)
        }
        out += "\n## \(t("Oenighet", "Disagreement"))\n\n"
        let flagged = scorecard.flaggedItems
        if flagged.isEmpty {
            out +=
                t(
                    "Inget påstående har svar som spänner över tre steg eller fler.",
                    "No statement has answers spanning three or more steps.") + "\n"
        } else {
            out +=
                t(
                    "Påståenden där svaren spänner över minst tre steg – underlag för samtal.",
                    "Statements whose answers span three or more steps – topics for discussion.") + "\n\n"
            out +=
                "| \(t("Påstående", "Statement")) | \(t("Mäter", "Measures")) | \(t("Lägst–högst", "Range")) | \(t("Medel", "Mean")) | \(t("Fördelning", "Distribution")) |\n"
            out += "|---|---|---:|---:|---|\n"
            for item in flagged {
                out += "| \(md(statement(item.itemID))) (`\(item.itemID)`) | \(md(name(item.target))) | "
                out +=
                    "\(item.minimum ?? 0)–\(item.maximum ?? 0) | \(number(item.mean)) | \(markdownDistribution(item)) |\n"
            }
        }
        out += markdownGroups()
        out += markdownConsensus()
        out += markdownPlan()
        out += "\n## \(t("Påståenden", "Statements"))\n\n"
        out +=
            "| \(t("Påstående", "Statement")) | \(t("Mäter", "Measures")) | \(t("Svar", "Answers")) | \(t("Vet ej", "Don't know")) | "
        out +=
            "\(t("Medel", "Mean")) | Median | \(t("Std.av.", "SD")) | Min–max | \(t("Fördelning", "Distribution")) |\n"
        out += "|---|---|---:|---:|---:|---:|---:|---:|---|\n"
        for item in scorecard.items {
            let range = item.minimum.map { "\($0)–\(item.maximum ?? $0)" } ?? "–"
            out +=
                "| \(md(statement(item.itemID)))\(item.flagged ? " **!**" : "") | \(md(name(item.target))) | \(item.answers) | "
            out +=
                "\(item.dontKnow) | \(number(item.mean)) | \(number(item.median)) | \(number(item.standardDeviation)) | "
            out += "\(range) | \(markdownDistribution(item)) |\n"
        }
        out += "\n## \(t("Så läser du rapporten", "How to read this report"))\n\n"
        for sentence in howToRead { out += "- \(md(sentence))\n" }
        out += "\n_\(t("Ramverk", "Framework")): SOU 2019:43 Med tillit följer bättre resultat._\n"
        return out
    }

    /// Escapes user text for Markdown: no table breaks, no raw HTML, no accidental emphasis.
    func md(_ text: String) -> String {
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

    private func markdownDistribution(_ item: ItemStatistics) -> String {
        guard let counts = item.distribution else { return withheldNote(item.withheld) }
        return zip(assessment.questionnaire.scale.steps, counts).map { "\($0.value): \($1)" }.joined(
            separator: " · ")
    }

    private func markdownTable(_ scores: [TargetScore], principles: Bool) -> String {
        var out =
            "| \(principles ? t("Princip", "Principle") : t("Problemområde", "Problem area")) | \(t("Nivå", "Score")) | Index | "
        out += "\(t("Spridning", "Spread")) | \(t("Svar", "Answers")) | "
        out += principles ? "\(t("Enig nivå", "Agreed")) | \(t("Mål", "Target")) | Gap | " : ""
        out +=
            "\(t("Oenighet", "Disagreement")) |\n|---|---:|---:|---:|---:|"
            + (principles ? "---:|---:|---:|" : "") + "---|\n"
        for score in scores {
            out +=
                "| \(md(name(score.target))) | \(number(score.score)) | \(number(score.index, decimals: 0)) | "
            out += "\(number(score.spread)) | \(score.answers) | "
            if principles {
                out +=
                    "\(score.consensus.map(String.init) ?? "–") | \(score.targetLevel.map(String.init) ?? "–") | "
                out += "\(score.gap.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "–") | "
            }
            out += (score.flagged ? "**!**" : "") + " |\n"
        }
        return out
    }

    private func markdownGroups() -> String {
        guard !scorecard.groups.isEmpty else { return "" }
        var out = "\n## \(t("Grupper", "Groups"))\n\n"
        if let withheldSentence { out += "_\(md(withheldSentence))_\n\n" }
        let shown = shownGroups
        if !shown.isEmpty {
            out += "| |" + shown.map { " \(md($0.group)) (n = \($0.participants)) |" }.joined() + "\n"
            out += "|---|" + String(repeating: "---:|", count: shown.count) + "\n"
            for target in scorecard.principles.map(\.target) + scorecard.problemAreas.map(\.target) {
                out += "| \(md(name(target))) |"
                for group in shown {
                    let score = (group.principles + group.problemAreas).first { $0.target == target }
                    out += " \(number(score?.score)) |"
                }
                out += "\n"
            }
        }
        let differences = scorecard.groupDifferences.prefix(5)
        if !differences.isEmpty {
            out += "\n### \(t("Största skillnader mellan grupper", "Largest differences between groups"))\n\n"
            for difference in differences {
                out +=
                    "- \(md(name(difference.target))): \(md(difference.highestGroup)) \(number(difference.highestScore)), "
                out += "\(md(difference.lowestGroup)) \(number(difference.lowestScore)) "
                out += "(\(t("skillnad", "difference")) \(number(difference.difference)))\n"
            }
        }
        return out
    }

    private func markdownConsensus() -> String {
        let entries = assessment.consensus.filter {
            $0.score != nil || $0.target != nil || !($0.note ?? "").isBlank
        }
        guard !entries.isEmpty else { return "" }
        var out = "\n## \(t("Gruppens överenskommelse", "What the team agreed"))\n\n"
        out +=
            "| \(t("Princip", "Principle")) | \(t("Nivå", "Score")) | \(t("Mål", "Target")) | \(t("Motivering", "Why")) |\n"
        out += "|---|---:|---:|---|\n"
        for entry in entries {
            out += "| \(md(name(.principle(entry.principle)))) | \(entry.score.map(String.init) ?? "–") | "
            out += "\(entry.target.map(String.init) ?? "–") | \(md(entry.note ?? "")) |\n"
        }
        return out
    }

    private func markdownPlan() -> String {
        guard let plan = assessment.plan else { return "" }
        var out = "\n## \(t("Utvecklingsplan", "Development plan"))\n\n"
        let focus =
            plan.focusPrinciples.map { name(.principle($0)) }
            + plan.focusProblemAreas.map { name(.problemArea($0)) }
        if !focus.isEmpty { out += "**\(t("Fokus", "Focus")):** \(md(focus.joined(separator: ", ")))  \n" }
        out += "**\(t("Uppföljning", "Follow-up")):** \(plan.followUpDate)\n"
        if !plan.actions.isEmpty {
            out +=
                "\n| | \(t("Åtgärd", "Action")) | \(t("Ansvarig", "Owner")) | \(t("Klart senast", "Due")) | Status |\n"
            out += "|---|---|---|---|---|\n"
            for action in plan.actions {
                out +=
                    "| \(md(action.id)) | \(md(action.what)) | \(md(action.owner)) | \(action.due?.description ?? "–") | "
                out += "\(Self.statusLabel(action.status, language: language)) |\n"
            }
        }
        return out
    }
}
