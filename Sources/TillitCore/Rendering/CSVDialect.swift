/// How a CSV file separates cells and writes decimals.
///
/// Swedish Excel reads a `.csv` with the list separator of the Swedish locale — a semicolon — and
/// expects decimal commas; given commas and points it puts every row in one cell or reads `3.25` as a
/// date. Both dialects are UTF-8 with a byte-order mark and CRLF line endings.
public enum CSVDialect: String, Sendable, Codable, Hashable, CaseIterable {
    /// Semicolons between cells and decimal commas (`3,25`), for Excel with Swedish settings.
    case excelSwedish = "excel-sv"
    /// Commas between cells and decimal points (`3.25`), as RFC 4180 and most programs expect.
    case standard

    /// The dialect a reader of the language most likely opens: Swedish Excel for Swedish.
    public init(language: Language) {
        self = language == .sv ? .excelSwedish : .standard
    }

    /// The character between cells.
    public var separator: Character { self == .excelSwedish ? ";" : "," }

    /// The decimal separator.
    public var decimalSeparator: Character { self == .excelSwedish ? "," : "." }
}
