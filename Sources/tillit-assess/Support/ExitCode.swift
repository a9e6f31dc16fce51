/// The exit statuses of `tillit-assess`, the same for every command and documented in the README.
///
/// The values follow BSD `sysexits.h` where one fits, so scripts can tell a typo from bad data from a
/// missing file.
struct ExitCode: RawRepresentable, Hashable, Sendable {
    var rawValue: Int32

    /// Everything worked.
    static let success = ExitCode(rawValue: 0)
    /// The command ran but found what it reports as a failure (e.g. some merges rejected).
    static let failure = ExitCode(rawValue: 1)
    /// The command line was wrong: unknown command or option, missing or bad value (`EX_USAGE`).
    static let usage = ExitCode(rawValue: 64)
    /// An input file was read but its content is wrong: bad JSON, wrong field, answer off the scale
    /// (`EX_DATAERR`).
    static let dataError = ExitCode(rawValue: 65)
    /// An input file does not exist or cannot be read (`EX_NOINPUT`).
    static let noInput = ExitCode(rawValue: 66)
    /// An output file exists and `--force` was not given, or cannot be created (`EX_CANTCREAT`).
    static let cannotCreate = ExitCode(rawValue: 73)
    /// Another command is changing the same assessment and held its lock too long; nothing was changed,
    /// and running the command again later is expected to work (`EX_TEMPFAIL`).
    static let temporaryFailure = ExitCode(rawValue: 75)
    /// Reading or writing failed part-way (`EX_IOERR`).
    static let ioError = ExitCode(rawValue: 74)
    /// Stopped by Ctrl-C; the work so far is saved (128 + SIGINT).
    static let interrupted = ExitCode(rawValue: 130)
}
