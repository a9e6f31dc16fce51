import Foundation
import TillitCore

/// The interactive workshop in the terminal: runs the screen of the current step, sends what the team
/// does to the core as ``WorkshopEvent``s, and saves the document atomically after every one.
///
/// All decisions about the flow are the core's (``Workshop``); the screens (one type each) only show
/// and ask, through the helpers here: the heading with the step's timer, wrapping to the terminal's
/// real width, paging, and sending an event.
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
    /// The documents this session wrote at the summary, which it may bring up to date.
    var written: Set<String> = []
    /// The step the timer runs for, and since when.
    private var timer: (step: WorkshopStep, started: Date)?

    init(workshop: Workshop, store: AssessmentStore, path: String, context: CommandContext) {
        self.workshop = workshop
        self.store = store
        self.path = path
        self.context = context
        terminal = context.terminal
        input = WorkshopInput(terminal: context.terminal)
    }

    var language: Language { workshop.assessment.language }
    /// The terminal's real width; lines wrap to it, nothing is capped at 80 columns.
    var width: Int { max(40, terminal.columns) }
    /// The terminal's real height, for paging (only meaningful in raw mode).
    var height: Int { max(10, terminal.rows) }
    /// The assessment file on disk.
    var url: URL { store.url }

    /// The command that resumes this workshop.
    var resumeCommand: String { "tillit-assess workshop \(WorkshopSession.quoted(path))" }

    /// Runs the workshop from its current step to the summary, or until the team stops.
    func run() throws {
        try save()
        if workshop.step != .setup, !workshop.missingDetails.isEmpty {
            try MissingDetailsScreen(session: self).run()
        }
        while true {
            switch workshop.step {
            case .setup: try SetupScreen(session: self).run()
            case .scoring:
                var current = workshop
                defer { workshop = current }
                try ScoringScreen(terminal: terminal, input: input).run(&current) { [self] in
                    try save($0.assessment)
                }
            case .groupView: try GroupViewScreen(session: self).run()
            case .consensus(let index): try ConsensusScreen(session: self, index: index).run()
            case .priorities: try PrioritiesScreen(session: self).run()
            case .actions(let index): try ActionsScreen(session: self, index: index).run()
            case .summary: if try SummaryScreen(session: self).run() { return }
            }
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

    /// Undoes the last change and says what happened.
    func undo() throws {
        if let hint = try send(.undo) {
            hintLine(hint)
        } else {
            terminal.line(WorkshopText.undone(language))
        }
    }

    /// Notes an issue in the parking lot: `text` when typed after `+` at a prompt, else asked for.
    /// Returns what to show.
    func park(_ text: String? = nil) throws -> String {
        let note: String
        if let text {
            note = text
        } else {
            guard let typed = try input.ask(WorkshopText.parkPrompt(language)) else { return "" }
            note = typed
        }
        return try send(.park(note)) ?? WorkshopText.parked(note.trimmingWhitespace)(language)
    }

    /// The name to add: refused when it is the same as one already there (case and spaces aside), and a
    /// near one offered; `nil` to ask again.
    func confirmedName(_ typed: String) throws -> String? {
        guard let existing = workshop.similarParticipant(to: typed) else { return typed }
        if NameMatch.same(existing, typed) {
            hintLine(WorkshopError.duplicateParticipant(existing).message(language))
            return nil
        }
        return try confirm(WorkshopText.sameParticipant(existing, typed)(language)) ? nil : typed
    }

    /// A yes/no question; Enter means yes.
    func confirm(_ question: String) throws -> Bool {
        while true {
            guard let answer = try input.ask(question, default: WorkshopText.yes(language)) else {
                return false
            }
            switch answer.lowercased() {
            case "j", "ja", "y", "yes": return true
            case "n", "nej", "no": return false
            default: terminal.line(WorkshopText.yesNoHint(language))
            }
        }
    }

    func save() throws { try save(workshop.assessment) }

    func save(_ assessment: Assessment) throws {
        try store.save(assessment)
    }

    // MARK: - Showing

    /// Clears the screen (in raw mode) and shows a title with the step's timer.
    func heading(_ text: String) {
        if input.raw { terminal.clearScreen() } else { terminal.line() }
        for line in headingLines(text) { terminal.line(line) }
    }

    /// A title with the step's timer: minutes spent on this screen against the guide's plan, for the
    /// facilitator's eye, never interrupting; the title wraps, never cut.
    func headingLines(_ text: String) -> [String] {
        let step = workshop.step
        if timer?.step != step { timer = (step, Date()) }
        let elapsed = Int(Date().timeIntervalSince(timer?.started ?? Date()) / 60)
        let planned = step.plannedMinutes(questionnaire: workshop.assessment.questionnaire)
        let clock = "⏱ \(elapsed)/\(planned) min"
        let room = width - clock.count - 2
        let title = TextLayout.wrap(text, width: max(20, room))
        var lines = title.enumerated().map { index, line in
            index == 0 ? line + String(repeating: " ", count: max(1, room - line.count + 2)) + clock : line
        }
        lines.append(String(repeating: "─", count: min(width, title.map(\.count).max() ?? 0)))
        return lines
    }

    func wrapped(_ text: String, first: String = "", rest: String = "") {
        for line in lines(text, first: first, rest: rest) { terminal.line(line) }
    }

    func lines(_ text: String, first: String = "", rest: String = "") -> [String] {
        TextLayout.wrap(text, width: width, first: first, rest: rest)
    }

    /// A refusal or a warning, marked so that it stands out.
    func hintLine(_ text: String) { wrapped(text, first: "! ", rest: "  ") }

    /// Shows `lines` one screen at a time in raw mode (all at once in line mode) and returns the first
    /// entry that is not paging: space, PgDn and ↓ page on, PgUp and ↑ back, a resize redraws.
    ///
    /// `notice` (a refusal, what was written) stands above the keys on every page, so that it is seen
    /// whichever page is shown; with `enterPages`, Enter pages on and only acts on the last page.
    func page(
        _ content: @escaping () -> [String], keys: @escaping (_ last: Bool) -> String,
        notice: [String] = [], enterPages: Bool = false
    ) throws -> Entry {
        guard input.raw else {
            for line in content() { terminal.line(line) }
            terminal.line()
            for line in notice { terminal.line(line) }
            wrapped(keys(true))
            return try input.entry()
        }
        var page = 0
        while true {
            // The footer's longest form, so that a page never pushes its first line off the screen.
            let widest = [keys(true), keys(false)].max { $0.count < $1.count } ?? ""
            let footer =
                lines(WorkshopText.pagePosition(99, 99)(language) + " · " + widest).count + 3 + notice.count
            let pages = Pager.pages(content(), height: height - footer)
            page = min(page, pages.count - 1)
            terminal.clearScreen()
            for line in pages[page] { terminal.line(line) }
            terminal.line()
            for line in notice { terminal.line(line) }
            let last = page == pages.count - 1
            let position =
                pages.count > 1 ? WorkshopText.pagePosition(page + 1, pages.count)(language) + " · " : ""
            wrapped(position + keys(last))
            let entry = try input.entry()
            switch entry {
            case .key(.pageDown), .key(.down), .key(.character(" ")):
                page = min(page + 1, pages.count - 1)
            case .key(.pageUp), .key(.up):
                page = max(page - 1, 0)
            case .key(.resize):
                continue
            case .key(.enter) where enterPages && !last:
                page += 1
            default:
                return entry
            }
        }
    }

    // MARK: - Shared

    /// The questionnaire a setup answer or `--questionnaire` names: a built-in id or a file.
    static func questionnaire(_ choice: String, context: CommandContext) throws -> Questionnaire {
        if let builtIn = Questionnaire.builtIn(named: choice) { return builtIn }
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
