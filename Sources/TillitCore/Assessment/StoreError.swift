/// Why an assessment file could not be opened or saved by an ``AssessmentStore``.
public enum StoreError: TillitError, Equatable {
    /// The file does not exist.
    case notFound(file: String)
    /// The file exists but cannot be read.
    case unreadable(file: String, reason: String)
    /// The path is not a file Tillit can read or replace: a folder, a device, a named pipe, a read-only
    /// file, or one this user may not read.
    case notAFile(FileProblem)
    /// The file changed on disk since it was read — for example another facilitator merged responses
    /// into it — so saving would overwrite their work.
    case changedOnDisk(file: String)
    /// Another command has held the file's lock for longer than a save waits; nothing was changed.
    case locked(file: String)
    /// The file cannot be written.
    case unwritable(file: String, reason: String)

    /// The error for a file problem met while opening or saving `file`.
    init(_ problem: FileProblem) {
        if case .notFound(let file) = problem {
            self = .notFound(file: file)
        } else {
            self = .notAFile(problem)
        }
    }

    public var message: LocalizedText {
        switch self {
        case .notFound(let file):
            LocalizedText(
                sv: "kan inte läsa \(file): filen finns inte", en: "cannot read \(file): no such file")
        case .unreadable(let file, let reason):
            LocalizedText(sv: "kan inte läsa \(file): \(reason)", en: "cannot read \(file): \(reason)")
        case .notAFile(.readOnly(let file)):
            LocalizedText(
                sv: "kan inte spara \(file): \(FileProblem.readOnly(file: file).reason.sv)",
                en: "cannot save \(file): \(FileProblem.readOnly(file: file).reason.en)")
        case .notAFile(let problem):
            problem.readingMessage
        case .changedOnDisk(let file):
            LocalizedText(
                sv: "\(file) har ändrats av någon annan sedan den lästes in (kanske har svar slagits samman "
                    + "i den); den senaste ändringen sparades inte, så att deras arbete inte skrivs över. "
                    + "Öppna filen igen för att fortsätta från det som nu finns i den.",
                en: "\(file) was changed by someone else since it was read (perhaps responses were merged "
                    + "into it); the latest change was not saved, so that their work is not overwritten. "
                    + "Open the file again to continue from what it now holds.")
        case .locked(let file):
            LocalizedText(
                sv: "\(file) ändras just nu av ett annat kommando (en workshop, merge eller plan); inget "
                    + "ändrades. Vänta tills det är klart och kör kommandot igen.",
                en: "\(file) is being changed by another command right now (a workshop, merge or plan); "
                    + "nothing was changed. Wait until it has finished and run the command again.")
        case .unwritable(let file, let reason):
            LocalizedText(
                sv: "kan inte spara \(file): \(reason)", en: "cannot save \(file): \(reason)")
        }
    }
}
