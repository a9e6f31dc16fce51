import Foundation
import TillitCore

/// The command-line tool: parses the command line against ``CommandTable``, runs the command, and
/// turns every failure into a message on standard error and a documented exit code.
enum TillitAssess {
    /// The version printed by `--version`.
    static let version = "0.1.0"

    /// Runs one command line (without the program name) and returns the exit code.
    static func run(_ arguments: [String], context: CommandContext) -> ExitCode {
        let language = languageHint(arguments) ?? Language(environment: context.environment)
        let help = HelpFormatter(root: CommandTable.root, language: language)
        do {
            switch try ArgumentParser(root: CommandTable.root).parse(arguments) {
            case .version:
                context.terminal.line("tillit-assess \(version)")
                return .success
            case .help(let path):
                context.terminal.write(help.help(for: path))
                return .success
            case .run(let parsed):
                // The parser returns `.run` only for a command that has a function to run.
                guard let run = parsed.command.run else {
                    context.terminal.write(help.help(for: parsed.commandPath))
                    return .usage
                }
                return try run(parsed, context)
            }
        } catch let error as UsageError {
            let name = CommandTable.root.name
            let path = error.commandPath.isEmpty ? "" : " " + error.commandPath.joined(separator: " ")
            context.terminal.writeError(
                "\(name): \(error.message(language))\n"
                    + (language == .sv ? "Användning: " : "Usage: ") + help.usage(for: error.commandPath)
                    + "\n"
                    + (language == .sv
                        ? "Se `\(name)\(path) --help`.\n" : "See `\(name)\(path) --help`.\n"))
            return .usage
        } catch let error as CLIError {
            waitIfEnding(context)
            context.terminal.writeError("\(CommandTable.root.name): \(error.message(language))\n")
            return error.code
        } catch {
            waitIfEnding(context)
            let (message, code) = describe(error)
            context.terminal.writeError("\(CommandTable.root.name): \(message(language))\n")
            return code
        }
    }

    /// When a signal is ending the process, its handler has removed the temporary files, so a write under
    /// way fails; the handler ends the process with 128 + the signal, and the failure it caused is neither
    /// reported nor allowed to end the process first with another status.
    private static func waitIfEnding(_ context: CommandContext) {
        guard context.temporaries.isClosed else { return }
        while true { pause() }
    }

    /// Maps an error from the core to a message and an exit code.
    static func describe(_ error: any Error) -> (LocalizedText, ExitCode) {
        if let error = error as? StoreError {
            switch error {
            case .notFound, .unreadable: return (error.message, .noInput)
            case .notAFile(.readOnly): return (error.message, .cannotCreate)
            case .notAFile: return (error.message, .noInput)
            case .changedOnDisk, .unwritable: return (error.message, .cannotCreate)
            case .locked: return (error.message, .temporaryFailure)
            }
        }
        if let error = error as? FileProblem { return (error.readingMessage, .noInput) }
        if let error = error as? any TillitError { return (error.message, .dataError) }
        let text = "\(error)"
        return (LocalizedText(sv: text, en: text), .ioError)
    }

    /// `--language` read before parsing, so that even a usage error speaks the user's language.
    private static func languageHint(_ arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--language=") { return Language(argument: String(argument.dropFirst(11))) }
            if argument == "--language", index + 1 < arguments.count {
                return Language(argument: arguments[index + 1])
            }
        }
        return nil
    }
}
