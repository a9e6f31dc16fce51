/// Excel's `sep=;` first line, which names the separator of the lines after it.
///
/// Excel writes and honours it so that a CSV opens the same whatever the computer's list separator;
/// survey tools add it for Excel's sake. Read as a header, it would make the file a one-column table
/// ("13 items have no column"); read as what it is, it decides the separator and is skipped.
enum SeparatorLine: Equatable {
    /// The first line is a `sep=` line, but its line break may end with an LF still to come.
    case incomplete
    /// A `sep=` line naming a separator the reader does not know; its text.
    case unsupported(String)
    /// The separator, and the length of the line with its line break, to skip.
    case separator(CSVSeparator, length: Int)

    /// Reads the first line of `bytes`, which ends at `end` (a CR or LF) or, without one, at the end of
    /// `bytes`; `nil` when it is not a `sep=` line. Accepts `sep=;` in any case, quoted or not.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, end: Int?, final: Bool) -> SeparatorLine? {
        var line = Array(bytes[..<(end ?? bytes.count)])
        if line.count >= 2, line.first == 0x22, line.last == 0x22 {
            line = Array(line.dropFirst().dropLast())
        }
        guard line.count >= 4, String(decoding: line.prefix(4), as: UTF8.self).lowercased() == "sep=" else {
            return nil
        }
        let named = Array(line.dropFirst(4))
        guard named.count == 1, let separator = CSVSeparator(rawValue: named[0]) else {
            return .unsupported(String(decoding: line, as: UTF8.self))
        }
        guard let end else { return .separator(separator, length: bytes.count) }
        if bytes[end] == 0x0D {
            if end + 1 < bytes.count {
                return .separator(separator, length: end + (bytes[end + 1] == 0x0A ? 2 : 1))
            }
            return final ? .separator(separator, length: end + 1) : .incomplete
        }
        return .separator(separator, length: end + 1)
    }
}
