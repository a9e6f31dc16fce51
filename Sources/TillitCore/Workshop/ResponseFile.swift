import Foundation

/// One participant's answers, scored apart from the team and merged into the assessment later.
///
/// CAF teams and remote teams often rate on their own machines; the facilitator then merges the files
/// (``Assessment/merge(_:file:)``). The file names the questionnaire by id, version and the ids of its
/// items in order, so that answers are never read against other statements. It is JSON, written
/// atomically after every answer, so an interrupted respondent resumes where they stopped.
public struct ResponseFile: Sendable, Codable, Hashable {
    /// The file format this version of Tillit writes.
    public static let currentFormatVersion = 1
    /// The value of ``kind``, which tells a response file from an assessment at a glance.
    public static let kindName = "tillit-response"

    /// Always ``kindName``.
    public var kind: String
    /// The file format version.
    public var formatVersion: Int
    /// The questionnaire's id, e.g. `standard`.
    public var questionnaireID: String
    /// The questionnaire's version.
    public var questionnaireVersion: Int
    /// The ids of the questionnaire's items, in order: `participant.answers[i]` answers `itemIDs[i]`.
    public var itemIDs: [String]
    /// The day the answers were given.
    public var date: CalendarDate
    /// Who answered, and the answers (`nil` is *don't know*; a short list means not finished).
    public var participant: Participant

    /// Creates a response to a questionnaire.
    public init(questionnaire: Questionnaire, participant: Participant, date: CalendarDate) {
        kind = ResponseFile.kindName
        formatVersion = ResponseFile.currentFormatVersion
        questionnaireID = questionnaire.id
        questionnaireVersion = questionnaire.version
        itemIDs = questionnaire.items.map(\.id)
        self.date = date
        self.participant = participant
    }

    /// Whether the response is to this questionnaire: same id, version and items in the same order.
    public func fits(_ questionnaire: Questionnaire) -> Bool {
        questionnaireID == questionnaire.id && questionnaireVersion == questionnaire.version
            && itemIDs == questionnaire.items.map(\.id)
    }

    /// Whether the response answers the same statements as the questionnaire, in any order: same id,
    /// version and set of item ids. A file whose items were reordered (by hand, or by a later tool) is
    /// still read correctly, because each answer is matched to its statement by id.
    public func answersSameItems(as questionnaire: Questionnaire) -> Bool {
        let ids = questionnaire.items.map(\.id)
        return questionnaireID == questionnaire.id && questionnaireVersion == questionnaire.version
            && itemIDs.count == ids.count && Set(itemIDs) == Set(ids) && Set(itemIDs).count == ids.count
    }

    /// The answers in the questionnaire's order, matched by item id; `nil` when the response does not
    /// answer the same statements, or when an unfinished response in another order leaves a gap (an
    /// unanswered statement before an answered one), which a participant's answer list cannot hold.
    public func answers(in questionnaire: Questionnaire) -> [Int?]? {
        guard answersSameItems(as: questionnaire) else { return nil }
        let given = participant.answers
        var position: [String: Int] = [:]
        for (index, id) in itemIDs.enumerated() { position[id] = index }
        var ordered: [Int?] = []
        var ended = false
        for item in questionnaire.items {
            let index = position[item.id]!
            if index < given.count {
                if ended { return nil }
                ordered.append(given[index])
            } else {
                ended = true
            }
        }
        return ordered
    }

    /// The built-in questionnaire the response answers, when it is one (same id and version): what a
    /// new assessment created from response files uses.
    public var builtInQuestionnaire: Questionnaire? {
        guard let questionnaire = Questionnaire.builtIn(id: questionnaireID),
            questionnaire.version == questionnaireVersion
        else { return nil }
        return questionnaire
    }

    /// Whether every statement is answered.
    public var isComplete: Bool { participant.answers.count >= itemIDs.count }

    /// Decodes a response file; `file` names it in error messages.
    public static func decode(_ data: Data, file: String) throws(MergeError) -> ResponseFile {
        // Syntax errors with their line and column, and duplicate keys, before JSONDecoder sees the bytes.
        if let problem = JSONValidator.problem(in: data) { throw .unreadable(file: file, reason: problem) }
        let response: ResponseFile
        do {
            response = try JSONDecoder().decode(ResponseFile.self, from: data)
        } catch {
            // Described as in assessment files, with the field's exact path.
            let detail: LocalizedText
            if case .malformed(_, let path, let reason) = AssessmentFile.describe(error, file: file) {
                let place = path.isEmpty ? "" : "\(path): "
                detail = LocalizedText(sv: place + reason.sv, en: place + reason.en)
            } else {
                detail = LocalizedText(sv: "\(error)", en: "\(error)")
            }
            throw .unreadable(file: file, reason: detail)
        }
        guard response.kind == kindName else {
            throw .unreadable(
                file: file,
                reason: LocalizedText(
                    sv: "kind är ’\(response.kind)’, förväntade ’\(kindName)’",
                    en: "kind is ‘\(response.kind)’, expected ‘\(kindName)’"))
        }
        guard response.formatVersion <= currentFormatVersion else {
            throw .unreadable(
                file: file,
                reason: LocalizedText(
                    sv:
                        "filformat \(response.formatVersion) är nyare än \(currentFormatVersion); uppdatera tillit-assess",
                    en:
                        "file format \(response.formatVersion) is newer than \(currentFormatVersion); update tillit-assess"
                ))
        }
        guard response.participant.answers.count <= response.itemIDs.count else {
            let answers = response.participant.answers.count
            let items = response.itemIDs.count
            throw .unreadable(
                file: file,
                reason: LocalizedText(
                    sv: "participant.answers: \(answers) svar på \(items) påståenden",
                    en: "participant.answers: \(answers) answers for \(items) statements"))
        }
        return response
    }

    /// Encodes the response as stable, readable JSON.
    public static func encode(_ response: ResponseFile) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Value types with string keys and whole numbers always encode.
        return try! encoder.encode(response)
    }

    /// Writes the response atomically; a new file is created `0600`, since it holds one person's
    /// answers. `temporaries` registers the temporary file for a signal handler to remove.
    public func write(to url: URL, file: String? = nil, temporaries: TemporaryFiles? = nil) throws {
        try AtomicFile.write(
            ResponseFile.encode(self), to: url, file: file, creating: .private, temporaries: temporaries)
    }
}
