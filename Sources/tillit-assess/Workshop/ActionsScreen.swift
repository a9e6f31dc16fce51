import TillitCore

/// Actions for one focus principle: catalogue measures to start from, the actions decided, and a form
/// for a new one or an edited one (`A1`), each field checked as it is entered. `-A1` removes, `u`
/// undoes the last change, Esc or ← (`<` in line mode) goes back a field.
struct ActionsScreen {
    let session: WorkshopSession
    let index: Int

    private var language: Language { session.language }
    private var input: WorkshopInput { session.input }
    private var terminal: any Terminal { session.terminal }

    func run() throws {
        guard let plan = session.workshop.assessment.plan else { return }
        let id = plan.focusPrinciples[index]
        let measures = Array(session.workshop.measures(for: id).prefix(5))
        let text = PagedText(session: session, reserve: 11) { [self] in
            content(id, measures: measures, count: plan.focusPrinciples.count)
        }
        var message: [String] = []
        var first = true
        while true {
            // Drawn again after each change in a terminal, so that the actions decided are on the screen.
            if input.raw || first { text.draw() }
            first = false
            for line in message { terminal.line(line) }
            message = []
            let hasActions = !(session.workshop.assessment.plan?.actions.isEmpty ?? true)
            session.wrapped(WorkshopText.actionKeys(hasActions, input.backKeys)(language))
            guard let typed = try input.ask(WorkshopText.newAction(language), paging: text) else {
                try session.send(.back)
                return
            }
            switch typed.lowercased() {
            case "": try session.send(.next); return
            case "b": try session.send(.back); return
            case "q": throw WorkshopStop.quit
            case "u":
                try session.undo()
                return
            default: break
            }
            if typed.hasPrefix("+") {
                message = session.lines(try session.park(String(typed.dropFirst())))
                continue
            }
            let actions = session.workshop.assessment.plan?.actions ?? []
            if typed.hasPrefix("-"), typed.count > 1 {
                let target = String(typed.dropFirst()).uppercased()
                if let hint = try session.send(.removeAction(id: target)) {
                    message = session.lines(hint, first: "! ", rest: "  ")
                } else {
                    message = [WorkshopText.removed(target)(language)]
                }
                continue
            }
            if let existing = actions.first(where: { $0.id.uppercased() == typed.uppercased() }) {
                var draft = ActionDraft(
                    what: existing.what, owner: existing.owner, due: existing.due, horizon: existing.horizon,
                    principle: existing.principle, problemArea: existing.problemArea,
                    measure: existing.measure,
                    expectedEffect: existing.expectedEffect, followUp: existing.followUp, note: existing.note)
                guard try form(&draft, plan: plan) else { continue }
                if let hint = try session.send(.updateAction(id: existing.id, draft)) {
                    message = session.lines(hint, first: "! ", rest: "  ")
                } else {
                    message = [WorkshopText.changed(existing.id)(language)]
                }
                continue
            }
            var draft = ActionDraft(what: typed, owner: "")
            if let number = Int(typed) {
                guard measures.indices.contains(number - 1) else {
                    message = session.lines(
                        WorkshopText.noSuchMeasure(number, measures.count)(language), first: "! ", rest: "  ")
                    continue
                }
                draft.measure = measures[number - 1].id
                draft.what = measures[number - 1].title(language)
                draft.horizon = measures[number - 1].horizon
            }
            guard try form(&draft, plan: plan, startsWithWhat: draft.measure != nil) else { continue }
            if let hint = try session.send(.addAction(draft)) {
                message = session.lines(hint, first: "! ", rest: "  ")
            } else if let added = session.workshop.assessment.plan?.actions.last {
                message = [WorkshopText.added(added.id)(language)]
            }
        }
    }

    /// The heading, the catalogue's measures and the actions decided.
    private func content(_ id: PrincipleID, measures: [Measure], count: Int) -> [String] {
        var lines = session.headingLines(
            WorkshopText.actionsTitle(index + 1, count, session.framework.principle(id).name(language))(
                language))
        lines.append(WorkshopText.catalogue(language))
        for (number, measure) in measures.enumerated() {
            let horizon = Term.horizon(measure.horizon)
            lines += session.lines(
                "\(measure.title(language)) [\(horizon(language))]",
                first: TextLayout.right("\(number + 1)", width: 3) + ". ", rest: "     ")
            lines += session.lines(
                ActionsScreen.firstSentence(measure.description(language)), first: "     ", rest: "     ")
        }
        let decided = session.workshop.actions(for: id)
        if !decided.isEmpty {
            lines.append("")
            lines.append(WorkshopText.decided(language))
            for action in decided {
                lines += session.lines(
                    "\(action.what) (\(action.owner))", first: "  \(action.id) ", rest: "     ")
            }
        }
        lines.append("")
        return lines
    }

    /// The fields of an action, one prompt each, checked as entered; `false` when the team backs out.
    private func form(_ draft: inout ActionDraft, plan: DevelopmentPlan, startsWithWhat: Bool = true) throws
        -> Bool
    {
        let fields = ["what", "owner", "horizon", "due", "effect", "followUp"]
        var field = startsWithWhat ? 0 : 1
        while field < fields.count {
            if field < 0 { return false }
            switch fields[field] {
            case "what":
                guard let what = try input.ask(WorkshopText.what(language), default: draft.what) else {
                    field -= 1
                    continue
                }
                if what.isEmpty {
                    terminal.line(WorkshopText.whatNeeded(language))
                    continue
                }
                draft.what = what
            case "owner":
                guard let owner = try input.ask(WorkshopText.owner(language), default: draft.owner) else {
                    field -= 1
                    continue
                }
                if owner.isEmpty {
                    terminal.line(WorkshopText.ownerNeeded(language))
                    continue
                }
                draft.owner = owner
            case "horizon":
                let suggested = draft.horizon ?? .quickWin
                guard
                    let text = try input.ask(
                        WorkshopText.horizon(language), default: suggested == .quickWin ? "s" : "l")
                else {
                    field -= 1
                    continue
                }
                switch text.lowercased() {
                case "s", "quick-win": draft.horizon = .quickWin
                case "l", "long-term": draft.horizon = .longTerm
                default:
                    terminal.line(WorkshopText.horizonHint(language))
                    continue
                }
            case "due":
                let suggested = draft.due ?? session.workshop.suggestedDue(for: draft.horizon ?? .quickWin)
                guard let text = try input.ask(WorkshopText.due(language), default: suggested.description)
                else {
                    field -= 1
                    continue
                }
                guard let due = CalendarDate(parsing: text) else {
                    terminal.line(WorkshopText.dueHint(language))
                    continue
                }
                do {
                    try session.workshop.checkDue(due)
                } catch {
                    session.hintLine(error.message(language))
                    continue
                }
                draft.due = due
            case "effect":
                guard let effect = try input.ask(WorkshopText.effect(language), default: draft.expectedEffect)
                else {
                    field -= 1
                    continue
                }
                draft.expectedEffect = effect == "-" ? "" : effect
            default:
                let suggested =
                    draft.followUp.isEmpty
                    ? WorkshopText.followUpDefault(plan.followUpDate.description)(language) : draft.followUp
                guard let followUp = try input.ask(WorkshopText.followUp(language), default: suggested) else {
                    field -= 1
                    continue
                }
                draft.followUp = followUp == "-" ? "" : followUp
            }
            field += 1
        }
        return true
    }

    /// The first sentence of a text: enough of a measure's description to choose by.
    static func firstSentence(_ text: String) -> String {
        guard let end = text.range(of: ". ") else { return text }
        return String(text[..<end.lowerBound]) + "."
    }
}
