import TillitCore

/// A command line that does not fit the command table. Always exit code 64, with the usage line of the
/// command and a hint to `--help`.
struct UsageError: Error, Sendable, Equatable {
    /// What was wrong, in both languages.
    var message: LocalizedText
    /// The command path the error belongs to, for the usage line.
    var commandPath: [String]
}
