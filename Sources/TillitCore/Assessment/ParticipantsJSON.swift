import Foundation

/// A fast path for the one part of an assessment file that grows with the number of respondents: the
/// `participants` array.
///
/// `JSONEncoder` and `JSONDecoder` take seconds for the 100,000 participants of an agency-wide survey;
/// this writes and reads the same JSON directly as bytes in tens of milliseconds. The format is the
/// document's own (`name`, optional `role`, `answers` as whole numbers or `null`), with each
/// participant's answers on one line. Reading comes after ``AssessmentFile`` has checked the whole
/// document in one pass (syntax, duplicate keys, the participants' shape), which reports any problem
/// with its line, column and path; this reader still gives up at anything it does not expect, and then
/// `JSONDecoder` reads the document, so the fast path changes speed, never what is accepted.
enum ParticipantsJSON {
    // MARK: - Writing

    /// Writes a document whose `participants` array is written one participant at a time, so that an
    /// importer can stream respondents into the file's bytes without holding them as ``Participant``s.
    ///
    /// The layout is `JSONEncoder`'s with `.prettyPrinted` and `.sortedKeys` (two spaces per level), each
    /// participant's answers on one line. Bytes go into one growing buffer that the finished `Data`
    /// takes over without a copy.
    final class Writer {
        private var base: UnsafeMutableRawPointer
        private var capacity: Int
        private var count = 0
        private var participants = 0
        private var finished = false
        /// Whether participants are written as format version 2's rows (``AnswerCode``) rather than as
        /// version 1's objects.
        let rows: Bool
        /// The groups (roles) met so far, in the order their indices are written; the first few are
        /// compared directly, as a survey has a handful.
        private(set) var groups: [String] = []
        /// The bytes written and not yet drained.
        var byteCount: Int { count }
        /// The rest of the document after the participants, for ``AssessmentFile/finish(_:)``.
        var documentTail = Data()
        private var groupIndex: [String: Int] = [:]

        /// A writer with room for `capacity` bytes before it grows; `rows` for format version 2.
        init(capacity: Int, rows: Bool) {
            self.capacity = max(capacity, 256)
            self.rows = rows
            base = LargeMemory.allocate(byteCount: self.capacity)
        }

        deinit {
            if !finished { LargeMemory.deallocate(base, byteCount: capacity) }
        }

        /// Makes room for `extra` more bytes, doubling the buffer as needed.
        private func reserve(_ extra: Int) {
            guard count + extra > capacity else { return }
            var larger = capacity * 2
            while count + extra > larger { larger *= 2 }
            let moved = LargeMemory.allocate(byteCount: larger)
            moved.copyMemory(from: base, byteCount: count)
            LargeMemory.deallocate(base, byteCount: capacity)
            base = moved
            capacity = larger
        }

        /// Appends bytes as they are (the document around the array).
        func append(_ data: Data) {
            reserve(data.count)
            data.withUnsafeBytes { raw in
                if let address = raw.baseAddress {
                    (base + count).copyMemory(from: address, byteCount: raw.count)
                }
            }
            count += data.count
        }

        private func put(_ text: StaticString) {
            (base + count).copyMemory(from: text.utf8Start, byteCount: text.utf8CodeUnitCount)
            count += text.utf8CodeUnitCount
        }

        /// Opens the participants array.
        func beginArray() {
            reserve(1)
            put(Literal.openArray)
        }

        /// Appends one participant to the array.
        func append(name: String, role: String?, answers: UnsafeBufferPointer<Int?>) {
            if rows {
                appendRow(name: name, group: role.map(group(of:)), answers: answers)
                return
            }
            // An upper bound: every answer at most 20 digits and a comma, every byte of text escaped.
            reserve(
                96 + answers.count * 21 + (name.utf8.count + (role?.utf8.count ?? 0)) * 6)
            put(participants == 0 ? Literal.firstItem : Literal.nextItem)
            participants += 1
            var out = (base + count).assumingMemoryBound(to: UInt8.self)
            let start = out
            for position in 0..<answers.count {
                if position > 0 {
                    out.pointee = UInt8(ascii: ",")
                    out += 1
                }
                if let answer = answers[position] {
                    if answer >= 0, answer < 10 {
                        out.pointee = UInt8(ascii: "0") + UInt8(answer)
                        out += 1
                    } else {
                        for digit in String(answer).utf8 {
                            out.pointee = digit
                            out += 1
                        }
                    }
                } else {
                    for byte in UnsafeBufferPointer(start: Literal.null.utf8Start, count: 4) {
                        out.pointee = byte
                        out += 1
                    }
                }
            }
            count += out - start
            put(Literal.name)
            writeString(name)
            if let role {
                put(Literal.role)
                writeString(role)
            }
            put(Literal.close)
        }

        /// The index of a group in ``groups``, added when it is new.
        func group(of role: String) -> Int {
            if groups.count <= 8 {
                if let known = groups.firstIndex(of: role) { return known }
            } else if let known = groupIndex[role] {
                return known
            }
            groupIndex[role] = groups.count
            groups.append(role)
            return groups.count - 1
        }

        /// Appends one participant as a row of format version 2: `["R00001",2,"41-3"]`.
        private func appendRow(name: String, group: Int?, answers: UnsafeBufferPointer<Int?>) {
            reserve(48 + answers.count + name.utf8.count * 6)
            put(participants == 0 ? Literal.firstRow : Literal.nextRow)
            participants += 1
            writeString(name)
            var out = (base + count).assumingMemoryBound(to: UInt8.self)
            var start = out
            out.pointee = UInt8(ascii: ",")
            out += 1
            if let group {
                count += out - start
                putNumber(group)
                out = (base + count).assumingMemoryBound(to: UInt8.self)
                start = out
            } else {
                for byte in UnsafeBufferPointer(start: Literal.null.utf8Start, count: 4) {
                    out.pointee = byte
                    out += 1
                }
            }
            out.pointee = UInt8(ascii: ",")
            out[1] = UInt8(ascii: "\"")
            out += 2
            for position in 0..<answers.count {
                out[position] = AnswerCode.character(answers[position])
            }
            out += answers.count
            out.pointee = UInt8(ascii: "\"")
            out[1] = UInt8(ascii: "]")
            out += 2
            count += out - start
        }

        /// Writes a whole number that is not negative, digit by digit (a group's index).
        private func putNumber(_ number: Int) {
            var digits = 1
            var limit = 10
            while number >= limit, digits < 19 {
                digits += 1
                limit &*= 10
            }
            let out = (base + count).assumingMemoryBound(to: UInt8.self)
            var rest = number
            for position in stride(from: digits - 1, through: 0, by: -1) {
                out[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            count += digits
        }

        /// Appends one row whose answers are already characters (``AnswerCode``) and whose group is an
        /// index into ``groups`` as the caller keeps them in step (``group(of:)``); the importer's path.
        func appendRow(name: String, role: String?, codes: UnsafeBufferPointer<UInt8>) {
            reserve(48 + codes.count + name.utf8.count * 6)
            put(participants == 0 ? Literal.firstRow : Literal.nextRow)
            participants += 1
            writeString(name)
            put(Literal.comma)
            putRowEnd(group: role.map { group(of: $0) }, codes: codes)
        }

        /// Appends one row whose name is `name`'s bytes as they are — text the caller knows needs no
        /// escape, such as a pseudonym — whose group is an index into ``groups`` (``group(of:)``) or `nil`,
        /// and whose answers are already characters (``AnswerCode``): the importer's path for a
        /// respondent, which builds no string per row.
        func appendRow(
            plainName name: UnsafeBufferPointer<UInt8>, group: Int?, codes: UnsafeBufferPointer<UInt8>
        ) {
            reserve(48 + name.count + codes.count)
            put(participants == 0 ? Literal.firstRow : Literal.nextRow)
            participants += 1
            let out = (base + count).assumingMemoryBound(to: UInt8.self)
            out[0] = UInt8(ascii: "\"")
            if let address = name.baseAddress { (out + 1).update(from: address, count: name.count) }
            out[name.count + 1] = UInt8(ascii: "\"")
            out[name.count + 2] = UInt8(ascii: ",")
            count += name.count + 3
            putRowEnd(group: group, codes: codes)
        }

        /// The end of a row after its name and comma: the group's index or `null`, and the answers.
        private func putRowEnd(group: Int?, codes: UnsafeBufferPointer<UInt8>) {
            if let group {
                putNumber(group)
            } else {
                put(Literal.null)
            }
            put(Literal.commaQuote)
            if let address = codes.baseAddress {
                (base + count).copyMemory(from: address, byteCount: codes.count)
            }
            count += codes.count
            put(Literal.quoteClose)
        }

        /// Counts `rowCount` rows read from a file (`,`-separated, without the leading separator) that the
        /// caller writes itself, as they are, right after the bytes written so far — after a ``drain(_:)``,
        /// straight from the old file into the new one: how `merge` keeps the participants already in a
        /// file without passing them through this writer's buffer.
        func beginCopiedRows(count rowCount: Int) {
            guard rowCount > 0 else { return }
            reserve(8)
            put(participants == 0 ? Literal.firstLine : Literal.nextLine)
            participants += rowCount
        }

        /// Hands the bytes written so far to `sink` and empties the buffer: how a document too large to
        /// hold is written to its file as it is made (`merge`). ``finish()`` then gives the bytes after.
        func drain<E: Error>(_ sink: (UnsafeRawBufferPointer) throws(E) -> Void) throws(E) {
            try sink(UnsafeRawBufferPointer(start: base, count: count))
            count = 0
        }

        /// Starts ``groups`` as a file's list, as it is (rows copied after ``beginCopiedRows(count:)`` point
        /// into it); a group listed twice keeps its first index for new rows.
        func adopt(groups known: [String]) {
            groups = known
            groupIndex = [:]
            for (index, role) in known.enumerated() where groupIndex[role] == nil { groupIndex[role] = index }
        }

        /// The `groups` member written after the participants in format version 2.
        func groupsMember() -> Data {
            let member = Writer(capacity: 64 + groups.reduce(0) { $0 + $1.utf8.count * 6 + 4 }, rows: false)
            member.put(Literal.groupsKey)
            for (index, group) in groups.enumerated() {
                if index > 0 { member.put(Literal.comma) }
                member.writeString(group)
            }
            member.put(Literal.closeArray)
            return member.finish()
        }

        /// Closes the participants array.
        func endArray() {
            reserve(8)
            put(participants == 0 ? Literal.emptyEnd : Literal.end)
        }

        /// The bytes written; the writer is done.
        func finish() -> Data {
            finished = true
            let capacity = capacity
            return Data(
                bytesNoCopy: base, count: count,
                deallocator: .custom { pointer, _ in LargeMemory.deallocate(pointer, byteCount: capacity) })
        }

        /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
        private func writeString(_ text: String) {
            var out = (base + count).assumingMemoryBound(to: UInt8.self)
            let start = out
            out.pointee = UInt8(ascii: "\"")
            out += 1
            for byte in text.utf8 {
                if byte >= 0x20, byte != 0x22, byte != 0x5C {
                    out.pointee = byte
                    out += 1
                } else {
                    for escaped in ParticipantsJSON.escape(byte) {
                        out.pointee = escaped
                        out += 1
                    }
                }
            }
            out.pointee = UInt8(ascii: "\"")
            out += 1
            count += out - start
        }
    }

    /// The fixed parts of the text, as bytes once.
    private enum Literal {
        static let openArray: StaticString = "["
        static let firstItem: StaticString = "\n    {\n      \"answers\" : ["
        static let nextItem: StaticString = ",\n    {\n      \"answers\" : ["
        static let name: StaticString = "],\n      \"name\" : "
        static let role: StaticString = ",\n      \"role\" : "
        static let close: StaticString = "\n    }"
        static let end: StaticString = "\n  ]"
        static let emptyEnd: StaticString = "\n\n  ]"
        static let null: StaticString = "null"
        static let firstRow: StaticString = "\n    ["
        static let nextRow: StaticString = ",\n    ["
        static let firstLine: StaticString = "\n    "
        static let nextLine: StaticString = ",\n    "
        static let comma: StaticString = ","
        static let commaQuote: StaticString = ",\""
        static let quoteClose: StaticString = "\"]"
        static let groupsKey: StaticString = ",\n  \"groups\" : ["
        static let closeArray: StaticString = "]"
        static let hex = Array("0123456789abcdef".utf8)
    }

    /// The escape of a byte that cannot stand as it is in a JSON string (at most six bytes).
    fileprivate static func escape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "\""): Array("\\\"".utf8)
        case UInt8(ascii: "\\"): Array("\\\\".utf8)
        case 0x0A: Array("\\n".utf8)
        case 0x0D: Array("\\r".utf8)
        case 0x09: Array("\\t".utf8)
        case 0x08: Array("\\b".utf8)
        case 0x0C: Array("\\f".utf8)
        default: Array("\\u00".utf8) + [Literal.hex[Int(byte >> 4)], Literal.hex[Int(byte & 0xF)]]
        }
    }

    // MARK: - Reading

    /// The participants of an assessment document and the byte range of the array they were read
    /// from, or `nil` when the document is not an object with a `participants` array that this reader
    /// understands (the caller then decodes it the ordinary way and reports why).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (range: Range<Int>, participants: [Participant])?
    {
        var scanner = Scanner(bytes: bytes)
        scanner.skipWhitespace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var found: (range: Range<Int>, participants: [Participant])?
        while true {
            scanner.skipWhitespace()
            if scanner.take(UInt8(ascii: "}")) { return found }
            guard let key = scanner.rawString() else { return nil }
            scanner.skipWhitespace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipWhitespace()
            let start = scanner.index
            if key.elementsEqual("participants".utf8) {
                guard let participants = scanner.participants() else { return nil }
                found = (start..<scanner.index, participants)
            } else {
                guard scanner.skipValue() else { return nil }
            }
            scanner.skipWhitespace()
            if scanner.take(UInt8(ascii: ",")) { continue }
            if scanner.take(UInt8(ascii: "}")) { return found }
            return nil
        }
    }

    /// The top-level `formatVersion` of a document, read without checking the rest; `nil` when it cannot
    /// be found. Used to tell a file of a newer format from a damaged one.
    static func formatVersion(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var scanner = Scanner(bytes: bytes)
        scanner.skipWhitespace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        while true {
            scanner.skipWhitespace()
            guard let key = scanner.rawString() else { return nil }
            scanner.skipWhitespace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipWhitespace()
            if key.elementsEqual("formatVersion".utf8) { return scanner.integer() }
            guard scanner.skipValue() else { return nil }
            scanner.skipWhitespace()
            guard scanner.take(UInt8(ascii: ",")) else { return nil }
        }
    }

    /// A cursor over JSON bytes with just what the readers above need.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// An array of participants, or `nil` at anything unexpected.
        mutating func participants() -> [Participant]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var participants: [Participant] = []
            // One participant's answers, reused from participant to participant.
            var scratch = UnsafeMutableBufferPointer<Int?>.allocate(capacity: 64)
            defer { scratch.deallocate() }
            skipWhitespace()
            if take(UInt8(ascii: "]")) { return participants }
            while true {
                skipWhitespace()
                guard take(UInt8(ascii: "{")) else { return nil }
                var name: String?
                var role: String?
                var answers: [Int?]?
                skipWhitespace()
                if !take(UInt8(ascii: "}")) {
                    while true {
                        skipWhitespace()
                        guard let key = rawString() else { return nil }
                        skipWhitespace()
                        guard take(UInt8(ascii: ":")) else { return nil }
                        skipWhitespace()
                        if key.elementsEqual("answers".utf8) {
                            guard let values = self.answers(into: &scratch) else { return nil }
                            answers = values
                        } else if key.elementsEqual("name".utf8) {
                            guard let text = string() else { return nil }
                            name = text
                        } else if key.elementsEqual("role".utf8) {
                            if takeNull() {
                                role = nil
                            } else {
                                guard let text = string() else { return nil }
                                role = text
                            }
                        } else {
                            return nil
                        }
                        skipWhitespace()
                        if take(UInt8(ascii: ",")) { continue }
                        if take(UInt8(ascii: "}")) { break }
                        return nil
                    }
                }
                guard let name, let answers else { return nil }
                participants.append(Participant(name: name, role: role, answers: answers))
                skipWhitespace()
                if take(UInt8(ascii: ",")) { continue }
                if take(UInt8(ascii: "]")) { return participants }
                return nil
            }
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func takeNull() -> Bool {
            guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"),
                bytes[index + 1] == UInt8(ascii: "u"),
                bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
            else { return false }
            index += 4
            return true
        }

        /// The bytes between the quotes of a string, escapes left as they are; `nil` if there is no
        /// well-formed string here.
        mutating func rawString() -> UnsafeBufferPointer<UInt8>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)])
                }
                if byte < 0x20 { return nil }
                index += byte == UInt8(ascii: "\\") ? 2 : 1
            }
            return nil
        }

        /// A string value, escapes resolved; `nil` if it is not a valid JSON string of valid UTF-8.
        mutating func string() -> String? {
            let start = index
            guard let raw = rawString() else { return nil }
            var plain = true
            var ascii = true
            for byte in raw {
                if byte == UInt8(ascii: "\\") { plain = false }
                if byte >= 0x80 { ascii = false }
            }
            if plain {
                return ascii ? String(decoding: raw, as: UTF8.self) : String(bytes: raw, encoding: .utf8)
            }
            // Escapes are rare in names and roles; let Foundation resolve them.
            let literal = Data(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            return try? JSONDecoder().decode(String.self, from: literal)
        }

        /// An array of whole numbers and `null`s.
        mutating func answers(into scratch: inout UnsafeMutableBufferPointer<Int?>) -> [Int?]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            if let compact = compactAnswers(into: &scratch) { return compact }
            skipWhitespace()
            if take(UInt8(ascii: "]")) { return [] }
            var count = 0
            while true {
                skipWhitespace()
                guard index < bytes.count else { return nil }
                let value: Int?
                // The common case first: one digit followed by a comma or the end of the array.
                let digit = bytes[index] &- 0x30
                if digit < 10, index + 1 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: ",") || bytes[index + 1] == UInt8(ascii: "]")
                {
                    value = Int(digit)
                    index += 1
                } else if takeNull() {
                    value = nil
                } else {
                    guard let number = integer() else { return nil }
                    value = number
                }
                if count == scratch.count {
                    let larger = UnsafeMutableBufferPointer<Int?>.allocate(
                        capacity: max(64, scratch.count * 2))
                    _ = larger.initialize(fromContentsOf: scratch)
                    scratch.deallocate()
                    scratch = larger
                }
                scratch[count] = value
                count += 1
                skipWhitespace()
                if take(UInt8(ascii: ",")) { continue }
                // One exact allocation and a copy, rather than growing an array answer by answer.
                if take(UInt8(ascii: "]")) { return Array(UnsafeBufferPointer(rebasing: scratch[..<count])) }
                return nil
            }
        }

        /// The answers as this file's writer lays them out — one-digit numbers and `null`s separated by
        /// bare commas — read in one tight loop; `nil`, with the position unchanged, at anything else.
        mutating func compactAnswers(into scratch: inout UnsafeMutableBufferPointer<Int?>) -> [Int?]? {
            var position = index
            var count = 0
            let end = bytes.count
            while position + 1 < end, count < scratch.count {
                let byte = bytes[position]
                if byte &- 0x30 < 10 {
                    scratch[count] = Int(byte &- 0x30)
                    position += 1
                } else if byte == UInt8(ascii: "n"), position + 4 < end,
                    bytes[position + 1] == UInt8(ascii: "u"),
                    bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
                {
                    scratch[count] = nil
                    position += 4
                } else {
                    return nil
                }
                count += 1
                let separator = bytes[position]
                position += 1
                if separator == UInt8(ascii: "]") {
                    index = position
                    return Array(UnsafeBufferPointer(rebasing: scratch[..<count]))
                }
                if separator != UInt8(ascii: ",") { return nil }
            }
            return nil
        }

        /// A whole number as JSON writes it: an optional minus, no leading zeros, no fraction or exponent.
        mutating func integer() -> Int? {
            var negative = false
            if take(UInt8(ascii: "-")) { negative = true }
            let start = index
            var value = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                // Eighteen digits always fit; longer numbers are left to JSONDecoder to refuse.
                if index - start == 18 { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            let digits = index - start
            guard digits > 0, !(digits > 1 && bytes[start] == 0x30) else { return nil }
            if index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
                default: break
                }
            }
            return negative ? -value : value
        }

        /// Skips any JSON value, checking only that brackets and strings are closed.
        mutating func skipValue() -> Bool {
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard rawString() != nil else { return false }
                    if depth == 0 { return true }
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return true }
                    depth -= 1
                    index += 1
                    if depth == 0 { return true }
                case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                    if depth == 0 { return true }
                    index += 1
                default:
                    index += 1
                }
            }
            return depth == 0
        }
    }
}
