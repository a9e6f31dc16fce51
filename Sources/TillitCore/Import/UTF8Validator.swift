/// Checks, chunk by chunk, that bytes are well-formed UTF-8 text, as Unicode defines it (table 3-7):
/// no NUL bytes, no encoded surrogates (`ED A0 80`), no overlong forms (`C0 AF`, `E0 80 80`), nothing
/// above U+10FFFF, no stray continuation bytes.
///
/// Every kind of malformed sequence is the same finding, which ``TextDecoder`` acts on by one rule.
/// Eight bytes of ASCII are checked at a time, so the check costs little next to parsing. Lines and
/// characters are counted, so that a problem can be placed in the file.
struct UTF8Validator {
    /// What a chunk turned out to be.
    enum Outcome: Equatable {
        /// Well-formed, except for the last `tail` bytes: the start of a sequence the next chunk ends.
        case valid(tail: Int)
        /// A NUL byte: not a text file.
        case nul
        /// A malformed sequence at `offset` in the chunk: its bytes, and its line and character
        /// (counting from 1).
        case malformed(offset: Int, bytes: [UInt8], line: Int, column: Int)
    }

    /// Line breaks seen so far.
    private var lines = 0
    /// Characters seen since the last line break.
    private var column = 0
    /// Whether a well-formed sequence of more than one byte has been seen: text that is not ASCII.
    private(set) var sawMultibyte = false

    /// Checks the next chunk. A sequence cut off at its end is left for the caller to carry over,
    /// unless the chunk is `final`, when it is malformed.
    mutating func check(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool) -> Outcome {
        let count = chunk.count
        guard let base = chunk.baseAddress else { return .valid(tail: 0) }
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if word & 0x8080_8080_8080_8080 == 0, hasZero == 0 {
                    // The line breaks of a word counted at once: a byte's high bit is set in `breaks`
                    // exactly when the byte is LF, and the column restarts after the last of them.
                    let newlines = word ^ 0x0A0A_0A0A_0A0A_0A0A
                    let breaks =
                        ~(((newlines & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | newlines)
                        & 0x8080_8080_8080_8080
                    if breaks == 0 {
                        column += 8
                    } else {
                        lines += breaks.nonzeroBitCount
                        column = 7 - (63 - breaks.leadingZeroBitCount) / 8
                    }
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte < 0x80 {
                if byte == 0 { return .nul }
                if byte == 0x0A {
                    lines += 1
                    column = 0
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            let following: Int
            switch byte {
            case 0xC2...0xDF: following = 1
            case 0xE0:
                following = 2
                low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: following = 2
            case 0xED:
                following = 2
                high = 0x9F
            case 0xF0:
                following = 3
                low = 0x90
            case 0xF1...0xF3: following = 3
            case 0xF4:
                following = 3
                high = 0x8F
            default: return malformed(base, at: index, length: 1)
            }
            for step in 1...following {
                guard index + step < count else {
                    return final ? malformed(base, at: index, length: step) : .valid(tail: count - index)
                }
                let next = base[index + step]
                let inRange = step == 1 ? (low...high).contains(next) : (0x80...0xBF).contains(next)
                if !inRange { return malformed(base, at: index, length: step + 1) }
            }
            sawMultibyte = true
            column += 1
            index += following + 1
        }
        return .valid(tail: 0)
    }

    private func malformed(_ base: UnsafePointer<UInt8>, at index: Int, length: Int) -> Outcome {
        .malformed(
            offset: index, bytes: Array(UnsafeBufferPointer(start: base + index, count: length)),
            line: lines + 1, column: column + 1)
    }
}
