/// The stable identifier of one of the ten development areas of SOU 2019:43 §3.4.1–3.4.10.
///
/// The cases are in the report's order; the raw values are the ids used in the data files and on the
/// command line. A typed id lets the content loader reject a measure that names an area that does not
/// exist, instead of the planner finding out later.
public enum DevelopmentAreaID: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// Myndigheterna har stora möjligheter att utveckla sin verksamhet (§3.4.1).
    case mojligheterAttUtveckla = "mojligheter-att-utveckla"
    /// Ett tydligare medborgarfokus utifrån en helhetssyn (§3.4.2).
    case medborgarfokusHelhetssyn = "medborgarfokus-helhetssyn"
    /// En styrning och ledning som är förankrad och används (§3.4.3).
    case forankradStyrning = "forankrad-styrning"
    /// En gemensam förståelse för uppdraget (§3.4.4).
    case gemensamForstaelse = "gemensam-forstaelse"
    /// En styrning och uppföljning som bidrar till utveckling av verksamheten (§3.4.5).
    case utvecklandeUppfoljning = "utvecklande-uppfoljning"
    /// Förutsättningar för ett ökat medledarskap (§3.4.6).
    case medledarskap
    /// Mer dialog och kollegial samverkan (§3.4.7).
    case dialogKollegialSamverkan = "dialog-kollegial-samverkan"
    /// En utvecklad extern uppföljning och utvärdering (§3.4.8).
    case externUppfoljning = "extern-uppfoljning"
    /// En utvecklad dialog med uppdragsgivaren (§3.4.9).
    case dialogUppdragsgivaren = "dialog-uppdragsgivaren"
    /// En utvecklad finansiell styrning (§3.4.10).
    case finansiellStyrning = "finansiell-styrning"

    /// Parses an id from text, with a typed error naming the unknown id and the valid ones.
    public init(parsing text: String) throws(FrameworkError) {
        guard let id = DevelopmentAreaID(rawValue: text) else { throw .unknownDevelopmentArea(text) }
        self = id
    }

    /// Orders development areas as the report lists them.
    public static func < (lhs: DevelopmentAreaID, rhs: DevelopmentAreaID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
