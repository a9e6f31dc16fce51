/// The header of a survey export that spreads it over two rows, as SurveyMonkey does: the question in
/// the first row, spanning (as if merged) the columns of its sub-questions or answer options, whose
/// texts are in the second.
///
/// A first row with a blank cell after a heading — a merged question — may be followed by such a
/// second row. It is one when it holds text under those blank cells and no answer anywhere; each
/// column of a merged question is then headed `Question [Sub-question]`, as Google Forms and
/// LimeSurvey head grid columns, so that one rule (``SurveyColumns``) matches all three, and a column
/// of a question of its own keeps the question as header (its second-row cell, SurveyMonkey's
/// *Response*, says nothing). Otherwise the second row is the first respondent's.
enum SurveyHeaderRows {
    /// Whether a header row may continue on the next row: it has a blank cell after a heading.
    static func mayContinue(_ first: [String]) -> Bool {
        guard let heading = first.firstIndex(where: { !isBlank($0) }) else { return false }
        return first[heading...].contains(where: isBlank)
    }

    /// The one-row header that `first` and `second` make, or `nil` when `second` is not a header row.
    static func combine(_ first: [String], _ second: [String], isAnswer: (String) -> Bool) -> [String]? {
        guard second.count == first.count, !second.contains(where: isAnswer) else { return nil }
        var combined: [String] = []
        var question: String?
        var underMerged = false
        for (column, cell) in first.enumerated() {
            let spans = column + 1 < first.count && isBlank(first[column + 1])
            if !isBlank(cell) {
                question = cell
                combined.append(spans && !isBlank(second[column]) ? "\(cell) [\(second[column])]" : cell)
                continue
            }
            guard let question else {
                combined.append(second[column])
                continue
            }
            if isBlank(second[column]) { return nil }
            underMerged = true
            combined.append("\(question) [\(second[column])]")
        }
        return underMerged ? combined : nil
    }

    private static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
}
