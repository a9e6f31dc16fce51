import Foundation
import Testing

@testable import TillitCore

@Suite("Headers as survey tools write them: two rows, grids and codes")
struct SurveyHeaderTests {
    typealias S = SurveySamples
    let items = S.questionnaire.items

    @Test("SurveyMonkey's question row and sub-question row make one header")
    func twoRows() throws {
        let text = S.csv(
            [
                ["Respondent ID", "Hur väl stämmer det?", "", "", "Kommentar"],
                ["", items[0].text.sv, items[1].text.sv, items[2].text.sv, "Open-Ended Response"],
                ["1", "5", "Stämmer ganska dåligt", "", "Bra"],
            ], separator: ",")
        let result = try S.read(S.utf8(text))
        #expect(result.participants.map(\.answers) == [[5, 2, nil]])
        #expect(result.ignoredColumns == ["Respondent ID", "Kommentar"])
        #expect(
            SurveyHeaderRows.combine(
                ["ID", "Fråga", "", "Roll"], ["", "a", "b", "Response"], isAnswer: { _ in false })
                == ["ID", "Fråga [a]", "Fråga [b]", "Roll"])
    }

    @Test("a row of answers after a header with blank cells is the first respondent, not a second header")
    func blankHeaderCellsThenAnswers() throws {
        // A blank header over a comment column, then a respondent who answered.
        let text = S.csv([items.map(\.id) + [""], ["1", "2", "3", "bra"], ["4", "5", "Vet ej", ""]])
        let result = try S.read(S.utf8(text))
        #expect(result.participants.map(\.answers) == [[1, 2, 3], [4, 5, nil]])
        // A respondent whose answers are all *don't know* has no answers to tell them by: the blank
        // under the merged cell says the row is not a sub-header.
        #expect(
            SurveyHeaderRows.combine(
                ["Fråga", "", "", "Tid"], ["", "", "", "09:14"], isAnswer: { _ in false }) == nil)
        // An unnamed first column (as pandas writes its index) does not make a second header row.
        #expect(!SurveyHeaderRows.mayContinue(["", "tillit-1", "stod-1"]))
        let indexed = S.csv(
            [["", "tillit-1", "stod-1", "oppenhet-1"], ["0", "1", "2", "3"]], separator: ",")
        #expect(try S.read(S.utf8(indexed)).participants.map(\.answers) == [[1, 2, 3]])
    }

    @Test("a header with a merged cell and nothing after it fails on its columns, not as an empty file")
    func headerOnly() {
        let text = S.csv([["Hur väl stämmer det?", "", ""]])
        guard case .columns = S.failure(S.utf8(text)) else {
            Issue.record("expected a column error")
            return
        }
    }

    @Test("grid headers `Title [statement]` match by the statement; codes by the item id without hyphens")
    func brackets() throws {
        let text = S.csv(
            [
                [
                    "Tidstämpel", "Om ledningen [\(items[0].text.en)]", "G02Q02[stod1]",
                    "G02Q02[ \(items[2].text.sv) ]",
                ],
                ["2026-03-02", "Mostly true", "A5", "AO01"],
            ], separator: ",")
        let result = try S.read(S.utf8(text))
        #expect(result.participants.map(\.answers) == [[4, 5, 1]])
        #expect(SurveyColumns.bracketed("titel [påstående]") == "påstående")
        #expect(SurveyColumns.bracketed("titel []") == nil)
        #expect(SurveyColumns.bracketed("titel") == nil)
    }

    @Test("two grid columns with the same statement are reported, not guessed")
    func ambiguousGrid() {
        let text = S.csv(
            [
                ["A [\(items[0].text.sv)]", "B [\(items[0].text.sv)]", items[1].id, items[2].id],
                ["1", "2", "3", "4"],
            ], separator: ",")
        #expect(
            S.failure(S.utf8(text))
                == .columns(
                    file: "enkat.csv",
                    problems: [
                        .ambiguousItem(
                            itemID: items[0].id,
                            headers: ["A [\(items[0].text.sv)]", "B [\(items[0].text.sv)]"])
                    ]))
    }

    @Test("LimeSurvey's answer codes count from the scale's lowest step; A6 is not an answer")
    func answerCodes() throws {
        let text = S.csv([items.map(\.id), ["A1", "a5", "AO03"], ["A6", "1", "1"]])
        let result = try S.read(S.utf8(text), options: SurveyImportOptions(skipInvalidRows: true))
        #expect(result.participants.map(\.answers) == [[1, 5, 3]])
        #expect(result.skippedLines == [3])
    }
}
