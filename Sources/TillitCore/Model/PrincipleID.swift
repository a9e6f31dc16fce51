/// The stable identifier of one of the eight guiding principles (SOU 2019:43 Tabell 3.3).
///
/// The cases are in the report's order, so `PrincipleID.allCases` lists the principles as the report
/// does. The raw values are the ids used in files and on the command line; they never change.
public enum PrincipleID: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// Tillit — trust.
    case tillit
    /// Medborgarfokus — citizen focus.
    case medborgarfokus
    /// Helhetssyn — holistic view.
    case helhetssyn
    /// Handlingsutrymme — room for manoeuvre.
    case handlingsutrymme
    /// Stöd — support.
    case stod
    /// Kunskap — knowledge.
    case kunskap
    /// Öppenhet — openness.
    case oppenhet
    /// Långsiktighet — long-term perspective; new in 2019.
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
