import Foundation

/// Which column of a survey export answers which questionnaire item, when the headers are neither the
/// item ids nor the statements' exact text (a survey tool that numbers its questions, a shortened
/// statement).
///
/// The file is a JSON object from column header to item id:
///
/// ```json
/// { "Fråga 1": "tillit-1", "Q2 Our managers trust us": "tillit-2" }
/// ```
///
/// Headers are compared trimmed and ignoring case; columns the mapping does not name are still matched
/// by item id or statement.
public enum SurveyMapping {
    /// Reads a mapping file and checks it against the questionnaire; every problem at once.
    public static func load(
        _ data: Data, file: String, questionnaire: Questionnaire
    ) throws(ImportError) -> [String: String] {
        // Syntax errors with their line and column, and a header mapped twice, before the bytes are parsed.
        if let problem = JSONValidator.problem(in: data) { throw .mapping(file: file, problems: [problem]) }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw .mapping(file: file, problems: [JSONIssue.syntax(error)])
        }
        guard let object = root as? [String: Any] else {
            throw .mapping(
                file: file,
                problems: [
                    LocalizedText(
                        sv: "förväntade ett JSON-objekt från kolumnrubrik till påståendets id",
                        en: "expected a JSON object from column header to item id")
                ])
        }
        var mapping: [String: String] = [:]
        var problems: [LocalizedText] = []
        let ids = Set(questionnaire.items.map(\.id))
        for (header, value) in object.sorted(by: { $0.key < $1.key }) {
            guard let id = value as? String else {
                problems.append(
                    LocalizedText(
                        sv: "\"\(header)\": förväntade ett påståendes id som text",
                        en: "\"\(header)\": expected an item id as a string"))
                continue
            }
            guard ids.contains(id) else {
                problems.append(
                    LocalizedText(
                        sv:
                            "\"\(header)\": frågeformuläret '\(questionnaire.id)' har inget påstående '\(id)'",
                        en: "\"\(header)\": the questionnaire '\(questionnaire.id)' has no item '\(id)'"))
                continue
            }
            mapping[header] = id
        }
        if !problems.isEmpty { throw .mapping(file: file, problems: problems) }
        return mapping
    }
}
