/// A set of statements that participants rate on a common scale.
///
/// The built-in questionnaires (``standard``, ``quick``, ``national2019``) are written by the project
/// from the reports; custom questionnaires load from JSON with the same schema and are validated as a
/// whole (``QuestionnaireLoader``).
public struct Questionnaire: Sendable, Codable, Hashable, Identifiable {
    /// A stable id, e.g. `standard`.
    public var id: String
    /// The version; an assessment records it so that answers are never read against other statements.
    public var version: Int
    /// The title.
    public var title: LocalizedText
    /// The answer scale.
    public var scale: AnswerScale
    /// The statements, in the order participants answer them.
    public var items: [QuestionnaireItem]

    /// Creates a questionnaire.
    public init(
        id: String, version: Int, title: LocalizedText, scale: AnswerScale, items: [QuestionnaireItem]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.scale = scale
        self.items = items
    }

    /// The ids of the built-in questionnaires, in the order a user is offered them.
    public static let builtInIDs = ["standard", "quick", "national-2019"]

    /// The built-in questionnaire with the given id, or `nil`.
    public static func builtIn(id: String) -> Questionnaire? {
        switch id {
        case "standard": .standard
        case "quick": .quick
        case "national-2019": .national2019
        default: nil
        }
    }

    /// The targets the questionnaire measures, in the framework's order.
    public var targets: [Target] {
        Set(items.map(\.target)).sorted()
    }

    /// The index of the item with the given id.
    public func index(ofItem id: String) -> Int? {
        items.firstIndex { $0.id == id }
    }
}
