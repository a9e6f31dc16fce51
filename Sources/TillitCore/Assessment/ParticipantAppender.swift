import Foundation

/// Adds participants to an assessment file without reading the ones it holds into values: what
/// ``AssessmentStore/appendParticipants(creating:_:)`` hands an edit such as `merge`.
///
/// The participants already in the file are known only by their names' keys (``NameMatch/key(_:)``),
/// hashed into a filter of fixed size (`NameFilter`), so that a new name can be checked against them in
/// memory that does not grow with their number; their rows are copied into the new file as they are.
public struct ParticipantAppender {
    /// The questionnaire the participants answer.
    public let questionnaire: Questionnaire
    /// The participants added so far.
    public private(set) var added: [Participant] = []
    /// Whether the file did not exist, so that the participants go into a new one.
    public let isNew: Bool
    /// The hashes of the name keys of the participants in the file and those added.
    private let keys: NameFilter
    /// Finds, by reading the file's rows again, the name of a participant in the file whose key is
    /// `key`; asked only when the filter may hold the key's hash.
    private let lookUp: (String) -> String?

    init(
        questionnaire: Questionnaire, keys: NameFilter, lookUp: @escaping (String) -> String?, isNew: Bool
    ) {
        self.questionnaire = questionnaire
        self.isNew = isNew
        self.keys = keys
        self.lookUp = lookUp
    }

    /// The participant, in the file or added, whose name is the same as `name` after trimming and case
    /// folding; `nil` when there is none. A name the filter may have seen is confirmed among those added
    /// and then in the file, so that a false "may" costs a reading of the rows, never a wrong refusal.
    public func participant(named name: String) -> String? {
        let key = NameMatch.key(name)
        guard keys.mightContain(Self.hash(key: key)) else { return nil }
        if let same = added.first(where: { NameMatch.key($0.name) == key }) { return same.name }
        return lookUp(key)
    }

    /// Adds a participant; the caller has checked the name (``participant(named:)``) and the answers.
    public mutating func append(_ participant: Participant) {
        _ = keys.insert(Self.hash(key: NameMatch.key(participant.name)))
        added.append(participant)
    }

    /// The hash of a name key.
    static func hash(key: String) -> UInt64 {
        key.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    /// The hash of the key of a name written in a file (raw bytes between the quotes): names of
    /// visible ASCII characters, as pseudonyms are, are folded byte by byte, the same as
    /// ``NameMatch/key(_:)`` gives; any other through it.
    static func hash(rawName: UnsafeBufferPointer<UInt8>, text: () -> String) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in rawName {
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else {
                return self.hash(key: NameMatch.key(text()))
            }
            let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
            hash = (hash ^ UInt64(folded)) &* 1_099_511_628_211
        }
        return hash
    }
}
