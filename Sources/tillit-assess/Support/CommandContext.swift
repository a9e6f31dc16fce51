import Foundation
import TillitCore

/// What a command needs from the world: the terminal, the environment and the working folder.
///
/// Passing these in, rather than reaching for globals, is what lets tests run a command with a scripted
/// terminal and a temporary folder.
struct CommandContext {
    /// The terminal the command talks to.
    var terminal: any Terminal
    /// The process environment (`LANG`, `LC_ALL`, `NO_COLOR`, …).
    var environment: [String: String]
    /// The folder relative paths are resolved against.
    var currentDirectory: URL
    /// Today's date, for new assessments and default due dates.
    var today: CalendarDate
    /// The temporary files being written, which the process's signal handling (``Signals``) removes
    /// before the process ends; every write is given it.
    var temporaries = TemporaryFiles()

    /// A path from the command line as a file URL, relative to ``currentDirectory``.
    func url(for path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return currentDirectory.appendingPathComponent(path)
    }

    /// Opens the assessment file at a path from the command line: the store that saves it back safely,
    /// and the assessment it holds. A missing or unreadable file is exit 66, bad content exit 65.
    func openAssessment(_ path: String) throws -> (AssessmentStore, Assessment) {
        try AssessmentStore.open(url(for: path), file: path, temporaries: temporaries)
    }

    /// A store for the assessment file at a path from the command line, to change with
    /// ``AssessmentStore/update(creating:_:)`` (which reads it under its lock), or to create.
    func assessmentStore(_ path: String) -> AssessmentStore {
        AssessmentStore.new(url(for: path), file: path, temporaries: temporaries)
    }

    /// The bytes of an input file named on the command line; a missing file, a folder, a device or a
    /// named pipe each get their own message (exit 66), and a named pipe never blocks.
    func read(_ path: String) throws -> Data {
        do {
            return try FileBytes.read(url(for: path), file: path)
        } catch {
            throw CLIError(error.readingMessage, code: .noInput)
        }
    }
}
