import Foundation
import TillitCore

/// `tillit-assess respond`: one participant scores alone and writes a response file to merge later.
enum RespondCommand {
    static let spec = CommandSpec(
        "respond",
        summary: LocalizedText(
            sv: "Svara enskilt på frågeformuläret och spara svaren i en svarsfil.",
            en: "Answer the questionnaire alone and save the answers in a response file."),
        discussion: LocalizedText(
            sv: "Kör bara det individuella steget för en deltagare. Svarsfilen sparas efter varje svar; körs "
                + "kommandot igen med samma fil fortsätter det där det slutade. Samtalsledaren lägger in filen med "
                + "`tillit-assess merge`.",
            en: "Runs only the individual step for one participant. The response file is saved after every "
                + "answer; running the command again with the same file continues where it stopped. The "
                + "facilitator adds the file with `tillit-assess merge`."),
        options: [questionnaire, participant, role, CommonOptions.language, output, CommonOptions.force],
        examples: [
            "respond --questionnaire quick --participant Anna -o anna.json",
            "respond --participant P7 --role medarbetare -o p7.json",
        ],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            guard let name = try arguments[Self.participant]?.trimmingWhitespace, !name.isEmpty else {
                throw UsageError(message: WorkshopText.participantRequired, commandPath: ["respond"])
            }
            guard let path = try arguments[Self.output] else {
                throw UsageError(message: WorkshopText.outputRequired, commandPath: ["respond"])
            }
            guard path != "-" else {
                throw UsageError(message: WorkshopText.respondNeedsFile, commandPath: ["respond"])
            }
            let questionnaireName = try arguments[Self.questionnaire]
            let questionnaire = try WorkshopSession.questionnaire(questionnaireName, context: context)
            let role = try arguments[Self.role].map(\.trimmingWhitespace)
            var participant = Participant(name: name, role: role?.isEmpty == false ? role : nil)
            let url = context.url(for: path)
            try Output(arguments).check(context: context, replacing: true)
            if FileManager.default.fileExists(atPath: url.path), !arguments[CommonOptions.force] {
                let data = try? FileBytes.read(url, file: path)
                guard let data, let earlier = try? ResponseFile.decode(data, file: path),
                    earlier.fits(questionnaire), NameMatch.same(earlier.participant.name, name)
                else {
                    throw CLIError(WorkshopText.respondOther(path), code: .cannotCreate)
                }
                participant = earlier.participant
            }
            let terminal = context.terminal
            var workshop = Workshop(
                resuming: Assessment(
                    organisation: "", date: context.today, language: language, questionnaire: questionnaire,
                    participants: [participant]))
            func save(_ workshop: Workshop) throws {
                let response = ResponseFile(
                    questionnaire: questionnaire, participant: workshop.assessment.participants[0],
                    date: context.today)
                do {
                    try response.write(to: url, file: path, temporaries: context.temporaries)
                } catch {
                    throw CLIError(WorkshopText.cannotSave(path, error.localizedDescription), code: .ioError)
                }
            }
            try save(workshop)
            terminal.line(WorkshopText.respondStart(name, path)(language))
            let intro = WorkshopText.respondIntro(
                questionnaire.items.count, questionnaire.estimatedMinutes,
                "\(questionnaire.scale.minimum)–\(questionnaire.scale.maximum)")(language)
            for line in TextLayout.wrap(intro, width: max(40, terminal.columns)) { terminal.line(line) }
            let resume =
                "tillit-assess respond --questionnaire "
                + WorkshopSession.quoted(questionnaireName) + " --participant "
                + WorkshopSession.quoted(name) + " -o " + WorkshopSession.quoted(path)
            let interrupted = WorkshopText.interrupted(resume)
            terminal.onInterrupt {
                FileHandle.standardError.write(Data(("\n" + interrupted(language) + "\n").utf8))
                exit(ExitCode.interrupted.rawValue)
            }
            let input = WorkshopInput(terminal: terminal)
            return try terminal.withRawMode { () throws -> ExitCode in
                do {
                    if input.raw {
                        terminal.line()
                        terminal.line(WorkshopText.pressEnterWhenReady(language))
                        try input.waitForEnter(hint: WorkshopText.pressEnterWhenReady(language))
                    }
                    // Going back from the first statement leaves scoring; resume it rather than end.
                    while case .scoring = workshop.step {
                        try ScoringScreen(terminal: terminal, input: input, handsOver: false).run(&workshop) {
                            try save($0)
                        }
                        if workshop.step == .setup { try workshop.handle(.next) }
                    }
                    terminal.clearScreen()
                    terminal.line(WorkshopText.thanks(name)(language))
                    terminal.line(WorkshopText.respondDone(path)(language))
                    return .success
                } catch let stop as WorkshopStop {
                    terminal.setCursorVisible(true)
                    terminal.line()
                    if stop == .interrupted {
                        terminal.writeError(interrupted(language) + "\n")
                        return .interrupted
                    }
                    terminal.line(WorkshopText.saved(resume)(language))
                    return .success
                }
            }
        })

    static let questionnaire = DefaultedOption<String>(
        "questionnaire", kind: QuestionnaireChoice.kind, valueName: .idOrFile, default: "standard",
        help: LocalizedText(
            sv: "\(Term.questionnaire(.sv)): inbyggt id eller en fil",
            en: "\(Term.questionnaire(.en)): a built-in id or a file"))

    static let participant = Option<String>(
        "participant", valueName: .name,
        help: LocalizedText(sv: "Deltagarens namn eller pseudonym", en: "The participant's name or pseudonym")
    )

    static let role = Option<String>(
        "role", valueName: .role,
        help: LocalizedText(sv: "Deltagarens roll (valfri)", en: "The participant's role (optional)"))

    /// `-o FILE`, the response file: required, and continued when it exists.
    static let output = Option<String>(
        "output", short: "o", kind: .file, valueName: .file,
        help: LocalizedText(
            sv: "Svarsfilen (krävs); sparas efter varje svar, och samma fil igen fortsätter där du slutade",
            en: "The response file (required); saved after every answer, and the same file again resumes"))
}
