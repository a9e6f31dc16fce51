/// The RFC 4180 state machine: turns UTF-8 bytes, arriving in chunks of any size, into records.
///
/// Quoted fields may hold separators, doubled quotes and line breaks; records end with LF, CRLF or a
/// lone CR. A quote in the middle of an unquoted field, or text after a closing quote, is kept as
/// written, as spreadsheets do. Lines are counted, so every record knows where it begins. Blank lines
/// are skipped.
struct CSVParser {
    private enum State {
        /// In an unquoted field (or at the start of one).
        case field
        /// Inside quotes.
        case quoted
        /// Just after a quote inside quotes: a doubled quote, or the end of the quoted part.
        case quoteInQuoted
        /// Just after a CR: an LF that follows belongs to the same line break.
        case afterCR
    }

    let separator: UInt8
    private var state = State.field
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Where the current field's bytes begin.
    private var fieldStart = 0
    /// Whether the current record has consumed anything (a separator, a byte, a quote).
    private var started = false
    /// The current line, counting from 1.
    private(set) var line = 1
    /// The line the current record began on.
    private var recordLine = 1
    /// The line the open quote was on.
    private(set) var quoteLine = 1

    init(separator: CSVSeparator) {
        self.separator = separator.rawValue
        bytes.reserveCapacity(4096)
        ends.reserveCapacity(128)
    }

    /// Whether a quoted field is still open (at the end of input, an error).
    var isInsideQuotes: Bool { state == .quoted }

    /// Parses a chunk, calling `emit` for each complete record; stops early when `emit` returns `false`
    /// and then returns `false` itself.
    mutating func parse(_ chunk: UnsafeBufferPointer<UInt8>, emit: (CSVRecord) -> Bool) -> Bool {
        guard let base = chunk.baseAddress else { return true }
        let count = chunk.count
        let separator = self.separator
        // Work on locals: the compiler keeps them in registers and the arrays uniquely referenced.
        var state = self.state
        var bytes = self.bytes
        self.bytes = []
        var ends = self.ends
        self.ends = []
        var fieldStart = self.fieldStart
        var started = self.started
        var line = self.line
        var recordLine = self.recordLine
        var quoteLine = self.quoteLine
        var keepGoing = true
        defer {
            self.state = state
            self.bytes = bytes
            self.ends = ends
            self.fieldStart = fieldStart
            self.started = started
            self.line = line
            self.recordLine = recordLine
            self.quoteLine = quoteLine
        }

        func endRecord() -> Bool {
            defer {
                bytes.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
                fieldStart = 0
                started = false
            }
            // A blank line is one empty unquoted field: skip it.
            if ends.count == 1, bytes.isEmpty, !started { return true }
            return emit(CSVRecord(bytes: bytes, ends: ends, line: recordLine))
        }

        var index = 0
        while index < count && keepGoing {
            let byte = base[index]
            switch state {
            case .field:
                if byte == separator {
                    ends.append(bytes.count)
                    fieldStart = bytes.count
                    started = true
                } else if byte == 0x0A {
                    ends.append(bytes.count)
                    keepGoing = endRecord()
                    line += 1
                    recordLine = line
                } else if byte == 0x0D {
                    ends.append(bytes.count)
                    keepGoing = endRecord()
                    state = .afterCR
                } else if byte == 0x22, bytes.count == fieldStart {
                    state = .quoted
                    started = true
                    quoteLine = line
                } else {
                    bytes.append(byte)
                }
            case .quoted:
                if byte == 0x22 {
                    state = .quoteInQuoted
                } else {
                    if byte == 0x0A { line += 1 }
                    bytes.append(byte)
                }
            case .quoteInQuoted:
                if byte == 0x22 {
                    bytes.append(byte)
                    state = .quoted
                } else {
                    // The quoted part has ended; look at this byte again as part of an unquoted field.
                    state = .field
                    continue
                }
            case .afterCR:
                line += 1
                recordLine = line
                state = .field
                if byte != 0x0A { continue }
            }
            index += 1
        }
        return keepGoing
    }

    /// Ends the input: emits a last record without a final line break. Call only when not inside quotes.
    mutating func finish(emit: (CSVRecord) -> Bool) {
        if state == .afterCR || state == .field && !started && bytes.isEmpty { return }
        ends.append(bytes.count)
        if ends.count == 1, bytes.isEmpty, !started { return }
        _ = emit(CSVRecord(bytes: bytes, ends: ends, line: recordLine))
    }
}
