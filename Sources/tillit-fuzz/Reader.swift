import Foundation
import TillitCore

/// One reader under test: a name, valid seed inputs, and the function that reads bytes.
///
/// `read` must return normally or throw an error conforming to ``TillitError``; anything else — a crash,
/// a hang, an untyped error, a stray temporary file — is a failure.
struct Reader {
    var name: String
    var seeds: [[UInt8]]
    var read: (Data) throws -> Void

    /// Every reader in TillitCore that takes bytes from outside.
    static func all(in folder: URL) -> [Reader] {
        var generator = SeededGenerator(seed: 42)
        let assessment = sampleAssessment(using: &generator)
        let assessmentJSON = [UInt8](AssessmentFile.encode(assessment))
        // Format version 1 (participants as objects), still read: what JSONEncoder makes of it.
        var version1 = assessment
        version1.formatVersion = 1
        let version1JSON = [UInt8](try! JSONEncoder().encode(version1))
        let questionnaireJSON = [UInt8](try! JSONEncoder().encode(Questionnaire.quick))
        let mappingSeed = Array(#"{ "Fråga 1": "q-tillit", "Q2": "q-stod" }"#.utf8)
        let responseJSON = [UInt8](
            ResponseFile.encode(
                ResponseFile(
                    questionnaire: .quick,
                    participant: Participant(
                        name: "Ny deltagare", role: "chefer", answers: assessment.participants[0].answers),
                    date: assessment.date)))
        return [
            Reader(name: "assessment", seeds: [assessmentJSON, version1JSON]) { data in
                // Scoring as the file is read (report, plan) must accept exactly what reading it whole
                // accepts, and give the same scores and roster.
                let input = folder.appendingPathComponent("input.tillit.json")
                try data.write(to: input)
                let streamed = Result { try Scorer().readScored(from: input, file: "fuzz.tillit.json") }
                let decoded: Assessment
                do {
                    decoded = try AssessmentFile.decode(data, file: "fuzz.tillit.json")
                } catch {
                    if case .success = streamed {
                        throw FuzzFailure.streaming("scored a file that does not read")
                    }
                    throw error
                }
                guard case .success(let (_, scorecard, roster)) = streamed else {
                    throw FuzzFailure.streaming("refused a file that reads")
                }
                guard scorecard == Scorer().score(decoded), roster == Roster(decoded.participants) else {
                    throw FuzzFailure.streaming("scored otherwise than reading the file whole")
                }
                // What reads must also write and read back the same, atomically.
                let url = folder.appendingPathComponent("roundtrip.tillit.json")
                try AssessmentFile.write(decoded, to: url)
                guard try AssessmentFile.read(from: url) == decoded else {
                    throw FuzzFailure.roundTrip
                }
            },
            Reader(name: "file system", seeds: [assessmentJSON]) { data in
                try FileSituation.run(data, in: folder, creating: assessment)
            },
            Reader(name: "questionnaire", seeds: [questionnaireJSON]) { data in
                _ = try QuestionnaireLoader.load(data, file: "fuzz.json")
            },
            Reader(name: "response", seeds: [responseJSON]) { data in
                // A response that reads must also merge or be refused with a typed error.
                let response = try ResponseFile.decode(data, file: "fuzz.response.json")
                var target = assessment
                try target.merge(response, file: "fuzz.response.json")
            },
            Reader(name: "survey CSV", seeds: surveySeeds()) { data in
                // Small chunks, so that mutations land on chunk boundaries too.
                _ = try SurveyImporter.read(
                    CSVReader(data: data, file: "fuzz.csv", chunkSize: 64), questionnaire: .quick,
                    options: SurveyImportOptions(groupColumn: "Roll", skipInvalidRows: data.count % 2 == 0))
            },
            Reader(name: "survey xlsx", seeds: [WorkbookSeed.bytes, WorkbookSeed.stored]) { data in
                _ = try SurveyImporter.read(
                    XLSXReader(data: data, file: "fuzz.xlsx"), questionnaire: .quick,
                    options: SurveyImportOptions(groupColumn: "Roll", skipInvalidRows: data.count % 2 == 0))
            },
            Reader(name: "column mapping", seeds: [mappingSeed]) { data in
                _ = try SurveyMapping.load(data, file: "fuzz.json", questionnaire: .quick)
            },
        ]
    }

    /// Survey exports as tools write them: semicolons with a BOM, Swedish labels and a quoted comment
    /// with a line break; commas with English labels; UTF-16 with tabs.
    static func surveySeeds() -> [[UInt8]] {
        let items = Questionnaire.quick.items
        let swedish = (["Roll", "Kommentar"] + items.map { "\"\($0.text.sv)\"" }).joined(separator: ";")
        let labels = ["1", "Stämmer helt", "", "Vet ej"]
        let rows = [
            "chefer;\"Bra,\r\nmen \"\"kort\"\"\";"
                + items.indices.map { labels[$0 % 4] }.joined(separator: ";"),
            "medarbetare;;" + items.indices.map { String($0 % 5 + 1) }.joined(separator: ";"),
        ]
        let semicolon: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array((([swedish] + rows).joined(separator: "\r\n") + "\r\n").utf8)
        let english =
            (["Roll"] + items.map(\.id)).joined(separator: ",") + "\n"
            + (["ledning"] + items.indices.map { ["strongly agree", "Disagree", "Don't know"][$0 % 3] })
            .joined(separator: ",") + "\n"
        let tabs =
            (["Roll"] + items.map(\.id)).joined(separator: "\t") + "\n"
            + (["chefer"] + items.map { _ in "3" }).joined(separator: "\t") + "\n"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in tabs.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        // Swedish Excel's CSV: a sep= line and Windows-1252 (å is E5).
        let excel: [UInt8] =
            Array("sep=;\r\nRoll;".utf8) + [0xE5] + Array(";".utf8)
            + Array((items.map(\.id).joined(separator: ";") + "\r\nchefer;x;").utf8)
            + Array((items.map { _ in "4" }.joined(separator: ";") + "\r\n").utf8)
        return [semicolon, Array(english.utf8), utf16, excel]
    }

    /// A realistic assessment: the quick questionnaire, six participants in two roles, consensus and a plan.
    static func sampleAssessment(using generator: inout SeededGenerator) -> Assessment {
        var assessment = Assessment(
            organisation: "Fuzzmyndigheten", unit: "Ledningsgruppen",
            date: CalendarDate(year: 2026, month: 11, day: 23)!,
            facilitator: "Facilitator", questionnaire: .quick)
        for index in 0..<6 {
            var participant = Participant(name: "P\(index)", role: index < 3 ? "ledningsgrupp" : "chefer")
            participant.answers = Questionnaire.quick.items.map { _ in
                Bool.random(using: &generator) ? nil : Int.random(in: 1...5, using: &generator)
            }
            assessment.participants.append(participant)
        }
        assessment.consensus = [
            Consensus(principle: .tillit, score: 3, target: 4, note: "Vi litar på varandra")
        ]
        assessment.plan = DevelopmentPlan(
            focusPrinciples: [.tillit],
            actions: [Action(id: "A1", principle: .tillit, what: "Pröva", owner: "Ledningsgruppen")],
            followUpDate: CalendarDate(year: 2027, month: 5, day: 23)!)
        return assessment
    }
}

/// A fuzz case that ended neither in success nor in a typed error.
enum FuzzFailure: Error {
    case roundTrip
    /// Scoring a file as it is read disagreed with reading it whole.
    case streaming(String)
    /// A file-system promise broken after an edit that reported success.
    case fileSystem(String)
}
