/// A member of the team who answers the questionnaire: a name or a pseudonym, an optional role, and
/// the answers given so far.
public struct Participant: Sendable, Codable, Hashable {
    /// The name or pseudonym, unique within an assessment. Never shown next to answers.
    public var name: String
    /// The group the participant belongs to, e.g. `ledningsgrupp`, `chefer`, `medarbetare`; scores
    /// are also computed per group.
    public var role: String?
    /// The answers in questionnaire order: `answers[i]` answers `questionnaire.items[i]`; `nil` is
    /// *don't know*. Items beyond the end are not yet answered, which is how a workshop resumes.
    public var answers: [Int?]

    /// Creates a participant.
    public init(name: String, role: String? = nil, answers: [Int?] = []) {
        self.name = name
        self.role = role
        self.answers = answers
    }

    /// The answer to item `index`: `.some(nil)` for *don't know*, `nil` when not yet answered.
    public func answer(at index: Int) -> Int?? {
        index < answers.count ? .some(answers[index]) : nil
    }

    /// Whether every item of a questionnaire with `itemCount` items is answered.
    public func hasAnswered(all itemCount: Int) -> Bool { answers.count >= itemCount }
}
