/// Why an assessment file could not be opened or saved by an ``AssessmentStore``.
public enum StoreError: TillitError, Equatable {
    /// The file does not exist.
    case notFound(file: String)
    /// The file exists but cannot be read.
    case unreadable(file: String, reason: String)
    /// The file changed on disk since it was read — for example another facilitator merged responses
    /// into it — so saving would overwrite their work.
    case changedOnDisk(file: String)
    /// The file cannot be written.
    case unwritable(file: String, reason: String)

    public var message: LocalizedText {
        switch self {
        case .notFound(let file):
            LocalizedText(
                sv: "kan inte läsa \(file): filen finns inte", en: "cannot read \(file): no such file")
        case .unreadable(let file, let reason):
            LocalizedText(sv: "kan inte läsa \(file): \(reason)", en: "cannot read \(file): \(reason)")
        case .changedOnDisk(let file):
            LocalizedText(
                sv: "\(file) har ändrats av någon annan sedan den lästes in (kanske har svar slagits samman "
                    + "i den); den senaste ändringen sparades inte, så att deras arbete inte skrivs över. "
                    + "Öppna filen igen för att fortsätta från det som nu finns i den.",
                en: "\(file) was changed by someone else since it was read (perhaps responses were merged "
                    + "into it); the latest change was not saved, so that their work is not overwritten. "
                    + "Open the file again to continue from what it now holds.")
        case .unwritable(let file, let reason):
            LocalizedText(
                sv: "kan inte spara \(file): \(reason)", en: "cannot save \(file): \(reason)")
        }
    }
}
