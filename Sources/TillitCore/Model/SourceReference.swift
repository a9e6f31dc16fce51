/// Where a fact, a definition or a measure comes from, so that a user can look it up.
///
/// Tillit is grounded in public reports; every principle, problem area, measure and statement carries
/// the document and section it rests on.
public struct SourceReference: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The document, e.g. `SOU 2019:43`.
    public var document: String
    /// The place within the document, e.g. `§3.5.2, Tabell 3.3`.
    public var section: String

    /// Creates a reference to a section of a document.
    public init(document: String, section: String) {
        self.document = document
        self.section = section
    }

    /// A reference into SOU 2019:43, the main source.
    public static func sou2019(_ section: String) -> SourceReference {
        SourceReference(document: "SOU 2019:43", section: section)
    }

    /// A reference into SOU 2018:47, the earlier report on the welfare sector.
    public static func sou2018(_ section: String) -> SourceReference {
        SourceReference(document: "SOU 2018:47", section: section)
    }

    /// The reference as a reader would cite it: `SOU 2019:43 §3.5.2`.
    public var description: String { section.isEmpty ? document : "\(document) \(section)" }
}
