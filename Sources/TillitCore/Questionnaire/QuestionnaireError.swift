/// Why a custom questionnaire was refused: every problem at once, each with its JSON path, so a
/// questionnaire author fixes them all in one round.
public struct QuestionnaireError: TillitError, Equatable {
    /// The file the questionnaire came from.
    public var file: String
    /// Every problem found.
    public var issues: [ValidationIssue]

    /// Creates an error.
    public init(file: String, issues: [ValidationIssue]) {
        self.file = file
        self.issues = issues
    }

    public var message: LocalizedText {
        let head = LocalizedText(
            sv: "\(file): frågeformuläret har \(issues.count) fel:",
            en: "\(file): the questionnaire has \(issues.count) problem\(issues.count == 1 ? "" : "s"):")
        func line(_ issue: ValidationIssue, _ language: Language) -> String {
            "  " + (issue.path.isEmpty ? "" : "\(issue.path): ") + issue.message(language)
        }
        return LocalizedText(
            sv: ([head.sv] + issues.map { line($0, .sv) }).joined(separator: "\n"),
            en: ([head.en] + issues.map { line($0, .en) }).joined(separator: "\n"))
    }
}
