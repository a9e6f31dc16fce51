/// Reads one answer as survey tools write it: the scale's value (`1`–`5`), its label in Swedish or
/// English in any case (*Stämmer helt*, *strongly agree*), or *don't know*, which is an empty field,
/// *Vet ej* or *Don't know*; or LimeSurvey's answer code for the step, `A1`–`A5` (or `AO01`–`AO05`, as
/// LimeSurvey 4 and later number answer options), counting from the lowest step as the scale lists them.
///
/// A single byte (the usual `1`–`5` and the empty field) is read through a table, without building a
/// string; anything longer is normalised (``SurveyText``) and looked up.
struct AnswerReader: Sendable {
    /// What a field holds.
    enum Reading: Equatable {
        /// A value on the scale.
        case value(Int)
        /// *Don't know*, or no answer.
        case dontKnow
        /// Not an answer.
        case invalid
    }

    /// Readings of one-byte fields, indexed by the byte.
    private let single: [Reading]
    /// For scales whose values are single digits: the character (``AnswerCode``) of each one-byte field,
    /// by the byte, 0 where it is no answer; what ``code(_:)`` answers for such a field.
    let singleCode: [UInt8]
    /// Readings of longer fields, by normalised text.
    private let words: [String: Reading]
    /// What the scale accepts, for error messages.
    let expected: LocalizedText
    /// Readings of the short fields met so far, by their exact bytes.
    private var seen: [FieldKey: Reading] = [:]
    /// The first few of them, compared rather than hashed: a survey repeats a handful (*Vet ej*).
    private var few: [(key: FieldKey, reading: Reading)] = []

    init(scale: AnswerScale) {
        var words: [String: Reading] = [:]
        for label in [scale.dontKnow.sv, scale.dontKnow.en, "Vet ej", "Vet inte", "Don't know", "Dont know"] {
            words[SurveyText.normalize(label)] = .dontKnow
        }
        for (index, step) in scale.steps.enumerated() {
            words["a\(index + 1)"] = .value(step.value)
            words[index < 9 ? "ao0\(index + 1)" : "ao\(index + 1)"] = .value(step.value)
            words["\(step.value)"] = .value(step.value)
            words[SurveyText.normalize(step.label.sv)] = .value(step.value)
            words[SurveyText.normalize(step.label.en)] = .value(step.value)
        }
        var single = [Reading](repeating: .invalid, count: 256)
        for (word, reading) in words where word.utf8.count == 1 {
            single[Int(word.utf8.first!)] = reading
        }
        self.single = single
        singleCode = single.map { reading in
            switch reading {
            case .value(let value): AnswerCode.character(value)
            case .dontKnow: AnswerCode.dontKnow
            case .invalid: 0
            }
        }
        self.words = words
        let range = "\(scale.minimum)–\(scale.maximum)"
        let top = scale.steps.last?.label ?? LocalizedText(sv: "", en: "")
        expected = LocalizedText(
            sv: "\(range), en etikett som \"\(top.sv)\" eller \"\(top.en)\", eller tomt eller "
                + "\"\(scale.dontKnow.sv)\" för vet ej",
            en: "\(range), a label such as \"\(top.sv)\" or \"\(top.en)\", or empty or "
                + "\"\(scale.dontKnow.en)\" for don't know")
    }

    /// Reads the bytes of one field.
    @inline(__always)
    mutating func read(_ field: UnsafeBufferPointer<UInt8>) -> Reading {
        switch field.count {
        case 0: return .dontKnow
        case 1: return single[Int(field[0])]
        default: return readText(field)
        }
    }

    /// Reads the bytes of one field as its character (``AnswerCode``), 0 when it is no answer; only for
    /// a scale that ``AnswerCode/fits(_:)``. The usual one-byte field is one table look-up.
    @inline(__always)
    mutating func code(_ field: UnsafeBufferPointer<UInt8>) -> UInt8 {
        switch field.count {
        case 0: return AnswerCode.dontKnow
        case 1: return singleCode[Int(field[0])]
        default:
            switch readText(field) {
            case .value(let value): return AnswerCode.character(value)
            case .dontKnow: return AnswerCode.dontKnow
            case .invalid: return 0
            }
        }
    }

    /// Whether `text` reads as an answer (a value or a *don't know* label); the empty field does not
    /// count, since it is also what a header row has in a column without a sub-heading.
    func isAnswer(_ text: String) -> Bool {
        var bytes = Array(text.utf8)
        return !bytes.isEmpty
            && bytes.withUnsafeMutableBufferPointer { interpret(UnsafeBufferPointer($0)) } != .invalid
    }

    private mutating func readText(_ field: UnsafeBufferPointer<UInt8>) -> Reading {
        let key = FieldKey(field)
        if let key {
            if few.count < 8 {
                if let known = few.first(where: { $0.key == key }) { return known.reading }
            } else if let reading = seen[key] {
                return reading
            }
        }
        let reading = interpret(field)
        // Bad values fail the import anyway; the bound keeps a file full of them from growing the cache.
        if let key, seen.count < 1024 {
            seen[key] = reading
            if few.count < 8 { few.append((key, reading)) }
        }
        return reading
    }

    private func interpret(_ field: UnsafeBufferPointer<UInt8>) -> Reading {
        var start = 0
        var end = field.count
        while start < end, field[start] == 0x20 || field[start] == 0x09 { start += 1 }
        while end > start, field[end - 1] == 0x20 || field[end - 1] == 0x09 { end -= 1 }
        if start == end { return .dontKnow }
        if end - start == 1 { return single[Int(field[start])] }
        let text = String(decoding: UnsafeBufferPointer(rebasing: field[start..<end]), as: UTF8.self)
        return words[SurveyText.normalize(text)] ?? .invalid
    }
}
