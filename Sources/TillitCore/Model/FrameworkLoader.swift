import Foundation

/// Reads a framework from its four data files and checks it, so that content edited by a domain expert
/// as one readable table cannot reach a user half-formed.
///
/// The files are JSON arrays in the shape of the public types (``Principle``, ``ProblemArea``,
/// ``DevelopmentArea``, ``Measure``). Besides what decoding checks (every field present, every id one
/// of the typed ids), the loader checks what a reader relies on: principles, problem areas and
/// development areas complete and in the report's order, measure ids unique and in kebab case, every
/// text in both languages, and every source anchored by a verbatim quote. Each problem names the file
/// and the JSON path.
public enum FrameworkLoader {
    /// The bytes of the four data files.
    public struct Files: Sendable {
        /// `principles.json`.
        public var principles: [UInt8]
        /// `problem-areas.json`.
        public var problemAreas: [UInt8]
        /// `development-areas.json`.
        public var developmentAreas: [UInt8]
        /// `measures.json`.
        public var measures: [UInt8]

        /// Creates the set of files from their bytes.
        public init(principles: [UInt8], problemAreas: [UInt8], developmentAreas: [UInt8], measures: [UInt8])
        {
            self.principles = principles
            self.problemAreas = problemAreas
            self.developmentAreas = developmentAreas
            self.measures = measures
        }

        /// The files compiled into the binary (`Sources/TillitCore/Resources/Framework`).
        public static let embedded = Files(
            principles: PackageResources.principles_json,
            problemAreas: PackageResources.problem_areas_json,
            developmentAreas: PackageResources.development_areas_json,
            measures: PackageResources.measures_json)
    }

    /// Decodes and checks the four files.
    public static func load(_ files: Files) throws(FrameworkContentError) -> Framework {
        let (principles, problemAreas, developmentAreas) = try areas(files)
        return Framework(
            principles: principles, problemAreas: problemAreas, developmentAreas: developmentAreas,
            measures: try measures(files.measures))
    }

    /// The built-in framework, its catalogue of measures read when it is first asked for
    /// (``Framework/measures``). The test suite loads all four files with ``load(_:)``.
    static func loadBuiltIn() throws(FrameworkContentError) -> Framework {
        let (principles, problemAreas, developmentAreas) = try areas(.embedded)
        return Framework(builtIn: principles, problemAreas: problemAreas, developmentAreas: developmentAreas)
    }

    /// Decodes and checks `measures.json`.
    static func measures(_ bytes: [UInt8]) throws(FrameworkContentError) -> [Measure] {
        let measures = try decode([Measure].self, bytes, file: "measures.json")
        try check(measures)
        return measures
    }

    /// Decodes and checks the principles, the problem areas and the development areas.
    private static func areas(
        _ files: Files
    ) throws(FrameworkContentError) -> ([Principle], [ProblemArea], [DevelopmentArea]) {
        let principles = try decode([Principle].self, files.principles, file: "principles.json")
        let problemAreas = try decode([ProblemArea].self, files.problemAreas, file: "problem-areas.json")
        let developmentAreas = try decode(
            [DevelopmentArea].self, files.developmentAreas, file: "development-areas.json")
        try check(principles)
        try check(problemAreas)
        try check(developmentAreas)
        return (principles, problemAreas, developmentAreas)
    }

    // MARK: Checks

    private static func check(_ principles: [Principle]) throws(FrameworkContentError) {
        var issues = Issues(file: "principles.json")
        issues.order(
            principles.map(\.id), PrincipleID.allCases,
            what: LocalizedText(sv: "principerna", en: "principles"))
        for (index, principle) in principles.enumerated() {
            let at = "[\(index)]"
            issues.text(principle.name, at + ".name")
            issues.text(principle.definition, at + ".definition")
            if principle.guidance.isEmpty {
                issues.add(
                    at + ".guidance", sv: "minst en vägledande punkt", en: "at least one point of guidance")
            }
            for (point, text) in principle.guidance.enumerated() {
                issues.text(text, at + ".guidance[\(point)]")
            }
            issues.source(principle.source, at + ".source")
        }
        try issues.throwFirst()
    }

    private static func check(_ areas: [ProblemArea]) throws(FrameworkContentError) {
        var issues = Issues(file: "problem-areas.json")
        issues.order(
            areas.map(\.id), ProblemAreaID.allCases,
            what: LocalizedText(sv: "problemområdena", en: "problem areas"))
        for (index, area) in areas.enumerated() {
            let at = "[\(index)]"
            issues.text(area.title, at + ".title")
            issues.text(area.summary, at + ".summary")
            issues.source(area.source, at + ".source")
            if area.principles.isEmpty {
                issues.add(at + ".principles", sv: "minst en princip", en: "at least one principle")
            }
            issues.unique(
                area.principleIDs.map(\.rawValue), at + ".principles",
                what: LocalizedText(sv: "princip", en: "principle"))
            for (link, principle) in area.principles.enumerated() {
                if let stated = principle.statedIn {
                    issues.source(stated, at + ".principles[\(link)].statedIn")
                }
            }
            if area.symptoms.isEmpty {
                issues.add(at + ".symptoms", sv: "minst ett tecken", en: "at least one symptom")
            }
            for (number, symptom) in area.symptoms.enumerated() {
                issues.text(symptom.text, at + ".symptoms[\(number)].text")
                issues.source(symptom.source, at + ".symptoms[\(number)].source")
            }
        }
        try issues.throwFirst()
    }

    private static func check(_ areas: [DevelopmentArea]) throws(FrameworkContentError) {
        var issues = Issues(file: "development-areas.json")
        issues.order(
            areas.map(\.id), DevelopmentAreaID.allCases,
            what: LocalizedText(sv: "utvecklingsområdena", en: "development areas"))
        for (index, area) in areas.enumerated() {
            let at = "[\(index)]"
            issues.text(area.title, at + ".title")
            issues.text(area.summary, at + ".summary")
            if area.principles.isEmpty {
                issues.add(at + ".principles", sv: "minst en princip", en: "at least one principle")
            }
            if area.problemAreas.isEmpty {
                issues.add(
                    at + ".problemAreas", sv: "minst ett problemområde", en: "at least one problem area")
            }
            issues.source(area.source, at + ".source")
        }
        try issues.throwFirst()
    }

    private static func check(_ measures: [Measure]) throws(FrameworkContentError) {
        var issues = Issues(file: "measures.json")
        issues.unique(measures.map(\.id), "", what: LocalizedText(sv: "åtgärds-id", en: "measure id"))
        for (index, measure) in measures.enumerated() {
            let at = "[\(index)]"
            let kebab = measure.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            if measure.id.isEmpty || !kebab {
                issues.add(
                    at + ".id",
                    sv: "ett id av små ASCII-bokstäver, siffror och bindestreck, inte '\(measure.id)'",
                    en: "an id of lower-case ASCII letters, digits and hyphens, found '\(measure.id)'")
            }
            issues.text(measure.title, at + ".title")
            issues.text(measure.description, at + ".description")
            if measure.principles.isEmpty {
                issues.add(at + ".principles", sv: "minst en princip", en: "at least one principle")
            }
            issues.unique(
                measure.principles.map(\.rawValue), at + ".principles",
                what: LocalizedText(sv: "princip", en: "principle"))
            issues.source(measure.source, at + ".source")
            for (number, example) in measure.examples.enumerated() {
                let path = at + ".examples[\(number)]"
                if example.organisation.isBlank {
                    issues.add(
                        path + ".organisation", sv: "organisationens namn", en: "the organisation's name")
                }
                issues.source(example.source, path + ".source")
            }
        }
        try issues.throwFirst()
    }

    /// Collects the first problem found; one precise message is more use than a list of consequences.
    private struct Issues {
        let file: String
        var first: FrameworkContentError?

        init(file: String) { self.file = file }

        mutating func add(_ path: String, sv: String, en: String) {
            if first == nil {
                first = FrameworkContentError(file: file, path: path, expected: LocalizedText(sv: sv, en: en))
            }
        }

        mutating func text(_ text: LocalizedText, _ path: String) {
            if text.sv.isBlank {
                add(path + ".sv", sv: "en svensk text", en: "a Swedish text")
            }
            if text.en.isBlank {
                add(path + ".en", sv: "en engelsk text", en: "an English text")
            }
        }

        mutating func source(_ source: SourceReference, _ path: String) {
            if source.document.isEmpty {
                add(
                    path + ".document", sv: "dokumentet, t.ex. 'SOU 2019:43'",
                    en: "the document, e.g. 'SOU 2019:43'")
            }
            if source.section.isEmpty {
                add(path + ".section", sv: "avsnittet, t.ex. '§3.4.5'", en: "the section, e.g. '§3.4.5'")
            }
            if (source.quote ?? "").isBlank {
                add(
                    path + ".quote", sv: "ett kort ordagrant citat ur betänkandet som förankrar källan",
                    en: "a short verbatim quote from the report that anchors the source")
            }
        }

        mutating func order<ID: RawRepresentable & Equatable>(
            _ found: [ID], _ expected: [ID], what: LocalizedText
        )
        where ID.RawValue == String {
            guard found != expected else { return }
            let index =
                found.indices.first { $0 >= expected.count || found[$0] != expected[$0] } ?? found.count
            let ids = expected.map(\.rawValue).joined(separator: ", ")
            add(
                index < found.count ? "[\(index)].id" : "",
                sv: "de \(expected.count) \(what.sv) i betänkandets ordning: \(ids)",
                en: "the \(expected.count) \(what.en) in the report's order: \(ids)")
        }

        mutating func unique(_ values: [String], _ path: String, what: LocalizedText) {
            var seen = Set<String>()
            for (index, value) in values.enumerated() where !seen.insert(value).inserted {
                add(
                    path.isEmpty ? "[\(index)]" : path + "[\(index)]",
                    sv: "varje \(what.sv) en gång; '\(value)' förekommer flera gånger",
                    en: "each \(what.en) once; '\(value)' is repeated")
            }
        }

        func throwFirst() throws(FrameworkContentError) {
            if let first { throw first }
        }
    }

    // MARK: Decoding

    /// Decodes one data file, turning a decoding error into the file, the JSON path and what was expected.
    static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], file: String)
        throws(FrameworkContentError) -> T
    {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw FrameworkContentError(
                file: file, path: "",
                expected: LocalizedText(sv: "giltig JSON (\(error))", en: "valid JSON (\(error))"))
        }
    }

    private static func describe(_ error: DecodingError, file: String) -> FrameworkContentError {
        switch error {
        case .dataCorrupted(let context):
            let reason =
                context.codingPath.isEmpty
                ? LocalizedText(sv: "giltig JSON", en: "valid JSON")
                : LocalizedText(
                    sv: "ett giltigt värde (\(context.debugDescription))",
                    en: "a valid value (\(context.debugDescription))")
            return FrameworkContentError(file: file, path: path(context.codingPath), expected: reason)
        case .keyNotFound(let key, let context):
            return FrameworkContentError(
                file: file, path: path(context.codingPath + [key]),
                expected: LocalizedText(sv: "fältet, som saknas", en: "this field, which is missing"))
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return FrameworkContentError(
                file: file, path: path(context.codingPath),
                expected: LocalizedText(sv: "ett värde av typen \(type)", en: "a value of type \(type)"))
        @unknown default:
            return FrameworkContentError(
                file: file, path: "", expected: LocalizedText(sv: "\(error)", en: "\(error)"))
        }
    }

    /// `[12].examples[0].status` from a coding path.
    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            .trimmingPrefix(".").description
    }
}
