/// A document asked for in a format it does not come in, e.g. the principles as CSV: refused rather
/// than answered with another format, so a caller never saves text under a `.csv` name.
public struct UnsupportedFormat: Error, Sendable, Hashable, CustomStringConvertible {
    /// The format asked for.
    public var format: RenderFormat
    /// The formats the document comes in.
    public var supported: [RenderFormat]

    /// Creates the error.
    public init(format: RenderFormat, supported: [RenderFormat]) {
        self.format = format
        self.supported = supported
    }

    /// What was asked for and what was expected, in both languages, e.g. *format csv is not offered;
    /// expected text, markdown, html or json*.
    public var message: LocalizedText {
        Vocabulary.unsupportedFormat(format.rawValue, supported: supported.map(\.rawValue))
    }

    /// The message in English, for logs and tests.
    public var description: String { message.en }
}
