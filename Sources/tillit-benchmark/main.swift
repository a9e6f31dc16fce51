// tillit-benchmark: times the core stages of a large import, for scripts/benchmark-import.sh.
//
// Usage: tillit-benchmark QUESTIONNAIRE.json SURVEY.csv [--group-column HEADER] [--foundation]
//
// Prints one `stage=seconds` line per stage: parse (the CSV alone), import (CSV to participants),
// importFile (CSV straight to the assessment file's bytes and the scorecard, as `tillit-assess import`
// does), write (the file written atomically with fsync, as `import` saves it), score (the scorecard
// with groups), stream (CSV straight to the scorecard, no respondent kept: the work a pandas script
// does), encode and decode (the assessment file; decode validates too, as `report` reads it), render
// (the report as JSON, as `report --format json` writes it), scoreFile (the written file read and
// scored row by row, the way `report` reads it now), and with --foundation the same file through
// plain JSONEncoder/JSONDecoder for comparison. Not a test: performance figures come from release builds.
import Foundation
import TillitCore

var arguments = Array(CommandLine.arguments.dropFirst())
let foundation = arguments.contains("--foundation")
arguments.removeAll { $0 == "--foundation" }
var groupColumn: String?
if let index = arguments.firstIndex(of: "--group-column"), index + 1 < arguments.count {
    groupColumn = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
guard arguments.count == 2 else {
    FileHandle.standardError.write(
        Data(
            "usage: tillit-benchmark QUESTIONNAIRE.json SURVEY.csv [--group-column HEADER] [--foundation]\n"
                .utf8))
    exit(64)
}

func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("\(stage)=\(String(format: "%.4f", seconds))")
    return result
}

do {
    let questionnaire = try QuestionnaireLoader.load(
        Data(contentsOf: URL(fileURLWithPath: arguments[0])), file: arguments[0])
    let records = try time("parse") {
        var records = 0
        try CSVReader(url: URL(fileURLWithPath: arguments[1])).read { _ in
            records += 1
            return true
        }
        return records
    }
    let imported = try time("import") {
        try SurveyImporter.read(
            CSVReader(url: URL(fileURLWithPath: arguments[1])), questionnaire: questionnaire,
            options: SurveyImportOptions(groupColumn: groupColumn))
    }
    let assessment = Assessment(
        organisation: "Benchmark", date: CalendarDate(year: 2026, month: 1, day: 1)!,
        questionnaire: questionnaire, participants: imported.participants)
    let file = try time("importFile") {
        var shell = assessment
        shell.participants = []
        return try SurveyImporter.encode(
            CSVReader(url: URL(fileURLWithPath: arguments[1])), into: shell,
            options: SurveyImportOptions(groupColumn: groupColumn))
    }
    let card = time("score") { Scorer().score(assessment) }
    let streamed = try time("stream") {
        try SurveyImporter.score(
            CSVReader(url: URL(fileURLWithPath: arguments[1])), questionnaire: questionnaire,
            options: SurveyImportOptions(groupColumn: groupColumn))
    }
    precondition(
        streamed == card, "scoring while streaming gave another scorecard than importing, then scoring")
    let data = time("encode") { AssessmentFile.encode(assessment) }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tillit-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try time("write") {
        try AtomicFile.write(file.data, to: directory.appendingPathComponent("b.tillit.json"))
    }
    let decoded = try time("decode") { try AssessmentFile.decode(data, file: "benchmark.tillit.json") }
    let (_, fileCard, _) = try time("scoreFile") {
        try Scorer().readScored(
            from: directory.appendingPathComponent("b.tillit.json"), file: "b.tillit.json")
    }
    precondition(fileCard == card, "scoring the file as it is read gave another scorecard")
    let report = time("render") {
        ReportRenderer(assessment: decoded, scorecard: card, language: .en, width: 80, useColor: false)
            .render(.json)
    }
    print("reportBytes=\(report.utf8.count)")
    precondition(decoded == assessment, "the assessment did not survive encoding and decoding")
    precondition(file.data == data, "importing into a file wrote other bytes than encoding the import")
    print("records=\(records)")
    print("participants=\(imported.participants.count)")
    print("items=\(questionnaire.items.count)")
    print("bytes=\(data.count)")
    print("principleIndex=\(card.principleIndex.map { String(format: "%.4f", $0) } ?? "-")")
    if foundation {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let plain = try time("foundationEncode") { try encoder.encode(assessment) }
        _ = try time("foundationDecode") { try JSONDecoder().decode(Assessment.self, from: plain) }
    }
} catch let error as any TillitError {
    FileHandle.standardError.write(Data((error.message.en + "\n").utf8))
    exit(65)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(74)
}
