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
    public var measures: [Measure] {
        get {
            switch catalogue {
            case .builtIn: Self.builtInMeasures
            case .given(let measures): measures
            }
        }
        set { catalogue = .given(newValue) }
    }

    /// Where the measures are: given, or the built-in catalogue, read the first time it is asked for.
    /// The catalogue is the largest of the four files, and `import`, `report` and most other commands
    /// never look at it: decoding it cost each of them a millisecond.
    private enum Catalogue: Sendable {
        case builtIn
        case given([Measure])
    }

    private var catalogue: Catalogue

    /// Creates a framework.
    public init(
        principles: [Principle], problemAreas: [ProblemArea], developmentAreas: [DevelopmentArea],
        measures: [Measure]
    ) {
        self.principles = principles
        self.problemAreas = problemAreas
        self.developmentAreas = developmentAreas
        catalogue = .given(measures)
    }

    /// The built-in framework, its measures read when first asked for (``FrameworkLoader``).
    init(builtIn principles: [Principle], problemAreas: [ProblemArea], developmentAreas: [DevelopmentArea]) {
        self.principles = principles
        self.problemAreas = problemAreas
        self.developmentAreas = developmentAreas
        catalogue = .builtIn
    }

    private static let builtInMeasures: [Measure] = {
        do {
            return try FrameworkLoader.measures(FrameworkLoader.Files.embedded.measures)
        } catch {
            fatalError("the built-in catalogue of measures does not load: \(error)")
        }
    }()

    private enum CodingKeys: String, CodingKey {
        case principles, problemAreas, developmentAreas, measures
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            principles: try container.decode([Principle].self, forKey: .principles),
            problemAreas: try container.decode([ProblemArea].self, forKey: .problemAreas),
            developmentAreas: try container.decode([DevelopmentArea].self, forKey: .developmentAreas),
            measures: try container.decode([Measure].self, forKey: .measures))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(principles, forKey: .principles)
        try container.encode(problemAreas, forKey: .problemAreas)
        try container.encode(developmentAreas, forKey: .developmentAreas)
        try container.encode(measures, forKey: .measures)
    }

    public static func == (left: Framework, right: Framework) -> Bool {
        left.principles == right.principles && left.problemAreas == right.problemAreas
            && left.developmentAreas == right.developmentAreas && left.measures == right.measures
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(principles)
        hasher.combine(problemAreas)
        hasher.combine(developmentAreas)
        hasher.combine(measures)
    }

    /// The framework of SOU 2019:43, *Med tillit följer bättre resultat*.
    ///
    /// The content lives in the data files of `Sources/TillitCore/Resources/Framework`, compiled into
    /// the binary and read through ``FrameworkLoader``. The test suite loads and checks them, so a
    /// failure here is a defect in the build, never in a user's input.
    public static let sou2019_43: Framework = {
        do {
            return try FrameworkLoader.loadBuiltIn()
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
