import TillitCore

/// Priorities: the planner's proposal and the ranking, then the team chooses principles and problem
/// areas by number. Esc or ← (`<` in line mode) goes back a prompt, `u` undoes the last change.
struct PrioritiesScreen {
    let session: WorkshopSession

    private var language: Language { session.language }

    func run() throws {
        let workshop = session.workshop
        let proposal = workshop.proposal
        let ranking = proposal.ranking
        let areas = ProblemAreaID.allCases
        let text = PagedText(session: session, reserve: 4) { [self] in
            session.headingLines(WorkshopStep.priorities.title(language)) + list(proposal) + [""]
                + session.lines(WorkshopText.chooseIntro(session.input.backKeys)(language))
        }
        text.draw()
        var chosen: [PrincipleID]?
        while true {
            guard let principles = chosen else {
                switch try numbers(
                    WorkshopText.choosePrinciples(language), count: ranking.count, paging: text)
                {
                case .back: try session.send(.back); return
                case .undo: try session.undo(); return
                case .chosen(let numbers):
                    chosen = numbers.map { $0.map { ranking[$0 - 1] } } ?? proposal.focus.map(\.principle)
                }
                continue
            }
            switch try numbers(WorkshopText.chooseAreas(language), count: areas.count, paging: text) {
            case .back:
                chosen = nil
            case .undo:
                try session.undo()
                return
            case .chosen(let numbers):
                let problemAreas = numbers.map { $0.map { areas[$0 - 1] } } ?? proposal.problemAreas
                if principles.count > 3 {
                    session.wrapped(WorkshopText.manyPriorities(principles.count)(language))
                }
                if let hint = try session.send(
                    .choosePriorities(principles: principles, problemAreas: problemAreas))
                {
                    session.hintLine(hint)
                    chosen = nil
                    continue
                }
                return
            }
        }
    }

    /// The proposal, every principle ranked and every problem area, names wrapped, never cut.
    private func list(_ proposal: PlanProposal) -> [String] {
        let workshop = session.workshop
        let scorecard = workshop.scorecard
        var lines = [WorkshopText.proposal(language)]
        for focus in proposal.focus {
            lines += session.lines(focus.reason(language), first: "  \(focus.rank). ", rest: "     ")
        }
        lines.append("")
        lines.append(WorkshopText.ranking(language))
        let proposed = Set(proposal.focus.map(\.principle))
        for (index, id) in proposal.ranking.enumerated() {
            let agreed = workshop.assessment.consensus(for: id)
            let individual = scorecard.score(for: .principle(id))?.score
            var facts = [
                WorkshopText.levelWord(language) + " "
                    + (agreed?.score.map(String.init) ?? Formatting.decimal(individual, language: language))
            ]
            if let target = agreed?.target { facts.append(WorkshopText.targetWord(language) + " \(target)") }
            if let gap = agreed?.gap {
                facts.append(WorkshopText.gapWord(language) + " \(gap > 0 ? "+" : "")\(gap)")
            }
            lines += session.lines(
                session.framework.principle(id).name(language) + " · " + facts.joined(separator: " · ")
                    + (proposed.contains(id) ? "  *" : ""),
                first: TextLayout.right("\(index + 1)", width: 4) + ". ", rest: "      ")
        }
        lines.append("")
        lines.append(WorkshopText.areas(language))
        for (index, id) in ProblemAreaID.allCases.enumerated() {
            let score = scorecard.score(for: .problemArea(id))?.score
            lines += session.lines(
                session.framework.problemArea(id).title(language) + " · "
                    + Formatting.decimal(score, language: language)
                    + (proposal.problemAreas.contains(id) ? "  *" : ""),
                first: TextLayout.right("\(index + 1)", width: 4) + ". ", rest: "      ")
        }
        return lines
    }

    private enum Numbers { case chosen([Int]?), back, undo }

    /// Numbers 1–`count`; Enter takes the proposal (`nil`), `-` none.
    private func numbers(_ prompt: String, count: Int, paging: PagedText) throws -> Numbers {
        while true {
            guard let typed = try session.input.ask(prompt, paging: paging) else { return .back }
            if typed.hasPrefix("+") {
                session.wrapped(try session.park(String(typed.dropFirst())))
                continue
            }
            let text = typed.lowercased()
            if text.isEmpty { return .chosen(nil) }
            if text == "b" { return .back }
            if text == "u" { return .undo }
            if text == "q" { throw WorkshopStop.quit }
            if text == "-" { return .chosen([]) }
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "," })
            let values = parts.compactMap { Int($0) }
            if values.count == parts.count, values.allSatisfy({ $0 >= 1 && $0 <= count }) {
                return .chosen(values)
            }
            session.hintLine(WorkshopText.numbersHint(count)(language))
        }
    }
}
