/// Renders the end of a workshop for the terminal: a results table (individual round, agreed level,
/// target, gap), the problem areas, and the development plan with its actions.
///
/// This is what the team sees before it leaves the room; the full report and the plan documents are
/// exported by the `report` and `plan` commands.
public struct WorkshopSummaryRenderer: Sendable {
    /// The language of the output.
    public var language: Language
    /// The width in columns; clamped to 40–80.
    public var width: Int
    /// Whether headings may be bold.
    public var usesColor: Bool
    /// The framework the names and measures come from.
    public var framework: Framework

    /// Creates a renderer.
    public init(
        language: Language, width: Int = 80, usesColor: Bool = false, framework: Framework = .sou2019_43
    ) {
        self.language = language
        self.width = min(80, max(40, width))
        self.usesColor = usesColor
        self.framework = framework
    }

    /// The results table and the plan.
    public func render(_ assessment: Assessment, scorecard: Scorecard) -> String {
        var lines: [String] = []
        let place = [assessment.organisation, assessment.unit].filter { !$0.isEmpty }.joined(separator: ", ")
        lines.append(bold(t(sv: "Resultat", en: "Results") + (place.isEmpty ? "" : " · \(place)")))
        lines.append(
            t(
                sv: "\(assessment.date) · \(scorecard.respondents) deltagare",
                en: "\(assessment.date) · \(scorecard.respondents) participants"))
        lines.append("")
        let nameWidth = width - 34
        lines.append(
            TextLayout.fit(t(sv: "Princip", en: "Principle"), width: nameWidth)
                + [
                    t(sv: "Enskilt", en: "Individ."), t(sv: "Samsyn", en: "Agreed"),
                    t(sv: "Mål", en: "Target"),
                    "Gap",
                ].map { TextLayout.right($0, width: 8) }.joined())
        for score in scorecard.principles {
            let principle = score.target.principle
            let agreed = principle.flatMap { assessment.consensus(for: $0) }
            let gap = agreed?.gap.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "–"
            let cells = [
                Formatting.decimal(score.score, language: language) + (score.flagged ? "!" : " "),
                agreed?.score.map(String.init) ?? "–", agreed?.target.map(String.init) ?? "–", gap,
            ]
            lines += row(
                score.target.name(in: framework)(language), nameWidth: nameWidth,
                cells.map { TextLayout.right($0, width: 8) }.joined())
        }
        if !scorecard.problemAreas.isEmpty {
            lines.append("")
            lines.append(
                TextLayout.fit(t(sv: "Problemområde", en: "Problem area"), width: nameWidth)
                    + TextLayout.right(t(sv: "Enskilt", en: "Individ."), width: 8))
            for score in scorecard.problemAreas {
                lines += row(
                    score.target.name(in: framework)(language), nameWidth: nameWidth,
                    TextLayout.right(
                        Formatting.decimal(score.score, language: language) + (score.flagged ? "!" : " "),
                        width: 8))
            }
        }
        lines.append("")
        lines += TextLayout.wrap(
            t(
                sv: "Enskilt = medel i den individuella omgången (1–5); ! = oenighet. Samsyn och mål: "
                    + "det gruppen enades om.",
                en: "Individ. = mean of the individual round (1–5); ! = disagreement. Agreed and target: "
                    + "what the team agreed."),
            width: width)
        lines.append("")
        lines += plan(assessment)
        if let parked = assessment.parkingLot, !parked.isEmpty {
            lines.append("")
            lines.append(bold(t(sv: "Parkeringsplats", en: "Parking lot")))
            for note in parked { lines += TextLayout.wrap(note, width: width, first: "  - ", rest: "    ") }
        }
        return lines.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// A table row whose name wraps, never cut, with the cells on the name's last line.
    private func row(_ name: String, nameWidth: Int, _ cells: String) -> [String] {
        var names = TextLayout.wrap(name, width: nameWidth)
        let last = names.removeLast()
        return names + [last + String(repeating: " ", count: max(0, nameWidth - last.count)) + cells]
    }

    private func plan(_ assessment: Assessment) -> [String] {
        var lines = [bold(t(sv: "Utvecklingsplan", en: "Development plan"))]
        guard let plan = assessment.plan else {
            lines.append(t(sv: "Ingen plan ännu.", en: "No plan yet."))
            return lines
        }
        let focus = plan.focusPrinciples.map { framework.principle($0).name(language) }
        let focusLabel = t(sv: "Fokus: ", en: "Focus: ")
        lines += TextLayout.wrap(
            focus.joined(separator: ", "), width: width, first: focusLabel,
            rest: String(repeating: " ", count: focusLabel.count))
        if !plan.focusProblemAreas.isEmpty {
            let areas = plan.focusProblemAreas.map { framework.problemArea($0).title(language) }
            let areasLabel = t(sv: "Problemområden: ", en: "Problem areas: ")
            lines += TextLayout.wrap(
                areas.joined(separator: ", "), width: width, first: areasLabel,
                rest: String(repeating: " ", count: areasLabel.count))
        }
        lines.append(
            t(sv: "Uppföljningsmöte: \(plan.followUpDate)", en: "Follow-up meeting: \(plan.followUpDate)"))
        lines.append("")
        if plan.actions.isEmpty {
            lines.append(t(sv: "Inga åtgärder ännu.", en: "No actions yet."))
        }
        for action in plan.actions {
            let principle = action.principle.map { framework.principle($0).name(language) + ": " } ?? ""
            lines += TextLayout.wrap(
                principle + action.what, width: width, first: TextLayout.fit(action.id, width: 5),
                rest: "     ")
            var facts = [t(sv: "Ansvarig: ", en: "Owner: ") + action.owner]
            if let due = action.due { facts.append(t(sv: "klart ", en: "due ") + due.description) }
            facts.append(Term.horizon(action.horizon)(language))
            lines += TextLayout.wrap(
                facts.joined(separator: " · "), width: width, first: "     ", rest: "     ")
            if !action.expectedEffect.isEmpty {
                lines += TextLayout.wrap(
                    t(sv: "Effekt: ", en: "Effect: ") + action.expectedEffect, width: width, first: "     ",
                    rest: "     ")
            }
            if !action.followUp.isEmpty {
                lines += TextLayout.wrap(
                    t(sv: "Uppföljning: ", en: "Follow-up: ") + action.followUp, width: width, first: "     ",
                    rest: "     ")
            }
        }
        return lines
    }

    private func t(sv: String, en: String) -> String { language == .sv ? sv : en }

    private func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
