import Foundation
import Testing

@testable import TillitCore

/// A large file's latter half is read on a second thread (``CSVRecordTaker``). These tests cut files
/// of a few lines (``CSVReader/partMinimum`` 0, small chunks) and hold the result to reading in one pass.
@Suite("A file read in two parts at once reads as in one pass")
struct CSVPartTests {
    /// Every record as one pass reads it, and whether the second part was taken in.
    private struct Recorder: CSVRecordTaker {
        final class Part: CSVRecordPart, @unchecked Sendable {
            var records: [(line: Int, fields: [String])] = []
            func take(_ record: CSVRecord) -> Bool {
                records.append((record.line, record.fields))
                return true
            }
        }

        var records: [(line: Int, fields: [String])] = []
        var absorbed = false

        mutating func take(_ record: CSVRecord) -> Bool {
            records.append((record.line, record.fields))
            return true
        }

        func makePart(byteCount: Int) -> Part? { Part() }

        mutating func absorb(_ part: Part, lineOffset: Int) -> Bool {
            records += part.records.map { ($0.line + lineOffset, $0.fields) }
            absorbed = true
            return true
        }
    }

    private struct Read: Equatable {
        var lines: [Int]
        var fields: [[String]]
        var format: CSVReader.Format
    }

    /// The records of `data` read with the given smallest file to cut; the error if it is refused.
    private func read(_ data: Data, chunkSize: Int, partMinimum: Int) -> (Result<Read, ImportError>, Bool) {
        var reader = CSVReader(data: data, file: "f.csv", chunkSize: chunkSize)
        reader.partMinimum = partMinimum
        var recorder = Recorder()
        do throws(ImportError) {
            let format = try reader.read(into: &recorder)
            let read = Read(
                lines: recorder.records.map(\.line), fields: recorder.records.map(\.fields), format: format)
            return (.success(read), recorder.absorbed)
        } catch {
            return (.failure(error), recorder.absorbed)
        }
    }

    @Test("a plain file is cut, and its records, lines and format are those of one pass")
    func plainFileIsCut() {
        let lines = ["id;Roll;svar"] + (1...40).map { "\($0);chef;\($0 % 5 + 1)" }
        for ending in ["\n", "\r\n"] {
            let data = Data(("\u{FEFF}" + lines.joined(separator: ending) + ending).utf8)
            let (whole, _) = read(data, chunkSize: 64, partMinimum: .max)
            let (parts, absorbed) = read(data, chunkSize: 64, partMinimum: 0)
            #expect(absorbed)
            #expect(parts == whole)
            if case .success(let read) = parts { #expect(read.lines == Array(1...41)) }
        }
    }

    @Test(
        "random files — quotes over line breaks, blank lines, lone CRs, no final break — read as in one pass")
    func randomFiles() {
        var random = SeededGenerator(seed: 17)
        var cut = 0
        for _ in 0..<400 {
            var text = "id,namn,svar\n"
            for row in 0..<Int(random.next() % 30) {
                switch random.next() % 8 {
                case 0: text += "\(row),\"två\nrader, \"\"citat\"\"\",3\n"
                case 1: text += "\n"
                case 2: text += "\(row),ensam\rcr,4\r"
                case 3: text += "\(row),\"öppen\n\n\",5\r\n"
                case 4: text += "\(row),\",\",\"\"\n"
                default: text += "\(row),Åsa Öberg,\(row % 5)\r\n"
                }
            }
            if random.next() % 3 == 0 { text += "sist,utan,radslut" }
            if random.next() % 7 == 0 { text += ",\"aldrig stängd\n" }
            let data = Data(text.utf8)
            let chunk = Int(random.next() % 40) + 1
            let (whole, _) = read(data, chunkSize: chunk, partMinimum: .max)
            let (parts, absorbed) = read(data, chunkSize: chunk, partMinimum: 0)
            #expect(parts == whole, "\(text.debugDescription) in chunks of \(chunk)")
            if absorbed { cut += 1 }
        }
        // Most files are cut where a record starts; the rest were read on from the cut.
        #expect(cut > 100)
    }

    @Test("a cut inside a quoted field is noticed, and the file read on from the cut")
    func cutInsideQuotes() {
        let long = String(repeating: "rad\n", count: 50)
        let data = Data("id,text\n1,\"\(long)\"\n2,slut\n".utf8)
        let (whole, _) = read(data, chunkSize: 16, partMinimum: .max)
        let (parts, absorbed) = read(data, chunkSize: 16, partMinimum: 0)
        #expect(!absorbed)
        #expect(parts == whole)
    }

    @Test("Windows-1252 after a plain ASCII first half is still detected for the whole file")
    func windows1252InSecondHalf() throws {
        var bytes = Array("id,namn\n".utf8)
        for row in 0..<30 { bytes += Array("\(row),Asa\n".utf8) }
        bytes += [0x39, 0x2C, 0xC5, 0x73, 0x61, 0x0A]  // "9,Åsa" in Windows-1252
        let (whole, _) = read(Data(bytes), chunkSize: 32, partMinimum: .max)
        let (parts, absorbed) = read(Data(bytes), chunkSize: 32, partMinimum: 0)
        #expect(!absorbed)
        #expect(parts == whole)
        let format = try whole.get().format
        #expect(format.encoding == .windows1252)
    }

    @Test("a malformed character after UTF-8 letters is refused at its line, cut or not")
    func malformedInSecondHalf() {
        var bytes = Array("id,namn\n1,Åsa\n".utf8)
        for row in 0..<30 { bytes += Array("\(row),Bo\n".utf8) }
        bytes += [0x39, 0x2C, 0xED, 0xA0, 0x80, 0x0A]
        let (whole, _) = read(Data(bytes), chunkSize: 32, partMinimum: .max)
        let (parts, _) = read(Data(bytes), chunkSize: 32, partMinimum: 0)
        #expect(parts == whole)
        guard case .failure(.encoding(_, let line, _, _, _)) = parts else {
            Issue.record("expected an encoding error, got \(parts)")
            return
        }
        #expect(line == 33)
    }

    // MARK: - The import

    private static let questionnaire: Questionnaire = {
        var three = Questionnaire.quick
        three.id = "tre"
        three.items = Array(three.items.prefix(3))
        return three
    }()

    private struct Imported: Equatable {
        var data: Data
        var respondents: Int
        var format: CSVReader.Format
        var skippedLines: [Int]
        var skippedIssues: [ImportRowIssue]
        var emptyLines: [Int]
        var scorecard: Scorecard
    }

    private func importing(
        _ text: String, options: SurveyImportOptions, partMinimum: Int
    ) -> Result<Imported, ImportError> {
        importing(bytes: Array(text.utf8), options: options, partMinimum: partMinimum)
    }

    private func importing(
        bytes: [UInt8], options: SurveyImportOptions, partMinimum: Int
    ) -> Result<Imported, ImportError> {
        var reader = CSVReader(data: Data(bytes), file: "s.csv", chunkSize: 48)
        reader.partMinimum = partMinimum
        let shell = Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 11, day: 28)!,
            questionnaire: Self.questionnaire, participants: [])
        do throws(ImportError) {
            let file = try SurveyImporter.encode(reader, into: shell, options: options)
            return .success(
                Imported(
                    data: file.data, respondents: file.respondents, format: file.format,
                    skippedLines: file.skippedLines, skippedIssues: file.skippedIssues,
                    emptyLines: file.emptyLines, scorecard: file.scorecard))
        } catch {
            return .failure(error)
        }
    }

    @Test(
        "imports cut in two write the same file: groups new in the second half, long group names, rows without answers, bad rows"
    )
    func importsMatch() {
        let ids = Self.questionnaire.items.map(\.id)
        let header = "Roll;" + ids.joined(separator: ";")
        var random = SeededGenerator(seed: 5)
        let groups = ["chef", "stab", "Enhetschefer region Syd och Nord", "", "ny grupp"]
        for round in 0..<150 {
            var lines = [header]
            let count = Int(random.next() % 40) + 2
            for row in 0..<count {
                // New groups turn up late; now and then a row without answers or with a bad answer.
                let group = groups[Int(random.next() % UInt64(row < count / 2 ? 3 : 5))]
                switch random.next() % 20 {
                case 0: lines.append("\(group);;;")
                case 1 where round % 3 == 0: lines.append("\(group);9;1;1")
                case 2 where round % 5 == 0: lines.append("\(group);1;1")
                case 3: lines.append("\(group);Vet ej;\"4\";2")
                default:
                    lines.append(
                        "\(group);\(random.next() % 5 + 1);\(random.next() % 5 + 1);\(random.next() % 5 + 1)")
                }
            }
            let text = lines.joined(separator: round % 2 == 0 ? "\n" : "\r\n") + "\n"
            for skip in [false, true] {
                let options = SurveyImportOptions(groupColumn: "Roll", skipInvalidRows: skip)
                let whole = importing(text, options: options, partMinimum: .max)
                let parts = importing(text, options: options, partMinimum: 0)
                #expect(parts == whole, "\(text.debugDescription), skipping: \(skip)")
            }
        }
    }

    @Test(
        "hostile bytes anywhere — quotes, line breaks, NUL, broken UTF-8, Windows-1252 — import as in one pass"
    )
    func mutatedFiles() {
        let ids = Self.questionnaire.items.map(\.id)
        var lines = ["Roll;" + ids.joined(separator: ";")]
        lines += (0..<60).map { "grupp \($0 % 4);\($0 % 5 + 1);\($0 % 3 + 1);Vet ej" }
        let valid = Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        let hostile: [[UInt8]] = [
            [0x22], [0x0A], [0x0D], [0x00], [0xE4], [0xED, 0xA0, 0x80], [0xC3, 0xA5], [0x3B],
        ]
        var random = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            var bytes = valid
            for _ in 0..<Int(random.next() % 3 + 1) {
                let place = Int(random.next() % UInt64(bytes.count))
                let insert = hostile[Int(random.next() % UInt64(hostile.count))]
                bytes.replaceSubrange(place..<(place + (random.next() % 2 == 0 ? 0 : 1)), with: insert)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            for skip in [false, true] {
                let options = SurveyImportOptions(groupColumn: "Roll", skipInvalidRows: skip)
                let whole = importing(bytes: bytes, options: options, partMinimum: .max)
                let parts = importing(bytes: bytes, options: options, partMinimum: 0)
                #expect(parts == whole, "\(text.debugDescription), skipping: \(skip)")
            }
        }
    }

    @Test("a group column of e-mail addresses is refused the same when the addresses are in the second half")
    func identifyingGroupsInSecondHalf() {
        let ids = Self.questionnaire.items.map(\.id)
        var lines = ["Roll;" + ids.joined(separator: ";")]
        lines += (0..<20).map { _ in "chef;1;2;3" }
        lines += (0..<20).map { "person\($0)@myndigheten.se;1;2;3" }
        let text = lines.joined(separator: "\n") + "\n"
        let options = SurveyImportOptions(groupColumn: "Roll")
        let whole = importing(text, options: options, partMinimum: .max)
        let parts = importing(text, options: options, partMinimum: 0)
        #expect(parts == whole)
        guard case .failure(.columns(_, let problems)) = parts else {
            Issue.record("expected the group column refused, got \(parts)")
            return
        }
        #expect(problems == [.identifyingGroupColumn(header: "Roll", kind: .email)])
    }
}

@Suite("An import handed on as it is made writes the same file")
struct StreamedImportTests {
    /// A survey of `rows` respondents to the quick questionnaire, some rows without answers.
    private func survey(rows: Int) -> Data {
        let ids = Questionnaire.quick.items.map(\.id)
        var text = "Roll;" + ids.joined(separator: ";") + "\n"
        var random = SeededGenerator(seed: 3)
        for row in 0..<rows {
            let group = ["chef", "stab", "medarbetare"][row % 3]
            let answers = ids.map { _ in random.next() % 9 == 0 ? "Vet ej" : "\(random.next() % 5 + 1)" }
            text +=
                group + ";"
                + (row % 500 == 7 ? Array(repeating: "", count: ids.count) : answers)
                .joined(separator: ";") + "\n"
        }
        return Data(text.utf8)
    }

    private func shell() -> Assessment {
        Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 11, day: 28)!,
            questionnaire: .quick, participants: [])
    }

    @Test("handed on in pieces, in two parts or one, the bytes are those held whole")
    func sameBytes() throws {
        let data = survey(rows: 70_000)
        let options = SurveyImportOptions(groupColumn: "Roll")
        let whole = try SurveyImporter.encode(
            CSVReader(data: data, file: "s.csv"), into: shell(), options: options)
        for partMinimum in [0, Int.max] {
            var reader = CSVReader(data: data, file: "s.csv")
            reader.partMinimum = partMinimum
            var pieces: [Int] = []
            var streamed = Data()
            let result = try SurveyImporter.encode(
                reader, into: shell(), options: options,
                writing: { bytes in
                    pieces.append(bytes.count)
                    streamed.append(contentsOf: bytes)
                    return true
                })
            #expect(streamed == whole.data)
            #expect(result.data.isEmpty)
            #expect(pieces.count > 1)
            #expect(result.respondents == whole.respondents)
            #expect(result.emptyLines == whole.emptyLines)
            #expect(result.scorecard == whole.scorecard)
        }
    }

    @Test("once the writer takes no more, nothing more is handed to it and the import still ends")
    func writerFull() throws {
        var calls = 0
        let result = try SurveyImporter.encode(
            CSVReader(data: survey(rows: 60_000), file: "s.csv"), into: shell(),
            options: SurveyImportOptions(groupColumn: "Roll"),
            writing: { _ in
                calls += 1
                return false
            })
        #expect(calls == 1)
        #expect(result.respondents > 0)
    }
}
