import Foundation

/// The RFC 4180 state machine: turns UTF-8 bytes, arriving in chunks of any size, into records.
///
/// Quoted fields may hold separators, doubled quotes and line breaks; records end with LF, CRLF or a
/// lone CR. A quote in the middle of an unquoted field, or text after a closing quote, is kept as
/// written, as spreadsheets do. Lines are counted, so every record knows where it begins. Blank lines
/// are skipped. The record being built lives in buffers the parser owns and reuses, written through
/// pointers: the inner loop does no reference counting or uniqueness checks.
final class CSVParser {
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
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity = 4096
    private var byteCount = 0
    private var ends: UnsafeMutablePointer<Int>
    private var endCapacity = 256
    private var endCount = 0
    /// Where the current field's bytes begin.
    private var fieldStart = 0
    /// Whether the current record has consumed a separator or a quote.
    private var started = false
    /// The current line, counting from 1.
    private(set) var line = 1
    /// The line the current record began on.
    private var recordLine = 1
    /// The line the open quote was on.
    private(set) var quoteLine = 1

    /// A parser whose input begins on line `firstLine` of the file (2 after a `sep=` line).
    init(separator: CSVSeparator, firstLine: Int = 1) {
        self.separator = separator.rawValue
        line = firstLine
        recordLine = firstLine
        quoteLine = firstLine
        bytes = .allocate(capacity: byteCapacity)
        ends = .allocate(capacity: endCapacity)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    /// Whether a quoted field is still open (at the end of input, an error).
    var isInsideQuotes: Bool { state == .quoted }

    /// Whether the input so far ended a record: the next byte starts a new one.
    var isAtRecordStart: Bool { state == .field && byteCount == 0 && endCount == 0 && !started }

    private func growBytes() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity * 2)
        larger.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = larger
        byteCapacity *= 2
    }

    private func growEnds() {
        let larger = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
        larger.update(from: ends, count: endCount)
        ends.deallocate()
        ends = larger
        endCapacity *= 2
    }

    /// Hands the finished record to `emit` (unless it is a blank line) and starts the next.
    private func endRecord(_ emit: (CSVRecord) -> Bool) -> Bool {
        defer {
            byteCount = 0
            endCount = 0
            fieldStart = 0
            started = false
        }
        // A blank line is one empty unquoted field: skip it.
        if endCount == 1, byteCount == 0, !started { return true }
        return emit(
            CSVRecord(
                bytes: UnsafeBufferPointer(start: bytes, count: byteCount),
                ends: UnsafeBufferPointer(start: ends, count: endCount), line: recordLine))
    }

    /// Parses a chunk, calling `emit` for each complete record; stops early when `emit` returns `false`
    /// and then returns `false` itself.
    ///
    /// The hot state is kept in local variables for the length of the chunk (the compiler cannot keep
    /// a class's properties in registers across the stores into the buffers) and written back around
    /// the rare calls that need it.
    func parse(_ chunk: UnsafeBufferPointer<UInt8>, emit: (CSVRecord) -> Bool) -> Bool {
        guard let base = chunk.baseAddress else { return true }
        let count = chunk.count
        let separator = self.separator
        var state = self.state
        var bytes = self.bytes
        var byteCount = self.byteCount
        var byteCapacity = self.byteCapacity
        var ends = self.ends
        var endCount = self.endCount
        var endCapacity = self.endCapacity
        var fieldStart = self.fieldStart
        var started = self.started
        var line = self.line
        var index = 0
        defer {
            self.state = state
            self.byteCount = byteCount
            self.endCount = endCount
            self.fieldStart = fieldStart
            self.started = started
            self.line = line
        }

        /// Makes room for `room` more field ends.
        func reserveEnds(_ room: Int) {
            while endCapacity - endCount < room {
                self.endCount = endCount
                growEnds()
                ends = self.ends
                endCapacity = self.endCapacity
            }
        }

        /// Appends a byte to the field being read, growing the buffer when it is full.
        func append(_ byte: UInt8) {
            if byteCount == byteCapacity {
                self.byteCount = byteCount
                growBytes()
                bytes = self.bytes
                byteCapacity = self.byteCapacity
            }
            bytes[byteCount] = byte
            byteCount += 1
        }

        while index < count {
            let byte = base[index]
            switch state {
            case .field:
                // A whole line without quotes, at the start of a record, is handed on as the file has it:
                // its fields are found by their separators and no byte is copied. Most lines of a survey
                // export are such a line.
                if byteCount == 0, endCount == 0, !started, byte != 0x0A, byte != 0x0D,
                    let found = memchr(base + index, 0x0A, count - index)
                {
                    let newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                    let end = base[newline - 1] == 0x0D ? newline - 1 : newline
                    var plain = true
                    var position = index
                    // Eight bytes at a time: a quote or a CR sends the line to the byte-by-byte reader,
                    // and each separator's place comes from the bits that mark it.
                    let separators = UInt64(separator) &* 0x0101_0101_0101_0101
                    while position + 8 <= end {
                        let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                        if Self.marks(word, 0x2222_2222_2222_2222) | Self.marks(word, 0x0D0D_0D0D_0D0D_0D0D)
                            != 0
                        {
                            plain = false
                            break
                        }
                        reserveEnds(8)
                        var found = Self.marks(word, separators)
                        while found != 0 {
                            ends[endCount] = position + found.trailingZeroBitCount >> 3 - index
                            endCount += 1
                            found &= found &- 1
                        }
                        position += 8
                    }
                    while plain, position < end {
                        let byte = base[position]
                        if byte == separator {
                            reserveEnds(1)
                            ends[endCount] = position - index
                            endCount += 1
                        } else if byte == 0x22 || byte == 0x0D {
                            plain = false
                            break
                        }
                        position += 1
                    }
                    if plain {
                        reserveEnds(1)
                        ends[endCount] = end - index
                        endCount += 1
                        let record = CSVRecord(
                            bytes: UnsafeBufferPointer(start: base + index, count: end - index),
                            ends: UnsafeBufferPointer(start: ends, count: endCount), line: line, gap: 1)
                        endCount = 0
                        line += 1
                        recordLine = line
                        index = newline + 1
                        if !emit(record) { return false }
                        continue
                    }
                    // Quotes or a lone CR: the line is read byte by byte below.
                    endCount = 0
                }
                // The common case of a survey export, a one-byte answer and a separator, in one step.
                if index + 1 < count, base[index + 1] == separator, byte != separator, byte != 0x0A,
                    byte != 0x0D, byte != 0x22 || byteCount != fieldStart,
                    byteCount < byteCapacity, endCount < endCapacity
                {
                    bytes[byteCount] = byte
                    byteCount += 1
                    ends[endCount] = byteCount
                    endCount += 1
                    fieldStart = byteCount
                    started = true
                    index += 2
                    continue
                }
                if byte == separator || byte == 0x0A || byte == 0x0D {
                    reserveEnds(1)
                    ends[endCount] = byteCount
                    endCount += 1
                    fieldStart = byteCount
                    if byte == separator {
                        started = true
                    } else {
                        self.byteCount = byteCount
                        self.endCount = endCount
                        self.started = started
                        if byte == 0x0A {
                            line += 1
                        } else {
                            state = .afterCR
                        }
                        let keepGoing = endRecord(emit)
                        byteCount = 0
                        endCount = 0
                        fieldStart = 0
                        started = false
                        if byte == 0x0A { recordLine = line }
                        if !keepGoing {
                            index += 1
                            return false
                        }
                    }
                } else if byte == 0x22, byteCount == fieldStart {
                    state = .quoted
                    started = true
                    quoteLine = line
                } else {
                    append(byte)
                }
            case .quoted:
                if byte == 0x22 {
                    state = .quoteInQuoted
                } else {
                    if byte == 0x0A { line += 1 }
                    append(byte)
                }
            case .quoteInQuoted:
                if byte == 0x22 {
                    append(byte)
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
        return true
    }

    /// The high bit of every byte of `word` that equals the byte repeated in `repeated`, and no other.
    @inline(__always)
    private static func marks(_ word: UInt64, _ repeated: UInt64) -> UInt64 {
        let same = word ^ repeated
        return ~(((same & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | same) & 0x8080_8080_8080_8080
    }

    /// Ends the input: emits a last record without a final line break. Call only when not inside quotes.
    func finish(emit: (CSVRecord) -> Bool) {
        if state == .afterCR || state == .field && !started && byteCount == 0 { return }
        if endCount == endCapacity { growEnds() }
        ends[endCount] = byteCount
        endCount += 1
        _ = endRecord(emit)
    }
}
