/// The CRC-32 of ZIP archives (ISO 3309, the polynomial EDB88320): each entry records it, so a damaged
/// workbook is told from a good one instead of being read as garbage.
///
/// Computed eight bytes at a time through eight tables ("slicing-by-8"), since a survey's worksheet
/// inflates to hundreds of megabytes of markup and a byte at a time would cost a third of a second;
/// and piece by piece (``update(_:)``), since the worksheet is checked as it streams.
struct CRC32 {
    /// Eight tables of 256 entries, one after the other: `tables[k * 256 + byte]` is the CRC of `byte`
    /// followed by `k` zero bytes.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
            tables[index] = value
        }
        for slice in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(slice - 1) * 256 + index]
                tables[slice * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The running value, inverted as the algorithm keeps it.
    private var state: UInt32 = 0xFFFF_FFFF

    /// The checksum of the bytes given so far.
    var value: UInt32 { state ^ 0xFFFF_FFFF }

    /// Adds the next bytes.
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        var crc = state
        CRC32.tables.withUnsafeBufferPointer { table in
            while remaining >= 8 {
                let raw = UnsafeRawPointer(pointer)
                let one = UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)) ^ crc
                let two = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
                crc =
                    table[7 * 256 + Int(one & 0xFF)] ^ table[6 * 256 + Int((one >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((one >> 16) & 0xFF)] ^ table[4 * 256 + Int(one >> 24)]
                    ^ table[3 * 256 + Int(two & 0xFF)] ^ table[2 * 256 + Int((two >> 8) & 0xFF)]
                    ^ table[256 + Int((two >> 16) & 0xFF)] ^ table[Int(two >> 24)]
                pointer += 8
                remaining -= 8
            }
            while remaining > 0 {
                crc = table[Int((crc ^ UInt32(pointer.pointee)) & 0xFF)] ^ (crc >> 8)
                pointer += 1
                remaining -= 1
            }
        }
        state = crc
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        bytes.withUnsafeBufferPointer { crc.update($0) }
        return crc.value
    }
}
