/// Why a response file was not merged into an assessment. Nothing from a refused file is merged.
public enum MergeError: TillitError, Equatable {
    /// The file is not JSON or not a response file.
    case unreadable(file: String, reason: LocalizedText)
    /// The response answers another questionnaire, another version, or other statements.
    case differentQuestionnaire(file: String, found: String, expected: String)
    /// The assessment already has a participant of this name.
    case duplicateParticipant(file: String, name: String)
    /// The participant has no name.
    case blankName(file: String)
    /// An answer is not on the questionnaire's scale.
    case notOnScale(file: String, item: Int, value: Int)
    /// An unfinished response, its statements in another order, leaves an unanswered statement before
    /// an answered one.
    case gapInAnswers(file: String)
    /// The assessment does not exist and the questionnaire the responses answer is not built in.
    case unknownQuestionnaire(file: String, id: String)

    public var message: LocalizedText {
        switch self {
        case .unreadable(let file, let reason):
            LocalizedText(
                sv: "\(file): kan inte läsas som en svarsfil: \(reason.sv)",
                en: "\(file): cannot be read as a response file: \(reason.en)")
        case .differentQuestionnaire(let file, let found, let expected):
            LocalizedText(
                sv:
                    "\(file): svaren gäller frågeformuläret \(found), men självskattningen använder \(expected)",
                en:
                    "\(file): the answers are to the questionnaire \(found), but the assessment uses \(expected)"
            )
        case .duplicateParticipant(let file, let name):
            LocalizedText(
                sv: "\(file): deltagaren ’\(name)’ finns redan i självskattningen",
                en: "\(file): the participant ‘\(name)’ is already in the assessment")
        case .blankName(let file):
            LocalizedText(
                sv: "\(file): deltagarens namn saknas", en: "\(file): the participant's name is missing")
        case .notOnScale(let file, let item, let value):
            LocalizedText(
                sv: "\(file): participant.answers[\(item)]: svaret \(value) finns inte på skalan",
                en: "\(file): participant.answers[\(item)]: the answer \(value) is not on the scale")
        case .gapInAnswers(let file):
            LocalizedText(
                sv:
                    "\(file): svaren är inte klara och påståendena står i en annan ordning; låt deltagaren svara klart först",
                en:
                    "\(file): the answers are unfinished and the statements are in another order; let the participant finish first"
            )
        case .unknownQuestionnaire(let file, let id):
            LocalizedText(
                sv:
                    "\(file): frågeformuläret ’\(id)’ är inte inbyggt; ange det med --questionnaire FIL för att skapa självskattningen",
                en:
                    "\(file): the questionnaire ‘\(id)’ is not built in; give it with --questionnaire FILE to create the assessment"
            )
        }
    }
}

extension Assessment {
    /// Adds a participant's response scored apart; all or nothing.
    ///
    /// Refused, with nothing changed, when the response is to another questionnaire or version (or the
    /// statements differ), when the participant's name is blank or already taken, or when an answer is
    /// off the scale.
    public mutating func merge(_ response: ResponseFile, file: String) throws(MergeError) {
        let existing = participants
        participants.append(
            try response.participant(
                for: questionnaire, file: file,
                taken: { name in existing.first { NameMatch.same($0.name, name) }?.name }))
    }
}

extension ParticipantAppender {
    /// Adds a participant's response scored apart to a file, under the rules of
    /// ``Assessment/merge(_:file:)``; all or nothing.
    public mutating func merge(_ response: ResponseFile, file: String) throws(MergeError) {
        append(try response.participant(for: questionnaire, file: file, taken: participant(named:)))
    }
}

extension ResponseFile {
    /// The participant this response adds to an assessment of `questionnaire`, where `taken` gives the
    /// name of a participant already there whose name is the same (trimmed, case folded).
    fileprivate func participant(
        for questionnaire: Questionnaire, file: String, taken: (String) -> String?
    ) throws(MergeError) -> Participant {
        guard answersSameItems(as: questionnaire) else {
            throw .differentQuestionnaire(
                file: file, found: "\(questionnaireID) v\(questionnaireVersion)",
                expected: "\(questionnaire.id) v\(questionnaire.version)")
        }
        guard let answers = answers(in: questionnaire) else { throw .gapInAnswers(file: file) }
        let name = participant.name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !name.isEmpty else { throw .blankName(file: file) }
        if let taken = taken(name) { throw .duplicateParticipant(file: file, name: taken) }
        for (index, answer) in answers.enumerated() {
            if let answer, !questionnaire.scale.contains(answer) {
                let inFile = itemIDs.firstIndex(of: questionnaire.items[index].id) ?? index
                throw .notOnScale(file: file, item: inFile, value: answer)
            }
        }
        let role = participant.role?.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return Participant(name: name, role: role?.isEmpty == false ? role : nil, answers: answers)
    }
}
