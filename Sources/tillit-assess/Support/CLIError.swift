import TillitCore

/// A failure a command reports to the user: what went wrong, in both languages, and the exit status.
///
/// Commands throw this (or a core error, which ``TillitAssess`` maps to one); the runner prints the
/// message to standard error and exits with the code. Nothing else ends the process.
struct CLIError: Error {
    /// What went wrong, naming the file, line or field and what was expected.
    var message: LocalizedText
    /// The exit status.
    var code: ExitCode

    init(_ message: LocalizedText, code: ExitCode) {
        self.message = message
        self.code = code
    }

    /// An input file that is missing or unreadable.
    static func cannotRead(_ path: String, reason: String) -> CLIError {
        CLIError(
            LocalizedText(
                sv: "kan inte läsa \(path): \(reason)", en: "cannot read \(path): \(reason)"),
            code: .noInput)
    }

    /// An output file that exists without `--force`.
    static func exists(_ path: String) -> CLIError {
        CLIError(
            LocalizedText(
                sv: "\(path) finns redan; ange --force för att skriva över den.",
                en: "\(path) already exists; give --force to overwrite it."),
            code: .cannotCreate)
    }
}
