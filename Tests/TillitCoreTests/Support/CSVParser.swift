/// A minimal RFC 4180 reader for tests: quoted fields with doubled quotes, commas and line breaks
/// (or the given separator) inside quotes, CRLF or LF row ends, and a leading UTF-8 byte-order mark skipped.
enum CSVParser {
    /// The rows of a CSV text, each a list of unquoted cells.
    static func parse(_ text: String, separator: Unicode.Scalar = ",") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        cell.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(character)
                }
            } else {
                switch character {
                case "\"": quoted = true
                case separator:
                    row.append(cell)
                    cell = ""
                case "\r": break
                case "\n":
                    row.append(cell)
                    rows.append(row)
                    row = []
                    cell = ""
                default: cell.unicodeScalars.append(character)
                }
            }
            index += 1
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(cell)
            rows.append(row)
        }
        return rows
    }
}
