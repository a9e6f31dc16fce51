/// A problem in a data file of the built-in content (the framework's four files or the 2019 survey's):
/// which file, where in it, and what was expected.
///
/// The built-in content is checked by the test suite, so a user never meets this error from it; it
/// exists for the expert who edits a data file and for a program that loads its own content.
public struct FrameworkContentError: TillitError, Hashable, CustomStringConvertible {
    /// The file, e.g. `measures.json`.
    public var file: String
    /// Where in the file, as a JSON path such as `[12].examples[0].status`; empty for the whole file.
    public var path: String
    /// What was expected there.
    public var expected: LocalizedText

    /// Creates an error.
    public init(file: String, path: String, expected: LocalizedText) {
        self.file = file
        self.path = path
        self.expected = expected
    }

    public var description: String { message.en }

    public var message: LocalizedText {
        let place = path.isEmpty ? file : "\(file), \(path)"
        return LocalizedText(
            sv: "Fel i innehållsfilen \(place): förväntade \(expected.sv).",
            en: "Error in the content file \(place): expected \(expected.en).")
    }
}
