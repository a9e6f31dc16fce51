/// Where a fact, a definition or a measure comes from, so that a user can look it up.
///
/// Tillit is grounded in public reports; every principle, problem area, development area and measure
/// carries the document and section it rests on, and a short verbatim ``quote`` from that section, so a
/// reader can find the passage in the report and a test can check that the passage exists.
public struct SourceReference: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The document, e.g. `SOU 2019:43`.
    public var document: String
    /// The place within the document, e.g. `§3.5.2, Tabell 3.3`.
    public var section: String
    /// A few words quoted verbatim from the passage (line-break hyphenation joined), or `nil` where the
    /// reference has none, as for questionnaire items.
    public var quote: String?

    /// Creates a reference to a section of a document, anchored by a quote where there is one.
    public init(document: String, section: String, quote: String? = nil) {
        self.document = document
        self.section = section
        self.quote = quote
    }

    /// A reference into SOU 2019:43, the main source.
    public static func sou2019(_ section: String, quote: String? = nil) -> SourceReference {
        SourceReference(document: "SOU 2019:43", section: section, quote: quote)
    }

    /// A reference into SOU 2018:47, the earlier report on the welfare sector.
    public static func sou2018(_ section: String, quote: String? = nil) -> SourceReference {
        SourceReference(document: "SOU 2018:47", section: section, quote: quote)
    }

    /// The reference as a reader would cite it: `SOU 2019:43 §3.5.2`.
    public var description: String { section.isEmpty ? document : "\(document) \(section)" }
}
