/// Writes CSV that opens correctly in a spreadsheet: UTF-8 with a byte-order mark, a header row, CRLF
/// line endings, RFC 4180 quoting, and formula-like cells neutralised; cells separated and decimals
/// written as the ``CSVDialect`` says.
///
/// A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so a
/// participant's note such as `=HYPERLINK(...)` is shown as text instead of being run by Excel (CSV
/// injection). Numbers written with ``number(_:decimals:)`` are not touched.
public struct CSVWriter: Sendable {
    private var rows: [String] = []
    /// The dialect: separator and decimal mark.
    public let dialect: CSVDialect

    /// Creates a writer with a header row.
    public init(header: [String], dialect: CSVDialect = .standard) {
        self.dialect = dialect
        append(header)
    }

    /// Appends a row of text cells; each is neutralised and quoted as needed.
    public mutating func append(_ cells: [String]) {
        append(cells.map(Cell.text))
    }

    /// Appends a row whose cells are already safe (e.g. numbers from ``number(_:decimals:)``) or text.
    public mutating func append(_ cells: [Cell]) {
        rows.append(
            cells.map { cell in
                switch cell {
                case .text(let text): escape(CSVWriter.neutralise(text))
                case .number(let text):
                    dialect == .standard
                        ? text : String(text.map { $0 == "." ? dialect.decimalSeparator : $0 })
                }
            }.joined(separator: String(dialect.separator)))
    }

    /// The CSV text, beginning with the UTF-8 byte-order mark.
    public var text: String { "\u{FEFF}" + rows.joined(separator: "\r\n") + "\r\n" }

    /// A cell: free text (neutralised) or a number (written as is).
    public enum Cell: Sendable, Hashable {
        /// Free text: neutralised against formulas and quoted as needed.
        case text(String)
        /// A number already formatted; written as it is.
        case number(String)
    }

    /// A number cell with a fixed number of decimals and a point as separator, or an empty cell.
    public static func number(_ value: Double?, decimals: Int = 2) -> Cell {
        guard let value else { return .number("") }
        return .number(Formatting.decimal(value, decimals: decimals))
    }

    /// A whole-number cell, or an empty cell.
    public static func number(_ value: Int?) -> Cell { .number(value.map(String.init) ?? "") }

    /// Prefixes formula-like text with `'`.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
            return cell
        }
        return "'" + cell
    }

    /// Quotes a cell when it contains a comma, quote or line break, doubling inner quotes.
    public static func escape(_ cell: String) -> String { CSVWriter(header: []).escape(cell) }

    /// Quotes a cell when it contains the separator, a quote or a line break, doubling inner quotes.
    public func escape(_ cell: String) -> String {
        guard cell.contains(where: { $0 == dialect.separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        else {
            return cell
        }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
