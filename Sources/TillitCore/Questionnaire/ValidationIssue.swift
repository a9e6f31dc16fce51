/// One problem found while validating a file, with the JSON path of the field it concerns.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// The JSON path, e.g. `items[3].text.en`; empty for the document as a whole.
    public var path: String
    /// What is wrong and what was expected.
    public var message: LocalizedText

    /// Creates an issue.
    public init(path: String, message: LocalizedText) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message.en : "\(path): \(message.en)" }
}
