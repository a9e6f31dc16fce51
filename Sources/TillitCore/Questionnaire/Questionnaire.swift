/// A set of statements that participants rate on a common scale.
///
/// The built-in questionnaires (``standard``, ``quick``, ``national2019``) are written by the project
/// from the reports and kept as data files in the package; custom questionnaires load from JSON with
/// the same schema and are validated as a whole (``QuestionnaireLoader``).
public struct Questionnaire: Sendable, Hashable, Identifiable {
    /// A stable id, e.g. `standard`.
    public var id: String
    /// The version; an assessment records it so that answers are never read against other statements.
    public var version: Int
    /// The number a printed form gives the first item, 1 unless the items are a part of a longer
    /// survey: the 2019 national survey's questions are numbered from 2, as in the report.
    public var firstNumber: Int
    /// The title.
    public var title: LocalizedText
    /// The answer scale.
    public var scale: AnswerScale
    /// The statements, in the order participants answer them.
    public var items: [QuestionnaireItem]

    /// Creates a questionnaire.
    public init(
        id: String, version: Int, firstNumber: Int = 1, title: LocalizedText, scale: AnswerScale,
        items: [QuestionnaireItem]
    ) {
        self.id = id
        self.version = version
        self.firstNumber = firstNumber
        self.title = title
        self.scale = scale
        self.items = items
    }

    /// The principles and problem areas the questionnaire scores, in the framework's order; a target
    /// that only unscored items point to is not among them.
    public var targets: [Target] {
        Set(items.filter(\.isScored).map(\.target)).sorted()
    }

    /// The index of the item with the given id.
    public func index(ofItem id: String) -> Int? {
        items.firstIndex { $0.id == id }
    }

    /// The number a printed form gives the item at an index: ``firstNumber`` plus the index.
    public func number(ofItemAt index: Int) -> Int { firstNumber + index }
}

extension Questionnaire: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, version, firstNumber, title, scale, items
    }

    /// Decodes a questionnaire; files written before ``firstNumber`` existed number from 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(Int.self, forKey: .version)
        firstNumber = try container.decodeIfPresent(Int.self, forKey: .firstNumber) ?? 1
        title = try container.decode(LocalizedText.self, forKey: .title)
        scale = try container.decode(AnswerScale.self, forKey: .scale)
        items = try container.decode([QuestionnaireItem].self, forKey: .items)
    }

    /// Encodes a questionnaire; ``firstNumber`` only when it is not 1, so that an assessment file on a
    /// questionnaire numbered from 1 is written exactly as before the field existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(version, forKey: .version)
        if firstNumber != 1 { try container.encode(firstNumber, forKey: .firstNumber) }
        try container.encode(title, forKey: .title)
        try container.encode(scale, forKey: .scale)
        try container.encode(items, forKey: .items)
    }
}
