import TillitCore

/// The group view: the charts, then every statement where the team differs, disagreement first, paged
/// to the terminal's height so that the first statement — where the guide says to start — is on screen.
/// `n` adds a latecomer from any page.
struct GroupViewScreen {
    let session: WorkshopSession

    func run() throws {
        let language = session.language
        let questionnaire = session.workshop.assessment.questionnaire
        let scorecard = session.workshop.scorecard
        let cohort = session.workshop.groupViewCohort
        let threshold = session.workshop.scorer.anonymityThreshold
        let content = { [session] () -> [String] in
            let renderer = GroupViewRenderer(
                language: language, width: session.width, usesColor: session.terminal.usesColor,
                maximumItems: questionnaire.items.count)
            let text =
                renderer.render(scorecard, questionnaire: questionnaire)
                + (renderer.waitingNote(cohort, threshold: threshold).map { "\n" + $0 } ?? "")
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
        }
        if !session.input.raw { session.terminal.line() }
        var hint: String?
        while true {
            let entry = try session.page(
                content,
                keys: { last in
                    (last ? WorkshopText.groupChoice : WorkshopText.groupChoiceMore)(language)
                }, notice: hint.map { session.lines($0, first: "! ", rest: "  ") } ?? [], enterPages: true)
            hint = nil
            if entry.isQuit { throw WorkshopStop.quit }
            if entry.isEnter {
                try session.send(.next)
                return
            }
            if entry.isUndo {
                hint = try session.send(.undo) ?? WorkshopText.undone(language)
                if session.workshop.step != .groupView { return }
                continue
            }
            if entry.character == "v" || entry.character == "V" {
                try PresentationScreen(session: session).run()
                continue
            }
            if entry.character == "p" || entry.character == "P" {
                hint = try session.park()
                continue
            }
            if entry.character == "n" || entry.character == "N" {
                // A latecomer: after their private scoring the group view is shown again, with them in it.
                guard let name = try session.input.ask(WorkshopText.latecomerName(language)), !name.isEmpty
                else { continue }
                // A near name is offered first; the same name the core refuses, and the refusal is shown.
                if let existing = session.workshop.similarParticipant(to: name),
                    !NameMatch.same(existing, name),
                    try session.confirm(WorkshopText.sameParticipant(existing, name)(language))
                {
                    continue
                }
                guard let role = try session.input.ask(WorkshopText.role(language)) else { continue }
                guard let refused = try session.send(.addParticipant(name: name, role: role)) else { return }
                hint = refused
                continue
            }
            hint = WorkshopText.groupChoiceHint(language)
        }
    }
}
