import Foundation
import Testing

@testable import TillitCore

/// A large assessment's later rows are checked on a second thread while the first checks up to them
/// (``RowsHalf``), and taken as read only when they follow in order. These tests try to make the split
/// change anything: where it lands (not in the participants, in an array after them, before the last row,
/// in a file of objects), a name repeated across it, damage after it, an error after the participants,
/// and random documents — each checked split and unsplit must give the same result, the same error at
/// the same line, column and path, and the same rows to the visitor in the same order.
@Suite("The participants checked on two threads")
struct SplitCheckTests {
    static func row(_ name: String, _ group: String = "0", _ answers: String = "123-4") -> String {
        "[\"\(name)\",\(group),\"\(answers)\"]"
    }

    static func names(_ range: Range<Int>) -> [String] { range.map { "R" + String(10_000 + $0) } }

    /// An assessment as the check sees it: rows on lines of their own, then more of the document.
    static func document(_ rows: [String], after: String = ",\n  \"questionnaire\" : {\"items\" : [1, 2]}")
        -> String
    {
        "{\n  \"formatVersion\" : 2,\n  \"participants\" : [\n"
            + rows.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]" + after + "\n}\n"
    }

    /// Where to look for the split so that it lands on the line of the row named `name`.
    static func split(before name: String, in text: String) -> JSONValidator.Split {
        let range = text.range(of: "\n    [\"\(name)\"")!
        return .from(text.utf8.distance(from: text.startIndex, to: range.lowerBound))
    }

    /// What a check gives: its pass (without how many rows were read apart) or its problem, and the rows
    /// its visitor was handed, in order.
    struct Outcome: Equatable {
        var result: Result<JSONValidator.Pass, JSONValidator.Problem>
        var rows: [String]
        var rowsApart: Int
    }

    static func check(_ text: String, split: JSONValidator.Split) -> Outcome {
        var rows: [String] = []
        func describe(_ row: JSONValidator.Row) -> String {
            String(decoding: row.name, as: UTF8.self) + "|\(row.group ?? -1)|"
                + String(decoding: row.answers, as: UTF8.self)
        }
        // The rows merged from the second thread's part: how many were taken as read, even when the
        // check then fails.
        var apart = 0
        let visitor = RowVisitor(visit: { rows.append(describe($0)) }) {
            var part: [String] = []
            return (
                { part.append(describe($0)) },
                {
                    rows += part
                    apart += part.count
                }
            )
        }
        let result = Result { () throws(JSONValidator.Problem) -> JSONValidator.Pass in
            var pass = try JSONValidator.run(
                Data(text.utf8), assessment: true, split: split, visitor: visitor)
            #expect(pass.rowsApart == apart)
            pass.rowsApart = 0
            return pass
        }
        return Outcome(result: result, rows: rows, rowsApart: apart)
    }

    /// Checks `text` split as given and not at all; expects the same outcome and returns the split one.
    @discardableResult
    static func same(
        _ text: String, split: JSONValidator.Split, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome {
        let split = check(text, split: split)
        let whole = check(text, split: .never)
        #expect(whole.rowsApart == 0, sourceLocation: sourceLocation)
        #expect(split.result == whole.result, sourceLocation: sourceLocation)
        #expect(split.rows == whole.rows, sourceLocation: sourceLocation)
        return split
    }

    @Test("sorted rows split in the middle are taken as read, with the same rows in the same order")
    func taken() throws {
        let text = Self.document(Self.names(0..<1_000).map { Self.row($0) })
        let outcome = Self.same(text, split: Self.split(before: "R10500", in: text))
        #expect(outcome.rowsApart == 500)
        #expect(outcome.rows.count == 1_000)
        #expect(try outcome.result.get().range != nil)
    }

    @Test("a split before the last row, or before the second, is taken; one before the first is not")
    func edges() {
        let rows = Self.names(0..<50).map { Self.row($0) }
        let text = Self.document(rows)
        #expect(Self.same(text, split: Self.split(before: "R10049", in: text)).rowsApart == 1)
        #expect(Self.same(text, split: Self.split(before: "R10001", in: text)).rowsApart == 49)
        #expect(Self.same(text, split: Self.split(before: "R10000", in: text)).rowsApart == 0)
        // Right before the closing ]: no row starts a line after it, so there is no half.
        let closing = text.utf8.distance(from: text.startIndex, to: text.range(of: "\n  ]")!.lowerBound)
        #expect(Self.same(text, split: .from(closing)).rowsApart == 0)
        #expect(Self.same(Self.document([Self.row("a")]), split: .from(0)).rowsApart == 0)
    }

    @Test(
        "a split that lands in an array of rows after the participants, or in a file of objects, changes nothing"
    )
    func elsewhere() throws {
        let rows = Self.names(0..<20).map { Self.row($0) }
        let plan = Self.names(100..<110).map { "    " + Self.row($0) }.joined(separator: ",\n")
        let text = Self.document(rows, after: ",\n  \"plan\" : [\n\(plan)\n  ]")
        #expect(Self.same(text, split: Self.split(before: "R10105", in: text)).rowsApart == 0)
        // The same array after the participants, with damage after it.
        let damaged = Self.document(rows, after: ",\n  \"plan\" : [\n\(plan)\n  ], x")
        #expect(Self.same(damaged, split: Self.split(before: "R10105", in: damaged)).rowsApart == 0)
        // Objects (format version 1).
        let objects = (0..<30).map { "{\"name\" : \"R\($0)\", \"answers\" : [1, 2]}" }
        let old = Self.document(objects)
        for offset in stride(from: 0, to: old.utf8.count, by: 97) {
            #expect(Self.same(old, split: .from(offset)).rowsApart == 0)
        }
    }

    @Test("a name repeated across the split is refused exactly as when read in order")
    func repeatAcross() throws {
        // The second half sorted in itself but starting below where the first ended.
        let overlapping = Self.names(0..<500) + Self.names(400..<800)
        let text = Self.document(overlapping.map { Self.row($0) })
        let outcome = Self.same(
            text, split: Self.split(before: "R10400\",0,\"123-4\"],\n    [\"R10401", in: text))
        guard case .failure(let problem) = outcome.result else {
            Issue.record("a repeated name was accepted")
            return
        }
        #expect(problem.path == "participants[500]")
        #expect(problem.reason.en.hasPrefix("the name \"R10400\" is already participants[400]'s"))
        // The first half's name again, deep in the second half, which is then out of order.
        var names = Self.names(0..<1_000)
        names[900] = names[7]
        let late = Self.document(names.map { Self.row($0) })
        let second = Self.same(late, split: Self.split(before: "R10500", in: late))
        guard case .failure(let lateProblem) = second.result else {
            Issue.record("a repeated name was accepted")
            return
        }
        #expect(lateProblem.path == "participants[900]")
        #expect(lateProblem.line == 904)
        // Repeated on both sides of the split, right at it.
        var edge = Self.names(0..<100)
        edge[50] = edge[49]
        let atSplit = Self.document(edge.map { Self.row($0) })
        let at = Self.same(
            atSplit, split: Self.split(before: "R10049\",0,\"123-4\"],\n    [\"R10051", in: atSplit))
        guard case .failure(let atProblem) = at.result else {
            Issue.record("a repeated name was accepted")
            return
        }
        #expect(atProblem.path == "participants[50]")
    }

    @Test(
        "a bad answer, a missing comma or a bad name in the second half gives the error of the pass in order")
    func damageAfterSplit() {
        let rows = Self.names(0..<200).map { Self.row($0) }
        let text = Self.document(rows)
        let split = Self.split(before: "R10100", in: text)
        for (wrong, right) in [
            ("\"R10150\",0,\"123-4\"", "\"R10150\",0,\"12x-4\""),
            ("\"R10150\",0,\"123-4\"],", "\"R10150\",0,\"123-4\"]"),
            ("\"R10150\",0", "\"R10150\",1.5"),
            ("\"R10199\",0,\"123-4\"]", "\"R10199\",0,\"123-4\"],"),
            ("\"R10150\"", "\"R1015\\u0030\""),
            ("\"R10150\"", "\"\\u00c5\""),
        ] {
            let damaged = text.replacingOccurrences(of: wrong, with: right)
            #expect(damaged != text)
            let outcome = Self.same(damaged, split: split)
            #expect(outcome.rowsApart == 0)
        }
    }

    @Test("an error after the participants is placed at the same line and column when their rows were split")
    func placesAfter() throws {
        let rows = Self.names(0..<300).map { Self.row($0) }
        for after in [
            ",\n  \"questionnaire\" : {\"items\" : [1, 2,]}", "  x", ",\n\n  \"a\" : 1,\n  \"a\" : 2",
            ",\n  \"b\" : tru",
            " ,\r\n  \"c\" : \"\u{1}\"",
        ] {
            let text = Self.document(rows, after: after)
            let outcome = Self.same(text, split: Self.split(before: "R10150", in: text))
            #expect(outcome.rowsApart == 150)
            guard case .failure(let problem) = outcome.result else {
                Issue.record("no error in \(after)")
                continue
            }
            #expect(problem.line >= 304)
        }
    }

    @Test("random documents, checked split anywhere and unsplit, give the same result")
    func random() {
        var generator = SeededGenerator(seed: 2_026)
        let spaces = ["", " ", "  ", "\n", "\n    ", "\n    ", "\r\n  ", "\t"]
        var taken = 0
        for _ in 0..<400 {
            let count = Int.random(in: 1...30, using: &generator)
            var names = Self.names(0..<count)
            if Int.random(in: 0..<4, using: &generator) == 0 {
                names[Int.random(in: 0..<count, using: &generator)] = names.randomElement(using: &generator)!
            }
            if Int.random(in: 0..<6, using: &generator) == 0 { names.shuffle(using: &generator) }
            var rows = names.map { name in
                Self.row(
                    name, ["0", "1", "null", "12"].randomElement(using: &generator)!,
                    String(
                        (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                            "12345-".randomElement(using: &generator)!
                        }))
            }
            // Now and then damage: a bad answer, a missing bracket, white space inside a row.
            if Int.random(in: 0..<4, using: &generator) == 0 {
                let at = Int.random(in: 0..<count, using: &generator)
                rows[at] = [
                    rows[at].replacingOccurrences(of: ",\"", with: ",\"x"),
                    String(rows[at].dropLast()),
                    rows[at].replacingOccurrences(of: ",", with: " ,\n "),
                    "{\"name\" : \"x\"}",
                ].randomElement(using: &generator)!
            }
            var body = ""
            for (index, row) in rows.enumerated() {
                body += (index == 0 ? "" : "," + spaces.randomElement(using: &generator)!) + row
            }
            let separator =
                Bool.random(using: &generator) ? "\n    " : spaces.randomElement(using: &generator)!
            let text =
                "{\"formatVersion\" : 2, \"participants\" : [" + separator
                + body + "\n  ]"
                + [",\n  \"q\" : [1]", " , \"q\" : [1,]", "", ",\n  \"participants\" : []"].randomElement(
                    using: &generator)!
                + "\n}"
            let offset = Int.random(in: 0..<max(1, text.utf8.count), using: &generator)
            if Self.same(text, split: .from(offset)).rowsApart > 0 { taken += 1 }
        }
        // Enough of the splits were taken for the comparison to mean something.
        #expect(taken >= 40)
    }

    @Test("every byte at every place of a row's answers, read eight at a time, is judged as one at a time")
    func answerBytes() throws {
        let length = 19
        for place in 0..<length {
            for value in 0...255 {
                let byte = UInt8(value)
                var answers = [UInt8](repeating: UInt8(ascii: "2"), count: length)
                answers[place] = byte
                var data = Data("{\"participants\" : [\n    [\"a\",0,\"".utf8)
                data.append(contentsOf: answers)
                data.append(contentsOf: "\"]\n  ]}".utf8)
                let problem: JSONValidator.Problem?
                do {
                    try JSONValidator.check(data, assessment: true)
                    problem = nil
                } catch {
                    problem = error
                }
                if byte &- 0x30 < 10 || byte == UInt8(ascii: "-") {
                    #expect(problem == nil, "byte \(value) at \(place)")
                } else if byte == UInt8(ascii: "\"") {
                    #expect(problem?.reason.en.hasPrefix("expected ] after the answers") == true)
                } else {
                    #expect(
                        problem?.reason.en.hasPrefix("answer \(place + 1) is ") == true,
                        "byte \(value) at \(place)")
                    #expect(problem?.line == 2)
                    #expect(problem?.column == 13 + place)
                }
            }
        }
    }

    @Test("two tallies of the rows before and after a split, appended, count what one tally of all counts")
    func tallyAppend() throws {
        let questionnaire = Questionnaire.quick
        var rows: [(name: String, group: Int?, answers: String)] = []
        for index in 0..<200 {
            rows.append(
                (
                    "P\(index)", index % 4 == 0 ? nil : index % 3,
                    String(String(repeating: "12-45", count: index % 3 + 1).prefix(questionnaire.items.count))
                ))
        }
        func tally(_ part: ArraySlice<(name: String, group: Int?, answers: String)>) -> RowTally {
            var tally = RowTally()
            for row in part {
                let name = Array(row.name.utf8)
                let answers = Array(row.answers.utf8)
                name.withUnsafeBufferPointer { name in
                    answers.withUnsafeBufferPointer { answers in
                        tally.add(JSONValidator.Row(name: name, group: row.group, answers: answers))
                    }
                }
            }
            return tally
        }
        let groups = ["chef", "medarbetare", "stab"]
        let whole = try #require(tally(rows[...]).tally(questionnaire: questionnaire, groups: groups))
        for cut in [0, 1, 30, 199, 200] {
            var first = tally(rows[..<cut])
            first.append(tally(rows[cut...]))
            let appended = try #require(first.tally(questionnaire: questionnaire, groups: groups))
            #expect(appended.roster == whole.roster)
            #expect(
                appended.tally.scorecard(Scorer(), consensus: [])
                    == whole.tally.scorecard(Scorer(), consensus: []))
        }
    }

    @Test("a mapped file of 10 MB, whose pages both threads hand back as they go, scores as when read whole")
    func mappedFile() throws {
        let questionnaire = Questionnaire.quick
        let answers = String(repeating: "12345", count: questionnaire.items.count / 5 + 1)
            .prefix(questionnaire.items.count)
        let small = String(decoding: RepeatedNameTests.file(RepeatedNameTests.people(1)), as: UTF8.self)
        let row = try #require(small.range(of: "[\"R00000\",0,\"1-3\"]"))
        var rows: [UInt8] = []
        rows.reserveCapacity(11 << 20)
        for index in 0..<300_000 {
            rows += Array(
                "[\"R\(1_000_000 + index)\",\(index % 2 == 0 ? "0" : "null"),\"\(answers)\"],\n    ".utf8)
        }
        rows.removeLast(",\n    ".utf8.count)
        var data = Data(small[..<row.lowerBound].utf8)
        data.append(contentsOf: rows)
        data.append(contentsOf: small[row.upperBound...].utf8)
        #expect(data.count > 10 << 20)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tillit-\(UUID().uuidString).json")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try FileBytes.load(url, file: "a.json").mapped)
        let scored = try Scorer().readScored(from: url, file: "a.json")
        #expect(scored.roster.count == 300_000)
        #expect(scored.scorecard == Scorer().score(try AssessmentFile.decode(data, file: "a.json")))
    }

    @Test("a file of more than a megabyte is split by itself, and scores as the whole assessment does")
    func automatic() throws {
        var people: [Participant] = []
        for index in 0..<60_000 {
            people.append(
                Participant(
                    name: "R" + String(100_000 + index), role: index % 3 == 0 ? "chef" : nil,
                    answers: [index % 5 + 1, nil, 3, 4, index % 4 + 1]))
        }
        let data = RepeatedNameTests.file(people)
        #expect(data.count >= JSONValidator.splitSize)
        let pass = try JSONValidator.run(data, assessment: true)
        #expect(pass.rowsApart > 20_000)
        #expect(!pass.filtered)
        let scored = try Scorer().scored(data, file: "a.json")
        let decoded = try AssessmentFile.decode(data, file: "a.json")
        #expect(scored.roster.count == 60_000)
        #expect(scored.scorecard == Scorer().score(decoded))
        // Damage in the first row, or names out of order early on: the second thread is told to stop, and
        // the outcome is that of one pass in order.
        let text = String(decoding: data, as: UTF8.self)
        for (wrong, right) in [("[\"R100000\",0,", "[\"R100000\",0;"), ("[\"R100001\",", "[\"R000001\",")] {
            let damaged = Data(text.replacingOccurrences(of: wrong, with: right).utf8)
            var outcomes: [String] = []
            for split in [JSONValidator.Split.automatic, .never] {
                do {
                    let pass = try JSONValidator.run(damaged, assessment: true, split: split)
                    outcomes.append("\(pass.shape) \(String(describing: pass.range)) \(pass.rowsApart)")
                } catch {
                    outcomes.append("\(error)")
                }
            }
            #expect(outcomes.count == 2 && outcomes[0] == outcomes[1], "\(outcomes)")
        }
    }
}
