/// The entries of a ZIP archive, read from its central directory: what an `.xlsx` workbook is.
///
/// Only what workbooks use is read — stored and deflated entries, no encryption, no ZIP64 (a workbook
/// of over 4 GB) — and everything else is refused with a reason. Offsets and sizes are checked
/// against the archive before use, and each entry's CRC-32 after decompressing it.
struct ZIPArchive {
    /// Why an archive or an entry cannot be read; the text says what was found.
    struct Failure: Error, Equatable {
        var reason: LocalizedText
    }

    private struct Entry {
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localOffset: Int
    }

    private let bytes: [UInt8]
    private var entries: [String: Entry] = [:]

    /// Whether `bytes` begin as a ZIP archive does.
    static func looksLikeZIP(_ prefix: [UInt8]) -> Bool { prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// Reads the central directory of the archive in `bytes`.
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        // The end-of-central-directory record: 22 bytes, then a comment of up to 65,535.
        var end = bytes.count - 22
        let stop = max(0, bytes.count - 22 - 65_535)
        while end >= stop, !(end >= 0 && read32(end) == 0x0605_4B50) { end -= 1 }
        guard end >= stop, end >= 0 else {
            throw Failure(
                reason: LocalizedText(
                    sv: "filen är inte ett ZIP-arkiv (en .xlsx-arbetsbok är ett); förväntade en arbetsbok "
                        + "sparad av Excel eller LibreOffice",
                    en: "the file is not a ZIP archive (an .xlsx workbook is one); expected a workbook saved "
                        + "by Excel or LibreOffice"))
        }
        let count = read16(end + 10)
        let directorySize = Int(read32(end + 12))
        var offset = Int(read32(end + 16))
        guard count != 0xFFFF, directorySize != 0xFFFF_FFFF, offset != 0xFFFF_FFFF else {
            throw Failure(
                reason: LocalizedText(
                    sv: "arbetsboken är ett ZIP64-arkiv, som inte kan läsas; spara den som CSV UTF-8",
                    en: "the workbook is a ZIP64 archive, which cannot be read; save it as CSV UTF-8"))
        }
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, read32(offset) == 0x0201_4B50 else { throw ZIPArchive.damaged }
            let nameLength = read16(offset + 28)
            let extraLength = read16(offset + 30)
            let commentLength = read16(offset + 32)
            guard offset + 46 + nameLength <= bytes.count else { throw ZIPArchive.damaged }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(
                method: read16(offset + 10), flags: read16(offset + 8), crc: read32(offset + 16),
                compressedSize: Int(read32(offset + 20)), size: Int(read32(offset + 24)),
                localOffset: Int(read32(offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
        }
    }

    static let damaged = Failure(
        reason: LocalizedText(
            sv: "ZIP-arkivet är skadat (dess innehållsförteckning stämmer inte); spara arbetsboken på nytt",
            en: "the ZIP archive is damaged (its directory does not add up); save the workbook again"))

    /// Whether the archive has an entry of that name.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The decompressed bytes of the entry `name`, or `nil` when there is none.
    func entry(_ name: String) throws(Failure) -> [UInt8]? {
        guard let size = entries[name]?.size else { return nil }
        var data: [UInt8] = []
        data.reserveCapacity(size)
        try stream(name) { piece in
            data.append(contentsOf: piece)
            return true
        }
        return data
    }

    /// Hands the decompressed bytes of the entry `name` to `body` a piece at a time, so that a part
    /// of any size is read in little memory; stops when `body` returns `false`. Returns `nil` when
    /// there is no such entry, `false` when stopped, `true` when the whole entry was read and matched
    /// its size and checksum.
    @discardableResult
    func stream(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws(Failure) -> Bool? {
        guard let entry = entries[name] else { return nil }
        func damaged(_ sv: String, _ en: String) -> Failure {
            Failure(reason: LocalizedText(sv: "\(name): \(sv)", en: "\(name): \(en)"))
        }
        if entry.flags & 1 != 0 {
            throw damaged(
                "delen är krypterad; spara arbetsboken utan lösenord",
                "the part is encrypted; save the workbook without a password")
        }
        let local = entry.localOffset
        guard local + 30 <= bytes.count, read32(local) == 0x0403_4B50 else { throw ZIPArchive.damaged }
        let start = local + 30 + read16(local + 26) + read16(local + 28)
        guard start + entry.compressedSize <= bytes.count else { throw ZIPArchive.damaged }
        // A slice: the compressed bytes are read where they lie in the archive, not copied.
        let compressed = bytes[start..<(start + entry.compressedSize)]
        var crc = CRC32()
        var size = 0
        func take(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
            crc.update(piece)
            size += piece.count
            return body(piece)
        }
        switch entry.method {
        case 0:
            guard compressed.withUnsafeBufferPointer(take) else { return false }
        case 8:
            do {
                // DEFLATE expands at most 1,032 times: a declared size beyond that is a lie. The limit
                // is the declared size, so that a part cannot inflate past what its header says.
                let possible = min(entry.size, compressed.count * 1032 + 1024)
                guard try Inflater.inflate(compressed, limit: possible, take) else { return false }
            } catch {
                throw damaged(
                    "den komprimerade datan är skadad", "the compressed data is damaged")
            }
        default:
            throw damaged(
                "komprimeringsmetod \(entry.method) kan inte läsas (bara lagrad och deflate)",
                "compression method \(entry.method) cannot be read (only stored and deflate)")
        }
        guard size == entry.size, crc.value == entry.crc else {
            throw damaged(
                "innehållet stämmer inte med sin kontrollsumma", "the content does not match its checksum")
        }
        return true
    }

    private func read16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }

    private func read32(_ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }
}
