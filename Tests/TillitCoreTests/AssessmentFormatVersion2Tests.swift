import Foundation
import Testing

@testable import TillitCore

/// Format version 2 of the assessment file: one row per participant, `["R00001",2,"2153-4"]`. Every
/// promise of the format attacked: what it writes, that version 1 still reads and migrates, that a
/// damaged row is named by its place, and that scoring a file as it is read gives what scoring it whole
/// gives.
@Suite("Assessment file format version 2")
struct AssessmentFormatVersion2Tests {
    static let date = CalendarDate(year: 2026, month: 11, day: 28)!

    static func assessment(_ participants: [Participant], questionnaire: Questionnaire = .quick) -> Assessment
    {
        Assessment(
            organisation: "Myndigheten", date: date, questionnaire: questionnaire, participants: participants)
    }

    static let team = [
        Participant(name: "Anna", role: "chef", answers: [4, nil, 3]),
        Participant(name: "Bo", answers: [2]),
        Participant(name: "Cilla", role: "medarbetare", answers: []),
        Participant(name: "Dan", role: "chef", answers: [5, 5, 5, 1]),
    ]

    static func text(_ assessment: Assessment) -> String {
        String(decoding: AssessmentFile.encode(assessment), as: UTF8.self)
    }

    /// The text with the rows replaced.
    static func replacingRows(_ rows: String, in assessment: Assessment = assessment(team)) -> String {
        let text = text(assessment)
        let start = text.range(of: "\"participants\" : [")!.upperBound
        let end = text.range(of: "\n  ],\n  \"groups\"", range: start..<text.endIndex)!.lowerBound
        return text.replacingCharacters(in: start..<end, with: rows)
    }

    @Test("writes one row per participant, the groups after them, and reads it back equal")
    func layout() throws {
        let original = Self.assessment(Self.team)
        let text = Self.text(original)
        #expect(text.contains("\"formatVersion\" : 2"))
        #expect(
            text.contains(
                """
                "participants" : [
                    ["Anna",0,"4-3"],
                    ["Bo",null,"2"],
                    ["Cilla",1,""],
                    ["Dan",0,"5551"]
                  ],
                  "groups" : ["chef","medarbetare"],
                """))
        #expect(try AssessmentFile.decode(Data(text.utf8), file: "a.json") == original)
        // Still one JSON document any reader takes.
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }

    @Test("a version 1 file reads, is written as version 2, and scores the same")
    func migration() throws {
        let original = Self.assessment(Self.team)
        let version1 = AssessmentFile.encode(original, formatVersion: 1)
        #expect(String(decoding: version1, as: UTF8.self).contains("\"formatVersion\" : 1"))
        #expect(String(decoding: version1, as: UTF8.self).contains("\"answers\" : [4,null,3]"))
        let read = try AssessmentFile.decode(version1, file: "old.json")
        #expect(read == original)
        let written = AssessmentFile.encode(read)
        #expect(String(decoding: written, as: UTF8.self).contains("[\"Anna\",0,\"4-3\"]"))
        let again = try AssessmentFile.decode(written, file: "new.json")
        #expect(Scorer().score(again) == Scorer().score(Self.assessment(Self.team)))
        #expect(try Scorer().scored(version1, file: "old.json").scorecard == Scorer().score(original))
        #expect(try Scorer().scored(written, file: "new.json").scorecard == Scorer().score(original))
    }

    @Test("a version 1 file without participants reads, and migrates to an empty version 2 file")
    func emptyVersion1() throws {
        let empty = Self.assessment([])
        let version1 = AssessmentFile.encode(empty, formatVersion: 1)
        let read = try AssessmentFile.decode(version1, file: "old.json")
        #expect(read.participants.isEmpty)
        let text = String(decoding: AssessmentFile.encode(read), as: UTF8.self)
        #expect(text.contains("\"participants\" : [\n\n  ],\n  \"groups\" : [],"))
        #expect(try AssessmentFile.decode(Data(text.utf8), file: "new.json") == empty)
        #expect(try Scorer().scored(Data(text.utf8), file: "new.json").scorecard.respondents == 0)
    }

    @Test("a scale whose values are not single digits is written as version 1 and reads back")
    func wideScale() throws {
        let questionnaire = Questionnaire.quickOnZeroToTen
        let original = Self.assessment(
            [
                Participant(name: "A", role: "x", answers: [10, nil, 0]),
                Participant(name: "B", answers: [7]),
            ],
            questionnaire: questionnaire)
        #expect(original.validate().isEmpty)
        let data = AssessmentFile.encode(original)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"formatVersion\" : 1"))
        #expect(text.contains("\"answers\" : [10,null,0]"))
        #expect(!text.contains("\"groups\""))
        #expect(try AssessmentFile.decode(data, file: "a.json") == original)
        #expect(try Scorer().scored(data, file: "a.json").scorecard == Scorer().score(original))
        // A negative step does not fit either.
        var negative = questionnaire
        negative.scale = AnswerScale(
            id: "-2-2",
            steps: (-2...2).map { ScaleStep(value: $0, label: LocalizedText(sv: "\($0)", en: "\($0)")) },
            dontKnow: LocalizedText(sv: "Vet ej", en: "Don't know"))
        #expect(!AnswerCode.fits(negative.scale))
        #expect(AnswerCode.fits(AnswerScale.yesNo))
    }

    @Test(
        "an import onto a scale of single digits writes rows; onto a wider scale, version 1; both read back")
    func importBothScales() throws {
        var three = Questionnaire.quick
        three.id = "tre"
        three.items = Array(three.items.prefix(3))
        var wide = three
        wide.id = "bred"
        wide.scale = AnswerScale(
            id: "0-10",
            steps: (0...10).map { ScaleStep(value: $0, label: LocalizedText(sv: "\($0)", en: "\($0)")) },
            dontKnow: LocalizedText(sv: "Vet ej", en: "Don't know"))
        let ids = Questionnaire.quick.items.prefix(3).map(\.id)
        let csv = Data(
            (["Roll;" + ids.joined(separator: ";"), "chef;5;;1", "stab;4;Vet ej;2", ";3;3;3"]
                .joined(separator: "\n") + "\n").utf8)
        for (questionnaire, version) in [(three, 2), (wide, 1)] {
            let shell = Self.assessment([], questionnaire: questionnaire)
            let file = try SurveyImporter.encode(
                CSVReader(data: csv, file: "s.csv"), into: shell,
                options: SurveyImportOptions(groupColumn: "Roll"))
            let read = try AssessmentFile.decode(file.data, file: "s.json")
            #expect(String(decoding: file.data, as: UTF8.self).contains("\"formatVersion\" : \(version)"))
            #expect(read.participants.map(\.answers) == [[5, nil, 1], [4, nil, 2], [3, 3, 3]])
            #expect(read.participants.map(\.role) == ["chef", "stab", nil])
            #expect(file.scorecard == Scorer().score(read))
            let imported = try SurveyImporter.read(
                CSVReader(data: csv, file: "s.csv"), questionnaire: questionnaire,
                options: SurveyImportOptions(groupColumn: "Roll"))
            #expect(imported.participants == read.participants)
        }
    }

    @Test("hostile names and roles survive writing, reading and scoring as the file is read")
    func hostileNames() throws {
        let names = [
            "Åsa \"Ö\" Ek\\Lund", "]\",1,\"555\"]", "tab\there\nnewline", "nul\u{0}byte", "esc\u{1B}[31m",
            "😀",
            "  Bo", "[", ",",
        ]
        let participants = names.enumerated().map { index, name in
            Participant(
                name: name, role: index % 2 == 0 ? "\"]chef\\" : "med\u{1}arbetare", answers: [3, nil])
        }
        let original = Self.assessment(participants)
        let data = AssessmentFile.encode(original)
        #expect(try AssessmentFile.decode(data, file: "a.json") == original)
        let (read, scorecard, roster) = try Scorer().scored(data, file: "a.json")
        #expect(read.participants.isEmpty)
        #expect(roster.names == names)
        #expect(roster == Roster(participants))
        #expect(scorecard == Scorer().score(original))
    }

    @Test("scoring as the file is read equals scoring it whole, groups and blank roles included")
    func streamingEqualsWhole() throws {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            let roles: [String?] = [nil, "chef", "medarbetare", " ", "", "stab"]
            let participants = (0..<Int.random(in: 0...40, using: &generator)).map { index in
                Participant(
                    name: "P\(index)", role: roles.randomElement(using: &generator)!,
                    answers: (0..<Int.random(in: 0...13, using: &generator)).map { _ in
                        Bool.random(using: &generator) && round % 3 == 0
                            ? nil : Int.random(in: 1...5, using: &generator)
                    })
            }
            let original = Self.assessment(participants)
            let data = AssessmentFile.encode(original)
            let (read, scorecard, roster) = try Scorer().scored(data, file: "a.json")
            #expect(scorecard == Scorer().score(original))
            #expect(read.participants.isEmpty)
            #expect(roster == Roster(participants))
            #expect(roster.withoutRole == participants.filter { $0.role?.isBlank ?? true }.count)
        }
    }

    @Test(
        "rows counted as the file is checked break the same rules, and say the same, as rows read one by one")
    func countedRowsBreakTheSameRules() throws {
        // Each breaks a rule only the rest of the document can tell: scoring counts the rows in the check
        // pass, finds on the counts that a rule is broken, and reads the rows again to say where.
        let broken = [
            "\n    [\"Anna\",0,\"4-3\"],\n    [\"Bo\",null,\"2071\"]\n",
            "\n    [\"Anna\",0,\"\(String(repeating: "3", count: Questionnaire.quick.items.count + 1))\"]\n",
            "\n    [\"Anna\",0,\"4\"],\n    [\"Bo\",2,\"2\"]\n",
            "\n    [\"Anna\",0,\"4\"],\n    [\" \",1,\"\"]\n",
            "\n    [\"Anna\",0,\"4\"],\n    [\"\\u0020\",1,\"\"]\n",
            "\n    [\"Anna\",99999,\"4\"]\n",
        ]
        for rows in broken {
            let data = Data(Self.replacingRows(rows).utf8)
            var scored: AssessmentError?
            do {
                _ = try Scorer().scored(data, file: "a.json")
            } catch {
                scored = error
            }
            #expect(scored != nil, "\(rows.debugDescription)")
            #expect(scored == decodingError(Self.replacingRows(rows)), "\(rows.debugDescription)")
        }
    }

    @Test("a file of more groups than are counted as it is checked is scored by reading its rows again")
    func manyGroups() throws {
        let participants = (0..<(RowTally.groupLimit + 10)).map { index in
            Participant(name: "P\(index)", role: "grupp \(index)", answers: [index % 5 + 1, nil, 3])
        }
        let original = Self.assessment(participants)
        let (_, scorecard, roster) = try Scorer().scored(AssessmentFile.encode(original), file: "a.json")
        #expect(scorecard == Scorer().score(original))
        #expect(roster == Roster(participants))
    }

    @Test(
        "counts too large to gather as the file is checked are given up for a second reading, which scores the same"
    )
    func manyCells() throws {
        // 120 statements in 600 groups: 1.15 million cells of counts, past what is gathered in the check
        // pass; a hostile file of thousands of groups and answers costs no more.
        var questionnaire = Questionnaire.quick
        questionnaire.id = "lang"
        questionnaire.items = (0..<120).map { index in
            var item = Questionnaire.quick.items[index % Questionnaire.quick.items.count]
            item.id = "p\(index)"
            return item
        }
        let participants = (0..<600).map { index in
            Participant(
                name: "P\(index)", role: "grupp \(index)",
                answers: (0..<120).map { $0 % 7 == 0 ? nil : ($0 + index) % 5 + 1 })
        }
        #expect(600 * 120 * 16 > RowTally.cellLimit)
        let original = Self.assessment(participants, questionnaire: questionnaire)
        let (_, scorecard, roster) = try Scorer().scored(AssessmentFile.encode(original), file: "a.json")
        #expect(scorecard == Scorer().score(original))
        #expect(roster == Roster(participants))
    }

    /// A placed error: the path, the reason, and the text at the line and column.
    func placed(_ text: String) -> (path: String, reason: String, at: Substring)? {
        guard case .malformedAt(_, let line, let column, let path, let reason)? = decodingError(text) else {
            return nil
        }
        let lines = text.components(separatedBy: "\n")
        guard line - 1 < lines.count else { return (path, reason.en, "") }
        return (
            path, reason.en,
            Substring(String(decoding: Array(lines[line - 1].utf8).dropFirst(column - 1), as: UTF8.self))
        )
    }

    @Test("a bad character in the answers names the participant, the answer and what was expected")
    func badCharacter() throws {
        let text = Self.replacingRows(#"\#n    ["Anna",0,"4-3"],\#n    ["Bo",null,"2x1"]\#n"#)
        let found = try #require(placed(text))
        #expect(found.path == "participants[1]")
        #expect(found.reason == "answer 2 is 'x'; an answer is one digit of the scale, or - for don't know")
        #expect(found.at.hasPrefix("x1\"]"))
        // A space, an escape or a non-ASCII byte is no answer either.
        for bad in [" ", "\\u0033", "é"] {
            let other = Self.replacingRows("\n    [\"Anna\",0,\"4\(bad)3\"]\n")
            #expect(placed(other)?.path == "participants[0]", "\(bad)")
            #expect(placed(other)?.reason.hasPrefix("answer 2 is ") == true, "\(bad)")
        }
    }

    @Test("a digit off the scale and more answers than items are refused at their place")
    func offScaleAndTooLong() throws {
        let off = try #require(
            placed(Self.replacingRows("\n    [\"Anna\",0,\"4-3\"],\n    [\"Bo\",null,\"2071\"]\n")))
        #expect(off.path == "participants[1]")
        #expect(off.reason == "answer 2 is 0, which is not on the scale 1–5 (or - for don't know)")
        #expect(off.at.hasPrefix("071"))
        let long = String(repeating: "3", count: Questionnaire.quick.items.count + 1)
        let tooLong = try #require(placed(Self.replacingRows("\n    [\"Anna\",0,\"\(long)\"]\n")))
        #expect(tooLong.path == "participants[0]")
        #expect(tooLong.reason == "\(long.count) answers but the questionnaire has \(long.count - 1) items")
        // As many answers as items, or fewer, is a participant who has finished, or not yet.
        let full = String(repeating: "3", count: Questionnaire.quick.items.count)
        #expect(
            decodingError(Self.replacingRows("\n    [\"Anna\",0,\"\(full)\"],\n    [\"Bo\",0,\"\"]\n")) == nil
        )
    }

    @Test("a group index out of range, negative or not whole is refused")
    func badGroup() throws {
        let out = try #require(
            placed(Self.replacingRows("\n    [\"Anna\",0,\"4\"],\n    [\"Bo\",2,\"2\"]\n")))
        #expect(out.path == "participants[1]")
        #expect(out.reason == "the group 2 does not exist: the file lists 2 groups, counted from 0")
        #expect(out.at.hasPrefix("2,\"2\"]"))
        let negative = try #require(placed(Self.replacingRows("\n    [\"Anna\",-1,\"4\"]\n")))
        #expect(negative.reason.hasPrefix("expected the index of the participant's group in groups"))
        let fraction = try #require(placed(Self.replacingRows("\n    [\"Anna\",1.5,\"4\"]\n")))
        #expect(fraction.reason == "1.5 is not a group: expected the index of a group in groups (0, 1, …)")
        let text = try #require(placed(Self.replacingRows("\n    [\"Anna\",\"chef\",\"4\"]\n")))
        #expect(text.path == "participants[0]")
    }

    @Test("a name twice is refused, naming the earlier row; a blank name too")
    func duplicateAndBlankNames() throws {
        let twice = try #require(
            placed(
                Self.replacingRows(
                    "\n    [\"Anna\",0,\"4\"],\n    [\"Bo\",0,\"4\"],\n    [\"Anna\",1,\"\"]\n")))
        #expect(twice.path == "participants[2]")
        #expect(twice.reason.hasPrefix("the name \"Anna\" is already participants[0]'s (line "))
        #expect(twice.at.hasPrefix("\"Anna\",1"))
        // The same text written with an escape is the same name.
        let escaped = placed(Self.replacingRows("\n    [\"Anna\",0,\"4\"],\n    [\"\\u0041nna\",1,\"\"]\n"))
        #expect(escaped?.path == "participants[1]")
        // Å written as one character and as A with a ring is the same name, as everywhere else.
        let composed = placed(
            Self.replacingRows("\n    [\"\u{C5}sa\",0,\"4\"],\n    [\"A\u{30A}sa\",1,\"\"]\n"))
        #expect(composed?.path == "participants[1]")
        let blank = try #require(
            placed(Self.replacingRows("\n    [\"Anna\",0,\"4\"],\n    [\" \",1,\"\"]\n")))
        #expect(blank.path == "participants[1]")
        #expect(blank.reason == "the name is missing")
    }

    @Test("rows without a comma between them are refused, saying what was expected after a participant")
    func missingComma() throws {
        let found = try #require(
            placed(Self.replacingRows("\n    [\"Anna\",0,\"4\"]\n    [\"Bo\",0,\"2\"]\n")))
        #expect(found.reason == "expected , or ] after a participant, found an array")
        #expect(found.at.hasPrefix("[\"Bo\""))
    }

    @Test("a row of another shape, and rows in a version 1 file, are refused by their place")
    func shapes() throws {
        let short = try #require(placed(Self.replacingRows("\n    [\"Anna\",0]\n")))
        #expect(short.path == "participants[0]")
        #expect(short.reason == "expected , after the group, found ']'")
        let long = try #require(placed(Self.replacingRows("\n    [\"Anna\",0,\"4\",\"x\"]\n")))
        #expect(long.reason.hasPrefix("expected ] after the answers"))
        let mixed = try #require(
            placed(Self.replacingRows("\n    [\"Anna\",0,\"4\"],\n    {\"name\":\"Bo\",\"answers\":[]}\n")))
        #expect(mixed.path == "participants[1]")
        #expect(mixed.reason.hasPrefix("expected a participant written like the ones before it (a row"))
        let version1 = Self.replacingRows("\n    [\"Anna\",0,\"4\"]\n").replacingOccurrences(
            of: "\"formatVersion\" : 2", with: "\"formatVersion\" : 1")
        let refused = try #require(placed(version1))
        #expect(refused.path == "participants[0]")
        #expect(refused.reason.contains("need \"formatVersion\" : 2"))
        let future = Self.text(Self.assessment(Self.team)).replacingOccurrences(
            of: "\"formatVersion\" : 2", with: "\"formatVersion\" : 3")
        #expect(decodingError(future) == .newerFormat(file: "a.json", found: 3, supported: 2))
    }

    @Test("a version 2 file cut short anywhere is refused as cut short, never read in part")
    func cutShort() throws {
        let text = Self.text(Self.assessment(Self.team))
        let bytes = Array(text.utf8)
        let rows = text.range(of: "\"participants\" : [")!.lowerBound.utf16Offset(in: text)
        for length in stride(from: rows, to: bytes.count, by: 3) {
            let cut = Data(bytes[..<length])
            let failure = try? AssessmentFile.decode(cut, file: "a.json")
            #expect(failure == nil, "\(length) of \(bytes.count) bytes read")
            do {
                _ = try Scorer().scored(cut, file: "a.json")
                Issue.record("\(length) of \(bytes.count) bytes scored")
            } catch {
                guard case .malformedAt(_, _, _, _, let reason) = error else {
                    Issue.record("\(error)")
                    continue
                }
                #expect(
                    reason.en.contains("end of the file") || reason.en.contains("cut short"),
                    "\(length): \(reason.en)"
                )
            }
        }
    }

    @Test("scoring as the file is read checks the rest of the document as reading it whole does")
    func streamingValidates() throws {
        var assessment = Self.assessment(Self.team)
        assessment.workshop = WorkshopProgress(step: "scoring", participant: 3)
        #expect(
            try Scorer().scored(AssessmentFile.encode(assessment), file: "a.json").assessment
                .workshop != nil)
        assessment.workshop = WorkshopProgress(step: "scoring", participant: 4)
        let data = AssessmentFile.encode(assessment)
        #expect(throws: AssessmentError.self) { try AssessmentFile.decode(data, file: "a.json") }
        #expect(throws: AssessmentError.self) { try Scorer().scored(data, file: "a.json") }
    }
}

/// A committed file of format version 1, never rewritten: it must keep reading, scoring and migrating.
@Suite("A committed version 1 file")
struct Version1FixtureTests {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/version1.tillit.json")

    @Test("reads as version 1 wrote it, is written as version 2, and scores identically")
    func migrates() throws {
        let data = try Data(contentsOf: Self.url)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["formatVersion"] as? Int == 1)
        let objects = try #require(object["participants"] as? [[String: Any]])
        let read = try AssessmentFile.decode(data, file: "version1.tillit.json")
        #expect(read.participants.map(\.name) == objects.map { $0["name"] as? String })
        #expect(read.participants.map(\.role) == objects.map { $0["role"] as? String })
        #expect(
            read.participants.map { $0.answers.map { $0 ?? -1 } }
                == objects.map { ($0["answers"] as? [Any] ?? []).map { ($0 as? Int) ?? -1 } })
        let scores = Scorer().score(read)
        #expect(scores.respondents == objects.count)
        #expect(try Scorer().scored(data, file: "version1.tillit.json").scorecard == scores)

        let written = AssessmentFile.encode(read)
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains("\"formatVersion\" : 2"))
        #expect(!text.contains("\"answers\""))
        let again = try AssessmentFile.decode(written, file: "version2.tillit.json")
        #expect(again == read)
        #expect(Scorer().score(again) == scores)
        #expect(try Scorer().scored(written, file: "version2.tillit.json").scorecard == scores)
    }
}
