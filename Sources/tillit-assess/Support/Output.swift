import Foundation
import TillitCore

/// Where a command's rendered result goes: standard output, or a file written atomically that is never
/// overwritten without `--force`.
struct Output {
    var path: String?
    var force: Bool

    init(_ arguments: ParsedArguments) {
        path = arguments.string("output")
        force = arguments.flag("force")
    }

    /// Delivers text: to the terminal, or to the file.
    func deliver(_ text: String, context: CommandContext) throws {
        try deliver(Data(text.utf8), context: context)
    }

    /// Delivers bytes: to the terminal, or to the file.
    func deliver(_ data: Data, context: CommandContext) throws {
        guard let path else {
            context.terminal.write(String(decoding: data, as: UTF8.self))
            return
        }
        let url = context.url(for: path)
        if !force, FileManager.default.fileExists(atPath: url.path) { throw CLIError.exists(path) }
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            throw CLIError(
                LocalizedText(
                    sv: "kan inte skriva \(path): \(error.localizedDescription)",
                    en: "cannot write \(path): \(error.localizedDescription)"),
                code: .cannotCreate)
        }
    }
}
