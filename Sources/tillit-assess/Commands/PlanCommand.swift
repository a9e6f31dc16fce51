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
            ArgumentSpec(
                "FILE",
                help: LocalizedText(
                    sv: "Självskattningen (.tillit.json)", en: "The assessment (.tillit.json)"))
        ],
        options: [
            .format(["text", "markdown", "html", "csv", "json"]), .output, .force, .language, .csvDialect,
        ],
        examples: [
            "plan lg.tillit.json",
            "plan lg.tillit.json --format markdown -o plan.md",
            "plan lg.tillit.json --format csv -o actions.csv --language sv",
            "plan lg.tillit.json add-action --what \"Tvärteam\" --owner Eva",
            "plan lg.tillit.json set-status A1 started",
        ],
        subcommands: [addAction, setStatus],
        run: { arguments, context in
            let (_, assessment) = try context.openAssessment(arguments.string("FILE")!)
            let language = arguments.language(environment: context.environment)
            let renderer = PlanRenderer(
                language: language, width: min(context.terminal.columns, 80),
                csvDialect: arguments.csvDialect(language: language))
            let format = RenderFormat(rawValue: arguments.string("format")!)!
            try Output(arguments).deliver(renderer.render(assessment, as: format), context: context)
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
                + "självskattningen ingen plan ännu utgår planen från förslaget. Ändringen sparas i FILE.",
            en: "--what and --owner are required. Without --horizon the horizon follows from --due (within "
                + "three months of the assessment is a quick win), else from the measure in --measure. If "
                + "the assessment has no plan yet, the plan starts from the proposal. The change is saved to "
                + "FILE."),
        options: [
            OptionSpec(
                "what", value: .text, valueName: "TEXT",
                help: LocalizedText(sv: "Vad som ska göras (krävs)", en: "What will be done (required)")),
            OptionSpec(
                "owner", value: .text, valueName: "NAME",
                help: LocalizedText(sv: "Vem som är ansvarig (krävs)", en: "Who is responsible (required)")),
            OptionSpec(
                "due", value: .date, valueName: "YYYY-MM-DD",
                help: LocalizedText(sv: "När den ska vara klar", en: "When it is due")),
            OptionSpec(
                "horizon", value: .choice(Horizon.allCases.map(\.rawValue)),
                help: LocalizedText(
                    sv: "Kort sikt (inom tre månader) eller lång sikt",
                    en: "Quick win (within three months) or long-term")),
            OptionSpec(
                "principle", value: .text, valueName: "ID",
                help: LocalizedText(
                    sv: "Principen åtgärden stärker (id som i `tillit-assess principles --format json`)",
                    en: "The principle the action serves (id as in `tillit-assess principles --format json`)")
            ),
            OptionSpec(
                "problem-area", value: .text, valueName: "ID",
                help: LocalizedText(
                    sv:
                        "Problemområdet åtgärden tar sig an (id som i `tillit-assess problems --format json`)",
                    en:
                        "The problem area the action addresses (id as in `tillit-assess problems --format json`)"
                )),
            OptionSpec(
                "measure", value: .text, valueName: "ID",
                help: LocalizedText(
                    sv: "Förslaget ur åtgärdskatalogen som inspirerat den",
                    en: "The measure from the catalogue that inspired it")),
            OptionSpec(
                "effect", value: .text, valueName: "TEXT",
                help: LocalizedText(sv: "Förväntad effekt", en: "The expected effect")),
            OptionSpec(
                "follow-up", value: .text, valueName: "TEXT",
                help: LocalizedText(
                    sv: "Hur den följs upp (indikator eller tillfälle)",
                    en: "How it is followed up (indicator or occasion)")),
            OptionSpec(
                "note", value: .text, valueName: "TEXT",
                help: LocalizedText(sv: "En anteckning", en: "A note")),
            .language,
        ],
        examples: [
            "plan lg.tillit.json add-action --what \"Tvärteam\" --owner Eva"
        ],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let path = ["plan", "add-action"]
            for required in ["what", "owner"] where arguments.string(required) == nil {
                throw UsageError(
                    message: LocalizedText(sv: "--\(required) krävs.", en: "--\(required) is required."),
                    commandPath: path)
            }
            let file = arguments.string("FILE")!
            let draft = ActionDraft(
                what: arguments.string("what")!, owner: arguments.string("owner")!,
                due: arguments.string("due").flatMap(CalendarDate.init(parsing:)),
                horizon: arguments.string("horizon").flatMap(Horizon.init(rawValue:)),
                principle: try arguments.string("principle").map {
                    try choice(PrincipleID.self, $0, option: "--principle", path: path)
                },
                problemArea: try arguments.string("problem-area").map {
                    try choice(ProblemAreaID.self, $0, option: "--problem-area", path: path)
                },
                measure: arguments.string("measure"), expectedEffect: arguments.string("effect") ?? "",
                followUp: arguments.string("follow-up") ?? "", note: arguments.string("note"))
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

    static let setStatus = CommandSpec(
        "set-status",
        summary: LocalizedText(
            sv: "Ändra status för en åtgärd: planned, started, done eller dropped.",
            en: "Change the status of an action: planned, started, done or dropped."),
        discussion: LocalizedText(
            sv: "planned = planerad, started = påbörjad, done = klar, dropped = utgår (skriv gärna varför "
                + "med --note). Ändringen sparas i FILE.",
            en: "planned, started, done and dropped are shown in Swedish as planerad, påbörjad, klar and "
                + "utgår. Give a --note saying why when an action is dropped. The change is saved to FILE."),
        arguments: [
            ArgumentSpec(
                "ACTION-ID", isFile: false,
                help: LocalizedText(sv: "Åtgärdens id, t.ex. A2", en: "The action's id, e.g. A2")),
            ArgumentSpec(
                "STATUS", isFile: false,
                help: LocalizedText(
                    sv: "planned, started, done eller dropped", en: "planned, started, done or dropped")),
        ],
        options: [
            OptionSpec(
                "note", value: .text, valueName: "TEXT",
                help: LocalizedText(sv: "En anteckning, t.ex. varför", en: "A note, e.g. why")),
            .language,
        ],
        examples: [
            "plan lg.tillit.json set-status A2 done",
            "plan lg.tillit.json set-status A3 dropped --note \"Ersatt av A5\"",
        ],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let path = ["plan", "set-status"]
            let word = arguments.string("STATUS")!
            guard let status = Action.Status(rawValue: word) else {
                let words = Action.Status.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: word, among: words)
                throw UsageError(
                    message: LocalizedText(
                        sv: "STATUS ska vara en av \(words.joined(separator: ", ")); fick `\(word)`"
                            + (hint.map { "; menade du `\($0)`?" } ?? "."),
                        en: "STATUS must be one of \(words.joined(separator: ", ")); got `\(word)`"
                            + (hint.map { "; did you mean `\($0)`?" } ?? ".")),
                    commandPath: path)
            }
            let file = arguments.string("FILE")!
            let id = arguments.string("ACTION-ID")!
            var store = context.assessmentStore(file)
            let (action, previous) = try store.update { assessment -> (Action, Action.Status?) in
                var before: Action.Status?
                if let plan = assessment.plan, let index = try? plan.index(ofAction: id) {
                    before = plan.actions[index].status
                }
                do {
                    let action = try assessment.setActionStatus(
                        status, ofAction: id, note: arguments.string("note"))
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

    // MARK: - Shared

    /// An id given on the command line, or a usage error that lists the valid ids and the likeliest.
    private static func choice<ID: RawRepresentable & CaseIterable>(
        _ type: ID.Type, _ word: String, option: String, path: [String]
    ) throws -> ID where ID.RawValue == String {
        if let id = ID(rawValue: word) { return id }
        let words = ID.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: word, among: words)
        throw UsageError(
            message: LocalizedText(
                sv: "`\(option)` ska vara en av \(words.joined(separator: ", ")); fick `\(word)`"
                    + (hint.map { "; menade du `\($0)`?" } ?? "."),
                en: "`\(option)` must be one of \(words.joined(separator: ", ")); got `\(word)`"
                    + (hint.map { "; did you mean `\($0)`?" } ?? ".")),
            commandPath: path)
    }

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
