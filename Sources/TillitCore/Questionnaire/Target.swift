/// What a questionnaire item measures: exactly one principle or one problem area.
public enum Target: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A statement about how well a principle is lived; agreement means it is.
    case principle(PrincipleID)
    /// A statement describing a symptom; agreement means the problem is present.
    case problemArea(ProblemAreaID)

    /// The id as written in files: the principle's or the problem area's raw value.
    public var id: String {
        switch self {
        case .principle(let id): id.rawValue
        case .problemArea(let id): id.rawValue
        }
    }

    /// Every target in the framework's order: the eight principles, then the five problem areas.
    public static let allCases: [Target] =
        PrincipleID.allCases.map(Target.principle) + ProblemAreaID.allCases.map(Target.problemArea)

    /// Parses a target id, trying principles first; ids of the two kinds never collide.
    public init(parsing text: String) throws(FrameworkError) {
        if let principle = PrincipleID(rawValue: text) {
            self = .principle(principle)
        } else if let area = ProblemAreaID(rawValue: text) {
            self = .problemArea(area)
        } else {
            throw .unknownPrinciple(text)
        }
    }

    /// The principle, when the target is one.
    public var principle: PrincipleID? {
        if case .principle(let id) = self { id } else { nil }
    }

    /// The problem area, when the target is one.
    public var problemArea: ProblemAreaID? {
        if case .problemArea(let id) = self { id } else { nil }
    }

    /// The target's name in the framework, e.g. *Handlingsutrymme* or *Kortsiktig och ryckig styrning*.
    public func name(in framework: Framework = .sou2019_43) -> LocalizedText {
        switch self {
        case .principle(let id): framework.principle(id).name
        case .problemArea(let id): framework.problemArea(id).title
        }
    }

    /// The target's name in a language, e.g. `score.target.name(.sv)` → *Handlingsutrymme*.
    public func name(_ language: Language, in framework: Framework = .sou2019_43) -> String {
        name(in: framework)[language]
    }

    /// Principles before problem areas, each in the report's order.
    public static func < (lhs: Target, rhs: Target) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var description: String { id }
}

extension Target: Codable {
    /// Decodes a target from its id; principle and problem-area ids never collide.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try Target(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes a target as its id.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}
