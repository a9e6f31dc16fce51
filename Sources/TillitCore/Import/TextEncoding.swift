/// The character encoding of a text file, as told by its byte order mark.
///
/// Excel's "CSV UTF-8" starts with a UTF-8 byte order mark, its "Unicode text" is UTF-16 little-endian
/// with one, and most web survey tools write plain UTF-8. Files without a byte order mark are read as
/// UTF-8 and checked; other legacy encodings are refused with advice rather than misread.
public enum TextEncoding: Sendable, Hashable {
    /// UTF-8 without a byte order mark.
    case utf8
    /// UTF-8 with a byte order mark (`EF BB BF`).
    case utf8WithBOM
    /// UTF-16 little-endian with a byte order mark (`FF FE`).
    case utf16LittleEndian
    /// UTF-16 big-endian with a byte order mark (`FE FF`).
    case utf16BigEndian

    /// The encoding the first bytes of a file announce, and the length of its byte order mark.
    static func detect(_ prefix: UnsafeRawBufferPointer) -> (encoding: TextEncoding, bomLength: Int) {
        let bytes = Array(prefix.prefix(3))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8WithBOM, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return (.utf8, 0)
    }

    /// Whether the text is UTF-16 and must be transcoded before parsing.
    var isUTF16: Bool { self == .utf16LittleEndian || self == .utf16BigEndian }

    /// The encoding's name, for the import summary.
    public var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 (BOM)"
        case .utf16LittleEndian: "UTF-16 LE"
        case .utf16BigEndian: "UTF-16 BE"
        }
    }
}
