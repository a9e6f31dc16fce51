/// A titled part of a ``Document``, e.g. the summary or the principles.
public struct DocumentSection: Sendable, Hashable {
    /// An id for links and styles, e.g. `summary`; stable across languages.
    public var id: String
    /// The section's title.
    public var title: String
    /// Its blocks.
    public var blocks: [Block]
    /// Whether printing starts a new page after it: the summary stands on its own page.
    public var pageBreakAfter: Bool

    /// Creates a section.
    public init(id: String, title: String, blocks: [Block], pageBreakAfter: Bool = false) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.pageBreakAfter = pageBreakAfter
    }
}
