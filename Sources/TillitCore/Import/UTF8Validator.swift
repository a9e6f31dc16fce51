/// Checks, chunk by chunk, that bytes are UTF-8 text: no NUL bytes and well-formed sequences.
///
/// A file saved by an old Excel in Windows-1252 has `ä` as the single byte E4, which is not UTF-8; a
/// binary file has NUL bytes. Both are refused before anything is imported. Eight bytes of ASCII are
/// checked at a time, so the check costs little next to parsing.
struct UTF8Validator {
    /// The problem found.
    enum Problem: Equatable {
        /// A NUL byte: not a text file.
        case nul
        /// A malformed sequence on the given line (counting from 1).
        case malformed(line: Int)
    }

    /// Continuation bytes still expected from the previous chunk.
    private var pending = 0
    /// Line breaks seen so far, for the line number of a problem.
    private var lines = 0

    /// Checks the next chunk and returns the first problem, if any; with `final`, an incomplete sequence
    /// at the end is one.
    mutating func check(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool) -> Problem? {
        let count = chunk.count
        guard let base = chunk.baseAddress else {
            return final && pending > 0 ? .malformed(line: lines + 1) : nil
        }
        var index = 0
        while index < count {
            if pending == 0, index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if word & 0x8080_8080_8080_8080 == 0, hasZero == 0 {
                    // Count line breaks only when a word holds one; most words of answers do.
                    let newlines = word ^ 0x0A0A_0A0A_0A0A_0A0A
                    if (newlines &- 0x0101_0101_0101_0101) & ~newlines & 0x8080_8080_8080_8080 != 0 {
                        for offset in 0..<8 where base[index + offset] == 0x0A { lines += 1 }
                    }
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if pending > 0 {
                guard byte & 0xC0 == 0x80 else { return .malformed(line: lines + 1) }
                pending -= 1
            } else if byte == 0 {
                return .nul
            } else if byte < 0x80 {
                if byte == 0x0A { lines += 1 }
            } else if byte & 0xE0 == 0xC0, byte >= 0xC2 {
                pending = 1
            } else if byte & 0xF0 == 0xE0 {
                pending = 2
            } else if byte & 0xF8 == 0xF0, byte <= 0xF4 {
                pending = 3
            } else {
                return .malformed(line: lines + 1)
            }
            index += 1
        }
        return final && pending > 0 ? .malformed(line: lines + 1) : nil
    }
}
