/// The character encoding of a text file: announced by its byte order mark, detected, or chosen.
///
/// Excel's "CSV UTF-8" starts with a UTF-8 byte order mark, its "Unicode text" is UTF-16 little-endian
/// with one, most web survey tools write plain UTF-8, and Swedish Excel's "CSV (semikolonavgränsad)"
/// is Windows-1252. A file without a byte order mark is UTF-8 when all of it is well-formed UTF-8, and
/// Windows-1252 otherwise (`TextDecoder`); ISO-8859-1 is never detected, only chosen, since every byte
/// sequence is valid in it and in Windows-1252 alike.
public enum TextEncoding: Sendable, Hashable, CaseIterable {
    /// UTF-8 without a byte order mark.
    case utf8
    /// UTF-8 with a byte order mark (`EF BB BF`).
    case utf8WithBOM
    /// UTF-16 little-endian, with a byte order mark (`FF FE`) or chosen.
    case utf16LittleEndian
    /// UTF-16 big-endian, with a byte order mark (`FE FF`).
    case utf16BigEndian
    /// Windows-1252, what Excel on Windows writes for "CSV": Latin-1 with `€`, `–`, `’` and other
    /// typography in the bytes 80–9F.
    case windows1252
    /// ISO-8859-1 (Latin-1): every byte is the Unicode code point of the same number.
    case iso8859_1

    /// The encoding named on a command line: `utf-8`, `utf-16`, `windows-1252` (`cp1252`) or
    /// `iso-8859-1` (`latin1`), in any case; `nil` for any other name.
    ///
    /// `utf-16` means little-endian unless the file's byte order mark says otherwise.
    public init?(name: String) {
        switch String(name.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf-16-le": self = .utf16LittleEndian
        case "utf-16be", "utf-16-be": self = .utf16BigEndian
        case "windows-1252", "cp1252", "cp-1252": self = .windows1252
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1": self = .iso8859_1
        default: return nil
        }
    }

    /// The names ``init(name:)`` accepts, for help and error messages.
    public static let names = ["utf-8", "utf-16", "windows-1252", "iso-8859-1"]

    /// The encoding the first bytes of a file announce, and the length of its byte order mark; `nil`
    /// without one.
    static func byteOrderMark(_ prefix: UnsafeRawBufferPointer) -> (encoding: TextEncoding, length: Int)? {
        let bytes = Array(prefix.prefix(3))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8WithBOM, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// Whether the text is UTF-16.
    var isUTF16: Bool { self == .utf16LittleEndian || self == .utf16BigEndian }

    /// Whether the text is UTF-8.
    var isUTF8: Bool { self == .utf8 || self == .utf8WithBOM }

    /// The encoding's name, for the import summary.
    public var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 (BOM)"
        case .utf16LittleEndian: "UTF-16 LE"
        case .utf16BigEndian: "UTF-16 BE"
        case .windows1252: "Windows-1252"
        case .iso8859_1: "ISO-8859-1"
        }
    }
}
