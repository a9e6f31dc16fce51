import TillitCore

/// Setup: organisation, unit, facilitator, language, questionnaire and participants, one prompt after
/// another, each checked as it is entered; Esc or ← (`<` in line mode) goes back one prompt.
struct SetupScreen {
    let session: WorkshopSession

    private var language: Language { session.language }
    private var assessment: Assessment { session.workshop.assessment }
    private var input: WorkshopInput { session.input }
    private var terminal: any Terminal { session.terminal }

    /// The prompts in order; a prompt returns whether to go on (`true`) or back (`false`).
    private enum Prompt: CaseIterable {
        case organisation, unit, facilitator, language, questionnaire, participants
    }

    func run() throws {
        session.heading("Tillit · " + WorkshopStep.setup.title(language))
        terminal.line(WorkshopText.fileLine(session.path)(language))
        session.wrapped(WorkshopText.setupIntro(input.backKeys)(language))
        terminal.line()
        let prompts = Prompt.allCases
        var index = 0
        while index < prompts.count {
            if try ask(prompts[index]) {
                index += 1
            } else if index > 0 {
                index -= 1
            } else {
                terminal.line(WorkshopText.firstPrompt(language))
            }
        }
        terminal.line()
        session.wrapped(
            [assessment.organisation, assessment.unit].filter { !$0.isEmpty }.joined(separator: ", ") + " · "
                + WorkshopText.setupSummary(
                    assessment.participants.count, assessment.questionnaire.title(language))(language))
        let scorer = session.workshop.scorer
        if let warning = DisclosureText.teamTooSmall(
            assessment.participants.count, threshold: scorer.anonymityThreshold)
        {
            session.hintLine(warning(language))
        }
        if let warning = DisclosureText.withheldGroups(
            scorer.disclosure.groupsWithheld(assessment.participants), threshold: scorer.anonymityThreshold)
        {
            session.wrapped(warning(language))
        }
        session.wrapped(WorkshopText.setupChoice(language))
        while true {
            let entry = try input.entry()
            if entry.isQuit { throw WorkshopStop.quit }
            if entry.character == "r" || entry.character == "R" || entry.isBack { return }
            if entry.isUndo {
                try session.undo()
                return
            }
            if entry.isEnter {
                if let hint = try session.send(.next) { session.hintLine(hint) }
                return
            }
            if entry == .key(.resize) { continue }
            terminal.line(WorkshopText.setupChoiceHint(language))
        }
    }

    private func ask(_ prompt: Prompt) throws -> Bool {
        switch prompt {
        case .organisation:
            while true {
                guard
                    let name = try input.ask(
                        WorkshopText.organisation(language), default: assessment.organisation)
                else { return false }
                if !name.isEmpty {
                    try session.send(.setField(.organisation(name)))
                    return true
                }
                terminal.line(WorkshopText.organisationNeeded(language))
            }
        case .unit:
            guard let unit = try input.ask(WorkshopText.unit(language), default: assessment.unit) else {
                return false
            }
            try session.send(.setField(.unit(unit)))
            return true
        case .facilitator:
            guard
                let name = try input.ask(WorkshopText.facilitator(language), default: assessment.facilitator)
            else { return false }
            try session.send(.setField(.facilitator(name)))
            return true
        case .language:
            while true {
                guard
                    let text = try input.ask(
                        WorkshopText.language(language), default: assessment.language.rawValue)
                else { return false }
                if let chosen = Language(rawValue: text.lowercased()) {
                    try session.send(.setField(.language(chosen)))
                    return true
                }
                terminal.line(WorkshopText.languageHint(language))
            }
        case .questionnaire:
            if assessment.participants.contains(where: { !$0.answers.isEmpty }) {
                terminal.line(
                    WorkshopText.questionnaireLocked(assessment.questionnaire.title(language))(language))
                return true
            }
            session.wrapped(WorkshopText.questionnaireChoices(language))
            while true {
                guard
                    let choice = try input.ask(
                        WorkshopText.questionnaire(language), default: assessment.questionnaire.id)
                else { return false }
                do {
                    try session.send(
                        .setQuestionnaire(try WorkshopSession.questionnaire(choice, context: session.context))
                    )
                    return true
                } catch let error as CLIError {
                    session.wrapped(error.message(language))
                }
            }
        case .participants:
            return try participants()
        }
    }

    /// Names and roles, until an empty name; `-2` removes number 2. A name or role that looks like one
    /// already given is offered before a new one is made.
    private func participants() throws -> Bool {
        terminal.line()
        session.wrapped(WorkshopText.participantsIntro(language))
        while true {
            for (index, participant) in assessment.participants.enumerated() {
                session.wrapped(
                    participant.name + (participant.role.map { " (\($0))" } ?? ""),
                    first: "  \(index + 1). ", rest: "     ")
            }
            guard
                let typed = try input.ask(
                    WorkshopText.participantName(assessment.participants.count + 1)(language))
            else { return false }
            if typed.isEmpty {
                if assessment.participants.isEmpty {
                    terminal.line(WorkshopError.noParticipants.message(language))
                    continue
                }
                return true
            }
            if typed.hasPrefix("-"), let number = Int(typed.dropFirst()) {
                if let hint = try session.send(.removeParticipant(number - 1)) { session.hintLine(hint) }
                continue
            }
            if typed.lowercased() == "u" {
                try session.undo()
                continue
            }
            guard let name = try session.confirmedName(typed) else { continue }
            guard var role = try input.ask(WorkshopText.role(language)) else { continue }
            if !role.isEmpty, let existing = session.workshop.similarRole(to: role),
                try session.confirm(WorkshopText.sameRole(existing, role)(language))
            {
                role = existing
            }
            if let hint = try session.send(.addParticipant(name: name, role: role)) { session.hintLine(hint) }
        }
    }
}
