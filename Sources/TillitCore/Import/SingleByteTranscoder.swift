/// Turns text in a one-byte-per-character encoding (Windows-1252, ISO-8859-1) into UTF-8, so that the
/// CSV parser only ever sees UTF-8.
///
/// Every byte is a whole character, so chunks need no carrying over. The five bytes Windows-1252 leaves
/// undefined (81, 8D, 8F, 90, 9D) become the control characters of the same number, as browsers read
/// them: a byte is never lost or refused.
struct SingleByteTranscoder {
    /// The UTF-8 of each byte: up to three bytes, and the count in the fourth.
    private let table: [UInt8]

    /// The characters Windows-1252 has in the bytes 80–9F, where ISO-8859-1 has control characters.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// A transcoder from `encoding`, which must be Windows-1252 or ISO-8859-1.
    init(_ encoding: TextEncoding) {
        var table = [UInt8](repeating: 0, count: 256 * 4)
        for byte in 0..<256 {
            let code =
                encoding == .windows1252 && (0x80..<0xA0).contains(byte)
                ? SingleByteTranscoder.windows1252High[byte - 0x80] : UInt32(byte)
            let utf8 = Array(String(UnicodeScalar(code)!).utf8)
            for (index, unit) in utf8.enumerated() { table[byte * 4 + index] = unit }
            table[byte * 4 + 3] = UInt8(utf8.count)
        }
        self.table = table
    }

    /// Appends the UTF-8 of `chunk` to `output`; returns `false`, with nothing appended, when the
    /// chunk holds a NUL byte (not a text file).
    func transcode(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Bool {
        if chunk.contains(0) { return false }
        output.reserveCapacity(output.count + chunk.count + chunk.count / 8)
        table.withUnsafeBufferPointer { table in
            for byte in chunk {
                if byte < 0x80 {
                    output.append(byte)
                    continue
                }
                let entry = Int(byte) * 4
                for index in 0..<Int(table[entry + 3]) { output.append(table[entry + index]) }
            }
        }
        return true
    }
}
