/// A text a user reads, in Swedish and in English.
///
/// Every user-facing string in Tillit is a `LocalizedText`, so that no language can be forgotten and
/// a renderer picks the language in one place. Swedish comes first: it is the language of the source
/// reports, and definitions quoted from them are verbatim in ``sv``.
public struct LocalizedText: Sendable, Codable, Hashable {
    /// The Swedish text.
    public var sv: String
    /// The English text.
    public var en: String

    /// Creates a text from its Swedish and English versions.
    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    /// The text in the given language.
    public subscript(language: Language) -> String {
        switch language {
        case .sv: sv
        case .en: en
        }
    }

    /// The text in the given language; reads well at the call site: `principle.name(.sv)`.
    public func callAsFunction(_ language: Language) -> String { self[language] }
}
