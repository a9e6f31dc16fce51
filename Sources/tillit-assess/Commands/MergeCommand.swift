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
                "En svarsfil som gäller ett annat frågeformulär eller en annan version, en deltagare som redan "
                + "finns, eller en fil som inte går att läsa avvisas med ett meddelande, och inget från den läggs "
                + "in; de övriga läggs in. Självskattningen skrivs om atomärt. Slutkoden är 1 om någon fil avvisades.",
            en:
                "A response file for another questionnaire or version, a participant already present, or a file "
                + "that cannot be read is rejected with a message, and nothing from it is merged; the others are. "
                + "The assessment is rewritten atomically. The exit status is 1 if any file was rejected."),
        arguments: [
            ArgumentSpec(
                "ASSESSMENT", help: LocalizedText(sv: "Självskattningens fil", en: "The assessment file")),
            ArgumentSpec(
                "RESPONSE", .oneOrMore,
                help: LocalizedText(sv: "Svarsfiler att lägga in", en: "Response files to add")),
        ],
        options: [.language],
        examples: ["merge ledningsgruppen.tillit.json anna.json bo.json"],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let path = arguments.string("ASSESSMENT")!
            let terminal = context.terminal
            // Read, merged and saved under the file's lock, so that a merge running beside another edit
            // loses no one's answers; a file is reported merged only once the assessment is saved.
            var store = context.assessmentStore(path)
            let outcomes = try store.update { assessment -> [Result<String, MergeError>] in
                arguments.strings("RESPONSE").map { file in
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
            terminal.line(WorkshopText.mergeSummary(merged, rejected)(language))
            return rejected > 0 ? .failure : .success
        })
}
