import Foundation

/// A fast path for the one part of an assessment file that grows with the number of respondents: the
/// `participants` array.
///
/// `JSONEncoder` and `JSONDecoder` take seconds for the 100,000 participants of an agency-wide survey;
/// this writes and reads the same JSON directly as bytes in tens of milliseconds. The format is the
/// document's own (`name`, optional `role`, `answers` as whole numbers or `null`), with each
/// participant's answers on one line. Reading is strict: anything it does not expect (an unknown field,
/// a fraction, a syntax error) makes it give up, and ``AssessmentFile`` falls back to `JSONDecoder`,
/// which reports the problem with its JSON path. So the fast path changes speed, never what is accepted.
enum ParticipantsJSON {
    // MARK: - Writing

    /// The participants as the value of a top-level key in pretty-printed JSON: two spaces per level,
    /// keys sorted, as `JSONEncoder` with `.prettyPrinted` and `.sortedKeys` lays out the rest.
    ///
    /// Written in two passes, measuring then writing, into one buffer of exactly the right size: no
    /// growing, no copying, no reference counting per byte.
    static func encode(_ participants: [Participant]) -> [UInt8] {
        let size = encodedSize(participants)
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = write(participants, to: buffer.baseAddress!)
            precondition(count == size, "ParticipantsJSON measured \(size) bytes but wrote \(count)")
        }
    }

    /// The number of bytes ``encode(_:)`` writes.
    static func encodedSize(_ participants: [Participant]) -> Int {
        guard !participants.isEmpty else { return Literal.empty.count }
        var size = 2 + 4  // "[\n" and "\n  ]"
        for participant in participants {
            size += Literal.open.count + Literal.name.count + Literal.close.count
            size += max(0, participant.answers.count - 1)  // commas
            for answer in participant.answers {
                if let answer {
                    size += answer >= 0 && answer < 10 ? 1 : String(answer).utf8.count
                } else {
                    size += 4
                }
            }
            size += escapedSize(participant.name)
            if let role = participant.role { size += Literal.role.count + escapedSize(role) }
        }
        return size + 2 * (participants.count - 1)  // ",\n" between participants
    }

    /// Writes the participants at `start`; returns the number of bytes written.
    static func write(_ participants: [Participant], to start: UnsafeMutablePointer<UInt8>) -> Int {
        var out = start
        func put(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { out.update(from: $0.baseAddress!, count: $0.count) }
            out += bytes.count
        }
        guard !participants.isEmpty else {
            put(Literal.empty)
            return out - start
        }
        put(Literal.startArray)
        for (index, participant) in participants.enumerated() {
            if index > 0 { put(Literal.separator) }
            put(Literal.open)
            participant.answers.withUnsafeBufferPointer { answers in
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
                            put(Array(String(answer).utf8))
                        }
                    } else {
                        put(Literal.null)
                    }
                }
            }
            put(Literal.name)
            writeString(participant.name, to: &out)
            if let role = participant.role {
                put(Literal.role)
                writeString(role, to: &out)
            }
            put(Literal.close)
        }
        put(Literal.endArray)
        return out - start
    }

    /// The fixed parts of the text, as bytes once.
    private enum Literal {
        static let empty = Array("[\n\n  ]".utf8)
        static let startArray = Array("[\n".utf8)
        static let endArray = Array("\n  ]".utf8)
        static let separator = Array(",\n".utf8)
        static let open = Array("    {\n      \"answers\" : [".utf8)
        static let name = Array("],\n      \"name\" : ".utf8)
        static let role = Array(",\n      \"role\" : ".utf8)
        static let close = Array("\n    }".utf8)
        static let null = Array("null".utf8)
        static let hex = Array("0123456789abcdef".utf8)
    }

    /// The escape of a byte in a JSON string: `nil` for bytes written as they are.
    private static func escape(_ byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "\""): Array("\\\"".utf8)
        case UInt8(ascii: "\\"): Array("\\\\".utf8)
        case 0x0A: Array("\\n".utf8)
        case 0x0D: Array("\\r".utf8)
        case 0x09: Array("\\t".utf8)
        case 0x08: Array("\\b".utf8)
        case 0x0C: Array("\\f".utf8)
        case ..<0x20: Array("\\u00".utf8) + [Literal.hex[Int(byte >> 4)], Literal.hex[Int(byte & 0xF)]]
        default: nil
        }
    }

    /// The length of a string in JSON, quotes included.
    private static func escapedSize(_ text: String) -> Int {
        var size = 2
        for byte in text.utf8 {
            size += byte >= 0x20 && byte != 0x22 && byte != 0x5C ? 1 : escape(byte)!.count
        }
        return size
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    private static func writeString(_ text: String, to out: inout UnsafeMutablePointer<UInt8>) {
        out.pointee = UInt8(ascii: "\"")
        out += 1
        for byte in text.utf8 {
            if byte >= 0x20, byte != 0x22, byte != 0x5C {
                out.pointee = byte
                out += 1
            } else {
                for escaped in escape(byte)! {
                    out.pointee = escaped
                    out += 1
                }
            }
        }
        out.pointee = UInt8(ascii: "\"")
        out += 1
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

    /// A cursor over JSON bytes with just what the two readers above need.
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
            var capacity = 0
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
                            guard let values = self.answers(capacity: capacity) else { return nil }
                            capacity = values.count
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
        mutating func answers(capacity: Int) -> [Int?]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var values: [Int?] = []
            values.reserveCapacity(capacity)
            skipWhitespace()
            if take(UInt8(ascii: "]")) { return values }
            while true {
                skipWhitespace()
                guard index + 1 < bytes.count else { return nil }
                // The common case first: one digit followed by a comma or the end of the array.
                let digit = bytes[index] &- 0x30
                if digit < 10, bytes[index + 1] == UInt8(ascii: ",") || bytes[index + 1] == UInt8(ascii: "]")
                {
                    values.append(Int(digit))
                    index += 1
                } else if takeNull() {
                    values.append(nil)
                } else {
                    guard let value = integer() else { return nil }
                    values.append(value)
                }
                skipWhitespace()
                if take(UInt8(ascii: ",")) { continue }
                if take(UInt8(ascii: "]")) { return values }
                return nil
            }
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
