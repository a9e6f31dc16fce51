/// Why an assessment file could not be read or an edit was refused.
///
/// Every case names the file and, where there is one, the field (as a JSON path such as
/// `participants[2].answers[5]`) and what was expected. Reading never returns a partial assessment.
public enum AssessmentError: TillitError, Equatable {
    /// The file is not JSON, or not an assessment.
    case malformed(file: String, path: String, reason: LocalizedText)
    /// The bytes are not the JSON of an assessment at a place the file shows: a syntax error, a key that
    /// appears twice, a participant's unknown field or fractional answer. `line` and `column` count
    /// from 1; `path` is the JSON path of the value, empty at the top.
    case malformedAt(file: String, line: Int, column: Int, path: String, reason: LocalizedText)
    /// The file was written by a newer version of Tillit.
    case newerFormat(file: String, found: Int, supported: Int)
    /// Values out of range or inconsistent, e.g. an answer off the scale; every one found.
    case invalid(file: String, issues: [ValidationIssue])
    /// An edit that would make the assessment inconsistent.
    case invalidEdit(LocalizedText)

    public var message: LocalizedText {
        switch self {
        case .malformed(let file, let path, let reason):
            let place = path.isEmpty ? file : "\(file): \(path)"
            return LocalizedText(
                sv: "\(place): kan inte läsas som en självskattning: \(reason.sv)",
                en: "\(place): cannot be read as an assessment: \(reason.en)")
        case .malformedAt(let file, let line, let column, let path, let reason):
            let place = "\(file), line \(line), column \(column)" + (path.isEmpty ? "" : ": \(path)")
            let plats = "\(file), rad \(line), kolumn \(column)" + (path.isEmpty ? "" : ": \(path)")
            return LocalizedText(
                sv: "\(plats): kan inte läsas som en självskattning: \(reason.sv)",
                en: "\(place): cannot be read as an assessment: \(reason.en)")
        case .newerFormat(let file, let found, let supported):
            return LocalizedText(
                sv: "\(file): filformat \(found) är nyare än det här programmet kan läsa (\(supported)); "
                    + "uppdatera tillit-assess.",
                en: "\(file): file format \(found) is newer than this program can read (\(supported)); "
                    + "update tillit-assess.")
        case .invalid(let file, let issues):
            func lines(_ language: Language) -> String {
                issues.map { "\(file): \($0.path.isEmpty ? "" : $0.path + ": ")\($0.message(language))" }
                    .joined(separator: "\n")
            }
            return LocalizedText(sv: lines(.sv), en: lines(.en))
        case .invalidEdit(let reason):
            return reason
        }
    }
}
