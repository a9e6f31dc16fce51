import TillitCore

/// Consensus on one principle, with the material to agree on: the principle's definition, its
/// statements with the scorecard's distributions (withheld where the scorecard withholds them), what
/// the levels mean, and the individual round's mean as a starting point. Score, target and note are
/// asked in turn; Esc or ← (`<` in line mode) goes back one prompt, `u` undoes the last change.
struct ConsensusScreen {
    let session: WorkshopSession
    let index: Int

    private var language: Language { session.language }

    /// What a level prompt returned.
    private enum Level { case value(Int), back, skip, undo }

    func run() throws {
        let principles = session.workshop.consensusPrinciples
        let id = principles[index]
        let principle = session.framework.principle(id)
        let title = WorkshopText.consensusTitle(index + 1, principles.count, principle.name(language))(
            language)
        let text = PagedText(session: session, reserve: 6) { [self] in
            session.headingLines(title) + material(id)
        }
        text.draw()
        session.terminal.line()
        let start = session.workshop.startingPoint(for: id)
        var score = start.score
        var target = max(start.target, start.score)
        var note = session.workshop.assessment.consensus(for: id)?.note ?? ""
        var prompt = 0
        while true {
            switch prompt {
            case 0:
                switch try level(WorkshopText.agreedScore(language), default: score, paging: text) {
                case .back: try session.send(.back); return
                case .skip: try session.send(.next); return
                case .undo: try session.undo(); return
                case .value(let value):
                    score = value
                    prompt = 1
                }
            case 1:
                switch try level(WorkshopText.target(language), default: max(target, score), paging: text) {
                case .back: prompt = 0
                case .skip: try session.send(.next); return
                case .undo: try session.undo(); return
                case .value(let value):
                    target = value
                    if target < score { session.hintLine(WorkshopText.targetBelow(target, score)(language)) }
                    prompt = 2
                }
            default:
                guard
                    let typed = try session.input.ask(
                        WorkshopText.note(language), default: note, paging: text)
                else {
                    prompt = 1
                    continue
                }
                note = typed == "-" ? "" : typed
                if let hint = try session.send(.agreeConsensus(score: score, target: target, note: note)) {
                    session.hintLine(hint)
                    prompt = 0
                    continue
                }
                return
            }
        }
    }

    /// The definition, the statements with their distributions, the levels and the starting point.
    private func material(_ id: PrincipleID) -> [String] {
        let principle = session.framework.principle(id)
        let workshop = session.workshop
        let scorecard = workshop.scorecard
        let questionnaire = workshop.assessment.questionnaire
        var lines = session.lines(WorkshopText.quoted(principle.definition(language), language))
        let statements = scorecard.items.filter { $0.target == .principle(id) }
        if !statements.isEmpty {
            lines.append("")
            lines.append(WorkshopText.statementsHeading(language))
        }
        for statistics in statements {
            guard let position = questionnaire.index(ofItem: statistics.itemID) else { continue }
            let text = questionnaire.items[position].text(language)
            lines += session.lines(text, first: statistics.flagged ? "! " : "  ", rest: "  ")
            if let distribution = statistics.distribution {
                let parts = zip(questionnaire.scale.steps, distribution).map { step, count in
                    "\(step.value): " + String(repeating: "■", count: count) + (count > 0 ? " " : "")
                        + "\(count)"
                }
                var line = parts.joined(separator: "   ")
                if statistics.dontKnow > 0 {
                    line += "   " + WorkshopText.dontKnowCount(statistics.dontKnow)(language)
                }
                // As the group view shows it, on one line when it fits; wrapped only on a narrow screen.
                lines +=
                    line.count + 4 <= session.width
                    ? ["    " + line]
                    : session.lines(parts.joined(separator: " · "), first: "    ", rest: "    ")
            } else {
                lines += session.lines(
                    WorkshopText.withheld(scorecard.anonymityThreshold)(language), first: "    ", rest: "    "
                )
            }
        }
        lines.append("")
        if let score = scorecard.score(for: .principle(id)) {
            lines += session.lines(
                WorkshopText.individualRound(
                    Formatting.decimal(score.score, language: language),
                    Formatting.decimal(score.spread, language: language), score.answers, statements.count,
                    scorecard.respondents)(language))
        }
        lines += session.lines(WorkshopText.levels(language))
        lines += session.lines(WorkshopText.consensusIntro(session.input.backKeys)(language))
        return lines
    }

    private func level(_ prompt: String, default value: Int, paging: PagedText) throws -> Level {
        while true {
            guard let typed = try session.input.ask(prompt, default: String(value), paging: paging) else {
                return .back
            }
            if typed.hasPrefix("+") {
                session.wrapped(try session.park(String(typed.dropFirst())))
                continue
            }
            let text = typed.lowercased()
            switch text {
            case "b": return .back
            case "s": return .skip
            case "u": return .undo
            case "q": throw WorkshopStop.quit
            case "?":
                // The report's guidance on reading the principle, below the definition already shown.
                let principle = session.framework.principle(session.workshop.consensusPrinciples[index])
                session.terminal.line(WorkshopText.guidance(language) + ":")
                for point in principle.guidance {
                    session.wrapped(point(language), first: "  - ", rest: "    ")
                }
                session.terminal.line("  " + principle.source.description)
            default:
                if let number = Int(text), (1...5).contains(number) { return .value(number) }
                let halves = text.contains(",") || text.contains(".")
                session.hintLine((halves ? WorkshopText.noHalves : WorkshopText.levelHint)(language))
            }
        }
    }
}
