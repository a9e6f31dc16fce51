/// Turns a worksheet's elements into records: one per row with content, cells placed by their
/// reference, rows padded to the header's width.
struct XLSXRows {
    let strings: [String]
    let body: (CSVRecord) -> Bool
    var emitted = 0
    private var stopped = false
    /// The row being read: its number and its cells by column.
    private var rowNumber = 0
    private var cells: [Int: String] = [:]
    private var nextColumn = 0
    /// The cell being read.
    private var cellColumn = 0
    private var cellType = ""
    private var value = ""
    private var inValue = false
    private var inInline = false
    /// Rows held back until the width is known: the header and the row after it.
    private var held: [(line: Int, cells: [Int: String])] = []
    private var width = 0
    private var widthKnown = false

    init(strings: [String], body: @escaping (CSVRecord) -> Bool) {
        self.strings = strings
        self.body = body
    }

    /// The most columns a sheet has (`XFD`).
    static let maximumColumns = 16_384

    mutating func take(_ event: XMLScanner.Event) {
        guard !stopped else { return }
        switch event {
        case .start("row", let attributes):
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = [:]
            nextColumn = 0
        case .end("row"):
            finishRow()
        case .start("c", let attributes):
            cellColumn = attributes["r"].flatMap(XLSXRows.column) ?? nextColumn
            cellType = attributes["t"] ?? "n"
            value = ""
        case .end("c"):
            nextColumn = cellColumn + 1
            guard cellColumn < XLSXRows.maximumColumns else { return }
            switch cellType {
            case "s":
                if let index = Int(value.trimmingCharacters(in: .whitespaces)),
                    strings.indices.contains(index)
                {
                    cells[cellColumn] = strings[index]
                }
            case "inlineStr", "str": cells[cellColumn] = XLSXRows.unescape(value)
            case "b": cells[cellColumn] = value == "1" ? "TRUE" : "FALSE"
            default: cells[cellColumn] = value
            }
        case .start("v", _): inValue = true
        case .end("v"): inValue = false
        case .start("is", _): inInline = true
        case .end("is"): inInline = false
        case .start("t", _) where inInline: inValue = true
        case .end("t") where inInline: inValue = false
        case .text(let text) where inValue: value += text
        default: break
        }
    }

    /// The column of a cell reference (`B7` is 1), or `nil` for a malformed one.
    static func column(_ reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.properties.uppercaseMapping.unicodeScalars.first!.value) - 64
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : column - 1
    }

    /// Text with OOXML's escapes of control characters (`_x000D_`) decoded.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }

    private mutating func finishRow() {
        // A row without content is a blank line.
        guard cells.values.contains(where: { !$0.isEmpty }) else { return }
        if !widthKnown, held.count < 2 {
            held.append((rowNumber, cells))
            return
        }
        emit(line: rowNumber, cells: cells)
    }

    /// Hands on what is still held back.
    mutating func finish() {
        flushHeld()
    }

    private mutating func flushHeld() {
        guard !held.isEmpty else { return }
        let rows = held
        held = []
        widthKnown = true
        width = rows.map(XLSXRows.lastColumn).max() ?? 0
        for row in rows where !stopped { send(line: row.line, cells: row.cells) }
    }

    private mutating func emit(line: Int, cells: [Int: String]) {
        flushHeld()
        if !stopped { send(line: line, cells: cells) }
    }

    private static func lastColumn(_ row: (line: Int, cells: [Int: String])) -> Int {
        (row.cells.filter { !$0.value.isEmpty }.keys.max() ?? -1) + 1
    }

    private mutating func send(line: Int, cells: [Int: String]) {
        let count = max(width, XLSXRows.lastColumn((line, cells)))
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(count)
        for column in 0..<count {
            if let text = cells[column] { bytes.append(contentsOf: text.utf8) }
            ends.append(bytes.count)
        }
        emitted += 1
        let keepGoing = bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in body(CSVRecord(bytes: bytes, ends: ends, line: line)) }
        }
        if !keepGoing { stopped = true }
    }
}
