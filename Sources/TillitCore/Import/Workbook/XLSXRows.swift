/// Turns a worksheet's XML into records, byte by byte: one record per row with content, cells placed by
/// their reference, rows padded to the header's width.
///
/// A survey of 100,000 respondents is a worksheet of some 190 MB of markup, so the sheet is not parsed
/// into elements: the bytes are scanned for the few tags a sheet's data needs (`row`, `c`, `v`, `is`,
/// `t`, by local name), a numeric cell's value is copied straight into the row's bytes, and a shared
/// string's bytes are looked up by index — no string or object per cell. The XML may arrive in pieces
/// of any size, as it is inflated (``feed(_:final:)``): markup cut by a piece's end is kept and read
/// with the next. Entities and character references are decoded in values; malformed markup ends in
/// ``XMLScanner/Failure`` with the byte offset in the part, never a crash.
struct XLSXRows {
    /// The shared strings' bytes, one after the other, and where each ends.
    private let strings: [UInt8]
    private let stringEnds: [Int]
    private let body: (CSVRecord) -> Bool
    /// The rows handed on.
    private(set) var emitted = 0
    private var stopped = false

    /// Markup cut off by the previous piece's end, and where in the part it begins.
    private var pending: [UInt8] = []
    private var offset = 0

    /// The row being read: its number, and its cells by column with their bytes in `rowBytes`.
    private var rowNumber = 0
    private var nextColumn = 0
    private var rowBytes: [UInt8] = []
    private var cells: [(column: Int, start: Int, end: Int)] = []
    /// The cell being read.
    private var cellColumn = 0
    private var cellType = CellType.number
    private var value: [UInt8] = []
    private var inValue = false
    private var inInline = false
    /// Rows held back until the width is known: the header and the row after it.
    private var held: [(line: Int, bytes: [UInt8], ends: [Int])] = []
    private var width = 0
    private var widthKnown = false
    /// Scratch storage for the record handed on.
    private var recordBytes: [UInt8] = []
    private var recordEnds: [Int] = []

    /// What a cell's `t` attribute says its value is.
    private enum CellType {
        case number, shared, inline, formula, boolean
    }

    /// The tags a worksheet's data is read from.
    private enum Tag {
        case row, cell, value, inline, text, other
    }

    /// The most columns a sheet has (`XFD`).
    static let maximumColumns = 16_384
    /// The longest single piece of markup or text read: far beyond Excel's 32,767 characters a cell,
    /// and a bound on what a damaged sheet can make the reader hold.
    static let maximumMarkup = 4 << 20

    init(strings: [String], body: @escaping (CSVRecord) -> Bool) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(strings.count)
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            ends.append(bytes.count)
        }
        self.strings = bytes
        self.stringEnds = ends
        self.body = body
    }

    /// Reads the next piece of the sheet's XML; `final` for the last. Markup cut off at the end of a
    /// piece is read with the next.
    mutating func feed(_ piece: UnsafeBufferPointer<UInt8>, final: Bool) throws(XMLScanner.Failure) {
        guard !stopped else { return }
        var piece = piece
        if !pending.isEmpty {
            // Usually the markup cut off ends at the piece's first `>` (or its text at the first `<`):
            // complete it with those bytes alone, rather than copying the whole piece behind it.
            let end =
                pending[0] == 0x3C ? piece.firstIndex(of: 0x3E).map { $0 + 1 } : piece.firstIndex(of: 0x3C)
            pending.append(contentsOf: piece[..<(end ?? piece.count)])
            piece = UnsafeBufferPointer(rebasing: piece[(end ?? piece.count)...])
            let whole = pending
            let used = try whole.withUnsafeBufferPointer { (whole) throws(XMLScanner.Failure) in
                try scan(whole, final: final && piece.isEmpty)
            }
            pending.removeFirst(used)
            offset += used
            if !pending.isEmpty, !stopped {
                // Markup longer than that (a `>` inside quotes, a comment): read on from it.
                let rest = !piece.isEmpty
                pending.append(contentsOf: piece)
                piece = UnsafeBufferPointer(start: nil, count: 0)
                if rest || final {
                    let rest = pending
                    let used = try rest.withUnsafeBufferPointer { (rest) throws(XMLScanner.Failure) in
                        try scan(rest, final: final)
                    }
                    pending.removeFirst(used)
                    offset += used
                }
            }
        }
        if pending.isEmpty, !stopped {
            let used = try scan(piece, final: final)
            if used < piece.count { pending.append(contentsOf: piece[used...]) }
            offset += used
        }
        if pending.count > XLSXRows.maximumMarkup { throw XMLScanner.Failure(offset: offset) }
        if final, !stopped { flushHeld() }
    }

    /// Reads a whole sheet's XML.
    mutating func feed(_ bytes: [UInt8], final: Bool = true) throws(XMLScanner.Failure) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(XMLScanner.Failure) in
            try feed(bytes, final: final)
        }
    }

    /// Scans `bytes` as far as its markup is complete (all of it when `final`); returns how far.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool) throws(XMLScanner.Failure)
        -> Int
    {
        let count = bytes.count
        var index = 0
        while index < count, !stopped {
            if bytes[index] != 0x3C {
                var end = index
                while end < count, bytes[end] != 0x3C { end += 1 }
                if end == count, !final { return index }
                if inValue { try XMLScanner.decode(bytes, index..<end, into: &value, offset: offset) }
                index = end
                continue
            }
            guard index + 1 < count else {
                if final { throw XMLScanner.Failure(offset: offset + index) }
                return index
            }
            let next = bytes[index + 1]
            if next == 0x21 || next == 0x3F {
                // CDATA is text; comments, processing instructions and the doctype are skipped.
                let cdata = XMLScanner.matches(bytes, at: index, "<![CDATA[")
                let comment = !cdata && XMLScanner.matches(bytes, at: index, "<!--")
                if !final, !cdata, !comment, index + 9 > count { return index }
                let terminator = cdata ? "]]>" : comment ? "-->" : ">"
                guard let end = XMLScanner.find(bytes, terminator, from: index + 2) else {
                    if final { throw XMLScanner.Failure(offset: offset + index) }
                    return index
                }
                if cdata, inValue { value.append(contentsOf: bytes[(index + 9)..<end]) }
                index = end + terminator.utf8.count
                continue
            }
            // The end of the tag: the first `>` outside quoted attribute values.
            var end = index + 1
            var quote: UInt8 = 0
            while end < count {
                let byte = bytes[end]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x3E {
                    break
                }
                end += 1
            }
            guard end < count else {
                if final { throw XMLScanner.Failure(offset: offset + index) }
                return index
            }
            if next == 0x2F {
                closeTag(XLSXRows.tag(bytes, (index + 2)..<end))
                index = end + 1
            } else {
                let opened = try openTag(bytes, index..<end)
                index = end + 1
                if opened, let after = plainValue(bytes, from: index) { index = after }
            }
        }
        return count
    }

    /// Reads what nearly every cell of a survey is, `<v>4</v></c>` right after a cell's opening tag, in
    /// one step; `nil`, having read nothing, for anything else (which the general path reads).
    private mutating func plainValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = bytes.count
        guard start + 3 <= count, bytes[start] == 0x3C, bytes[start + 1] == 0x76, bytes[start + 2] == 0x3E
        else { return nil }
        var end = start + 3
        while end < count, bytes[end] != 0x3C, bytes[end] != 0x26 { end += 1 }
        guard end + 8 <= count, bytes[end] == 0x3C, bytes[end + 1] == 0x2F, bytes[end + 2] == 0x76,
            bytes[end + 3] == 0x3E, bytes[end + 4] == 0x3C, bytes[end + 5] == 0x2F, bytes[end + 6] == 0x63,
            bytes[end + 7] == 0x3E
        else { return nil }
        value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(start + 3)..<end]))
        finishCell()
        return end + 8
    }

    /// An opening (or self-closing) tag, from its `<` up to its `>`; whether it opened a cell that is
    /// still open.
    private mutating func openTag(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(XMLScanner
        .Failure) -> Bool
    {
        var nameEnd = range.lowerBound + 1
        while nameEnd < range.upperBound, !XLSXRows.isSpace(bytes[nameEnd]), bytes[nameEnd] != 0x2F {
            nameEnd += 1
        }
        let tag = XLSXRows.tag(bytes, (range.lowerBound + 1)..<nameEnd)
        if nameEnd == range.lowerBound + 1 { throw XMLScanner.Failure(offset: offset + range.lowerBound) }
        var closes = false
        var reference: Range<Int>?
        var type: Range<Int>?
        // The attributes are checked for every element, as well-formed XML; only `r` and `t` are kept.
        var index = nameEnd
        while true {
            while index < range.upperBound, XLSXRows.isSpace(bytes[index]) { index += 1 }
            guard index < range.upperBound else { break }
            if bytes[index] == 0x2F {
                guard index + 1 == range.upperBound else { throw XMLScanner.Failure(offset: offset + index) }
                closes = true
                break
            }
            let nameStart = index
            while index < range.upperBound, bytes[index] != 0x3D, !XLSXRows.isSpace(bytes[index]) {
                index += 1
            }
            // `r` or `t`, or with a namespace prefix `x:r`: the one-letter names a cell is read by.
            let last = index - 1
            let letter = index > nameStart && (last == nameStart || bytes[last - 1] == 0x3A) ? bytes[last] : 0
            while index < range.upperBound, XLSXRows.isSpace(bytes[index]) { index += 1 }
            guard index < range.upperBound, bytes[index] == 0x3D else {
                throw XMLScanner.Failure(offset: offset + index)
            }
            index += 1
            while index < range.upperBound, XLSXRows.isSpace(bytes[index]) { index += 1 }
            guard index < range.upperBound, bytes[index] == 0x22 || bytes[index] == 0x27 else {
                throw XMLScanner.Failure(offset: offset + index)
            }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < range.upperBound, bytes[index] != quote { index += 1 }
            guard index < range.upperBound else { throw XMLScanner.Failure(offset: offset + valueStart) }
            if letter == 0x72 {
                reference = valueStart..<index
            } else if letter == 0x74 {
                type = valueStart..<index
            }
            index += 1
        }
        switch tag {
        case .row:
            rowNumber =
                try reference.flatMap { (range) throws(XMLScanner.Failure) in
                    try XLSXRows.attribute(bytes, range) { XLSXRows.number($0) }
                } ?? rowNumber + 1
            rowBytes.removeAll(keepingCapacity: true)
            cells.removeAll(keepingCapacity: true)
            nextColumn = 0
        case .cell:
            cellColumn =
                try reference.flatMap { (range) throws(XMLScanner.Failure) in
                    try XLSXRows.attribute(bytes, range) { XLSXRows.column($0) }
                } ?? nextColumn
            cellType =
                try type.map { (range) throws(XMLScanner.Failure) in
                    try XLSXRows.attribute(bytes, range) { XLSXRows.cellType($0) }
                } ?? .number
            value.removeAll(keepingCapacity: true)
        case .value: inValue = true
        case .inline: inInline = true
        case .text where inInline: inValue = true
        default: break
        }
        if closes { closeTag(tag) }
        return tag == .cell && !closes
    }

    private mutating func closeTag(_ tag: Tag) {
        switch tag {
        case .row: finishRow()
        case .cell: finishCell()
        case .value: inValue = false
        case .inline: inInline = false
        case .text where inInline: inValue = false
        default: break
        }
    }

    private mutating func finishCell() {
        nextColumn = cellColumn + 1
        guard cellColumn < XLSXRows.maximumColumns else { return }
        let start = rowBytes.count
        switch cellType {
        case .shared:
            guard let index = XLSXRows.number(value, trimming: true), stringEnds.indices.contains(index)
            else {
                return
            }
            rowBytes.append(contentsOf: strings[(index == 0 ? 0 : stringEnds[index - 1])..<stringEnds[index]])
        case .inline, .formula:
            if XLSXRows.find(value, "_x") {
                rowBytes.append(contentsOf: XLSXRows.unescape(String(decoding: value, as: UTF8.self)).utf8)
            } else {
                rowBytes.append(contentsOf: value)
            }
        case .boolean: rowBytes.append(contentsOf: value == [0x31] ? Array("TRUE".utf8) : Array("FALSE".utf8))
        case .number: rowBytes.append(contentsOf: value)
        }
        cells.append((cellColumn, start, rowBytes.count))
    }

    /// The row's fields in column order, `width` of them at least; and the width its content needs.
    private mutating func layOut(width: Int) -> Int {
        // Excel writes cells in column order; a generator that does not is put in order, the last of
        // two cells in one column counting.
        if !cells.indices.dropFirst().allSatisfy({ cells[$0 - 1].column < cells[$0].column }) {
            var byColumn: [Int: (column: Int, start: Int, end: Int)] = [:]
            for cell in cells { byColumn[cell.column] = cell }
            cells = byColumn.values.sorted { $0.column < $1.column }
        }
        let used = (cells.last { $0.end > $0.start }?.column ?? -1) + 1
        recordBytes.removeAll(keepingCapacity: true)
        recordEnds.removeAll(keepingCapacity: true)
        var next = 0
        for cell in cells where cell.column < max(width, used) {
            while recordEnds.count < cell.column { recordEnds.append(recordBytes.count) }
            recordBytes.append(contentsOf: rowBytes[cell.start..<cell.end])
            recordEnds.append(recordBytes.count)
            next = cell.column + 1
        }
        while next < max(width, used) {
            recordEnds.append(recordBytes.count)
            next += 1
        }
        return used
    }

    private mutating func finishRow() {
        // A row without content is a blank line.
        guard cells.contains(where: { $0.end > $0.start }) else { return }
        if !widthKnown, held.count < 2 {
            _ = layOut(width: 0)
            held.append((rowNumber, recordBytes, recordEnds))
            return
        }
        flushHeld()
        guard !stopped else { return }
        _ = layOut(width: width)
        send(line: rowNumber)
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
        width = rows.map(\.ends.count).max() ?? 0
        for row in rows where !stopped {
            recordBytes = row.bytes
            recordEnds = row.ends
            while recordEnds.count < width { recordEnds.append(recordBytes.count) }
            send(line: row.line)
        }
    }

    private mutating func send(line: Int) {
        emitted += 1
        let keepGoing = recordBytes.withUnsafeBufferPointer { bytes in
            recordEnds.withUnsafeBufferPointer { ends in body(CSVRecord(bytes: bytes, ends: ends, line: line))
            }
        }
        if !keepGoing { stopped = true }
    }
}

extension XLSXRows {
    /// The column of a cell reference (`B7` is 1), or `nil` for a malformed one.
    static func column(_ reference: String) -> Int? {
        column(Array(reference.utf8))
    }

    static func column(_ reference: some Collection<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference {
            let upper = byte & 0xDF
            guard upper >= 0x41, upper <= 0x5A else { break }
            column = column * 26 + Int(upper) - 64
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

    /// A whole number written in decimal digits (with a sign, as `Int` reads it), or `nil`; with
    /// `trimming`, spaces around it are allowed.
    static func number(_ bytes: some BidirectionalCollection<UInt8>, trimming: Bool = false) -> Int? {
        var start = bytes.startIndex
        var end = bytes.endIndex
        if trimming {
            while start < end, bytes[start] == 0x20 { bytes.formIndex(after: &start) }
            while start < end, bytes[bytes.index(before: end)] == 0x20 { bytes.formIndex(before: &end) }
        }
        var negative = false
        if start < end, bytes[start] == 0x2B || bytes[start] == 0x2D {
            negative = bytes[start] == 0x2D
            bytes.formIndex(after: &start)
        }
        guard start < end, bytes.distance(from: start, to: end) <= 18 else {
            return start < end
                ? Int(String(decoding: bytes[start..<end], as: UTF8.self)).map { negative ? -$0 : $0 } : nil
        }
        var result = 0
        for byte in bytes[start..<end] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            result = result * 10 + Int(byte - 0x30)
        }
        return negative ? -result : result
    }

    /// The tag named by the bytes in `range` (a name, possibly with a namespace prefix).
    private static func tag(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Tag {
        let name = localName(bytes, range)
        let start = name.lowerBound
        switch name.count {
        case 1:
            switch bytes[start] {
            case 0x63: return .cell
            case 0x76: return .value
            case 0x74: return .text
            default: return .other
            }
        case 2: return bytes[start] == 0x69 && bytes[start + 1] == 0x73 ? .inline : .other
        case 3:
            return bytes[start] == 0x72 && bytes[start + 1] == 0x6F && bytes[start + 2] == 0x77
                ? .row : .other
        default: return .other
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Where a name is without its namespace prefix or trailing space.
    private static func localName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var index = end
        while index > start {
            index -= 1
            if bytes[index] == 0x3A {
                start = index + 1
                break
            }
        }
        return start..<end
    }

    /// What `read` makes of an attribute's value, its entities decoded (the bytes are read in place
    /// when it has none, as a cell's `r` and `t` never do).
    private static func attribute<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        _ read: (Slice<UnsafeBufferPointer<UInt8>>) -> T
    ) throws(XMLScanner.Failure) -> T {
        guard bytes[range].contains(0x26) else { return read(bytes[range]) }
        var decoded: [UInt8] = []
        try XMLScanner.decode(bytes, range, into: &decoded, offset: 0)
        return decoded.withUnsafeBufferPointer { read($0[...]) }
    }

    /// The type a cell's `t` attribute gives.
    private static func cellType(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> CellType {
        switch value.count {
        case 1 where value.first == 0x73: .shared
        case 1 where value.first == 0x62: .boolean
        case 3 where value.elementsEqual("str".utf8): .formula
        case 9 where value.elementsEqual("inlineStr".utf8): .inline
        default: .number
        }
    }

    private static func find(_ bytes: [UInt8], _ text: String) -> Bool {
        bytes.withUnsafeBufferPointer { XMLScanner.find($0, text, from: 0) != nil }
    }
}
