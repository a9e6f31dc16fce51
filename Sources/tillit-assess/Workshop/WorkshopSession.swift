import Foundation
import TillitCore

/// The interactive workshop in the terminal: renders the current step, turns what the team types
/// into ``WorkshopEvent``s, and saves the document atomically after every one.
///
/// All decisions about the flow are the core's (``Workshop``); this type only asks and shows.
final class WorkshopSession {
    private(set) var workshop: Workshop
    /// The file the workshop is saved to; refuses to overwrite changes someone else made meanwhile.
    private var store: AssessmentStore
    /// The path as the user gave it, for messages and the resume command.
    let path: String
    let terminal: any Terminal
    let input: WorkshopInput
    let framework = Framework.sou2019_43
    let context: CommandContext

    init(workshop: Workshop, store: AssessmentStore, path: String, context: CommandContext) {
        self.workshop = workshop
        self.store = store
        self.path = path
        self.context = context
        terminal = context.terminal
        input = WorkshopInput(terminal: context.terminal)
    }

    var language: Language { workshop.assessment.language }
    var width: Int { min(terminal.columns, 80) }

    /// The command that resumes this workshop.
    var resumeCommand: String { "tillit-assess workshop \(WorkshopSession.quoted(path))" }

    /// Runs the workshop from its current step to the summary, or until the team stops.
    func run() throws {
        try save()
        while true {
            switch workshop.step {
            case .setup: try setup()
            case .scoring:
                var current = workshop
                defer { workshop = current }
                try ScoringScreen(terminal: terminal, input: input).run(&current) { [self] in
                    try save($0.assessment)
                }
            case .groupView: try groupView()
            case .consensus(let index): try consensus(index)
            case .priorities: try priorities()
            case .actions(let index): try actions(index)
            case .summary:
                summary()
                terminal.line()
                wrapped(WorkshopText.summaryChoice(language))
                let entry: Entry
                do {
                    entry = try input.entry()
                } catch .endOfInput {
                    return
                }
                if entry.character == "e" || entry.character == "E" {
                    try editDetails()
                    continue
                }
                guard entry.isBack else { return }
                try send(.back)
            }
        }
    }

    /// Corrects the descriptive fields at the end, without leaving the summary.
    private func editDetails() throws {
        terminal.line()
        try askWhoAndWhere()
        let assessment = workshop.assessment
        while true {
            let text = try input.text(WorkshopText.date(language), default: assessment.date.description)
            if let date = CalendarDate(parsing: text) {
                try send(.setField(.date(date)))
                break
            }
            terminal.line(WorkshopText.dueHint(language))
        }
    }

    /// Applies an event and saves; a refused event returns its message as a hint.
    @discardableResult
    func send(_ event: WorkshopEvent) throws -> String? {
        do {
            try workshop.handle(event)
        } catch {
            return error.message(language)
        }
        try save()
        return nil
    }

    func save() throws { try save(workshop.assessment) }

    func save(_ assessment: Assessment) throws {
        try store.save(assessment)
    }

    private func heading(_ text: String) {
        if input.raw { terminal.clearScreen() } else { terminal.line() }
        terminal.line(text)
        terminal.line(String(repeating: "─", count: min(width, text.count)))
    }

    private func wrapped(_ text: String, first: String = "", rest: String = "") {
        for line in TextLayout.wrap(text, width: width, first: first, rest: rest) { terminal.line(line) }
    }

    // MARK: - Setup

    /// Asks for the organisation (required), the unit and the facilitator, each defaulting to what the
    /// document holds; used by setup and by corrections at the summary.
    private func askWhoAndWhere() throws {
        var assessment: Assessment { workshop.assessment }
        while true {
            let name = try input.text(WorkshopText.organisation(language), default: assessment.organisation)
            if !name.isEmpty {
                try send(.setField(.organisation(name)))
                break
            }
            terminal.line(WorkshopText.organisationNeeded(language))
        }
        try send(.setField(.unit(try input.text(WorkshopText.unit(language), default: assessment.unit))))
        try send(
            .setField(
                .facilitator(
                    try input.text(WorkshopText.facilitator(language), default: assessment.facilitator))))
    }

    private func setup() throws {
        heading("Tillit · " + WorkshopStep.setup.title(language))
        terminal.line(WorkshopText.fileLine(path)(language))
        wrapped(WorkshopText.setupIntro(language))
        terminal.line()
        var assessment: Assessment { workshop.assessment }
        try askWhoAndWhere()
        while true {
            let text = try input.text(WorkshopText.language(language), default: assessment.language.rawValue)
            if let chosen = Language(rawValue: text.lowercased()) {
                try send(.setField(.language(chosen)))
                break
            }
            terminal.line(WorkshopText.languageHint(language))
        }
        if assessment.participants.contains(where: { !$0.answers.isEmpty }) {
            terminal.line(
                WorkshopText.questionnaireLocked(assessment.questionnaire.title(language))(language))
        } else {
            wrapped(WorkshopText.questionnaireChoices(language))
            while true {
                let choice = try input.text(
                    WorkshopText.questionnaire(language), default: assessment.questionnaire.id)
                do {
                    try send(.setQuestionnaire(try WorkshopSession.questionnaire(choice, context: context)))
                    break
                } catch let error as CLIError {
                    wrapped(error.message(language))
                }
            }
        }
        terminal.line()
        wrapped(WorkshopText.participantsIntro(language))
        while true {
            for (index, participant) in assessment.participants.enumerated() {
                terminal.line(
                    "  \(index + 1). \(participant.name)" + (participant.role.map { " (\($0))" } ?? ""))
            }
            let name = try input.text(
                WorkshopText.participantName(assessment.participants.count + 1)(language))
            if name.isEmpty {
                if assessment.participants.isEmpty {
                    terminal.line(WorkshopError.noParticipants.message(language))
                    continue
                }
                break
            }
            if name.hasPrefix("-"), let number = Int(name.dropFirst()) {
                if let hint = try send(.removeParticipant(number - 1)) { wrapped(hint) }
                continue
            }
            if assessment.participants.contains(where: { $0.name == name }) || name.trimmingWhitespace.isEmpty
            {
                terminal.line(WorkshopError.duplicateParticipant(name).message(language))
                continue
            }
            let role = try input.text(WorkshopText.role(language))
            if let hint = try send(.addParticipant(name: name, role: role)) { wrapped(hint) }
        }
        terminal.line()
        wrapped(
            [assessment.organisation, assessment.unit].filter { !$0.isEmpty }.joined(separator: ", ") + " · "
                + WorkshopText.setupSummary(
                    assessment.participants.count, assessment.questionnaire.title(language))(language))
        wrapped(WorkshopText.setupChoice(language))
        while true {
            let entry = try input.entry()
            if entry.isQuit { throw WorkshopStop.quit }
            if entry.character == "r" || entry.character == "R" { return }
            if entry.isEnter {
                if let hint = try send(.next) {
                    wrapped(hint)
                    return
                }
                return
            }
            terminal.line(WorkshopText.setupChoiceHint(language))
        }
    }

    /// The questionnaire a setup answer or `--questionnaire` names: a built-in id or a file.
    static func questionnaire(_ choice: String, context: CommandContext) throws -> Questionnaire {
        if let builtIn = Questionnaire.builtIn(id: choice) { return builtIn }
        let url = context.url(for: choice)
        guard let data = try? FileBytes.read(url, file: choice) else {
            throw CLIError(WorkshopText.unknownQuestionnaire(choice), code: .noInput)
        }
        do {
            return try QuestionnaireLoader.load(data, file: choice)
        } catch {
            throw CLIError(error.message, code: .dataError)
        }
    }

    // MARK: - Group view

    private func groupView() throws {
        let renderer = GroupViewRenderer(language: language, width: width, usesColor: terminal.usesColor)
        let scorecard = workshop.scorecard
        let questionnaire = workshop.assessment.questionnaire
        if input.raw {
            // Two pages in a terminal, so that the charts are not scrolled away by the statements.
            terminal.clearScreen()
            terminal.write(renderer.charts(scorecard, questionnaire: questionnaire))
            terminal.line()
            terminal.line(WorkshopText.toStatements(language))
            try input.waitForEnter(hint: WorkshopText.groupChoiceHint(language))
            terminal.clearScreen()
            terminal.write(renderer.statements(scorecard, questionnaire: questionnaire))
        } else {
            terminal.line()
            terminal.write(renderer.render(scorecard, questionnaire: questionnaire))
        }
        terminal.line()
        wrapped(WorkshopText.groupChoice(language))
        while true {
            let entry = try input.entry()
            if entry.isQuit { throw WorkshopStop.quit }
            if entry.isEnter {
                try send(.next)
                return
            }
            if entry.character == "n" || entry.character == "N" {
                // A latecomer: after their private scoring the group view is shown again, with them in it.
                let name = try input.text(WorkshopText.latecomerName(language))
                if !name.isEmpty {
                    let role = try input.text(WorkshopText.role(language))
                    guard let hint = try send(.addParticipant(name: name, role: role)) else { return }
                    wrapped(hint)
                }
                wrapped(WorkshopText.groupChoice(language))
                continue
            }
            terminal.line(WorkshopText.groupChoiceHint(language))
        }
    }

    // MARK: - Consensus

    /// What a level prompt returned.
    private enum Level { case value(Int), back, skip }

    private func level(_ prompt: String, default value: Int) throws -> Level {
        while true {
            let text = try input.text(prompt, default: String(value)).lowercased()
            switch text {
            case "b", "<": return .back
            case "s": return .skip
            case "q": throw WorkshopStop.quit
            default:
                if let number = Int(text), (1...5).contains(number) { return .value(number) }
                terminal.line(WorkshopText.levelHint(language))
            }
        }
    }

    private func consensus(_ index: Int) throws {
        let principles = workshop.consensusPrinciples
        let id = principles[index]
        let principle = framework.principle(id)
        heading(WorkshopText.consensusTitle(index + 1, principles.count, principle.name(language))(language))
        wrapped("“\(principle.definition(language))”")
        terminal.line()
        if let score = workshop.scorecard.score(for: .principle(id)) {
            terminal.line(
                WorkshopText.individualRound(
                    Formatting.decimal(score.score, language: language),
                    Formatting.decimal(score.spread, language: language), score.answers)(language))
            if score.flagged { terminal.line("! " + WorkshopText.disagreement(language)) }
        }
        wrapped(WorkshopText.consensusIntro(language))
        terminal.line()
        let start = workshop.startingPoint(for: id)
        let score: Int
        switch try level(WorkshopText.agreedScore(language), default: start.score) {
        case .back: try send(.back); return
        case .skip: try send(.next); return
        case .value(let value): score = value
        }
        let target: Int
        switch try level(WorkshopText.target(language), default: max(start.target, score)) {
        case .back: return
        case .skip: try send(.next); return
        case .value(let value): target = value
        }
        let note = try input.text(
            WorkshopText.note(language), default: workshop.assessment.consensus(for: id)?.note ?? "")
        if let hint = try send(.agreeConsensus(score: score, target: target, note: note)) {
            wrapped(hint)
        }
    }

    // MARK: - Priorities

    private func numbers(_ prompt: String, count: Int) throws -> [Int]?? {
        while true {
            let text = try input.text(prompt).lowercased()
            if text.isEmpty { return .some(nil) }
            if text == "b" || text == "<" { return nil }
            if text == "q" { throw WorkshopStop.quit }
            if text == "-" { return .some([]) }
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "," })
            let values = parts.compactMap { Int($0) }
            if values.count == parts.count, values.allSatisfy({ (1...count).contains($0) }) {
                return .some(values)
            }
            terminal.line(WorkshopText.numbersHint(count)(language))
        }
    }

    private func priorities() throws {
        heading(WorkshopStep.priorities.title(language))
        let proposal = workshop.proposal
        let scorecard = workshop.scorecard
        terminal.line(WorkshopText.proposal(language))
        for focus in proposal.focus {
            wrapped(focus.reason(language), first: "  \(focus.rank). ", rest: "     ")
        }
        terminal.line()
        terminal.line(WorkshopText.ranking(language))
        let ranking = proposal.ranking
        let proposed = Set(proposal.focus.map(\.principle))
        for (index, id) in ranking.enumerated() {
            let agreed = workshop.assessment.consensus(for: id)
            let individual = scorecard.score(for: .principle(id))?.score
            var facts = [
                WorkshopText.levelWord(language) + " "
                    + (agreed?.score.map(String.init) ?? Formatting.decimal(individual, language: language))
            ]
            if let target = agreed?.target {
                facts.append(WorkshopText.targetWord(language) + " \(target)")
            }
            if let gap = agreed?.gap { facts.append("gap \(gap > 0 ? "+" : "")\(gap)") }
            terminal.line(
                TextLayout.right("\(index + 1)", width: 4) + ". "
                    + TextLayout.fit(framework.principle(id).name(language), width: 24)
                    + facts.joined(separator: " · ") + (proposed.contains(id) ? "  *" : ""))
        }
        terminal.line()
        terminal.line(WorkshopText.areas(language))
        let areas = ProblemAreaID.allCases
        for (index, id) in areas.enumerated() {
            let score = scorecard.score(for: .problemArea(id))?.score
            terminal.line(
                TextLayout.right("\(index + 1)", width: 4) + ". "
                    + TextLayout.fit(framework.problemArea(id).title(language), width: 50) + " "
                    + Formatting.decimal(score, language: language)
                    + (proposal.problemAreas.contains(id) ? "  *" : ""))
        }
        terminal.line()
        wrapped(WorkshopText.chooseIntro(language))
        guard let chosen = try numbers(WorkshopText.choosePrinciples(language), count: ranking.count) else {
            try send(.back)
            return
        }
        let principles = chosen.map { $0.map { ranking[$0 - 1] } } ?? proposal.focus.map(\.principle)
        guard let chosenAreas = try numbers(WorkshopText.chooseAreas(language), count: areas.count) else {
            return
        }
        let problemAreas = chosenAreas.map { $0.map { areas[$0 - 1] } } ?? proposal.problemAreas
        if principles.count > 3 { wrapped(WorkshopText.manyPriorities(principles.count)(language)) }
        if let hint = try send(.choosePriorities(principles: principles, problemAreas: problemAreas)) {
            wrapped(hint, first: "! ", rest: "  ")
            if input.raw { try input.waitForEnter(hint: WorkshopText.pressEnter(language)) }
        }
    }

    // MARK: - Actions

    private func actions(_ index: Int) throws {
        guard let plan = workshop.assessment.plan else { return }
        let id = plan.focusPrinciples[index]
        heading(
            WorkshopText.actionsTitle(
                index + 1, plan.focusPrinciples.count, framework.principle(id).name(language))(
                    language))
        let measures = Array(workshop.measures(for: id).prefix(5))
        terminal.line(WorkshopText.catalogue(language))
        for (number, measure) in measures.enumerated() {
            let horizon = measure.horizon == .quickWin ? WorkshopText.quickWin : WorkshopText.longTerm
            wrapped(
                "\(measure.title(language)) [\(horizon(language))]",
                first: TextLayout.right("\(number + 1)", width: 3) + ". ",
                rest: "     ")
            wrapped(
                WorkshopSession.firstSentence(measure.description(language)), first: "     ", rest: "     ")
        }
        let decided = workshop.actions(for: id)
        if !decided.isEmpty {
            terminal.line()
            terminal.line(WorkshopText.decided(language))
            for action in decided {
                wrapped("\(action.what) (\(action.owner))", first: "  \(action.id) ", rest: "     ")
            }
        }
        terminal.line()
        wrapped(WorkshopText.actionKeys(language))
        while true {
            var what = try input.text(WorkshopText.newAction(language))
            var measure: String?
            switch what.lowercased() {
            case "": try send(.next); return
            case "b", "<": try send(.back); return
            case "q": throw WorkshopStop.quit
            default: break
            }
            if what.hasPrefix("-"), what.count > 1 {
                let id = String(what.dropFirst()).uppercased()
                if let hint = try send(.removeAction(id: id)) {
                    wrapped(hint, first: "! ", rest: "  ")
                } else {
                    terminal.line(WorkshopText.removed(id)(language))
                }
                continue
            }
            if let number = Int(what), measures.indices.contains(number - 1) {
                measure = measures[number - 1].id
                what = try input.text(
                    WorkshopText.what(language), default: measures[number - 1].title(language))
            }
            var owner = ""
            while owner.isEmpty {
                owner = try input.text(WorkshopText.owner(language))
                if owner.isEmpty { terminal.line(WorkshopText.ownerNeeded(language)) }
            }
            var horizon: Horizon?
            while horizon == nil {
                let suggested = measure.flatMap { id in measures.first { $0.id == id } }?.horizon ?? .quickWin
                switch try input.text(
                    WorkshopText.horizon(language), default: suggested == .quickWin ? "s" : "l"
                )
                .lowercased()
                {
                case "s", "quick-win": horizon = .quickWin
                case "l", "long-term": horizon = .longTerm
                default: terminal.line(WorkshopText.horizonHint(language))
                }
            }
            let months = horizon == .quickWin ? 3 : 12
            var due: CalendarDate?
            while due == nil {
                let text = try input.text(
                    WorkshopText.due(language),
                    default: workshop.assessment.date.adding(months: months).description)
                due = CalendarDate(parsing: text)
                if due == nil { terminal.line(WorkshopText.dueHint(language)) }
            }
            let effect = try input.text(WorkshopText.effect(language))
            let followUp = try input.text(
                WorkshopText.followUp(language),
                default: WorkshopText.followUpDefault(plan.followUpDate.description)(language))
            let draft = ActionDraft(
                what: what, owner: owner, due: due, horizon: horizon, measure: measure,
                expectedEffect: effect,
                followUp: followUp)
            if let hint = try send(.addAction(draft)) {
                wrapped(hint, first: "! ", rest: "  ")
            } else if let added = workshop.assessment.plan?.actions.last {
                terminal.line(WorkshopText.added(added.id)(language))
            }
            terminal.line()
        }
    }

    // MARK: - Summary

    private func summary() {
        if input.raw { terminal.clearScreen() } else { terminal.line() }
        let renderer = WorkshopSummaryRenderer(
            language: language, width: width, usesColor: terminal.usesColor)
        terminal.write(renderer.render(workshop.assessment, scorecard: workshop.scorecard))
        terminal.line()
        terminal.line(WorkshopText.savedDocument(path)(language))
        terminal.line(WorkshopText.exportHint(language))
        let file = WorkshopSession.quoted(path)
        let stem = WorkshopSession.stem(of: store.url.lastPathComponent)
        terminal.line("  tillit-assess report \(file) --format html -o \(stem)-rapport.html")
        terminal.line("  tillit-assess plan \(file) --format markdown -o \(stem)-plan.md")
    }

    /// The first sentence of a text: enough of a measure's description to choose by.
    static func firstSentence(_ text: String) -> String {
        guard let end = text.range(of: ". ") else { return text }
        return String(text[..<end.lowerBound]) + "."
    }

    /// `tillit-2026-11-23` from `tillit-2026-11-23.tillit.json`.
    static func stem(of name: String) -> String {
        for suffix in [".tillit.json", ".json"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// A path quoted for a POSIX shell when it holds anything but plain characters.
    static func quoted(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "-_./+:@%".contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
