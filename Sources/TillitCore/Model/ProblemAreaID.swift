/// The stable identifier of one of the five problem areas of SOU 2019:43 §1.6.
///
/// The cases are in the report's order (§1.6.1–1.6.5); the raw values are the ids used in files and on
/// the command line.
public enum ProblemAreaID: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case bristandeMedborgarfokus = "bristande-medborgarfokus"
    case franvaroAvHelhetsperspektiv = "franvaro-av-helhetsperspektiv"
    case kortsiktigStyrning = "kortsiktig-styrning"
    case betungandeUppfoljning = "betungande-uppfoljning"
    case bristandeLedarskap = "bristande-ledarskap"

    /// Parses an id from text, with a typed error naming the unknown id.
    public init(parsing text: String) throws(FrameworkError) {
        guard let id = ProblemAreaID(rawValue: text) else { throw .unknownProblemArea(text) }
        self = id
    }

    /// Orders problem areas as the report lists them.
    public static func < (lhs: ProblemAreaID, rhs: ProblemAreaID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
