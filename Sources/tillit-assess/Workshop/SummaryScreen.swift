import Foundation
import TillitCore

/// The summary: results and plan, focus principles still without an action pointed out, and the keys
/// to finish, go back, correct the details, undo, or write the report and the plan beside the file.
struct SummaryScreen {
    let session: WorkshopSession

    private var language: Language { session.language }

    /// Shows the summary and handles one choice; `true` when the team is finished.
    func run() throws -> Bool {
        var note: [String] = []
        while true {
            if !session.input.raw { session.terminal.line() }
            let entry = try session.page(
                content,
                keys: { last in
                    (last ? WorkshopText.summaryChoice : WorkshopText.summaryChoiceMore)(language)
                }, notice: note, enterPages: true)
            note = []
            if entry.isEnter || entry.isQuit { return true }
            if entry.isBack {
                try session.send(.back)
                return false
            }
            if entry.isUndo {
                note = session.lines(try session.send(.undo) ?? WorkshopText.undone(language))
                if session.workshop.step != .summary { return false }
                continue
            }
            switch entry.character {
            case "e", "E":
                try editDetails()
            case "p", "P":
                note = session.lines(try session.park())
            case "w", "W":
                note = try writeDocuments()
            default:
                note = session.lines(WorkshopText.summaryChoiceHint(language))
            }
        }
    }

    private func content() -> [String] {
        let workshop = session.workshop
        let renderer = WorkshopSummaryRenderer(
            language: language, width: session.width, usesColor: session.terminal.usesColor)
        var lines = renderer.render(workshop.assessment, scorecard: workshop.scorecard)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for id in workshop.focusWithoutActions {
            lines += session.lines(
                WorkshopText.focusWithoutAction(session.framework.principle(id).name(language))(language),
                first: "! ", rest: "  ")
        }
        lines.append("")
        lines.append(WorkshopText.savedDocument(session.path)(language))
        return lines
    }

    /// Writes the report (HTML) and the plan (Markdown and HTML) beside the assessment, never over an
    /// existing file, and says where.
    private func writeDocuments() throws -> [String] {
        let assessment = session.workshop.assessment
        let folder = session.url.deletingLastPathComponent()
        let stem = WorkshopSession.stem(of: session.url.lastPathComponent)
        let scorecard = session.workshop.scorecard
        let report = ReportRenderer(assessment: assessment, scorecard: scorecard, language: language)
        let plan = PlanRenderer(language: language)
        let documents = [
            ("\(stem)-\(WorkshopText.reportWord(language)).html", report.render(.html)),
            ("\(stem)-\(WorkshopText.planWord(language)).md", plan.render(assessment, as: .markdown)),
            ("\(stem)-\(WorkshopText.planWord(language)).html", plan.render(assessment, as: .html)),
        ]
        var lines = [WorkshopText.written(language)]
        // Named as the user named the assessment: relative to where the workshop was started.
        let given = (session.path as NSString).deletingLastPathComponent
        for (name, text) in documents {
            let url = folder.appendingPathComponent(name)
            let shown = given.isEmpty ? name : (given as NSString).appendingPathComponent(name)
            // Another run's or another person's file is not replaced; this session's own is brought up to date.
            if FileManager.default.fileExists(atPath: url.path), !session.written.contains(url.path) {
                lines += session.lines(WorkshopText.exists(shown)(language), first: "! ", rest: "  ")
                continue
            }
            do {
                try AtomicFile.write(Data(text.utf8), to: url)
                session.written.insert(url.path)
                lines.append("  " + shown)
            } catch {
                lines += session.lines(
                    WorkshopText.cannotSave(shown, error.localizedDescription)(language), first: "! ",
                    rest: "  ")
            }
        }
        return lines
    }

    /// Corrects the descriptive fields at the end, without leaving the summary.
    private func editDetails() throws {
        let input = session.input
        let terminal = session.terminal
        var assessment: Assessment { session.workshop.assessment }
        terminal.line()
        var field = 0
        while field < 4 {
            if field < 0 { return }
            switch field {
            case 0:
                guard
                    let name = try input.ask(
                        WorkshopText.organisation(language), default: assessment.organisation)
                else { return }
                if name.isEmpty {
                    terminal.line(WorkshopText.organisationNeeded(language))
                    continue
                }
                try session.send(.setField(.organisation(name)))
            case 1:
                guard let unit = try input.ask(WorkshopText.unit(language), default: assessment.unit) else {
                    field -= 1
                    continue
                }
                try session.send(.setField(.unit(unit == "-" ? "" : unit)))
            case 2:
                guard
                    let name = try input.ask(
                        WorkshopText.facilitator(language), default: assessment.facilitator)
                else {
                    field -= 1
                    continue
                }
                try session.send(.setField(.facilitator(name == "-" ? "" : name)))
            default:
                guard
                    let text = try input.ask(
                        WorkshopText.date(language), default: assessment.date.description)
                else {
                    field -= 1
                    continue
                }
                guard let date = CalendarDate(parsing: text) else {
                    terminal.line(WorkshopText.dueHint(language))
                    continue
                }
                try session.send(.setField(.date(date)))
            }
            field += 1
        }
    }
}
