import Foundation
import TillitCore

/// `tillit-assess workshop [FILE]`: the interactive self-assessment workshop, new or resumed.
enum WorkshopCommand {
    static let spec = CommandSpec(
        "workshop",
        summary: LocalizedText(
            sv: "Led en självskattningsworkshop: förberedelser, enskild skattning, gruppens bild, samsyn, "
                + "prioriteringar, åtgärder.",
            en:
                "Run a self-assessment workshop: setup, individual scoring, group view, consensus, priorities, "
                + "actions."),
        discussion: LocalizedText(
            sv:
                "Startar en ny självskattning i FIL, eller fortsätter exakt där den slutade om FIL finns. Utan "
                + "FIL används tillit-ÅÅÅÅ-MM-DD.tillit.json i aktuell mapp. Varje svar och ändring sparas direkt. "
                + "I en terminal läses en tangent i taget (1–5, 0/v vet ej, ←/b tillbaka, ? hjälp, q spara och "
                + "avsluta); annars en rad per svar, så att flödet kan skriptas. Ctrl-C sparar och avslutar med "
                + "kod 130.",
            en:
                "Starts a new assessment in FILE, or resumes exactly where it stopped if FILE exists. Without "
                + "FILE, tillit-YYYY-MM-DD.tillit.json in the current folder is used. Every answer and edit is "
                + "saved at once. In a terminal one key is read at a time (1–5, 0/v don't know, ←/b back, ? help, "
                + "q save and quit); otherwise one line per answer, so the flow can be scripted. Ctrl-C saves and "
                + "exits with status 130."),
        arguments: [
            file.spec
        ],
        options: [CommonOptions.language],
        examples: ["workshop", "workshop ledningsgruppen.tillit.json", "workshop --language en"],
        run: { arguments, context in
            let path = try arguments.valueIfGiven(Self.file) ?? "tillit-\(context.today).tillit.json"
            let url = context.url(for: path)
            let chosen = try arguments[CommonOptions.language]
            var workshop: Workshop
            var store = context.assessmentStore(path)
            let resuming = FileManager.default.fileExists(atPath: url.path)
            if resuming {
                var assessment: Assessment
                (store, assessment) = try context.openAssessment(path)
                if let chosen { assessment.language = chosen }
                workshop = Workshop(resuming: assessment)
            } else {
                workshop = Workshop(
                    new: Assessment(
                        organisation: "", date: context.today,
                        language: chosen ?? Language(environment: context.environment),
                        questionnaire: .standard))
            }
            let session = WorkshopSession(workshop: workshop, store: store, path: path, context: context)
            let language = workshop.assessment.language
            let terminal = context.terminal
            terminal.line(
                (resuming ? WorkshopText.resumingFile(path) : WorkshopText.newFile(path))(language))
            let interrupted = WorkshopText.interrupted(session.resumeCommand)
            terminal.onInterrupt {
                FileHandle.standardError.write(Data(("\n" + interrupted(language) + "\n").utf8))
                exit(ExitCode.interrupted.rawValue)
            }
            return try terminal.withRawMode { () throws -> ExitCode in
                do {
                    try session.run()
                    return .success
                } catch let stop as WorkshopStop {
                    terminal.setCursorVisible(true)
                    terminal.line()
                    let language = session.language
                    switch stop {
                    case .interrupted:
                        terminal.writeError(WorkshopText.interrupted(session.resumeCommand)(language) + "\n")
                        return .interrupted
                    case .quit, .endOfInput:
                        terminal.line(WorkshopText.saved(session.resumeCommand)(language))
                        return .success
                    }
                }
            }
        })

    static let file = Argument<String>(
        .file, .optional,
        help: LocalizedText(
            sv: "Självskattningens fil (skapas om den saknas)", en: "The assessment file (created if missing)"
        ))
}
