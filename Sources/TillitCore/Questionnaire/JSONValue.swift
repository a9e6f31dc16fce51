import Foundation

/// Any JSON value, decoded strictly (`1` is a number, never `true`), so that validators can walk a
/// document, collect every problem with its path, and only then build typed values.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// What is not JSON, where: for a document that did not pass ``JSONValidator`` first.
    struct SyntaxError: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "not valid JSON at byte \(offset + 1)" }
    }

    /// Parses JSON text straight from its bytes. Through `Decodable` each value was tried as every type
    /// in turn, and every failed try built an error: a questionnaire of 55 statements took over a
    /// millisecond, a tenth of an import's start.
    static func parse(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { raw in
            var parser = Parser(bytes: raw.bindMemory(to: UInt8.self))
            let value = try parser.value(depth: 0)
            parser.skipWhitespace()
            guard parser.index == parser.bytes.count else { throw SyntaxError(offset: parser.index) }
            return value
        }
    }

    /// A recursive-descent reader of RFC 8259 text.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) throws -> JSONValue {
            skipWhitespace()
            guard index < bytes.count, depth <= JSONValidator.maximumDepth else {
                throw SyntaxError(offset: index)
            }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [String: JSONValue] = [:]
                skipWhitespace()
                if take(UInt8(ascii: "}")) { return .object(members) }
                repeat {
                    skipWhitespace()
                    let key = try string()
                    skipWhitespace()
                    guard take(UInt8(ascii: ":")) else { throw SyntaxError(offset: index) }
                    members[key] = try value(depth: depth + 1)
                    skipWhitespace()
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "}")) else { throw SyntaxError(offset: index) }
                return .object(members)
            case UInt8(ascii: "["):
                index += 1
                var elements: [JSONValue] = []
                skipWhitespace()
                if take(UInt8(ascii: "]")) { return .array(elements) }
                repeat {
                    elements.append(try value(depth: depth + 1))
                    skipWhitespace()
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "]")) else { throw SyntaxError(offset: index) }
                return .array(elements)
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            default:
                return .number(try number())
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func literal(_ word: StaticString) throws {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count,
                UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(
                    bytes[index..<(index + count)])
            else { throw SyntaxError(offset: index) }
            index += count
        }

        mutating func number() throws -> Double {
            let start = index
            while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            guard Self.isJSONNumber(text), let number = Double(text) else { throw SyntaxError(offset: start) }
            return number
        }

        static func isNumberByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains(byte)
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        static func isJSONNumber(_ text: String) -> Bool {
            var rest = Substring(text)
            if rest.first == "-" { rest.removeFirst() }
            func digits() -> Int {
                let count = rest.prefix(while: { $0.isASCII && $0.isNumber }).count
                rest.removeFirst(count)
                return count
            }
            if rest.first == "0" {
                rest.removeFirst()
            } else if digits() == 0 {
                return false
            }
            if rest.first == "." {
                rest.removeFirst()
                if digits() == 0 { return false }
            }
            if rest.first == "e" || rest.first == "E" {
                rest.removeFirst()
                if rest.first == "+" || rest.first == "-" { rest.removeFirst() }
                if digits() == 0 { return false }
            }
            return rest.isEmpty
        }

        mutating func string() throws -> String {
            guard take(UInt8(ascii: "\"")) else { throw SyntaxError(offset: index) }
            var text: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    guard let decoded = String(validating: text, as: UTF8.self) else {
                        throw SyntaxError(offset: index)
                    }
                    return decoded
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { throw SyntaxError(offset: index) }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                    case UInt8(ascii: "b"): text.append(0x08)
                    case UInt8(ascii: "f"): text.append(0x0C)
                    case UInt8(ascii: "n"): text.append(0x0A)
                    case UInt8(ascii: "r"): text.append(0x0D)
                    case UInt8(ascii: "t"): text.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex()
                        if (0xD800...0xDBFF).contains(scalar) {
                            // A surrogate pair: the low half follows as an escape of its own.
                            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")) else {
                                throw SyntaxError(offset: index)
                            }
                            let low = try hex()
                            guard (0xDC00...0xDFFF).contains(low) else { throw SyntaxError(offset: index) }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { throw SyntaxError(offset: index) }
                        text.append(contentsOf: String(Character(unicode)).utf8)
                    default:
                        throw SyntaxError(offset: index - 1)
                    }
                case 0x00..<0x20:
                    throw SyntaxError(offset: index - 1)
                default:
                    text.append(byte)
                }
            }
            throw SyntaxError(offset: index)
        }

        mutating func hex() throws -> UInt32 {
            guard index + 4 <= bytes.count else { throw SyntaxError(offset: index) }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: throw SyntaxError(offset: index)
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }

    var object: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }
    var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    var string: String? { if case .string(let value) = self { value } else { nil } }

    /// The value as a whole number, when it is one exactly.
    var integer: Int? {
        guard case .number(let value) = self, value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int(value)
    }
}
