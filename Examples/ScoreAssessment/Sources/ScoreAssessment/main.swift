// Builds a self-assessment on the quick questionnaire, records three participants' answers and prints
// the score of each principle. `nil` is "don't know".
import TillitCore

var assessment = Assessment(
    organisation: "Exempelmyndigheten", date: CalendarDate(parsing: "2026-10-14")!, questionnaire: .quick)
let answers: [[Int?]] = [
    [4, 3, 2, 4, 3, 4, 3, 2, 2, 3, 4, 3, 2],
    [5, 3, 3, 5, nil, 4, 4, 3, 2, 3, 4, 4, 1],
    [2, 2, 1, 2, 2, 3, 1, 2, 3, 4, 5, 4, 3],
]
for (number, row) in answers.enumerated() {
    assessment.participants.append(Participant(name: "Deltagare \(number + 1)"))
    for (item, value) in row.enumerated() { try assessment.record(value, participant: number, item: item) }
}
let scorecard = Scorer().score(assessment)
for principle in scorecard.principles {
    let name = principle.target.name(.sv)
    let score = Formatting.decimal(principle.score, language: .sv)
    let index = Formatting.decimal(principle.index, decimals: 0, language: .sv)
    print("\(name): \(score) (index \(index))\(principle.flagged ? "  – oenighet" : "")")
}
print("Principindex: \(Formatting.decimal(scorecard.principleIndex, decimals: 0, language: .sv))")
