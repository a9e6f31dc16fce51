/// Mutates valid input into the kinds of bad input real files contain: flipped bytes, truncation,
/// duplicated or deleted ranges, huge numbers, deep nesting and invalid UTF-8.
struct Mutator {
    /// A mutation, named in failure reports.
    enum Kind: String, CaseIterable {
        case flipByte, truncate, duplicateRange, deleteRange, hugeNumber, negativeNumber, deepNesting,
            invalidUTF8, insertNull, replaceDigit, insertSeparator, insertQuote, emptyString
    }

    /// Applies one to three random mutations and returns the mutated bytes with the mutations applied.
    static func mutate(_ input: [UInt8], using generator: inout SeededGenerator) -> ([UInt8], [Kind]) {
        var bytes = input
        var applied: [Kind] = []
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let kind = Kind.allCases.randomElement(using: &generator)!
            apply(kind, to: &bytes, using: &generator)
            applied.append(kind)
        }
        return (bytes, applied)
    }

    private static func apply(_ kind: Kind, to bytes: inout [UInt8], using generator: inout SeededGenerator) {
        func position() -> Int { bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator) }
        func insert(_ text: String) { bytes.insert(contentsOf: Array(text.utf8), at: position()) }
        switch kind {
        case .flipByte:
            guard !bytes.isEmpty else { return }
            bytes[position()] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
        case .truncate:
            bytes.removeLast(bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator))
        case .duplicateRange:
            guard !bytes.isEmpty else { return }
            let start = position()
            let end = min(bytes.count, start + Int.random(in: 1...200, using: &generator))
            bytes.insert(contentsOf: bytes[start..<end], at: position())
        case .deleteRange:
            guard !bytes.isEmpty else { return }
            let start = position()
            bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...200, using: &generator)))
        case .hugeNumber:
            insert(
                ["1e999999", "99999999999999999999999999", "9223372036854775808", "1.7976931348623157e309"]
                    .randomElement(using: &generator)!)
        case .negativeNumber:
            insert(["-1", "-9223372036854775808", "-0", "-1e-999"].randomElement(using: &generator)!)
        case .deepNesting:
            let depth = Int.random(in: 100...20_000, using: &generator)
            let open = Bool.random(using: &generator) ? "[" : "{\"a\":"
            insert(String(repeating: open, count: depth))
        case .invalidUTF8:
            bytes.insert(
                contentsOf: [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0x00]]
                    .randomElement(using: &generator)!, at: position())
        case .insertNull:
            insert("null")
        case .replaceDigit:
            let digits = bytes.indices.filter { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
            guard let index = digits.randomElement(using: &generator) else { return }
            bytes[index] = UInt8(0x30 + Int.random(in: 0...9, using: &generator))
        case .insertSeparator:
            insert([",", ";", "\t", "\n", "\r\n", "\"\""].randomElement(using: &generator)!)
        case .insertQuote:
            insert("\"")
        case .emptyString:
            insert("\"\"")
        }
    }
}
