import Foundation
import TillitCore

/// `tillit-assess merge ASSESSMENT RESPONSE...`: adds response files scored apart to an assessment.
enum MergeCommand {
    static let spec = CommandSpec(
        "merge",
        summary: LocalizedText(
            sv: "Lägg in svarsfiler från `respond` i en självskattning.",
            en: "Add response files from `respond` to an assessment."),
        discussion: LocalizedText(
            sv:
                "Finns SJÄLVSKATTNING inte skapas den, med frågeformuläret som svaren gäller; workshopen frågar sedan "
                + "efter organisationen och öppnar på gruppens bild. Svaren matchas mot påståendena med id, och "
                + "namn jämförs utan hänsyn till mellanslag och versaler. "
                + "En svarsfil som gäller ett annat frågeformulär eller en annan version, en deltagare som redan "
                + "finns, eller en fil som inte går att läsa avvisas med ett meddelande, och inget från den läggs "
                + "in; de övriga läggs in. Självskattningen skrivs om atomärt. Slutkoden är 1 om någon fil avvisades.",
            en:
                "If ASSESSMENT does not exist it is created, with the questionnaire the answers are to; the "
                + "workshop then asks for the organisation and opens at the group view. Answers are matched to "
                + "statements by id, and names are compared regardless of spaces and case. "
                + "A response file for another questionnaire or version, a participant already present, or a file "
                + "that cannot be read is rejected with a message, and nothing from it is merged; the others are. "
                + "The assessment is rewritten atomically. The exit status is 1 if any file was rejected."),
        arguments: [assessment.spec, responses.spec],
        options: [questionnaire, CommonOptions.language],
        examples: ["merge ledningsgruppen.tillit.json anna.json bo.json"],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let path = try arguments.value(Self.assessment)
            let responses = try arguments.values(Self.responses)
            let terminal = context.terminal
            // Scored before the day: a missing assessment is created with the questionnaire the first
            // readable response names (or --questionnaire); the workshop asks for the organisation and
            // the rest when it opens.
            var initial: Assessment?
            if !FileManager.default.fileExists(atPath: context.url(for: path).path) {
                let questionnaire: Questionnaire
                if let choice = try arguments[Self.questionnaire] {
                    questionnaire = try WorkshopSession.questionnaire(choice, context: context)
                } else {
                    // The first response that reads gives the questionnaire; when none does, each says why.
                    var first: ResponseFile?
                    var reasons: [LocalizedText] = []
                    for file in responses where first == nil {
                        do {
                            first = try ResponseFile.decode(
                                FileBytes.read(context.url(for: file), file: file), file: file)
                        } catch {
                            reasons.append(TillitAssess.describe(error).0)
                        }
                    }
                    guard let first else {
                        func lines(_ language: Language) -> String {
                            ([WorkshopText.nothingToCreateFrom(path)(language)]
                                + reasons.map { WorkshopText.rejected($0(language))(language) })
                                .joined(separator: "\n")
                        }
                        throw CLIError(LocalizedText(sv: lines(.sv), en: lines(.en)), code: .dataError)
                    }
                    guard let builtIn = first.builtInQuestionnaire else {
                        throw CLIError(
                            MergeError.unknownQuestionnaire(file: path, id: first.questionnaireID).message,
                            code: .dataError)
                    }
                    questionnaire = builtIn
                }
                initial = Assessment(
                    organisation: "", date: context.today, language: language, questionnaire: questionnaire)
            }
            // Read, merged and saved under the file's lock, so that a merge running beside another edit
            // loses no one's answers; a file is reported merged only once the assessment is saved. A
            // missing file is created only when at least one response is merged into it.
            // The participants already in the file are not read into values, only checked and copied.
            var store = context.assessmentStore(path)
            var created = false
            let outcomes = try store.appendParticipants(creating: initial) {
                assessment -> [Result<String, MergeError>] in
                created = assessment.isNew
                return responses.map { file in
                    Result { () throws(MergeError) -> String in
                        let data: Data
                        do throws(FileProblem) {
                            data = try FileBytes.read(context.url(for: file), file: file)
                        } catch {
                            throw .unreadable(file: file, reason: error.reason)
                        }
                        let response = try ResponseFile.decode(data, file: file)
                        try assessment.merge(response, file: file)
                        return WorkshopText.merged(file, response.participant.name)(language)
                    }
                }
            }
            var merged = 0
            var rejected = 0
            for outcome in outcomes {
                switch outcome {
                case .success(let line):
                    merged += 1
                    terminal.line(line)
                case .failure(let error):
                    rejected += 1
                    terminal.writeError(WorkshopText.rejected(error.message(language))(language) + "\n")
                }
            }
            if merged > 0, created, let initial {
                terminal.line(WorkshopText.created(path, initial.questionnaire.title(language))(language))
            }
            terminal.line(WorkshopText.mergeSummary(merged, rejected)(language))
            if merged > 0 {
                let command = "tillit-assess workshop " + WorkshopSession.quoted(path)
                terminal.line(WorkshopText.mergeNext(command)(language))
            }
            return rejected > 0 ? .failure : .success
        })

    static let assessment = Argument<String>(
        .assessment,
        help: LocalizedText(
            sv: "Självskattningens fil (skapas om den saknas)", en: "The assessment file (created if missing)"
        ))

    static let responses = Argument<String>(
        .response, .oneOrMore,
        help: LocalizedText(sv: "Svarsfiler att lägga in", en: "Response files to add"))

    static let questionnaire = Option<String>(
        "questionnaire", kind: QuestionnaireChoice.kind, valueName: .idOrFile,
        help: LocalizedText(
            sv: "Frågeformuläret, när självskattningen skapas och svaren gäller ett eget formulär",
            en: "The questionnaire, when the assessment is created and the answers are to your own"))
}
