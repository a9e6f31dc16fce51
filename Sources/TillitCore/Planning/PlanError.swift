/// Why a change to a development plan was refused.
///
/// A refused change leaves the plan exactly as it was; the message names the action or the field and
/// what was expected, so the team can correct the command and try again.
public enum PlanError: TillitError, Equatable {
    /// No action has the given id; `existing` lists the ids the plan has.
    case unknownAction(id: String, existing: [String])
    /// A field of a new action is missing or wrong: `field` names it as on the command line (`what`,
    /// `owner`, `due`, `measure`, …).
    case invalidAction(field: String, reason: LocalizedText)

    /// What was refused and why, naming the action id or the field.
    public var message: LocalizedText {
        switch self {
        case .unknownAction(let id, let existing) where existing.isEmpty:
            return LocalizedText(
                sv: "det finns ingen åtgärd med id '\(id)'; planen har inga åtgärder ännu",
                en: "there is no action with id '\(id)'; the plan has no actions yet")
        case .unknownAction(let id, let existing):
            let list = existing.joined(separator: ", ")
            return LocalizedText(
                sv: "det finns ingen åtgärd med id '\(id)'; planen har \(list)",
                en: "there is no action with id '\(id)'; the plan has \(list)")
        case .invalidAction(let field, let reason):
            return LocalizedText(sv: "\(field): \(reason.sv)", en: "\(field): \(reason.en)")
        }
    }
}
