/// The guiding principles as `principles --format json` writes them: an export type with a `kind` and a
/// `formatVersion`, documented in the README ("JSON formats") and decodable again, kept apart from
/// ``Principle`` so that the model can change without breaking a consumer.
public struct PrinciplesExport: Sendable, Codable, Hashable {
    /// One principle.
    public struct Entry: Sendable, Codable, Hashable {
        /// Its stable id, e.g. `tillit`.
        public var id: String
        /// Its name in the chosen language.
        public var name: String
        /// Its definition; in Swedish word for word from SOU 2019:43 Tabell 3.3.
        public var definition: String
        /// How the report says it is to be understood.
        public var guidance: [String]
        /// Whether it was added in 2019 (only `langsiktighet`).
        public var newIn2019: Bool
        /// Where to read more, e.g. `SOU 2019:43 §3.5.2, Tabell 3.3`.
        public var source: String
    }

    /// Always `tillit-principles`.
    public var kind: String
    /// The version of this layout, ``currentFormatVersion``.
    public var formatVersion: Int
    /// The version this build writes.
    public static let currentFormatVersion = 1
    /// The language of names, definitions and guidance.
    public var language: Language
    /// The principles in the report's order.
    public var principles: [Entry]

    /// Builds the export of a framework's principles in `language`.
    public init(_ framework: Framework = .sou2019_43, language: Language) {
        kind = "tillit-principles"
        formatVersion = Self.currentFormatVersion
        self.language = language
        principles = framework.principles.map { principle in
            Entry(
                id: principle.id.rawValue, name: principle.name(language),
                definition: principle.definition(language), guidance: principle.guidance.map { $0(language) },
                newIn2019: principle.isNewIn2019, source: principle.source.description)
        }
    }
}
