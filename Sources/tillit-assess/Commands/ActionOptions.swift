import TillitCore

/// The options of `plan FILE add-action`, typed, and the ``ActionDraft`` they make.
enum ActionOptions {
    static let what = RequiredOption<String>(
        "what", valueName: .text,
        help: LocalizedText(sv: "Vad som ska göras", en: "What will be done"))
    static let owner = RequiredOption<String>(
        "owner", valueName: .name,
        help: LocalizedText(sv: "Vem som är ansvarig", en: "Who is responsible"))
    static let due = Option<CalendarDate>(
        "due", valueName: .date, help: LocalizedText(sv: "När den ska vara klar", en: "When it is due")
    )
    static let horizon = Option<Horizon>(
        "horizon", valueName: .horizon,
        help: LocalizedText(
            sv: "\(Term.horizonShort(.sv)) (inom tre månader) eller \(Term.horizonLong(.sv).lowercased())",
            en: "\(Term.horizonShort(.en)) (within three months) or \(Term.horizonLong(.en).lowercased())"))
    static let principle = Option<PrincipleID>(
        "principle", valueName: .id,
        help: LocalizedText(sv: "Principen åtgärden stärker", en: "The principle the action serves"))
    static let problemArea = Option<ProblemAreaID>(
        "problem-area", valueName: .id,
        help: LocalizedText(
            sv: "Problemområdet åtgärden tar sig an", en: "The problem area the action addresses"))
    static let measure = Option<String>(
        "measure", valueName: .id,
        help: LocalizedText(
            sv: "Förslaget ur åtgärdskatalogen som inspirerat den",
            en: "The measure from the catalogue that inspired it"))
    static let effect = Option<String>(
        "effect", valueName: .text, help: Term.expectedEffect.text)
    static let followUp = Option<String>(
        "follow-up", valueName: .text,
        help: LocalizedText(
            sv: "Hur den följs upp (indikator eller tillfälle)",
            en: "How it is followed up (indicator or occasion)"))
    static let note = Option<String>(
        "note", valueName: .text, help: LocalizedText(sv: "En anteckning", en: "A note"))

    /// The action the options describe.
    static func draft(_ arguments: ParsedArguments) throws(UsageError) -> ActionDraft {
        ActionDraft(
            what: try arguments[what], owner: try arguments[owner], due: try arguments[due],
            horizon: try arguments[horizon], principle: try arguments[principle],
            problemArea: try arguments[problemArea], measure: try arguments[measure],
            expectedEffect: try arguments[effect] ?? "", followUp: try arguments[followUp] ?? "",
            note: try arguments[note])
    }
}
