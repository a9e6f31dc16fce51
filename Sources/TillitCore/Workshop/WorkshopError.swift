/// Why a workshop refused an event. The workshop is unchanged after every one of these.
///
/// Each message says what was wrong and what the team can do instead, short enough to show as a
/// one-line hint under the current screen.
public enum WorkshopError: TillitError, Equatable {
    /// The event has no meaning in the current step, e.g. an answer during consensus.
    case notInThisStep(event: LocalizedText, step: WorkshopStep)
    /// An answer that is not on the questionnaire's scale.
    case notOnScale(Int, minimum: Int, maximum: Int)
    /// Back on a participant's first statement: earlier participants' answers are private.
    case atFirstStatement
    /// Back from the group view: the individual round is closed.
    case individualRoundClosed
    /// Going on from setup without any participant.
    case noParticipants
    /// A participant name that is empty.
    case blankName
    /// A participant name that is already taken.
    case duplicateParticipant(String)
    /// No participant at this index.
    case noSuchParticipant(Int)
    /// Removing a participant who has already answered.
    case participantHasAnswered(String)
    /// Changing the questionnaire after answers were given.
    case questionnaireLocked
    /// A consensus score or target outside 1–5.
    case levelOutOfRange(field: String, value: Int)
    /// Choosing no principle to work on.
    case noPriorities
    /// Choosing the same principle or problem area twice.
    case duplicatePriority(String)
    /// Accepting a proposal when the planner has nothing to propose.
    case nothingProposed
    /// An action the plan refuses: without what or who, due before the assessment, or an unknown measure.
    case invalidAction(PlanError)
    /// No action with this id.
    case noSuchAction(String)
    /// Going on from the summary: the workshop is finished.
    case finished
    /// Nothing to undo in this session (undo does not reach into the individual round).
    case nothingToUndo
    /// A parking-lot note with no text.
    case emptyNote

    public var message: LocalizedText {
        switch self {
        case .notInThisStep(let event, let step):
            LocalizedText(
                sv: "’\(event.sv)’ går inte i steget \(step.title.sv.lowercased()).",
                en: "‘\(event.en)’ is not possible in the step \(step.title.en.lowercased()).")
        case .notOnScale(let value, let minimum, let maximum):
            LocalizedText(
                sv: "\(value) finns inte på skalan; svara \(minimum)–\(maximum) eller vet ej.",
                en: "\(value) is not on the scale; answer \(minimum)–\(maximum) or don't know.")
        case .atFirstStatement:
            LocalizedText(
                sv: "Det här är det första påståendet; tidigare deltagares svar visas inte.",
                en: "This is the first statement; earlier participants' answers are not shown.")
        case .individualRoundClosed:
            LocalizedText(
                sv: "Den individuella omgången är avslutad; svaren visas bara samlat.",
                en: "The individual round is closed; answers are only shown together.")
        case .noParticipants:
            LocalizedText(
                sv: "Lägg till minst en deltagare först.", en: "Add at least one participant first.")
        case .blankName:
            LocalizedText(sv: "Namnet får inte vara tomt.", en: "The name must not be empty.")
        case .duplicateParticipant(let name):
            LocalizedText(
                sv: "Deltagaren ’\(name)’ finns redan; välj ett annat namn eller en pseudonym.",
                en: "The participant ‘\(name)’ already exists; choose another name or a pseudonym.")
        case .noSuchParticipant(let index):
            LocalizedText(
                sv: "Det finns ingen deltagare nummer \(index + 1).",
                en: "There is no participant number \(index + 1).")
        case .participantHasAnswered(let name):
            LocalizedText(
                sv: "\(name) har redan svarat och kan inte tas bort.",
                en: "\(name) has already answered and cannot be removed.")
        case .questionnaireLocked:
            LocalizedText(
                sv: "Frågeformuläret kan inte bytas när någon har svarat.",
                en: "The questionnaire cannot be changed once someone has answered.")
        case .levelOutOfRange(let field, let value):
            LocalizedText(
                sv: "\(field == "score" ? "Nivån" : "Målet") ska vara 1–5, inte \(value).",
                en: "The \(field) must be 1–5, not \(value).")
        case .noPriorities:
            LocalizedText(
                sv: "Välj minst en princip att arbeta med (2–3 rekommenderas).",
                en: "Choose at least one principle to work on (2–3 recommended).")
        case .duplicatePriority(let id):
            LocalizedText(sv: "’\(id)’ är vald två gånger.", en: "‘\(id)’ is chosen twice.")
        case .nothingProposed:
            LocalizedText(
                sv: "Det finns inget förslag att godta; välj principerna själva.",
                en: "There is no proposal to accept; choose the principles yourselves.")
        case .invalidAction(.invalidAction(let field, let reason)):
            // The field as the screen names it, not as on the command line.
            LocalizedText(
                sv: "\(WorkshopError.fieldName(field).sv): \(reason.sv)",
                en: "\(WorkshopError.fieldName(field).en): \(reason.en)")
        case .invalidAction(let error):
            error.message
        case .noSuchAction(let id):
            LocalizedText(sv: "Det finns ingen åtgärd \(id).", en: "There is no action \(id).")
        case .finished:
            LocalizedText(
                sv: "Workshopen är klar; exportera rapporten och planen.",
                en: "The workshop is finished; export the report and the plan.")
        case .nothingToUndo:
            LocalizedText(sv: "Det finns inget att ångra.", en: "There is nothing to undo.")
        case .emptyNote:
            LocalizedText(
                sv: "Skriv frågan som ska parkeras.", en: "Write the issue to park.")
        }
    }

    /// An action's field as the workshop's prompts name it.
    static func fieldName(_ field: String) -> LocalizedText {
        switch field {
        case "what": LocalizedText(sv: "Vad", en: "What")
        case "owner": LocalizedText(sv: "Ansvarig", en: "Owner")
        case "due": LocalizedText(sv: "Klart senast", en: "Due")
        case "measure": LocalizedText(sv: "Åtgärdsförslag", en: "Measure")
        default: LocalizedText(sv: field, en: field)
        }
    }
}
