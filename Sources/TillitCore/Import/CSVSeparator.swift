/// The character between fields of a CSV file.
///
/// Survey tools and spreadsheets disagree: Excel with Swedish settings saves semicolons, most tools
/// commas, some tabs. The reader detects which from the header line, so an analyst never has to say.
public enum CSVSeparator: UInt8, Sendable, Hashable, CaseIterable {
    /// `,`, the RFC 4180 default.
    case comma = 0x2C
    /// `;`, what Excel writes where the decimal separator is a comma, as in Sweden.
    case semicolon = 0x3B
    /// A tab, from tab-separated exports.
    case tab = 0x09

    /// The separator a header line uses: the candidate that occurs most often outside quotes, ties going
    /// to semicolon, then comma, then tab; comma when the header has a single column.
    static func detect(header: UnsafeBufferPointer<UInt8>) -> CSVSeparator {
        var counts = [Int](repeating: 0, count: 256)
        var quoted = false
        for byte in header {
            if byte == 0x22 {
                quoted.toggle()
            } else if !quoted {
                if byte == 0x0A || byte == 0x0D { break }
                counts[Int(byte)] += 1
            }
        }
        var best = CSVSeparator.comma
        var top = 0
        for candidate in [CSVSeparator.semicolon, .comma, .tab] where counts[Int(candidate.rawValue)] > top {
            best = candidate
            top = counts[Int(candidate.rawValue)]
        }
        return best
    }

    /// The separator's name, for the import summary.
    public var name: LocalizedText {
        switch self {
        case .comma: LocalizedText(sv: "kommatecken", en: "comma")
        case .semicolon: LocalizedText(sv: "semikolon", en: "semicolon")
        case .tab: LocalizedText(sv: "tabb", en: "tab")
        }
    }
}
