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
    static func encode(_ participants: [Participant]) -> [UInt8] {
        guard !participants.isEmpty else { return Array("[\n\n  ]".utf8) }
        var out: [UInt8] = []
        let answers = participants.first.map(\.answers.count) ?? 0
        out.reserveCapacity(participants.count * (80 + answers * 3))
        out.append(contentsOf: "[\n".utf8)
        for (index, participant) in participants.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(contentsOf: Literal.open)
            for (position, answer) in participant.answers.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                if let answer {
                    appendInteger(answer, to: &out)
                } else {
                    out.append(contentsOf: Literal.null)
                }
            }
            out.append(contentsOf: Literal.name)
            appendString(participant.name, to: &out)
            if let role = participant.role {
                out.append(contentsOf: Literal.role)
                appendString(role, to: &out)
            }
            out.append(contentsOf: Literal.close)
        }
        out.append(contentsOf: "\n  ]".utf8)
        return out
    }

    /// The fixed parts of a participant's text, as bytes once.
    private enum Literal {
        static let open = Array("    {\n      \"answers\" : [".utf8)
        static let name = Array("],\n      \"name\" : ".utf8)
        static let role = Array(",\n      \"role\" : ".utf8)
        static let close = Array("\n    }".utf8)
        static let null = Array("null".utf8)
    }

    private static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value >= 0, value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            out.append(contentsOf: String(value).utf8)
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    // MARK: - Reading

    /// The participants of an assessment document and the byte range of the array they were read
    /// from, or `nil` when the document is not an object with a `participants` array that this reader
    /// understands (the caller then decodes it the ordinary way and reports why).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (range: Range<Int>, participants: [Participant])? {
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
            guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
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
                if digit < 10, bytes[index + 1] == UInt8(ascii: ",") || bytes[index + 1] == UInt8(ascii: "]") {
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
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
                if index - start > 18 { return nil }
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
