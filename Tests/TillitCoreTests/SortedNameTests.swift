import Foundation
import Testing

@testable import TillitCore

/// Names in increasing order (by length, then bytes) cannot repeat, so the check of an imported file
/// (R00001, R00002, …) compares each name with the one before and maps no filter of names. These tests
/// attack that shortcut: every list of names, sorted, sorted for a while or not at all, is judged exactly
/// as when every name goes through the filter — the same refusal at the same line, column and path.
@Suite("Sorted names need no filter")
struct SortedNameTests {
    /// A file of format version 2 whose rows have these names, written as JSON text between the quotes
    /// (so `\u0052` is an escape in the file).
    static func file(_ names: [String]) -> Data {
        let people = names.indices.map { index in
            Participant(
                name: "name\(index)", role: index % 2 == 0 ? "chef" : nil, answers: [index % 5 + 1, nil])
        }
        let text = String(decoding: RepeatedNameTests.file(people), as: UTF8.self)
        var row = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard row < names.count, line.contains("[\"name\(row)\",") else { return String(line) }
            row += 1
            return line.replacingOccurrences(of: "[\"name\(row - 1)\",", with: "[\"\(names[row - 1])\",")
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    /// The problem of a check with the shortcut, after making sure it is the problem of a check without.
    static func check(
        _ names: [String], filter: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    )
        -> JSONValidator.Problem?
    {
        let data = file(names)
        func problem(sorted: Bool) -> JSONValidator.Problem? {
            do {
                _ = try JSONValidator.run(data, assessment: true, nameFilterSize: filter, sortedNames: sorted)
                return nil
            } catch {
                return error
            }
        }
        let shortcut = problem(sorted: true)
        #expect(shortcut == problem(sorted: false), "\(names)", sourceLocation: sourceLocation)
        return shortcut
    }

    @Test(
        "a repeat after the order broke is refused at the repeat, naming the first",
        arguments: [nil, 64] as [Int?])
    func repeats(filter: Int?) throws {
        let cases: [(names: [String], row: Int, first: Int)] = [
            (["R2", "R10", "R10"], 2, 1),
            (["a", "b", "c", "a"], 3, 0),
            (["R1", "R2", "R3", "a", "a"], 4, 3),
            (["R1", "R2", "R3", "R2"], 3, 1),
            (["R1", "R2", "\\u00521"], 2, 0),
            (["R1", "\u{C5}sa", "R3", "A\u{30A}sa"], 3, 1),
            (["R1", "R2", "R1"], 2, 0),
        ]
        for (names, row, first) in cases {
            let problem = try #require(Self.check(names, filter: filter), "\(names)")
            #expect(problem.path == "participants[\(row)]", "\(names)")
            #expect(problem.reason.en.contains("is already participants[\(first)]'s"), "\(names)")
        }
    }

    @Test(
        "a sorted run of 2,000, then the first name again, is refused there", arguments: [nil, 64] as [Int?])
    func runThenFirst(filter: Int?) throws {
        let run = (0..<2_000).map { "R" + String(100_000 + $0) }
        let problem = try #require(Self.check(run + [run[0]], filter: filter))
        #expect(problem.path == "participants[2000]")
        #expect(
            problem.reason.en.hasPrefix(
                "the name \"R100000\" is already participants[0]'s (line 11, column 6)"))
        let last = try #require(Self.check(run + [run[1_999]], filter: filter))
        #expect(last.path == "participants[2000]")
        #expect(last.reason.en.hasPrefix("the name \"R101999\" is already participants[1999]'s"))
    }

    @Test("sorted names are accepted without a filter; any break in the order brings the filter in")
    func noFilterWhileSorted() throws {
        let sorted = Self.file(["R9", "R10", "R11", "S11", "AA00", "AA01"])
        #expect(try JSONValidator.run(sorted, assessment: true).filtered == false)
        for names in [
            ["R10", "R9"], ["R1", "R1"], ["R1", "R\\u0032"], ["R1", "\u{C5}"], ["b", "a", "c"],
        ] {
            let pass = try? JSONValidator.run(Self.file(names), assessment: true)
            #expect(pass == nil || pass?.filtered == true, "\(names)")
        }
        #expect(try JSONValidator.run(Self.file(["R10", "R9", "R8"]), assessment: true).filtered == true)
    }

    @Test("damage after a sorted run, or before a repeat, is reported as it always was")
    func damage() throws {
        let run = (0..<300).map { "R" + String(1_000 + $0) }
        var text = String(decoding: Self.file(run + ["R1000"]), as: UTF8.self)
        text = text.replacingOccurrences(of: "[\"R1200\",", with: "[\"R1200\";")
        let data = Data(text.utf8)
        var problems: [JSONValidator.Problem] = []
        for sorted in [true, false] {
            do {
                _ = try JSONValidator.run(data, assessment: true, sortedNames: sorted)
            } catch {
                problems.append(error)
            }
        }
        #expect(problems.count == 2)
        #expect(problems.first == problems.last)
        #expect(problems.first?.path == "participants[200]")
    }

    @Test("random lists of names, sorted for a while, are judged as the filter judges them")
    func random() {
        var generator = SeededGenerator(seed: 17)
        let alphabet = ["a", "b", "R", "1", "0", "\u{C5}", "A\u{30A}", "\\u0061"]
        for _ in 0..<300 {
            let count = Int.random(in: 1...40, using: &generator)
            var names: [String] = []
            // A sorted run first, as an import writes, then names drawn at random.
            let sortedCount = Int.random(in: 0...count, using: &generator)
            for index in 0..<sortedCount { names.append("P" + String(1_000 + index * 3)) }
            while names.count < count {
                let length = Int.random(in: 1...3, using: &generator)
                names.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined())
                if Bool.random(using: &generator), let earlier = names.randomElement(using: &generator) {
                    names.append(earlier)
                }
            }
            _ = Self.check(names)
            _ = Self.check(names, filter: 64)
        }
    }
}
