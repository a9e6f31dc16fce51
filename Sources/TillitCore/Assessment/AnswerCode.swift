/// How format version 2 of the assessment file writes a participant's answers: one character per
/// answered item, the digit of the scale's value, or `-` for *don't know*; `"41-3"` answers four items.
///
/// One character per answer keeps a row of 55 answers at 55 bytes and lets a reader count an answer by
/// looking its byte up in a table. It only works for scales whose values are all single digits (`0`–`9`),
/// as every built-in scale's are; an assessment with a custom scale outside that range is written in
/// format version 1, answers as JSON numbers (``fits(_:)``), which every reader still reads.
struct AnswerCode: Sendable {
    /// The character of *don't know*.
    static let dontKnow = UInt8(ascii: "-")
    /// In ``steps``: the byte is *don't know*.
    static let dontKnowStep: UInt8 = 254
    /// In ``steps``: the byte is no answer on this scale.
    static let invalid: UInt8 = 255

    /// For every byte, the index of the scale step it stands for, ``dontKnowStep``, or ``invalid``.
    let steps: [UInt8]

    /// The table for a scale.
    init(_ scale: AnswerScale) {
        var steps = [UInt8](repeating: Self.invalid, count: 256)
        for (index, step) in scale.steps.enumerated() where (0...9).contains(step.value) {
            steps[Int(UInt8(ascii: "0")) + step.value] = UInt8(index)
        }
        steps[Int(Self.dontKnow)] = Self.dontKnowStep
        self.steps = steps
    }

    /// Whether every answer on the scale can be written as one character.
    static func fits(_ scale: AnswerScale) -> Bool {
        !scale.steps.isEmpty && scale.steps.count < 200
            && scale.steps.allSatisfy { (0...9).contains($0.value) }
    }

    /// The character of an answer that ``fits(_:)``; `nil` is *don't know*.
    @inline(__always)
    static func character(_ answer: Int?) -> UInt8 {
        guard let answer else { return dontKnow }
        return UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: answer)
    }

    /// The character whose low four bits are `low`, as answers are counted by them (``Tally``): a digit
    /// for 0–9, `-` for any other, since the check of a file lets through nothing else.
    @inline(__always)
    static func character(lowBits low: Int) -> UInt8 {
        low < 10 ? UInt8(ascii: "0") + UInt8(low) : dontKnow
    }

    /// The answer a character stands for: `.some(nil)` for *don't know*, `nil` for no digit.
    static func answer(_ byte: UInt8) -> Int?? {
        if byte == dontKnow { return .some(nil) }
        let digit = byte &- UInt8(ascii: "0")
        return digit < 10 ? .some(Int(digit)) : nil
    }
}
