/// A whole self-assessment in one value: who, when, which questionnaire, every answer, what the team
/// agreed, and its development plan.
///
/// An assessment is saved as one self-contained JSON file (suggested extension `.tillit.json`, see
/// ``AssessmentFile``). The questionnaire is embedded, so the file stays readable when the built-in
/// questionnaires change.
public struct Assessment: Sendable, Codable, Hashable {
    /// The file format this version of Tillit writes: 2, participants as compact rows (see
    /// ``AssessmentFile``). Files of version 1 are still read, and written as version 2 when changed;
    /// files with a higher version are refused rather than half-read.
    public static let currentFormatVersion = 2

    /// The file format version; an assessment read from a file of version 1 has the current one, since it
    /// is written in it when saved.
    public var formatVersion: Int
    /// The organisation, e.g. `Exempelmyndigheten` or `Exempels kommun`.
    public var organisation: String
    /// The unit within the organisation, e.g. `Ledningsgruppen, avdelning Syd`; may be empty.
    public var unit: String
    /// The day of the workshop.
    public var date: CalendarDate
    /// Who led the workshop.
    public var facilitator: String
    /// The language the workshop was run in.
    public var language: Language
    /// The questionnaire, embedded.
    public var questionnaire: Questionnaire
    /// The participants and their answers.
    public var participants: [Participant]
    /// What the team agreed per principle.
    public var consensus: [Consensus]
    /// The development plan, once the team has made one.
    public var plan: DevelopmentPlan?
    /// Where an interactive workshop stands, so that it resumes exactly where it stopped.
    public var workshop: WorkshopProgress?
    /// The parking lot (*parkeringsplats*): issues raised during the workshop and noted for later, in
    /// the order raised; shown in the summary and the plan. `nil` (left out of the file) when none.
    public var parkingLot: [String]?

    /// Creates an assessment with no answers yet.
    public init(
        organisation: String, unit: String = "", date: CalendarDate, facilitator: String = "",
        language: Language = .sv, questionnaire: Questionnaire, participants: [Participant] = [],
        consensus: [Consensus] = [], plan: DevelopmentPlan? = nil, workshop: WorkshopProgress? = nil
    ) {
        self.formatVersion = Assessment.currentFormatVersion
        self.organisation = organisation
        self.unit = unit
        self.date = date
        self.facilitator = facilitator
        self.language = language
        self.questionnaire = questionnaire
        self.participants = participants
        self.consensus = consensus
        self.plan = plan
        self.workshop = workshop
    }

    /// Records a participant's answer to an item; `nil` records *don't know*.
    ///
    /// Answers are given in order, so an item may be answered only once all before it are, or changed
    /// afterwards; the value must be on the questionnaire's scale.
    public mutating func record(_ value: Int?, participant: Int, item: Int) throws(AssessmentError) {
        guard participants.indices.contains(participant) else {
            throw .invalidEdit(
                LocalizedText(
                    sv: "det finns ingen deltagare nummer \(participant + 1)",
                    en: "there is no participant number \(participant + 1)"))
        }
        guard questionnaire.items.indices.contains(item), item <= participants[participant].answers.count
        else {
            throw .invalidEdit(
                LocalizedText(
                    sv: "påstående \(item + 1) kan inte besvaras ännu",
                    en: "statement \(item + 1) cannot be answered yet"))
        }
        if let value, !questionnaire.scale.contains(value) {
            throw .invalidEdit(
                LocalizedText(
                    sv:
                        "svaret \(value) finns inte på skalan \(questionnaire.scale.minimum)–\(questionnaire.scale.maximum)",
                    en:
                        "the answer \(value) is not on the scale \(questionnaire.scale.minimum)–\(questionnaire.scale.maximum)"
                ))
        }
        if item == participants[participant].answers.count {
            participants[participant].answers.append(value)
        } else {
            participants[participant].answers[item] = value
        }
    }

    /// The consensus entry for a principle, if the team has agreed anything about it.
    public func consensus(for principle: PrincipleID) -> Consensus? {
        consensus.first { $0.principle == principle }
    }

    /// Sets (or replaces) the consensus for a principle; scores and targets must be 1–5.
    public mutating func setConsensus(_ entry: Consensus) throws(AssessmentError) {
        for (name, value) in [("score", entry.score), ("target", entry.target)] {
            if let value, !(1...5).contains(value) {
                throw .invalidEdit(
                    LocalizedText(
                        sv: "\(name == "score" ? "nivån" : "målet") ska vara 1–5, inte \(value)",
                        en: "the \(name) must be 1–5, not \(value)"))
            }
        }
        if let index = consensus.firstIndex(where: { $0.principle == entry.principle }) {
            consensus[index] = entry
        } else {
            consensus.append(entry)
            consensus.sort { $0.principle < $1.principle }
        }
    }
}

/// Where an interactive workshop stands: the step, and within individual scoring, whose turn it is.
///
/// Stored in the assessment so that `workshop FILE` resumes exactly where it stopped, whoever stopped it
/// and however.
public struct WorkshopProgress: Sendable, Codable, Hashable {
    /// The step the workshop is at, e.g. `scoring`, `consensus`.
    public var step: String
    /// The participant whose turn it is during individual scoring.
    public var participant: Int
    /// The principle the consensus step has reached.
    public var position: Int
    /// The participants the group view included when it was last shown, so that a latecomer is taken in
    /// only with enough others (``DisclosureControl/groupViewCohort(participants:shown:)``).
    public var groupView: [String]?

    /// Creates a progress marker.
    public init(step: String, participant: Int = 0, position: Int = 0) {
        self.step = step
        self.participant = participant
        self.position = position
    }
}
