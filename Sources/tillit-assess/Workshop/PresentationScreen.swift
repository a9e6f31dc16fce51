import TillitCore

/// The group view for a projector: one statement at a time, the statement first and its distribution
/// revealed on the next key, with bars as wide as the screen allows, so that the room reads and talks
/// about one thing at a time. The figures are the scorecard's: a distribution the scorecard withholds
/// stays withheld.
struct PresentationScreen {
    let session: WorkshopSession

    private var language: Language { session.language }

    /// The statements in the group view's order: disagreement first, then the widest spread.
    private func statements(_ scorecard: Scorecard) -> [ItemStatistics] {
        let rest = scorecard.items
            .filter { !$0.flagged && ($0.span ?? 0) >= 2 }
            .sorted { ($0.standardDeviation ?? 0, $1.itemID) > ($1.standardDeviation ?? 0, $0.itemID) }
        return scorecard.flaggedItems + rest
    }

    /// Runs until the facilitator goes back to the group view.
    func run() throws {
        let scorecard = session.workshop.scorecard
        let shown = statements(scorecard)
        guard !shown.isEmpty else { return }
        var index = 0
        var revealed = false
        while true {
            draw(
                shown[index], number: index + 1, count: shown.count, revealed: revealed, scorecard: scorecard)
            let entry = try session.input.entry()
            switch entry {
            case .key(.right), .key(.pageDown), .key(.down), .key(.character(" ")), .key(.enter), .line(""):
                if !revealed {
                    revealed = true
                } else if index + 1 < shown.count {
                    index += 1
                    revealed = false
                } else {
                    return
                }
            case .key(.left), .key(.pageUp), .key(.up):
                if revealed {
                    revealed = false
                } else if index > 0 {
                    index -= 1
                    revealed = true
                }
            case .key(.resize):
                continue
            default:
                if entry.isQuit || entry.isBack || entry == .key(.escape) { return }
            }
        }
    }

    private func draw(
        _ statistics: ItemStatistics, number: Int, count: Int, revealed: Bool, scorecard: Scorecard
    ) {
        let terminal = session.terminal
        let questionnaire = session.workshop.assessment.questionnaire
        let width = session.width
        terminal.clearScreen()
        terminal.line(WorkshopText.presentationTitle(number, count)(language))
        terminal.line()
        guard let position = questionnaire.index(ofItem: statistics.itemID) else { return }
        let item = questionnaire.items[position]
        let margin = String(repeating: " ", count: max(2, width / 20))
        let room = width - 2 * margin.count
        for line in TextLayout.wrap(item.text(language), width: room, first: margin, rest: margin) {
            terminal.line(line)
        }
        terminal.line()
        terminal.line(margin + item.target.name(in: session.framework)(language))
        terminal.line()
        if revealed {
            if let distribution = statistics.distribution {
                let labels = questionnaire.scale.steps.map { "\($0.value)  \($0.label(language))" }
                let labelWidth = (labels.map(\.count).max() ?? 0) + 2
                let most = max(1, distribution.max() ?? 1)
                let cells = max(4, room - labelWidth - 4)
                for (label, answers) in zip(labels, distribution) {
                    let bar = String(repeating: "█", count: answers * cells / most)
                    terminal.line(
                        margin + label + String(repeating: " ", count: labelWidth - label.count) + bar
                            + (answers > 0 ? " " : "") + "\(answers)")
                    if session.height >= 30 { terminal.line() }
                }
                if statistics.dontKnow > 0 {
                    terminal.line(margin + WorkshopText.dontKnowCount(statistics.dontKnow)(language))
                }
            } else {
                terminal.line(margin + WorkshopText.withheld(scorecard.anonymityThreshold)(language))
            }
        }
        terminal.line()
        for line in session.lines(
            (revealed ? WorkshopText.presentationNext : WorkshopText.presentationReveal)(language))
        {
            terminal.line(line)
        }
    }
}
