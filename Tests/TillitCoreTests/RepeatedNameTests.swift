import Foundation
import Testing

@testable import TillitCore

/// A participant's name twice is refused by every read of an assessment file and by `merge`, in memory
/// that does not grow with the number of participants: the names go into a filter of fixed size
/// (``NameFilter``) that may wrongly say "perhaps seen", and every "perhaps" is confirmed by comparing the
/// names themselves. These tests attack both halves of that promise: a true repeat is always refused, in
/// the right place, however far apart the two names are; a suspect that is no repeat is never refused —
/// shown with a filter made so small that nearly every name is a suspect.
@Suite("A name twice, refused in memory that does not grow")
struct RepeatedNameTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 28)!
    /// A filter of one 64-byte block: after a few dozen names, every name is a suspect.
    static let tiny = 64

    /// Participants R00000, R00001, … with a few answers each.
    static func people(_ count: Int) -> [Participant] {
        (0..<count).map { index in
            let digits = String(index)
            return Participant(
                name: "R" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits,
                role: index % 3 == 0 ? "chef" : nil, answers: [index % 5 + 1, nil, 3])
        }
    }

    static func file(_ participants: [Participant], formatVersion: Int = 2) -> Data {
        AssessmentFile.encode(
            Assessment(
                organisation: "Myndigheten", date: date, questionnaire: .quick, participants: participants),
            formatVersion: formatVersion)
    }

    /// The line and column (from 1, in bytes) of the `occurrence`-th (from 1) `needle` in `data`.
    static func place(of needle: String, occurrence: Int = 1, in data: Data) -> (line: Int, column: Int) {
        let bytes = Array(data)
        let wanted = Array(needle.utf8)
        var seen = 0
        var line = 1
        var lineStart = 0
        for offset in bytes.indices {
            if Array(bytes[offset..<min(bytes.count, offset + wanted.count)]) == wanted {
                seen += 1
                if seen == occurrence { return (line, offset - lineStart + 1) }
            }
            if bytes[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
        }
        Issue.record("\(needle) not found \(occurrence) times")
        return (0, 0)
    }

    static func check(_ data: Data, filter: Int? = nil) -> JSONValidator.Problem? {
        do {
            try JSONValidator.check(data, assessment: true, nameFilterSize: filter)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - The filter

    @Test("the filter never says 'certainly not' for a name it holds, and a tiny one says 'perhaps' to all")
    func filterAnswers() {
        let standard = NameFilter()
        let tiny = NameFilter(byteCount: Self.tiny)
        for index in 0..<5_000 {
            let hash = ParticipantAppender.hash(key: "r\(index)")
            _ = standard.insert(hash)
            _ = tiny.insert(hash)
        }
        for index in 0..<5_000 {
            let hash = ParticipantAppender.hash(key: "r\(index)")
            #expect(standard.mightContain(hash))
            let new = standard.insert(hash)
            #expect(!new, "a second insert of \(index) said it was new")
        }
        // Never given, yet "perhaps" from the tiny filter: the tests below work with suspects everywhere.
        let strangers = (0..<100).map { ParticipantAppender.hash(key: "stranger \($0)") }
        #expect(strangers.allSatisfy { tiny.mightContain($0) })
        #expect(strangers.filter { standard.mightContain($0) }.isEmpty)
    }

    @Test("the filter is sized by the file: a workshop's pays a few hundred bytes, none more than 8 MB")
    func sizes() {
        let workshop = Self.file(Self.people(8)).count
        #expect(NameFilter.byteCount(forDocumentOf: workshop) < 1_024)
        #expect(NameFilter.byteCount(forDocumentOf: 7_600_000) == 950_000)
        #expect(NameFilter.byteCount(forDocumentOf: 64 << 20) == 8 << 20)
        #expect(NameFilter.byteCount(forDocumentOf: 5 << 30) == 8 << 20)
        #expect(NameFilter.byteCount(forDocumentOf: 0) == 64)
    }

    @Test("a million distinct names in the standard filter make next to no suspect")
    func fewSuspects() {
        let filter = NameFilter()
        var suspects = 0
        for index in 0..<1_000_000 {
            // FNV-1a of "R" and seven digits, as the pseudonyms of a survey are written.
            var hash: UInt64 = 14_695_981_039_346_656_037
            var rest = index
            hash = (hash ^ UInt64(UInt8(ascii: "R"))) &* 1_099_511_628_211
            for _ in 0..<7 {
                hash = (hash ^ UInt64(0x30 + rest % 10)) &* 1_099_511_628_211
                rest /= 10
            }
            if !filter.insert(hash) { suspects += 1 }
        }
        // About one in thirty is expected for a million; a handful would mean a poor spread of the bits.
        #expect(suspects <= 2)
    }

    // MARK: - Reading a file

    @Test(
        "a name repeated far apart, the first and last of 10,000 rows, is refused at the second, naming the first",
        arguments: [nil, tiny] as [Int?])
    func farApart(filter: Int?) throws {
        var people = Self.people(10_000)
        people[9_999].name = "R00000"
        let data = Self.file(people)
        let problem = try #require(Self.check(data, filter: filter))
        let first = Self.place(of: "[\"R00000\"", in: data)
        let second = Self.place(of: "[\"R00000\"", occurrence: 2, in: data)
        #expect(problem.line == second.line)
        #expect(problem.column == second.column + 1)
        #expect(problem.path == "participants[9999]")
        #expect(
            problem.reason.en
                == "the name \"R00000\" is already participants[0]'s (line \(first.line), column \(first.column + 1)); "
                + "every participant needs a name of their own")
        #expect(
            problem.reason.sv
                == "namnet \"R00000\" har redan participants[0] (rad \(first.line), kolumn \(first.column + 1)); "
                + "varje deltagare behöver ett eget namn")
        // The same through the reader of files and through scoring as the file is read (report, plan).
        #expect(throws: AssessmentError.self) { try AssessmentFile.decode(data, file: "a.json") }
        do {
            _ = try Scorer().scored(data, file: "a.json")
            Issue.record("scored a file with a name twice")
        } catch {
            guard case .malformedAt(_, let line, _, let path, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(line == second.line)
            #expect(path == "participants[9999]")
        }
    }

    @Test("5,000 distinct names, every one a suspect of the tiny filter, are all accepted")
    func noFalseRefusal() throws {
        // Out of order, so that every name goes through the filter (sorted names need none).
        let data = Self.file(Self.people(5_000).reversed())
        #expect(try JSONValidator.run(data, assessment: true, nameFilterSize: Self.tiny).filtered)
        #expect(Self.check(data, filter: Self.tiny) == nil)
        #expect(Self.check(data) == nil)
        #expect(try AssessmentFile.decode(data, file: "a.json").participants.count == 5_000)
    }

    @Test(
        "names that differ only in case are different names to a file, as they always were",
        arguments: [nil, tiny] as [Int?])
    func caseDiffers(filter: Int?) throws {
        var people = Self.people(300)
        people[0].name = "Anna"
        people[299].name = "anna"
        people[150].name = "ANNA"
        let data = Self.file(people)
        #expect(Self.check(data, filter: filter) == nil)
        #expect(try AssessmentFile.decode(data, file: "a.json").participants.map(\.name).contains("anna"))
    }

    @Test(
        "the same text written with an escape or with a decomposed letter is the same name",
        arguments: [nil, tiny] as [Int?])
    func sameText(filter: Int?) throws {
        var people = Self.people(200)
        people[10].name = "\u{C5}sa"
        people[190].name = "A\u{30A}sa"
        let composed = try #require(Self.check(Self.file(people), filter: filter))
        #expect(composed.path == "participants[190]")
        #expect(composed.reason.en.contains("is already participants[10]'s"))
        let text = String(decoding: Self.file(Self.people(200)), as: UTF8.self).replacingOccurrences(
            of: "[\"R00150\"", with: "[\"\\u005200020\"")
        let escaped = try #require(Self.check(Data(text.utf8), filter: filter))
        #expect(escaped.path == "participants[150]")
        #expect(escaped.reason.en.hasPrefix("the name \"\\u005200020\" is already participants[20]'s"))
    }

    @Test(
        "the first problem is the one reported: a repeat before damage, or damage before a repeat",
        arguments: [nil, tiny] as [Int?])
    func firstProblem(filter: Int?) throws {
        var people = Self.people(1_000)
        people[500].name = "R00002"
        let text = String(decoding: Self.file(people), as: UTF8.self)
        // Damage after the repeat, in the row of R00700: the repeat is the first problem.
        let after = text.replacingOccurrences(of: "[\"R00700\",", with: "[\"R00700\";")
        let repeatFirst = try #require(Self.check(Data(after.utf8), filter: filter))
        #expect(repeatFirst.path == "participants[500]")
        #expect(repeatFirst.reason.en.hasPrefix("the name \"R00002\" is already participants[2]'s"))
        // The repeat in the damaged row itself, before the damage: still the repeat.
        let second = try #require(text.range(of: "[\"R00002\",", options: .backwards))
        let inRow = text.replacingCharacters(in: second, with: "[\"R00002\";")
        let sameRow = try #require(Self.check(Data(inRow.utf8), filter: filter))
        #expect(sameRow.path == "participants[500]")
        #expect(sameRow.reason.en.hasPrefix("the name \"R00002\" is already participants[2]'s"))
        // Damage before the repeat, in the row of R00300: the damage is.
        let before = text.replacingOccurrences(of: "[\"R00300\",", with: "[\"R00300\";")
        let damageFirst = try #require(Self.check(Data(before.utf8), filter: filter))
        #expect(damageFirst.path == "participants[300]")
        #expect(damageFirst.reason.en.hasPrefix("expected , after the name"))
    }

    @Test("a version 1 file with a name twice, far apart, is still refused")
    func version1() throws {
        var people = Self.people(10_000)
        people[9_999].name = "R00000"
        let data = Self.file(people, formatVersion: 1)
        #expect(Self.check(data, filter: Self.tiny) == nil, "objects are checked by the validation after")
        #expect(throws: AssessmentError.self) { try AssessmentFile.decode(data, file: "old.json") }
        do {
            _ = try AssessmentFile.decode(data, file: "old.json")
        } catch {
            guard case .invalid(_, let issues) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(issues.map(\.path) == ["participants[9999].name"])
        }
    }

    // MARK: - Merge

    func response(_ name: String) -> ResponseFile {
        ResponseFile(
            questionnaire: .quick, participant: Participant(name: name, answers: [3, 4]), date: Self.date)
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(
        "merge on a saturated filter refuses 'Chef0 ' against 'chef0' and accepts a new name, in both formats",
        arguments: [1, 2])
    func mergeSaturated(formatVersion: Int) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.tillit.json")
        var people = Self.people(5_000)
        people[4_321].name = "chef0"
        try Self.file(people, formatVersion: formatVersion).write(to: url)
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        try store.appendParticipants(creating: nil, nameFilterSize: Self.tiny) { appender in
            #expect(throws: MergeError.duplicateParticipant(file: "c.json", name: "chef0")) {
                try appender.merge(response("Chef0 "), file: "c.json")
            }
            #expect(throws: MergeError.duplicateParticipant(file: "r.json", name: "R04999")) {
                try appender.merge(response("r04999"), file: "r.json")
            }
            try appender.merge(response("Chef1"), file: "n.json")
            try appender.merge(response("R05000"), file: "r5.json")
            #expect(throws: MergeError.duplicateParticipant(file: "n2.json", name: "Chef1")) {
                try appender.merge(response(" CHEF1"), file: "n2.json")
            }
        }
        let read = try AssessmentFile.read(from: url)
        #expect(read.formatVersion == 2)
        #expect(read.participants.count == 5_002)
        #expect(read.participants.suffix(2).map(\.name) == ["Chef1", "R05000"])
    }

    @Test("merge with the standard filter refuses a taken name among 10,000 and accepts new ones")
    func mergeStandard() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.tillit.json")
        try Self.file(Self.people(10_000)).write(to: url)
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        try store.appendParticipants { appender in
            #expect(throws: MergeError.duplicateParticipant(file: "x.json", name: "R09999")) {
                try appender.merge(response("  r09999"), file: "x.json")
            }
            for index in 10_000..<10_100 {
                try appender.merge(response("R\(index)"), file: "\(index).json")
            }
        }
        #expect(try AssessmentFile.read(from: url).participants.count == 10_100)
    }
}
