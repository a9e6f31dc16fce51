import Foundation
import Testing

@testable import TillitCore

/// Every way an assessment file can be damaged or ambiguous gets a message in the user's terms: the
/// line, the column, the JSON path and what was expected.
@Suite("Damaged and ambiguous assessment files are refused in the user's terms")
struct AssessmentJSONErrorTests {
    /// A small valid document as text in format version 1 (participants as objects, still read), with
    /// the participants on their own lines; ``AssessmentFormatVersion2Tests`` attacks version 2's rows.
    static let text: String = {
        let assessment = Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 11, day: 23)!,
            questionnaire: .quick,
            participants: [
                Participant(name: "Anna", answers: [3, 4]),
                Participant(name: "Bo", role: "chef", answers: [5]),
            ],
            plan: DevelopmentPlan(
                focusPrinciples: [.tillit],
                actions: [Action(id: "A1", what: "Tvärteam", owner: "Eva", status: .planned)],
                followUpDate: CalendarDate(year: 2027, month: 3, day: 1)!))
        return String(decoding: AssessmentFile.encode(assessment, formatVersion: 1), as: UTF8.self)
    }()

    @Test("the sample decodes: the checks refuse nothing that is sound")
    func soundFileDecodes() throws {
        #expect(decodingError(Self.text) == nil)
    }

    @Test("a syntax error names its line and column")
    func syntaxError() throws {
        let broken = Self.text.replacingOccurrences(of: "\"facilitator\" :", with: "\"facilitator\"")
        guard case .malformedAt(_, let line, let column, let path, let reason)? = decodingError(broken) else {
            Issue.record("expected a syntax error, got \(String(describing: decodingError(broken)))")
            return
        }
        let lines = broken.components(separatedBy: "\n")
        #expect(lines[line - 1].hasPrefix("  \"facilitator\""))
        #expect(column == 17)
        #expect(path == "")
        #expect(reason.en == "expected : after the key, found text")
        #expect(reason.sv == "förväntade : efter nyckeln, hittade text")
        #expect(
            decodingError(broken)?.message.en.hasPrefix("a.json, line \(line), column 17: cannot be read")
                == true)
        #expect(
            decodingError(broken)?.message.sv.hasPrefix("a.json, rad \(line), kolumn 17: kan inte läsas")
                == true)
    }

    @Test("a truncated file says it ends too early, at its last line", arguments: [0.3, 0.5, 0.9, 0.999])
    func truncated(fraction: Double) throws {
        let cut = String(Self.text.utf8.prefix(Int(Double(Self.text.utf8.count) * fraction)))!
        guard case .malformedAt(_, let line, _, _, let reason)? = decodingError(cut) else {
            Issue.record("expected a syntax error, got \(String(describing: decodingError(cut)))")
            return
        }
        #expect(line == cut.filter { $0 == "\n" }.count + 1)
        #expect(reason.en.contains("the file ends"))
    }

    @Test("a key that appears twice is refused, naming both places, at the top and inside a participant")
    func duplicateKeys() throws {
        let top = Self.text.replacingOccurrences(
            of: "  \"organisation\" :", with: "  \"unit\" : \"Nord\",\n  \"organisation\" :")
        guard case .malformedAt(_, let line, _, "", let reason)? = decodingError(top) else {
            Issue.record("expected a duplicate key, got \(String(describing: decodingError(top)))")
            return
        }
        let first = top.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  \"unit\"") }! + 1
        #expect(
            reason.en.hasPrefix(
                "the key \"unit\" appears twice in the same object (first at line \(first), column 3)"))
        #expect(line > first)

        let inner = Self.text.replacingOccurrences(
            of: "\"name\" : \"Bo\"", with: "\"name\" : \"Bo\", \"name\" : \"Eve\"")
        guard case .malformedAt(_, _, _, let path, let innerReason)? = decodingError(inner) else {
            Issue.record("expected a duplicate key, got \(String(describing: decodingError(inner)))")
            return
        }
        #expect(path == "participants[1]")
        #expect(innerReason.en.hasPrefix("the key \"name\" appears twice"))
    }

    @Test("a fractional answer is not a whole number, by its path; an unknown field is named")
    func participantShape() throws {
        let fraction = Self.text.replacingOccurrences(of: "\"answers\" : [5]", with: "\"answers\" : [4.5]")
        guard case .malformedAt(_, _, _, let path, let reason)? = decodingError(fraction) else {
            Issue.record("expected a syntax error, got \(String(describing: decodingError(fraction)))")
            return
        }
        #expect(path == "participants[1].answers[0]")
        #expect(reason.en.hasPrefix("4.5 is not a whole number"))
        #expect(reason.sv.hasPrefix("4.5 är inget heltal"))
        let unknown = Self.text.replacingOccurrences(of: "\"role\" : \"chef\"", with: "\"roll\" : \"chef\"")
        guard case .malformedAt(_, _, _, "participants[1].roll", let unknownReason)? = decodingError(unknown)
        else {
            Issue.record("expected an unknown field, got \(String(describing: decodingError(unknown)))")
            return
        }
        #expect(unknownReason.en == "unknown field \"roll\"; a participant has only name, role and answers")
    }

    @Test("a status that is not one lists the valid ones, at its line and column")
    func enumValues() throws {
        let weird = Self.text.replacingOccurrences(
            of: "\"status\" : \"planned\"", with: "\"status\" : \"weird\"")
        guard case .malformedAt(_, let line, let column, let path, let reason)? = decodingError(weird) else {
            Issue.record("expected a placed error, got \(String(describing: decodingError(weird)))")
            return
        }
        #expect(path == "plan.actions[0].status")
        #expect(reason.en == "\"weird\" is not one of planned, started, done, dropped")
        let text = weird.components(separatedBy: "\n")[line - 1]
        #expect(text.utf8.dropFirst(column - 1).starts(with: "\"weird\"".utf8))
    }

    @Test("a mistyped or missing field outside the participants is placed too")
    func typeErrorsPlaced() throws {
        let mistyped = Self.text.replacingOccurrences(
            of: "\"facilitator\" : \"\"", with: "\"facilitator\" : 5")
        guard
            case .malformedAt(_, let line, let column, "facilitator", let mistype)? = decodingError(mistyped),
            mistype == LocalizedText(sv: "förväntade en text", en: "expected a string")
        else {
            Issue.record("expected a placed error, got \(String(describing: decodingError(mistyped)))")
            return
        }
        #expect(
            mistyped.components(separatedBy: "\n")[line - 1].utf8.dropFirst(column - 1).first
                == UInt8(ascii: "5"))
        // A missing field is placed at the object that lacks it.
        let missing = Self.text.replacingOccurrences(of: "\"owner\" : \"Eva\",", with: "")
        guard
            case .malformedAt(_, let line2, _, "plan.actions[0].owner", let absent)? = decodingError(missing),
            absent.en == "the field is missing"
        else {
            Issue.record("expected a placed error, got \(String(describing: decodingError(missing)))")
            return
        }
        #expect(missing.components(separatedBy: "\n")[line2 - 1].hasSuffix("{"))
    }

    @Test("bytes that are not JSON text: a BOM, invalid UTF-8, a lone surrogate, deep nesting, trailing data")
    func notJSONText() throws {
        func reason(_ data: Data) -> String? {
            do {
                _ = try AssessmentFile.decode(data, file: "a.json")
            } catch {
                if case .malformedAt(_, _, _, _, let reason) = error { return reason.en }
            }
            return nil
        }
        #expect(reason(Data([0xEF, 0xBB, 0xBF]) + Data(Self.text.utf8))?.contains("byte order mark") == true)
        var latin1 = Data(Self.text.utf8)
        latin1[latin1.range(of: Data("Myndigheten".utf8))!.lowerBound + 1] = 0xE4
        #expect(reason(latin1)?.contains("not UTF-8") == true)
        let surrogate = Self.text.replacingOccurrences(of: "\"Anna\"", with: "\"\\ud800\"")
        #expect(reason(Data(surrogate.utf8))?.contains("surrogate") == true)
        let deep =
            "{\"x\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        #expect(reason(Data(deep.utf8))?.contains("nested more than") == true)
        #expect(reason(Data((Self.text + " {}").utf8))?.contains("after the end of the document") == true)
    }

    @Test("an embedded built-in questionnaire with an edited statement is refused, as the README says")
    func editedBuiltIn() throws {
        var assessment = try AssessmentFile.decode(Data(Self.text.utf8), file: "a.json")
        assessment.questionnaire.items[1].text.en += " (edited)"
        let issues = assessment.validate()
        #expect(issues.map(\.path) == ["questionnaire.items[1].text"])
        #expect(issues.first?.message.en.contains("cannot be edited in the file") == true)
        // A custom questionnaire (another id) may say what it likes.
        assessment.questionnaire.id = "eget"
        #expect(assessment.validate().isEmpty)
    }

    @Test("a workshop marker that does not fit the document is refused")
    func workshopState() throws {
        var assessment = try AssessmentFile.decode(Data(Self.text.utf8), file: "a.json")
        assessment.workshop = WorkshopProgress(step: "bogus")
        #expect(assessment.validate().map(\.path) == ["workshop.step"])
        #expect(assessment.validate().first?.message.en.contains("the steps are setup, scoring") == true)
        assessment.workshop = WorkshopProgress(step: "scoring", participant: 99)
        #expect(assessment.validate().map(\.path) == ["workshop.participant"])
        assessment.workshop = WorkshopProgress(step: "consensus", position: -1)
        #expect(assessment.validate().map(\.path) == ["workshop.position"])
        assessment.workshop = WorkshopProgress(step: "scoring", participant: 1, position: 0)
        #expect(assessment.validate().isEmpty)
    }

    @Test("a response file with a duplicate key or cut short is refused with line, column and path")
    func responseFiles() throws {
        let response = ResponseFile(
            questionnaire: .quick, participant: Participant(name: "Anna", answers: [3]),
            date: CalendarDate(year: 2026, month: 11, day: 23)!)
        let text = String(decoding: ResponseFile.encode(response), as: UTF8.self)
        let duplicate = text.replacingOccurrences(
            of: "\"name\" : \"Anna\"", with: "\"name\" : \"Anna\", \"name\" : \"Bo\"")
        #expect(throws: MergeError.self) { try ResponseFile.decode(Data(duplicate.utf8), file: "r.json") }
        do {
            _ = try ResponseFile.decode(Data(duplicate.utf8), file: "r.json")
        } catch {
            #expect(error.message.en.contains(", participant: the key \"name\" appears twice"))
        }
        do {
            _ = try ResponseFile.decode(Data(text.utf8.prefix(40)), file: "r.json")
            Issue.record("a cut-short response file was read")
        } catch {
            #expect(error.message.en.contains("(is it cut short?)"))
            #expect(error.message.en.contains("line "))
        }
    }

    @Test("a custom questionnaire or a column mapping with a key twice is refused, naming both places")
    func otherJSONFiles() throws {
        do {
            _ = try SurveyMapping.load(
                Data("{ \"Fråga 1\": \"q-tillit\",\n  \"Fråga 1\": \"q-stod\" }".utf8), file: "karta.json",
                questionnaire: .quick)
            Issue.record("a mapping with a header twice was read")
        } catch {
            #expect(error.message.en.contains("line 2, column 3: the key \"Fråga 1\" appears twice"))
            #expect(error.message.en.contains("first at line 1, column 3"))
        }
        do {
            _ = try QuestionnaireLoader.load(Data(#"{"id": "x", "id": "y"}"#.utf8), file: "eget.json")
            Issue.record("a questionnaire with an id twice was read")
        } catch {
            #expect(error.message.en.contains("the key \"id\" appears twice"))
        }
    }

    @Test("keys are compared as the text they stand for, and a large object is checked in linear time")
    func keyComparison() throws {
        #expect(
            JSONValidator.problem(in: Data(#"{"name": 1, "n\u0061me": 2}"#.utf8))?.en.contains(
                "appears twice") == true)
        #expect(JSONValidator.problem(in: Data(#"{"name": 1, "n\u0061mf": 2}"#.utf8)) == nil)
        // 50,000 distinct keys, then one of them again: found, without comparing every pair.
        let keys = (0..<50_000).map { "\"k\($0)\": 0" }
        let distinct = "{" + keys.joined(separator: ",") + "}"
        #expect(JSONValidator.problem(in: Data(distinct.utf8)) == nil)
        let repeated = "{" + keys.joined(separator: ",") + ", \"k123\": 1}"
        #expect(
            JSONValidator.problem(in: Data(repeated.utf8))?.en.contains("the key \"k123\" appears twice")
                == true)
    }
}
