/// Turns UTF-16 arriving in chunks of any size into UTF-8, so that the CSV parser only ever sees UTF-8.
///
/// A chunk may end in the middle of a code unit or between the two halves of a surrogate pair; those
/// bytes are carried over to the next chunk. An unpaired surrogate is malformed text, found with its
/// line and character, and refused by the same rule as malformed UTF-8 in a file announced as UTF-8
/// (`TextDecoder`): nothing is replaced silently.
struct UTF16Transcoder {
    /// An unpaired surrogate: its bytes as in the file, line and character (counting from 1).
    struct Malformed: Equatable {
        var bytes: [UInt8]
        var line: Int
        var column: Int
    }

    /// Whether the bytes are big-endian.
    let bigEndian: Bool
    /// Bytes of an incomplete code unit from the previous chunk.
    private var carriedByte: UInt8?
    /// A high surrogate from the previous chunk waiting for its low half.
    private var carriedUnit: UInt16?
    /// Line breaks and characters since the last one, for the place of a problem.
    private var lines = 0
    private var column = 0

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// Appends the UTF-8 of a chunk to `output`; with `final`, a surrogate still waiting is unpaired.
    mutating func transcode(
        _ chunk: UnsafeRawBufferPointer, final: Bool, into output: inout [UInt8]
    ) -> Malformed? {
        var index = 0
        if let first = carriedByte, let second = chunk.first {
            carriedByte = nil
            index = 1
            if let problem = take(makeUnit(first, second), into: &output) { return problem }
        }
        while index + 1 < chunk.count {
            if let problem = take(makeUnit(chunk[index], chunk[index + 1]), into: &output) { return problem }
            index += 2
        }
        if index < chunk.count { carriedByte = chunk[index] }
        if final, let unit = carriedUnit { return malformed(unit) }
        return nil
    }

    private mutating func take(_ unit: UInt16, into output: inout [UInt8]) -> Malformed? {
        if let high = carriedUnit {
            guard (0xDC00..<0xE000).contains(unit) else { return malformed(high) }
            carriedUnit = nil
            let scalar = 0x10000 + (UInt32(high - 0xD800) << 10 | UInt32(unit - 0xDC00))
            output += [
                UInt8(0xF0 | scalar >> 18), UInt8(0x80 | (scalar >> 12) & 0x3F),
                UInt8(0x80 | (scalar >> 6) & 0x3F),
                UInt8(0x80 | scalar & 0x3F),
            ]
            column += 1
            return nil
        }
        switch unit {
        case 0xD800..<0xDC00:
            carriedUnit = unit
            return nil
        case 0xDC00..<0xE000:
            return malformed(unit)
        case 0..<0x80:
            output.append(UInt8(unit))
            if unit == 0x0A {
                lines += 1
                column = 0
                return nil
            }
        case 0x80..<0x800:
            output += [UInt8(0xC0 | unit >> 6), UInt8(0x80 | unit & 0x3F)]
        default:
            output += [UInt8(0xE0 | unit >> 12), UInt8(0x80 | (unit >> 6) & 0x3F), UInt8(0x80 | unit & 0x3F)]
        }
        column += 1
        return nil
    }

    private func malformed(_ unit: UInt16) -> Malformed {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        return Malformed(bytes: bigEndian ? [high, low] : [low, high], line: lines + 1, column: column + 1)
    }

    private func makeUnit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
    }
}
