/// The stable identifier of one of the five problem areas of SOU 2019:43 §1.6.
///
/// The cases are in the report's order (§1.6.1–1.6.5); the raw values are the ids used in files and on
/// the command line.
public enum ProblemAreaID: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// Bristande medborgarfokus (§1.6.1).
    case bristandeMedborgarfokus = "bristande-medborgarfokus"
    /// Frånvaro av helhetsperspektiv (§1.6.2).
    case franvaroAvHelhetsperspektiv = "franvaro-av-helhetsperspektiv"
    /// Kortsiktig och ryckig styrning (§1.6.3).
    case kortsiktigStyrning = "kortsiktig-styrning"
    /// Uppföljning och utvärdering som kan leda till onödig administration (§1.6.4).
    case betungandeUppfoljning = "betungande-uppfoljning"
    /// Bristande ledarskap och stöd till medarbetarna (§1.6.5).
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
