/// The stable identifier of one of the eight guiding principles (SOU 2019:43 Tabell 3.3).
///
/// The cases are in the report's order, so `PrincipleID.allCases` lists the principles as the report
/// does. The raw values are the ids used in files and on the command line; they never change.
public enum PrincipleID: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case tillit
    case medborgarfokus
    case helhetssyn
    case handlingsutrymme
    case stod
    case kunskap
    case oppenhet
    case langsiktighet

    /// Parses an id from text, with a typed error naming the unknown id and the valid ones.
    public init(parsing text: String) throws(FrameworkError) {
        guard let id = PrincipleID(rawValue: text) else { throw .unknownPrinciple(text) }
        self = id
    }

    /// Orders principles as the report lists them.
    public static func < (lhs: PrincipleID, rhs: PrincipleID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
