/// Turns UTF-16 arriving in chunks of any size into UTF-8, so that the CSV parser only ever sees UTF-8.
///
/// A chunk may end in the middle of a code unit or between the two halves of a surrogate pair; those
/// bytes are carried over to the next chunk. Unpaired surrogates become U+FFFD.
struct UTF16Transcoder {
    /// Whether the bytes are big-endian.
    let bigEndian: Bool
    /// Bytes of an incomplete code unit from the previous chunk.
    private var carriedByte: UInt8?
    /// A high surrogate from the previous chunk waiting for its low half.
    private var carriedUnit: UInt16?
    /// Scratch storage for one chunk's code units.
    private var units: [UInt16] = []

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// Appends the UTF-8 of a chunk to `output`; with `final`, flushes anything carried over.
    mutating func transcode(_ chunk: UnsafeRawBufferPointer, final: Bool, into output: inout [UInt8]) {
        units.removeAll(keepingCapacity: true)
        if let unit = carriedUnit { units.append(unit) }
        carriedUnit = nil
        var index = 0
        if let first = carriedByte, let second = chunk.first {
            units.append(makeUnit(first, second))
            carriedByte = nil
            index = 1
        }
        while index + 1 < chunk.count {
            units.append(makeUnit(chunk[index], chunk[index + 1]))
            index += 2
        }
        if index < chunk.count { carriedByte = chunk[index] }
        if !final, let last = units.last, (0xD800..<0xDC00).contains(last) {
            carriedUnit = units.removeLast()
        }
        _ = Swift.transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) {
            output.append($0)
        }
    }

    private func makeUnit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
    }
}
