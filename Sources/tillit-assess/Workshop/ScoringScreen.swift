import TillitCore

/// The individual step on screen: each participant in turn, privately, one statement at a time.
///
/// The screen is cleared before and after each participant so that nobody sees an earlier answer.
/// Shared by `workshop` and `respond`; `save` is called after every answer, before the next statement
/// is shown, so that nothing given is ever lost.
struct ScoringScreen {
    var terminal: any Terminal
    var input: WorkshopInput
    var framework: Framework = .sou2019_43
    /// Whether to stop and clear the screen between participants (not for a single respondent).
    var handsOver: Bool = true

    /// Runs while the workshop is in individual scoring.
    func run(_ workshop: inout Workshop, save: (Workshop) throws -> Void) throws {
        var shownParticipant: Int?
        var hint: String?
        while case .scoring(let participant, let item) = workshop.step {
            let language = workshop.assessment.language
            if shownParticipant != participant {
                try begin(workshop, participant: participant, item: item)
                shownParticipant = participant
            }
            show(workshop, hint: hint)
            hint = nil
            let entry = try input.entry()
            // A resized terminal: draw the statement again at the new size.
            if entry == .key(.resize) { continue }
            let scale = workshop.assessment.questionnaire.scale
            var event: WorkshopEvent?
            if entry.isQuit { throw WorkshopStop.quit }
            if entry.isBack {
                event = .back
            } else if entry.character == "?" {
                try explain(workshop.currentItem!.target, language: language)
                continue
            } else if let character = entry.character, let digit = character.wholeNumberValue {
                if scale.contains(digit) {
                    event = .answer(digit)
                } else if digit == 0 {
                    event = .answer(nil)
                }
            } else if let character = entry.character, "vVdD".contains(character) {
                event = .answer(nil)
            } else if case .line(let text) = entry, ["vet ej", "don't know"].contains(text.lowercased()) {
                event = .answer(nil)
            }
            guard let event else {
                hint = WorkshopText.answerHint(scaleText(scale))(language)
                continue
            }
            do {
                try workshop.handle(event)
            } catch {
                hint = error.message(language)
                continue
            }
            try save(workshop)
            switch workshop.step {
            case .scoring(let next, _) where next == participant: continue
            case .setup: return
            default: try finish(workshop, participant: participant, language: language)
            }
        }
    }

    /// The hand-over screen: whose turn it is, on a clean screen.
    private func begin(_ workshop: Workshop, participant: Int, item: Int) throws {
        let assessment = workshop.assessment
        let language = assessment.language
        terminal.clearScreen()
        guard handsOver else { return }
        let width = max(40, terminal.columns)
        let handover = WorkshopText.handover(
            assessment.participants[participant].name, participant + 1, assessment.participants.count)(
                language)
        for paragraph in [handover, WorkshopText.handoverPrivacy(language)] {
            for line in TextLayout.wrap(paragraph, width: width) { terminal.line(line) }
        }
        if item > 0 {
            terminal.line(WorkshopText.resumeAt(item + 1, assessment.questionnaire.items.count)(language))
        }
        if input.raw {
            terminal.line()
            terminal.line(WorkshopText.pressEnterWhenReady(language))
            try input.waitForEnter(hint: WorkshopText.pressEnterWhenReady(language))
        }
    }

    /// After a participant's last answer: thanks, then a clean screen for the next person.
    private func finish(_ workshop: Workshop, participant: Int, language: Language) throws {
        guard handsOver else { return }
        terminal.clearScreen()
        let width = max(40, terminal.columns)
        for line in TextLayout.wrap(
            WorkshopText.thanks(workshop.assessment.participants[participant].name)(language), width: width)
        {
            terminal.line(line)
        }
        if input.raw {
            let last = workshop.step == .groupView
            for line in TextLayout.wrap(
                (last ? WorkshopText.toGroupView : WorkshopText.handOverNext)(language), width: width)
            {
                terminal.line(line)
            }
            try input.waitForEnter(hint: WorkshopText.pressEnter(language))
        }
        terminal.clearScreen()
    }

    /// One statement, with its principle or problem area, its position and, on a terminal, a progress
    /// bar.
    private func show(_ workshop: Workshop, hint: String?) {
        guard case .scoring(let participant, let item) = workshop.step, let statement = workshop.currentItem
        else { return }
        let assessment = workshop.assessment
        let language = assessment.language
        let count = assessment.questionnaire.items.count
        let width = max(40, terminal.columns)
        if input.raw { terminal.clearScreen() } else { terminal.line() }
        let position = "\(item + 1)/\(count)"
        let head =
            "Tillit · " + WorkshopStep.scoring(participant: 0, item: 0).title(language) + " · "
            + assessment.participants[participant].name
        // The name wraps rather than being cut; the position stands at the right of the first line.
        let heads = TextLayout.wrap(head, width: width - position.count - 1)
        for (index, line) in heads.enumerated() {
            terminal.line(
                index == 0
                    ? line + String(repeating: " ", count: max(1, width - line.count - position.count))
                        + position
                    : line)
        }
        // The bar is for eyes on a screen; in line mode (scripts, screen readers) the position above says
        // the same without a row of block characters read aloud.
        if input.raw {
            let cells = width - 8
            let filled = cells * item / max(1, count)
            let percent = TextLayout.right("\(100 * item / max(1, count)) %", width: 5)
            terminal.line(
                "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
                    + "]" + percent)
        }
        terminal.line()
        let kind = statement.target.principle == nil ? WorkshopText.problemArea : WorkshopText.principle
        for line in TextLayout.wrap(
            kind(language) + ": " + statement.target.name(in: framework)(language), width: width)
        {
            terminal.line(line)
        }
        if statement.target.principle == nil { terminal.line(WorkshopText.problemAreaNote(language)) }
        terminal.line()
        for line in TextLayout.wrap(statement.text(language), width: width - 2, first: "  ", rest: "  ") {
            terminal.line(line)
        }
        terminal.line()
        let scale = assessment.questionnaire.scale
        let previous = workshop.currentAnswer
        for step in scale.steps {
            let mark = previous == .some(step.value) ? "▸ " : "  "
            let note = previous == .some(step.value) ? "   ← " + WorkshopText.yourAnswer(language) : ""
            terminal.line("  \(mark)\(step.value)  \(step.label(language))\(note)")
        }
        let dontKnowKey = scale.contains(0) ? "v" : "0"
        let dontKnowMark = previous == .some(nil) ? "▸ " : "  "
        let dontKnowNote = previous == .some(nil) ? "   ← " + WorkshopText.yourAnswer(language) : ""
        terminal.line("  \(dontKnowMark)\(dontKnowKey)  \(scale.dontKnow(language))\(dontKnowNote)")
        terminal.line()
        let keys = WorkshopText.scoringKeys(scaleText(scale), scale.contains(0) ? "v" : "0/v")(language)
        for line in TextLayout.wrap(keys, width: width) { terminal.line(line) }
        if let hint {
            for line in TextLayout.wrap(hint, width: width, first: "! ", rest: "  ") { terminal.line(line) }
        }
        if !input.raw { terminal.write(WorkshopText.answerPrompt(language) + ": ") }
    }

    /// `?`: the principle's definition and the report's guidance, or the problem area and its signs.
    private func explain(_ target: Target, language: Language) throws {
        let width = max(40, terminal.columns)
        if input.raw { terminal.clearScreen() } else { terminal.line() }
        switch target {
        case .principle(let id):
            let principle = framework.principle(id)
            terminal.line(principle.name(language))
            terminal.line()
            terminal.line(WorkshopText.definition(language) + ":")
            for line in TextLayout.wrap(
                WorkshopText.quoted(principle.definition(language), language), width: width, first: "  ",
                rest: "  ")
            {
                terminal.line(line)
            }
            terminal.line()
            terminal.line(WorkshopText.guidance(language) + ":")
            for point in principle.guidance {
                for line in TextLayout.wrap(point(language), width: width, first: "  - ", rest: "    ") {
                    terminal.line(line)
                }
            }
            terminal.line("  " + principle.source.description)
        case .problemArea(let id):
            let area = framework.problemArea(id)
            terminal.line(area.title(language))
            terminal.line()
            for line in TextLayout.wrap(area.summary(language), width: width, first: "  ", rest: "  ") {
                terminal.line(line)
            }
            terminal.line()
            terminal.line(WorkshopText.symptoms(language) + ":")
            for symptom in area.symptoms {
                for line in TextLayout.wrap(symptom.text(language), width: width, first: "  - ", rest: "    ")
                {
                    terminal.line(line)
                }
            }
        }
        terminal.line()
        if input.raw {
            terminal.line(WorkshopText.backToStatement(language))
            try input.waitForEnter(hint: WorkshopText.backToStatement(language))
        }
    }

    private func scaleText(_ scale: AnswerScale) -> String { "\(scale.minimum)–\(scale.maximum)" }
}
