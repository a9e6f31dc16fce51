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
    ///
    /// The content lives in the data files of `Sources/TillitCore/Resources/Framework`, compiled into
    /// the binary and read through ``FrameworkLoader``. The test suite loads and checks them, so a
    /// failure here is a defect in the build, never in a user's input.
    public static let sou2019_43: Framework = {
        do {
            return try FrameworkLoader.load(.embedded)
        } catch {
            fatalError("the built-in framework does not load: \(error)")
        }
    }()

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

    /// The development area with the given id. Total for a framework that holds all ten, as every
    /// framework built by Tillit does.
    public func developmentArea(_ id: DevelopmentAreaID) -> DevelopmentArea {
        developmentAreas.first { $0.id == id }!
    }

    /// The development area named by an id read from outside; an unknown id is a typed error.
    public func developmentArea(id: String) throws(FrameworkError) -> DevelopmentArea {
        developmentArea(try DevelopmentAreaID(parsing: id))
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
