/// A problem in a framework data file: which file, where in it, and what was expected.
///
/// The built-in content is checked by the test suite, so a user never meets this error from it; it
/// exists for the expert who edits a data file and for a program that loads its own framework.
public struct FrameworkContentError: TillitError, Hashable, CustomStringConvertible {
    /// The file, e.g. `measures.json`.
    public var file: String
    /// Where in the file, as a JSON path such as `[12].examples[0].status`; empty for the whole file.
    public var path: String
    /// What was expected, in English (the data files are written for the project's reviewers).
    public var expected: String

    /// Creates an error.
    public init(file: String, path: String, expected: String) {
        self.file = file
        self.path = path
        self.expected = expected
    }

    public var description: String {
        path.isEmpty ? "\(file): \(expected)" : "\(file): \(path): \(expected)"
    }

    public var message: LocalizedText {
        LocalizedText(
            sv: "Fel i ramverkets datafil \(description)",
            en: "Error in the framework data file \(description)")
    }
}
