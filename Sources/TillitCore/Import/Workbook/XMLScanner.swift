/// Reads the parts of an `.xlsx` workbook as a stream of elements and text: the least XML that the
/// workbook, its relationships, the shared strings and a worksheet need.
///
/// Names lose their namespace prefix (`x:c` is `c`, as some generators write strict OOXML), entities
/// and character references are decoded, comments, processing instructions and the doctype are
/// skipped, and CDATA is text. Malformed markup ends in ``XMLScanner/Failure`` with the byte offset,
/// never a crash.
enum XMLScanner {
    /// Markup that cannot be read, at a byte offset in the part.
    struct Failure: Error, Equatable {
        var offset: Int
    }

    /// The attributes of an element, by local name, in document order.
    struct Attributes: Equatable, CustomStringConvertible {
        fileprivate(set) var pairs: [(name: String, value: String)] = []

        /// The value of the attribute `name`, if the element has it.
        subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

        static func == (left: Attributes, right: Attributes) -> Bool {
            left.pairs.elementsEqual(right.pairs) { $0 == $1 }
        }

        var description: String { "[" + pairs.map { "\($0.name)=\($0.value)" }.joined(separator: " ") + "]" }
    }

    /// One thing met in the document.
    enum Event {
        /// An element opens; its attributes by local name. A self-closing element is followed at once
        /// by its ``end(_:)``.
        case start(String, Attributes)
        /// An element closes.
        case end(String)
        /// Text between tags, decoded.
        case text(String)
    }

    /// Calls `handle` with every event of `bytes`, in document order.
    static func scan(_ bytes: [UInt8], _ handle: (Event) -> Void) throws(Failure) {
        // Through a buffer pointer: a worksheet of 100,000 rows is tens of megabytes of markup.
        try bytes.withUnsafeBufferPointer { (bytes) throws(Failure) in try scan(bytes, handle) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ handle: (Event) -> Void) throws(Failure) {
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] != 0x3C {
                let start = index
                while index < count, bytes[index] != 0x3C { index += 1 }
                handle(.text(try decode(bytes, start..<index)))
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            if next == 0x21, matches(bytes, at: index, "<![CDATA[") {
                guard let end = find(bytes, "]]>", from: index + 9) else { throw Failure(offset: index) }
                handle(.text(String(decoding: bytes[(index + 9)..<end], as: UTF8.self)))
                index = end + 3
            } else if next == 0x21, matches(bytes, at: index, "<!--") {
                guard let end = find(bytes, "-->", from: index + 4) else { throw Failure(offset: index) }
                index = end + 3
            } else if next == 0x3F || next == 0x21 {
                guard let end = find(bytes, ">", from: index + 2) else { throw Failure(offset: index) }
                index = end + 1
            } else if next == 0x2F {
                guard let end = find(bytes, ">", from: index + 2) else { throw Failure(offset: index) }
                handle(.end(localName(bytes, (index + 2)..<end)))
                index = end + 1
            } else {
                index = try element(bytes, from: index, handle)
            }
        }
    }

    /// Reads a start tag at `start` (its `<`); returns the index after its `>`.
    private static func element(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ handle: (Event) -> Void
    ) throws(Failure)
        -> Int
    {
        let count = bytes.count
        var index = start + 1
        let nameStart = index
        while index < count, !isSpace(bytes[index]), bytes[index] != 0x3E, bytes[index] != 0x2F { index += 1 }
        let name = localName(bytes, nameStart..<index)
        guard !name.isEmpty else { throw Failure(offset: start) }
        var attributes = Attributes()
        while true {
            while index < count, isSpace(bytes[index]) { index += 1 }
            guard index < count else { throw Failure(offset: start) }
            if bytes[index] == 0x3E {
                handle(.start(name, attributes))
                return index + 1
            }
            if bytes[index] == 0x2F {
                guard index + 1 < count, bytes[index + 1] == 0x3E else { throw Failure(offset: index) }
                handle(.start(name, attributes))
                handle(.end(name))
                return index + 2
            }
            let attributeStart = index
            while index < count, bytes[index] != 0x3D, !isSpace(bytes[index]), bytes[index] != 0x3E {
                index += 1
            }
            let attribute = localName(bytes, attributeStart..<index)
            while index < count, isSpace(bytes[index]) { index += 1 }
            guard index < count, bytes[index] == 0x3D else { throw Failure(offset: index) }
            index += 1
            while index < count, isSpace(bytes[index]) { index += 1 }
            guard index < count, bytes[index] == 0x22 || bytes[index] == 0x27 else {
                throw Failure(offset: index)
            }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < count, bytes[index] != quote { index += 1 }
            guard index < count else { throw Failure(offset: valueStart) }
            attributes.pairs.append((attribute, try decode(bytes, valueStart..<index)))
            index += 1
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// A name without its namespace prefix.
    private static func localName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var slice = bytes[range]
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        if let colon = slice.lastIndex(of: 0x3A) { slice = slice[(colon + 1)...] }
        return String(decoding: slice, as: UTF8.self)
    }

    /// Whether `text` stands in `bytes` at `index`.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ text: String) -> Bool {
        let pattern = text.utf8
        return index + pattern.count <= bytes.count
            && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    /// Where `text` first stands in `bytes` from `start`, or `nil`.
    static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String, from start: Int) -> Int? {
        let pattern = Array(text.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Text with its entities and character references decoded.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(Failure)
        -> String
    {
        guard bytes[range].contains(0x26) else { return String(decoding: bytes[range], as: UTF8.self) }
        var result: [UInt8] = []
        try decode(bytes, range, into: &result, offset: 0)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the text in `range` to `result`, its entities and character references decoded; a failure
    /// is placed at `offset` plus its index (the sheet's rows are scanned a piece at a time).
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into result: inout [UInt8], offset: Int
    ) throws(Failure) {
        var index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] == 0x26 else {
                // Up to the next entity in one copy: a cell's value seldom has one.
                var end = index + 1
                while end < range.upperBound, bytes[end] != 0x26 { end += 1 }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                continue
            }
            guard let end = bytes[index..<range.upperBound].firstIndex(of: 0x3B), end - index <= 12 else {
                throw Failure(offset: offset + index)
            }
            guard let scalar = entity(String(decoding: bytes[(index + 1)..<end], as: UTF8.self)) else {
                throw Failure(offset: offset + index)
            }
            result.append(contentsOf: String(scalar).utf8)
            index = end + 1
        }
    }
}

extension XMLScanner {
    /// The character an XML entity's name stands for (`lt`, `amp`, `#233`, `#xE9` …), or `nil` for a
    /// name XML does not define; one table for the sheet's rows and the shared strings.
    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            }
            if name.hasPrefix("#") { return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init) }
            return nil
        }
    }
}
