/// A document for people — a report, a plan, a comparison — as typed blocks, independent of format.
///
/// Each kind of document is built into this model once, in the reader's language and with its figures
/// already formatted; a writer per format (``TextWriter``, ``MarkdownWriter``, ``HTMLWriter``) only lays
/// the blocks out. So the terminal, the wiki page and the printed page cannot tell different stories:
/// they are drawn from the same blocks.
public struct Document: Sendable, Hashable {
    /// The language the document is written in; the HTML page's `lang`.
    public var language: Language
    /// A short line above the title naming the kind of document, e.g. *Självskattning av …*; may be empty
    /// when the title says it, as in a hand-out of the principles.
    public var kicker: String
    /// The title: the organisation, or what is compared.
    public var title: String
    /// A line under the title, e.g. the unit; may be empty.
    public var subtitle: String
    /// The blocks in reading order.
    public var blocks: [Block]
    /// The closing line: the framework the document rests on.
    public var footer: String

    /// Creates a document. Without a title — an imported survey names no organisation — the kicker
    /// becomes the title, so that no writer shows a label above nothing.
    public init(
        language: Language, kicker: String, title: String, subtitle: String = "", blocks: [Block],
        footer: String = ""
    ) {
        let untitled = title.allSatisfy(\.isWhitespace)
        self.language = language
        self.kicker = untitled ? "" : kicker
        self.title = untitled ? kicker : title
        self.subtitle = subtitle
        self.blocks = blocks
        self.footer = footer
    }

    /// Every text the document shows, depth first: what a test compares across formats.
    public var texts: [String] {
        [kicker, title, subtitle] + blocks.flatMap(\.texts) + [footer]
    }
}
