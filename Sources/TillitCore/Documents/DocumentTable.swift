/// A table of a ``Document``: cells are formatted text, so every writer shows the same figures.
public struct DocumentTable: Sendable, Hashable {
    /// A column: its header and whether it holds numbers (aligned right).
    public struct Column: Sendable, Hashable {
        /// The header.
        public var title: String
        /// Whether the column holds numbers.
        public var numeric: Bool

        /// Creates a column.
        public init(_ title: String, numeric: Bool = false) {
            self.title = title
            self.numeric = numeric
        }
    }

    /// A row: its cells, or a heading spanning the table that groups the rows below it.
    public struct Row: Sendable, Hashable {
        /// The cells, one per column; a group heading has one.
        public var cells: [String]
        /// Whether the row is a group heading.
        public var isGroupHeading: Bool
        /// Whether the row is marked, e.g. a statement where the team disagrees.
        public var flagged: Bool

        /// Creates a row of cells.
        public init(_ cells: [String], flagged: Bool = false) {
            self.cells = cells
            isGroupHeading = false
            self.flagged = flagged
        }

        /// A heading row that groups the rows below it.
        public static func groupHeading(_ text: String) -> Row {
            var row = Row([text])
            row.isGroupHeading = true
            return row
        }
    }

    /// The caption, said before the table.
    public var caption: String
    /// The columns; the first names the row.
    public var columns: [Column]
    /// The rows.
    public var rows: [Row]

    /// Creates a table.
    public init(caption: String, columns: [Column], rows: [Row]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// Every text in the table.
    public var texts: [String] { [caption] + columns.map(\.title) + rows.flatMap(\.cells) }
}
