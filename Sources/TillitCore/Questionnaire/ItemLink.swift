/// How an item bears on its target when it was not written to measure it: a question taken from
/// another survey is linked to a principle or problem area by the project's own reading, or shown
/// beside a target without counting towards it.
///
/// The statements of `standard` and `quick` are written to measure their target and carry no link. The
/// questions of the 2019 national survey were asked for other purposes, so a reader must be able to
/// tell which links the report supports and which are the project's, as with ``PrincipleLink``.
public struct ItemLink: Sendable, Codable, Hashable {
    /// What the link is.
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// The item counts towards its target by the project's reading, not by what it was written for.
        case inferred
        /// The item is shown with its target for context but counts towards no score, because an
        /// answer does not say which way the target lies.
        case unscored
    }

    /// What the link is.
    public var kind: Kind
    /// Why, in a sentence a reader can check against the report.
    public var reason: LocalizedText

    /// Creates a link.
    public init(kind: Kind, reason: LocalizedText) {
        self.kind = kind
        self.reason = reason
    }
}
