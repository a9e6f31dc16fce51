import Foundation
import Testing

@testable import TillitCore

@Suite("FrameworkLoader reads the data files and names the place of every problem")
struct FrameworkLoaderTests {
    let files = FrameworkLoader.Files.embedded

    /// One of the four files (key paths are not `Sendable`, so test arguments name the file).
    enum File: Sendable, CaseIterable {
        case principles, problemAreas, developmentAreas, measures

        var keyPath: WritableKeyPath<FrameworkLoader.Files, [UInt8]> {
            switch self {
            case .principles: \.principles
            case .problemAreas: \.problemAreas
            case .developmentAreas: \.developmentAreas
            case .measures: \.measures
            }
        }
    }

    /// The files with the first occurrence of `old` in one of them replaced by `new`.
    func files(_ file: File, replacing old: String, with new: String) throws -> FrameworkLoader.Files {
        var copy = files
        let text = String(decoding: copy[keyPath: file.keyPath], as: UTF8.self)
        let range = try #require(text.range(of: old), "the data file has no \(old)")
        copy[keyPath: file.keyPath] = Array(text.replacingCharacters(in: range, with: new).utf8)
        return copy
    }

    func error(loading files: FrameworkLoader.Files) -> FrameworkContentError? {
        do {
            _ = try FrameworkLoader.load(files)
            return nil
        } catch {
            return error
        }
    }

    @Test("loads the embedded files into the framework every command uses")
    func embedded() throws {
        let framework = try FrameworkLoader.load(files)
        #expect(framework == Framework.sou2019_43)
        #expect(framework.principles.count == 8)
        #expect(framework.problemAreas.count == 5)
        #expect(framework.developmentAreas.count == 10)
    }

    @Test("the built-in catalogue of measures, read when first asked for, is a value like the rest")
    func measuresReadLater() throws {
        let eager = try FrameworkLoader.load(files)
        var copy = Framework.sou2019_43
        #expect(copy.measures == eager.measures)
        copy.measures.removeFirst()
        #expect(copy != Framework.sou2019_43)
        #expect(Framework.sou2019_43.measures.count == copy.measures.count + 1)
        let decoded = try JSONDecoder().decode(
            Framework.self, from: try JSONEncoder().encode(Framework.sou2019_43))
        #expect(decoded == Framework.sou2019_43)
        #expect(decoded.hashValue == Framework.sou2019_43.hashValue)
    }

    @Test(
        "rejects a malformed file with its name, the JSON path and what was expected",
        arguments: [
            (
                File.measures, #""status": "tried""#, #""status": "done""#, "measures.json",
                "[0].examples[0].status"
            ),
            (.measures, #""horizon": "quick-win","#, "", "measures.json", "[0].horizon"),
            (.measures, #""helhetssyn""#, #""helhet""#, "measures.json", "[0].principles[0]"),
            (
                .measures, #""developmentArea": "mojligheter-att-utveckla""#,
                #""developmentArea": "mojligheter""#, "measures.json", "[0].developmentArea"
            ),
            (
                .measures, #""id": "granska-egen-detaljstyrning""#, #""id": "egen-problemanalys""#,
                "measures.json", "[1]"
            ),
            (
                .measures, #""id": "egen-problemanalys""#, #""id": "Egen problemanalys""#, "measures.json",
                "[0].id"
            ),
            (
                .principles, #""quote": "Sträva efter att som utgångspunkt välja att lita på""#,
                #""quote": " ""#,
                "principles.json", "[0].source.quote"
            ),
            (.principles, #""id": "tillit""#, #""id": "stod""#, "principles.json", "[0].id"),
            (
                .problemAreas, #""sv": "Bristande medborgarfokus""#, #""sv": """#, "problem-areas.json",
                "[0].title.sv"
            ),
            (
                .developmentAreas, #""section": "§3.4.1""#, #""section": """#, "development-areas.json",
                "[0].source.section"
            ),
        ])
    func malformed(
        file: File, old: String, new: String, name: String, path: String
    ) throws {
        let error = try #require(self.error(loading: try files(file, replacing: old, with: new)))
        #expect(error.file == name)
        #expect(error.path == path, "\(error)")
        #expect(
            !error.expected.sv.isEmpty && !error.expected.en.isEmpty && error.expected.sv != error.expected.en
        )
        #expect(error.message.sv.contains(name) && error.message.en.contains(path))
    }

    @Test("rejects a file that is not JSON, naming the file")
    func notJSON() {
        var broken = files
        broken.problemAreas = Array(broken.problemAreas.prefix(100))
        let error = self.error(loading: broken)
        #expect(error?.file == "problem-areas.json")
        #expect(error?.path == "")
    }

    @Test("never crashes on a mutated file: it loads, or names the file that is wrong", arguments: 0..<4)
    func mutated(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let names = ["principles.json", "problem-areas.json", "development-areas.json", "measures.json"]
        for _ in 0..<50 {
            var broken = files
            let file = File.allCases.randomElement(using: &random)!
            var bytes = broken[keyPath: file.keyPath]
            switch Int.random(in: 0..<3, using: &random) {
            case 0:  // flip a byte
                let index = Int.random(in: 0..<bytes.count, using: &random)
                bytes[index] = UInt8.random(in: 0...255, using: &random)
            case 1:  // cut the file short
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
            default:  // delete a range
                let start = Int.random(in: 0..<bytes.count, using: &random)
                let end = min(bytes.count, start + Int.random(in: 1...400, using: &random))
                bytes.removeSubrange(start..<end)
            }
            broken[keyPath: file.keyPath] = bytes
            if let error = error(loading: broken) {
                #expect(error.file == names[File.allCases.firstIndex(of: file)!], "\(error)")
            }
        }
    }

    @Test("rejects an empty catalogue of development areas as incomplete")
    func incomplete() {
        var broken = files
        broken.developmentAreas = Array("[]".utf8)
        let error = self.error(loading: broken)
        #expect(error?.file == "development-areas.json")
        #expect(error?.expected.sv.contains("betänkandets ordning: mojligheter-att-utveckla") == true)
        #expect(error?.message.en.contains("in the report's order") == true)
    }
}

@Suite("NationalSurvey.load checks the survey's data file")
struct NationalSurveyLoadingTests {
    let bytes = PackageResources.survey_2019_json

    func error(replacing old: String, with new: String) throws -> FrameworkContentError? {
        let text = String(decoding: bytes, as: UTF8.self)
        let range = try #require(text.range(of: old), "the data file has no \(old)")
        do {
            _ = try NationalSurvey.load(
                Array(text.replacingCharacters(in: range, with: new).utf8), file: "survey-2019.json")
            return nil
        } catch {
            return error
        }
    }

    @Test("loads the embedded file into the survey the comparison uses")
    func embedded() throws {
        #expect(try NationalSurvey.load(bytes, file: "survey-2019.json") == NationalSurvey.survey2019)
    }

    @Test(
        "rejects figures that do not add up, a repeated question and a missing segment, with the path",
        arguments: [
            (#""total": {"n": 199, "yes": 158"#, #""total": {"n": 199, "yes": 157"#, "questions[0].total"),
            (#""id": "q3""#, #""id": "q2""#, "questions[1].id"),
            (
                #"{"n": 26, "yes": 17, "no": 9, "yesPercent": 65}"#,
                #"{"n": 26, "yes": 17, "no": 9, "yesPercent": 650}"#,
                "questions[0].employees[0].count"
            ),
            (#""id": "q2", "number": 2"#, #""id": "q2", "number": "two""#, "questions[0].number"),
        ])
    func malformed(old: String, new: String, path: String) throws {
        let error = try #require(try error(replacing: old, with: new))
        #expect(error.file == "survey-2019.json")
        #expect(error.path == path, "\(error)")
    }
}
