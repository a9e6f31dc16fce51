/// A row of a survey export that cannot be imported, with its line in the file.
public struct ImportRowIssue: Sendable, Hashable {
    /// What is wrong with the row.
    public enum Kind: Sendable, Hashable {
        /// The value in a column is not an answer on the scale.
        case badValue(String)
        /// The row has a different number of fields from the header.
        case ragged(found: Int, expected: Int)
        /// The row's bytes are not valid UTF-8.
        case encoding
    }

    /// The line in the file where the row begins, counting from 1 (the header is line 1); a quoted
    /// field with line breaks makes a row span several lines.
    public var line: Int
    /// The column, counting from 1, for a bad value.
    public var column: Int?
    /// The column's header, for a bad value.
    public var header: String?
    /// What is wrong.
    public var kind: Kind
    /// The answers the scale accepts, for the message about a bad value, e.g. `1–5`.
    public var expected: LocalizedText?

    /// Creates an issue.
    public init(
        line: Int, column: Int? = nil, header: String? = nil, kind: Kind, expected: LocalizedText? = nil
    ) {
        self.line = line
        self.column = column
        self.header = header
        self.kind = kind
        self.expected = expected
    }

    /// What is wrong, naming the line and column.
    public var message: LocalizedText {
        switch kind {
        case .badValue(let value):
            let place = column.map { number in
                (number, header.map { " (\"\(ColumnProblem.shorten($0))\")" } ?? "")
            }
            let shown = value.count <= 40 ? value : String(value.prefix(39)) + "…"
            return LocalizedText(
                sv: "rad \(line), kolumn \(place?.0 ?? 0)\(place?.1 ?? ""): \"\(shown)\" är inget svar; "
                    + "förväntade \(expected?.sv ?? "ett svar på skalan")",
                en: "line \(line), column \(place?.0 ?? 0)\(place?.1 ?? ""): \"\(shown)\" is not an answer; "
                    + "expected \(expected?.en ?? "an answer on the scale")")
        case .ragged(let found, let expected):
            return LocalizedText(
                sv: "rad \(line): \(found) fält men rubrikraden har \(expected)",
                en: "line \(line): \(found) field\(found == 1 ? "" : "s") but the header has \(expected)")
        case .encoding:
            return LocalizedText(
                sv: "rad \(line): texten är inte giltig UTF-8",
                en: "line \(line): the text is not valid UTF-8")
        }
    }
}
