@testable import TillitCore

extension Questionnaire {
    /// The quick questionnaire on a scale of 0–10, whose values are not all single digits: what format
    /// version 2's one character per answer cannot hold.
    static var quickOnZeroToTen: Questionnaire {
        var questionnaire = Questionnaire.quick
        questionnaire.id = "bred"
        questionnaire.scale = AnswerScale(
            id: "0-10",
            steps: (0...10).map { ScaleStep(value: $0, label: LocalizedText(sv: "\($0)", en: "\($0)")) },
            dontKnow: LocalizedText(sv: "Vet ej", en: "Don't know"))
        return questionnaire
    }
}
