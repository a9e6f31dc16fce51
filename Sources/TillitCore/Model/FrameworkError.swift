/// An id that names nothing in the framework.
///
/// Lookups by id are total for the typed ids (``PrincipleID``, ``ProblemAreaID``,
/// ``DevelopmentAreaID``); only text from
/// outside (a file, a command line) can name something unknown, and that is this error, never a crash.
public enum FrameworkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No principle has this id.
    case unknownPrinciple(String)
    /// No problem area has this id.
    case unknownProblemArea(String)
    /// No development area has this id.
    case unknownDevelopmentArea(String)
    /// No measure in the catalogue has this id.
    case unknownMeasure(String)

    public var description: String {
        switch self {
        case .unknownPrinciple(let id):
            "unknown principle '\(id)'; expected one of: "
                + PrincipleID.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownProblemArea(let id):
            "unknown problem area '\(id)'; expected one of: "
                + ProblemAreaID.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownDevelopmentArea(let id):
            "unknown development area '\(id)'; expected one of: "
                + DevelopmentAreaID.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownMeasure(let id): "unknown measure '\(id)'"
        }
    }
}
