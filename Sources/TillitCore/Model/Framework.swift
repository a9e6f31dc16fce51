/// The whole body of knowledge a self-assessment stands on: principles, problem areas, development
/// areas and the catalogue of measures.
///
/// ``sou2019_43`` is the framework of Tillitsdelegationen's final report. It is a value, so a program
/// that embeds Tillit can extend or translate it without touching anyone else's copy.
public struct Framework: Sendable, Codable, Hashable {
    /// The eight guiding principles, in the report's order.
    public var principles: [Principle]
    /// The five problem areas, in the report's order.
    public var problemAreas: [ProblemArea]
    /// The ten development areas of §3.4.
    public var developmentAreas: [DevelopmentArea]
    /// The catalogue of measures.
    public var measures: [Measure]

    /// Creates a framework.
    public init(
        principles: [Principle], problemAreas: [ProblemArea], developmentAreas: [DevelopmentArea],
        measures: [Measure]
    ) {
        self.principles = principles
        self.problemAreas = problemAreas
        self.developmentAreas = developmentAreas
        self.measures = measures
    }

    /// The framework of SOU 2019:43, *Med tillit följer bättre resultat*.
    public static let sou2019_43 = Framework(
        principles: Framework.principlesSOU2019,
        problemAreas: Framework.problemAreasSOU2019,
        developmentAreas: Framework.developmentAreasSOU2019,
        measures: Framework.measuresSOU2019
    )

    /// The principle with the given id. Total for a framework that holds all eight, as every
    /// framework built by Tillit does.
    public func principle(_ id: PrincipleID) -> Principle {
        principles.first { $0.id == id }!
    }

    /// The problem area with the given id.
    public func problemArea(_ id: ProblemAreaID) -> ProblemArea {
        problemAreas.first { $0.id == id }!
    }

    /// The principle named by an id read from outside; an unknown id is a typed error.
    public func principle(id: String) throws(FrameworkError) -> Principle {
        principle(try PrincipleID(parsing: id))
    }

    /// The problem area named by an id read from outside; an unknown id is a typed error.
    public func problemArea(id: String) throws(FrameworkError) -> ProblemArea {
        problemArea(try ProblemAreaID(parsing: id))
    }

    /// The development area with the given id.
    public func developmentArea(id: String) throws(FrameworkError) -> DevelopmentArea {
        guard let area = developmentAreas.first(where: { $0.id == id }) else {
            throw .unknownDevelopmentArea(id)
        }
        return area
    }

    /// The measure with the given id.
    public func measure(id: String) throws(FrameworkError) -> Measure {
        guard let measure = measures.first(where: { $0.id == id }) else { throw .unknownMeasure(id) }
        return measure
    }

    /// The measures that serve a principle, in catalogue order.
    public func measures(serving principle: PrincipleID) -> [Measure] {
        measures.filter { $0.principles.contains(principle) }
    }

    /// The measures that address a problem area, in catalogue order.
    public func measures(addressing problemArea: ProblemAreaID) -> [Measure] {
        measures.filter { $0.problemAreas.contains(problemArea) }
    }

    /// The problem areas linked to a principle (stated or inferred), in the report's order.
    public func problemAreas(linkedTo principle: PrincipleID) -> [ProblemArea] {
        problemAreas.filter { $0.principleIDs.contains(principle) }
    }
}
