/// The problem areas as `problems --format json` writes them: an export type with a `kind` and a
/// `formatVersion`, documented in the README ("JSON formats") and decodable again, kept apart from
/// ``ProblemArea`` so that the model can change without breaking a consumer.
public struct ProblemAreasExport: Sendable, Codable, Hashable {
    /// A sign that the problem is present.
    public struct Symptom: Sendable, Codable, Hashable {
        /// The sign in the chosen language.
        public var text: String
        /// Where the report describes it.
        public var source: String
    }

    /// A principle the problem area is linked to.
    public struct Link: Sendable, Codable, Hashable {
        /// The principle's id.
        public var id: String
        /// Whether the report states the link; `false` where it is the project's own reading.
        public var stated: Bool
        /// Where the report states it, when it does.
        public var source: String?
    }

    /// One problem area.
    public struct Entry: Sendable, Codable, Hashable {
        /// Its stable id, e.g. `kortsiktig-styrning`.
        public var id: String
        /// Its title in the chosen language.
        public var title: String
        /// What the problem is.
        public var summary: String
        /// Its signs.
        public var symptoms: [Symptom]
        /// The principles it is linked to.
        public var principles: [Link]
        /// Where the report describes it.
        public var source: String
    }

    /// Always `tillit-problem-areas`.
    public var kind: String
    /// The version of this layout, ``currentFormatVersion``.
    public var formatVersion: Int
    /// The version this build writes.
    public static let currentFormatVersion = 1
    /// The language of titles, summaries and symptoms.
    public var language: Language
    /// The problem areas in the report's order.
    public var problemAreas: [Entry]

    /// Builds the export of a framework's problem areas in `language`.
    public init(_ framework: Framework = .sou2019_43, language: Language) {
        kind = "tillit-problem-areas"
        formatVersion = Self.currentFormatVersion
        self.language = language
        problemAreas = framework.problemAreas.map { area in
            Entry(
                id: area.id.rawValue, title: area.title(language), summary: area.summary(language),
                symptoms: area.symptoms.map {
                    Symptom(text: $0.text(language), source: $0.source.description)
                },
                principles: area.principles.map {
                    Link(id: $0.principle.rawValue, stated: !$0.isInferred, source: $0.statedIn?.description)
                },
                source: area.source.description)
        }
    }
}
