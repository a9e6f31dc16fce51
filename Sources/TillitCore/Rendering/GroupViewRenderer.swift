/// Renders the group view of a workshop for the terminal: every principle and problem area as bar
/// charts of score and spread, then the statements where the team is furthest apart with the
/// distribution of answers — never who gave them, and withheld under the anonymity threshold.
///
/// It is a live screen, not a document: it has no other format, pages its charts and statements
/// separately, draws bars in half-cell steps and colours them, and fits terminals down to 40 columns.
/// So it keeps its own layout rather than going through ``TextWriter``; its words come from
/// ``Vocabulary``, like every document's.
///
/// The output fits the given width (the terminal's, however wide; names wrap rather than being cut)
/// and carries ANSI colour only when asked, so
/// that a pipe, a screen reader or `NO_COLOR` gets plain text.
public struct GroupViewRenderer: Sendable {
    /// The language of the output.
    public var language: Language
    /// The width in columns; at least 40 (the bars shorten below 56).
    public var width: Int
    /// Whether to colour the bars and the disagreement marks.
    public var usesColor: Bool
    /// The most statements listed under the charts.
    public var maximumItems: Int
    /// The framework the names come from.
    public var framework: Framework

    /// Creates a renderer.
    public init(
        language: Language, width: Int = 80, usesColor: Bool = false, maximumItems: Int = 8,
        framework: Framework = .sou2019_43
    ) {
        self.language = language
        self.width = max(40, width)
        self.usesColor = usesColor
        self.maximumItems = max(0, maximumItems)
        self.framework = framework
    }

    /// The whole group view for a scored questionnaire: the charts, then the statements.
    public func render(_ scorecard: Scorecard, questionnaire: Questionnaire) -> String {
        charts(scorecard, questionnaire: questionnaire) + "\n"
            + statements(scorecard, questionnaire: questionnaire)
    }

    /// The first page of the group view: bar charts of score and spread for every principle and problem
    /// area the questionnaire covers. About 25 lines, so it fits one screen.
    public func charts(_ scorecard: Scorecard, questionnaire: Questionnaire) -> String {
        let scale = questionnaire.scale
        var lines: [String] = []
        lines.append(
            bold(say(Vocabulary.groupView) + " · " + say(Vocabulary.participantCount(scorecard.respondents))))
        lines.append("")
        if !scorecard.principles.isEmpty {
            lines += chart(
                title: say(Vocabulary.principlesChartTitle),
                scorecard.principles, scale: scale)
            lines.append("")
        }
        if !scorecard.problemAreas.isEmpty {
            lines += chart(
                title: say(Vocabulary.problemAreasChartTitle),
                scorecard.problemAreas, scale: scale)
            lines.append("")
        }
        lines += TextLayout.wrap(say(Vocabulary.groupViewKey), width: width)
        return lines.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// The second page of the group view: the statements where the team differs most, disagreement
    /// first, each with the distribution of answers or a note that it is withheld.
    public func statements(_ scorecard: Scorecard, questionnaire: Questionnaire) -> String {
        statementLines(scorecard, questionnaire: questionnaire).map(\.trimmingTrailingSpaces)
            .joined(separator: "\n") + "\n"
    }

    /// The note under the group view while latecomers wait to be included (``GroupViewCohort``), or
    /// `nil` when nobody waits.
    public func waitingNote(_ cohort: GroupViewCohort, threshold: Int) -> String? {
        guard cohort.waiting > 0 else { return nil }
        let text = say(Vocabulary.latecomersWaiting(cohort.waiting, threshold: threshold))
        return TextLayout.wrap(text, width: width).joined(separator: "\n") + "\n"
    }

    // MARK: - Charts

    /// The names' column: what is left beside the bars, and on a narrow terminal room for the longest
    /// single word of a name (*helhetsperspektiv*), since names wrap at spaces only.
    private var nameWidth: Int { max(width >= 56 ? 14 : 17, width - 42) }

    /// The score bar's cells: 20, fewer on a terminal narrower than 56 columns, so a line always fits.
    private var barCells: Int { min(20, max(5, width - nameWidth - 13 - spreadCells)) }

    /// The spread bar's cells: 8, or 4 on a narrow terminal.
    private var spreadCells: Int { width >= 56 ? 8 : 4 }

    private func chart(title: String, _ scores: [TargetScore], scale: AnswerScale) -> [String] {
        let scaleText = "\(scale.minimum)–\(scale.maximum)"
        let spreadTitle = Term.spread(language)
        let titleWidth = nameWidth + 1 + barCells + 5
        var titles = TextLayout.wrap(title, width: titleWidth)
        let lastTitle = titles.removeLast()
        var lines = titles.map { bold($0) }
        lines.append(
            bold(lastTitle) + String(repeating: " ", count: max(0, titleWidth - lastTitle.count)) + "  "
                + spreadTitle)
        lines.append(
            String(repeating: " ", count: nameWidth + 1)
                + say(Vocabulary.scoreOnScale(scaleText)))
        for score in scores {
            // Names wrap, never cut: the bar stands on the name's last line.
            var names = TextLayout.wrap(score.target.name(in: framework)(language), width: nameWidth)
            let last = names.removeLast()
            lines += names
            let name = last + String(repeating: " ", count: max(0, nameWidth - last.count))
            let fraction = score.score.map {
                (($0 - Double(scale.minimum)) / Double(max(1, scale.maximum - scale.minimum)))
            }
            let value = TextLayout.right(Formatting.decimal(score.score, language: language), width: 4)
            let spread = TextLayout.right(Formatting.decimal(score.spread, language: language), width: 3)
            let spreadFraction = score.spread.map { min(1, $0 / 2) }
            let flag = score.flagged ? color("!", code: "1;33") : " "
            lines.append(
                "\(name) \(color(bar(fraction, cells: barCells), code: "36"))\(value)  "
                    + "\(color(bar(spreadFraction, cells: spreadCells), code: "35")) \(spread) \(flag)")
        }
        return lines
    }

    /// A bar of `cells` characters, in half-cell steps; dots where the bar ends, blank without a value.
    private func bar(_ fraction: Double?, cells: Int) -> String {
        guard let fraction else { return String(repeating: " ", count: cells) }
        let halves = Int((min(1, max(0, fraction)) * Double(cells * 2)).rounded())
        let full = halves / 2
        let half = halves % 2
        return String(repeating: "█", count: full) + (half == 1 ? "▌" : "")
            + String(repeating: "·", count: cells - full - half)
    }

    // MARK: - Statements

    private func statementLines(_ scorecard: Scorecard, questionnaire: Questionnaire) -> [String] {
        let flagged = scorecard.flaggedItems
        let rest = scorecard.items
            .filter { !$0.flagged && ($0.span ?? 0) >= 2 }
            .sorted { ($0.standardDeviation ?? 0, $1.itemID) > ($1.standardDeviation ?? 0, $0.itemID) }
        let shown = Array((flagged + rest).prefix(maximumItems))
        var lines = TextLayout.wrap(say(Vocabulary.whereYouDiffer), width: width).map(bold)
        let withheld = scorecard.items.filter { $0.withheld != nil }.count
        if withheld > 0 {
            lines += TextLayout.wrap(
                say(Vocabulary.statementsWithheld(withheld, threshold: scorecard.anonymityThreshold)),
                width: width)
        }
        if flagged.isEmpty {
            lines += TextLayout.wrap(say(Vocabulary.noDisagreement), width: width)
        }
        if shown.isEmpty { return lines }
        let scale = questionnaire.scale
        for statistics in shown {
            guard let index = questionnaire.index(ofItem: statistics.itemID) else { continue }
            let item = questionnaire.items[index]
            lines.append("")
            var text = TextLayout.wrap(
                item.text(language), width: width, first: statistics.flagged ? "! " : "  ", rest: "  ")
            if statistics.flagged { text[0] = color("!", code: "1;33") + text[0].dropFirst() }
            lines += text
            var facts = [item.target.name(in: framework)(language)]
            facts.append(say(Vocabulary.meanOf(Formatting.decimal(statistics.mean, language: language))))
            if let minimum = statistics.minimum, let maximum = statistics.maximum {
                facts.append(say(Vocabulary.answerRange(minimum, maximum)))
            }
            if statistics.dontKnow > 0 {
                facts.append(say(Vocabulary.dontKnowCount(statistics.dontKnow)))
            }
            lines += TextLayout.wrap(facts.joined(separator: " · "), width: width, first: "  ", rest: "  ")
            if let distribution = statistics.distribution {
                let total = max(1, distribution.reduce(0, +))
                let unit = max(1, (total + 19) / 20)
                let parts = zip(scale.steps, distribution).map { step, count in
                    "\(step.value): " + String(repeating: "■", count: (count + unit - 1) / unit)
                        + (count > 0 ? " " : "") + "\(count)"
                }
                // As many steps to a line as fit; a long scale goes on over more lines.
                var line = "  "
                for part in parts {
                    if line.count > 2, line.count + 3 + part.count > width {
                        lines.append(line)
                        line = "  "
                    }
                    line += (line.count > 2 ? "   " : "") + part
                }
                lines.append(line)
            } else {
                lines += TextLayout.wrap(
                    say(Vocabulary.distributionWithheld(threshold: scorecard.anonymityThreshold)),
                    width: width,
                    first: "  ", rest: "  ")
            }
        }
        return lines
    }

    // MARK: - Pieces

    private func say(_ text: LocalizedText) -> String { text(language) }

    private func bold(_ text: String) -> String { color(text, code: "1") }

    private func color(_ text: String, code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// The string without spaces at the end, so that padded columns leave no trailing blanks.
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
