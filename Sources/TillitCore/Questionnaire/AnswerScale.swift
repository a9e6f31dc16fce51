/// The answers a questionnaire allows: consecutive integer steps with labels, plus *don't know*.
///
/// *Don't know* is always allowed and is stored as no value: a participant who cannot judge should not
/// be pushed to the middle of the scale, which would bias the mean.
public struct AnswerScale: Sendable, Codable, Hashable {
    /// A stable id: `agreement-5` (the 1–5 scale) or `yes-no` for the built-in scales.
    public var id: String
    /// The steps, lowest value first, values consecutive.
    public var steps: [ScaleStep]
    /// The label of the *don't know* answer.
    public var dontKnow: LocalizedText

    /// Creates a scale. ``Questionnaire/validate()`` checks that the steps are consecutive.
    public init(id: String, steps: [ScaleStep], dontKnow: LocalizedText) {
        self.id = id
        self.steps = steps
        self.dontKnow = dontKnow
    }

    /// The lowest value on the scale.
    public var minimum: Int { steps.first?.value ?? 0 }
    /// The highest value on the scale.
    public var maximum: Int { steps.last?.value ?? 0 }

    /// Whether a value is one of the scale's steps.
    public func contains(_ value: Int) -> Bool { steps.contains { $0.value == value } }

    /// The label of a value, or of *don't know* for `nil`.
    public func label(for value: Int?) -> LocalizedText {
        guard let value else { return dontKnow }
        return steps.first { $0.value == value }?.label ?? LocalizedText(sv: "\(value)", en: "\(value)")
    }

    /// A score on this scale as an index from 0 to 100: `(score − minimum) / (maximum − minimum) × 100`.
    ///
    /// On the 1–5 scale that is `(score − 1) / 4 × 100`; on the yes/no scale it is the share
    /// of *yes* in percent.
    public func index(of score: Double) -> Double {
        guard maximum > minimum else { return 0 }
        return (score - Double(minimum)) / Double(maximum - minimum) * 100
    }

    /// The 1–5 scale of the built-in questionnaires: how well a statement fits the organisation.
    ///
    /// Both languages ask the same question — is the statement true of us? — so that answers given in
    /// Swedish and in English can be pooled; the steps are balanced around *Stämmer delvis* / *Partly
    /// true*, which is a judgement, not a neutral opinion. (Version 1 of the questionnaires asked for
    /// agreement in English and had the lopsided *Stämmer dåligt*; assessments made with it keep their
    /// labels, since they embed their questionnaire.) The id `agreement-5` is kept so that custom
    /// questionnaires naming it still load.
    public static let agreement = AnswerScale(
        id: "agreement-5",
        steps: [
            ScaleStep(value: 1, label: LocalizedText(sv: "Stämmer inte alls", en: "Not at all true")),
            ScaleStep(value: 2, label: LocalizedText(sv: "Stämmer ganska dåligt", en: "Mostly untrue")),
            ScaleStep(value: 3, label: LocalizedText(sv: "Stämmer delvis", en: "Partly true")),
            ScaleStep(value: 4, label: LocalizedText(sv: "Stämmer ganska bra", en: "Mostly true")),
            ScaleStep(value: 5, label: LocalizedText(sv: "Stämmer helt", en: "Completely true")),
        ],
        dontKnow: LocalizedText(sv: "Vet ej", en: "Don't know"))

    /// The yes/no scale of the 2019 national agency survey: 0 is *Nej*, 1 is *Ja*.
    public static let yesNo = AnswerScale(
        id: "yes-no",
        steps: [
            ScaleStep(value: 0, label: LocalizedText(sv: "Nej", en: "No")),
            ScaleStep(value: 1, label: LocalizedText(sv: "Ja", en: "Yes")),
        ],
        dontKnow: LocalizedText(sv: "Vet ej", en: "Don't know"))
}
