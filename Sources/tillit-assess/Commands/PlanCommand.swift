import Foundation
import TillitCore

/// `tillit-assess plan FILE`: the development plan of an assessment, and the two edits that keep it up
/// to date between workshops (`add-action`, `set-status`) without editing JSON.
///
/// Every edit is checked by the core before anything is written, then saved to FILE atomically; a
/// refused edit leaves FILE byte for byte as it was.
enum PlanCommand {
    static let spec = CommandSpec(
        "plan",
        summary: LocalizedText(
            sv: "Visa utvecklingsplanen och håll den aktuell: lägg till åtgärder och ändra deras status.",
            en: "Show the development plan and keep it up to date: add actions and change their status."),
        discussion: LocalizedText(
            sv: "Planen visar de principer gruppen arbetar med och varför, de problemområden som hänger "
                + "ihop med dem, förslag ur åtgärdskatalogen med källor, gruppens egna åtgärder och datum för "
                + "uppföljning. Har gruppen ingen plan ännu visas förslaget utifrån självskattningen.\n\n"
                + "CSV innehåller en rad per åtgärd (UTF-8 med BOM, öppnas direkt i Excel). HTML är en "
                + "fristående sida som går att skriva ut på A4.",
            en: "The plan shows the principles the team works on and why, the problem areas related to "
                + "them, proposals from the catalogue of measures with their sources, the team's own actions "
                + "and the follow-up date. Before the team has a plan, the proposal from the self-assessment "
                + "is shown.\n\n"
                + "CSV holds one row per action (UTF-8 with BOM; opens directly in Excel). HTML is a "
                + "self-contained page that prints on A4."),
        arguments: [
            file.spec
        ],
        options: [
            CommonOptions.format, CommonOptions.output, CommonOptions.force, CommonOptions.language,
            CommonOptions.csvDialect,
        ],
        rules: [CommonOptions.csvDialectOnlyWithCSV],
        examples: [
            "plan lg.tillit.json",
            "plan lg.tillit.json --format markdown -o plan.md",
            "plan lg.tillit.json --format csv -o actions.csv --language sv",
            "plan lg.tillit.json add-action --what \"Tvärteam\" --owner Eva",
            "plan lg.tillit.json set-status A1 started",
        ],
        subcommands: [addAction, setStatus],
        run: { arguments, context in
            // Scored as the file is read: the plan needs the scores, not the participants.
            let (assessment, scorecard, _) = try ReportInput.scored(
                at: arguments.value(file), context: context, scorer: Scorer())
            let language = arguments.language(environment: context.environment)
            let renderer = PlanRenderer(
                language: language, width: min(context.terminal.columns, 80),
                csvDialect: arguments.csvDialect(language: language))
            let format = try arguments[CommonOptions.format]
            let overview = Planner().overview(of: assessment, scorecard: scorecard)
            try Output(arguments).deliver(renderer.render(overview, as: format), context: context)
            return .success
        })

    // MARK: - add-action

    static let addAction = CommandSpec(
        "add-action",
        summary: LocalizedText(
            sv: "Lägg till en åtgärd i planen; den får nästa lediga id (A1, A2, …).",
            en: "Add an action to the plan; it gets the next free id (A1, A2, …)."),
        discussion: LocalizedText(
            sv: "--what och --owner krävs. Utan --horizon följer tidshorisonten av --due (inom tre månader "
                + "från självskattningen är kort sikt), annars av åtgärdsförslaget i --measure. Har "
                + "självskattningen ingen plan ännu utgår planen från förslaget. Ändringen sparas i FIL.",
            en: "--what and --owner are required. Without --horizon the horizon follows from --due (within "
                + "three months of the assessment is a quick win), else from the measure in --measure. If "
                + "the assessment has no plan yet, the plan starts from the proposal. The change is saved to "
                + "FILE."),
        options: [
            ActionOptions.what, ActionOptions.owner, ActionOptions.due, ActionOptions.horizon,
            ActionOptions.principle, ActionOptions.problemArea, ActionOptions.measure, ActionOptions.effect,
            ActionOptions.followUp, ActionOptions.note, CommonOptions.language,
        ],
        examples: [
            "plan lg.tillit.json add-action --what \"Tvärteam\" --owner Eva"
        ],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let path = ["plan", "add-action"]
            let file = try arguments.value(Self.file)
            let draft = try ActionOptions.draft(arguments)
            // The id is the next free one in the file as it is under the lock, and nothing is reported
            // until the action is in the file.
            var store = context.assessmentStore(file)
            let (action, startedPlan) = try store.update { assessment -> (Action, DevelopmentPlan?) in
                let hadPlan = assessment.plan != nil
                do {
                    let action = try assessment.addAction(draft)
                    return (action, hadPlan ? nil : assessment.plan)
                } catch {
                    throw usageOrData(error, path: path)
                }
            }
            if let plan = startedPlan {
                let focus = plan.focusPrinciples.map { Framework.sou2019_43.principle($0).name(language) }
                context.terminal.line(
                    language == .sv
                        ? "Planen utgår från förslaget: fokus på \(focus.joined(separator: ", ")); uppföljning "
                            + "\(plan.followUpDate)."
                        : "The plan starts from the proposal: focus on \(focus.joined(separator: ", ")); "
                            + "follow-up \(plan.followUpDate).")
            }
            context.terminal.line(
                language == .sv
                    ? "Lade till \(action.id): \(action.what) (ansvarig: \(action.owner)). Sparat i \(file)."
                    : "Added \(action.id): \(action.what) (owner: \(action.owner)). Saved to \(file).")
            return .success
        })

    // MARK: - set-status

    /// The statuses in the plan's own words, `planerad, påbörjad, genomförd eller utgår`.
    private static func statusList(_ language: Language, or: String) -> String {
        let words = Action.Status.allCases.map { Term.status($0)(language).lowercased() }
        return words.dropLast().joined(separator: ", ") + " \(or) " + (words.last ?? "")
    }

    static let setStatus = CommandSpec(
        "set-status",
        summary: LocalizedText(
            sv: "Ändra status för en åtgärd: \(statusList(.sv, or: "eller")).",
            en: "Change the status of an action: \(statusList(.en, or: "or"))."),
        discussion: LocalizedText(
            sv: "Status skrivs på svenska eller engelska: planerad (planned), påbörjad (started), "
                + "genomförd eller klar (done), utgår (dropped); å, ä och ö kan skrivas a och o. Skriv gärna varför med --note "
                + "när en åtgärd utgår. Ändringen sparas i FIL.",
            en: "The status is written in English or Swedish: planned (planerad), started (påbörjad), done "
                + "(genomförd or klar), dropped (utgår). Give a --note saying why when an action is dropped. The change is "
                + "saved to FILE."),
        arguments: [
            actionID.spec, status.spec,
        ],
        options: [statusNote, CommonOptions.language],
        examples: [
            "plan lg.tillit.json set-status A2 klar",
            "plan lg.tillit.json set-status A3 dropped --note \"Ersatt av A5\"",
        ],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let path = ["plan", "set-status"]
            let status = try arguments.value(Self.status)
            let file = try arguments.value(Self.file)
            let id = try arguments.value(Self.actionID)
            let note = try arguments[Self.statusNote]
            var store = context.assessmentStore(file)
            let (action, previous) = try store.update { assessment -> (Action, Action.Status?) in
                var before: Action.Status?
                if let plan = assessment.plan, let index = try? plan.index(ofAction: id) {
                    before = plan.actions[index].status
                }
                do {
                    let action = try assessment.setActionStatus(
                        status, ofAction: id, note: note)
                    return (action, before)
                } catch {
                    throw usageOrData(error, path: path)
                }
            }
            let old = previous.map { Term.status($0)(language) } ?? "–"
            context.terminal.line(
                language == .sv
                    ? "\(action.id): \(old) → \(Term.status(action.status)(language)). Sparat i \(file)."
                    : "\(action.id): \(old) → \(Term.status(action.status)(language)). Saved to \(file).")
            return .success
        })

    static let file = Argument<String>(
        .file,
        help: LocalizedText(sv: "Självskattningen (.tillit.json)", en: "The assessment (.tillit.json)"))

    static let actionID = Argument<String>(
        .actionID, kind: .text,
        help: LocalizedText(sv: "Åtgärdens id, t.ex. A2", en: "The action's id, e.g. A2"))

    static let status = Argument<Action.Status>(
        .status, help: LocalizedText(sv: "Åtgärdens nya status", en: "The action's new status"))

    static let statusNote = Option<String>(
        "note", valueName: .text,
        help: LocalizedText(sv: "En anteckning, t.ex. varför", en: "A note, e.g. why"))

    // MARK: - Shared

    /// A field the user typed that the core refuses is a usage error (64); an action id the file does not
    /// hold is a data error (65).
    private static func usageOrData(_ error: any Error, path: [String]) -> any Error {
        guard let error = error as? PlanError else { return error }
        switch error {
        case .invalidAction: return UsageError(message: error.message, commandPath: path)
        case .unknownAction: return CLIError(error.message, code: .dataError)
        }
    }
}
