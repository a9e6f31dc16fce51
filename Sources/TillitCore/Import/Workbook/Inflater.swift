/// Decompresses raw DEFLATE data (RFC 1951), the compression of ZIP archives and so of `.xlsx`
/// workbooks: stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Written here rather than taken from the system's zlib so that TillitCore keeps to the standard
/// library and Foundation and builds the same everywhere. Codes of up to ``Inflater/tableBits`` bits —
/// nearly all of them — are decoded through a table in one step; longer ones a bit at a time, as zlib's
/// `puff` does.
/// Every length and distance is checked, and the output is capped, so damaged or hostile input ends in
/// an ``Inflater/Failure``, never a crash or unbounded memory.
struct Inflater {
    /// Why the data cannot be decompressed.
    enum Failure: Error, Equatable {
        /// The data ends in the middle of a block.
        case truncated
        /// A block type, code, length or distance that DEFLATE does not allow.
        case invalid
        /// The output would exceed the limit given.
        case tooLarge
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    private struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]
        /// By the next ``Inflater/tableBits`` bits of input (first bit lowest): the symbol times 16
        /// plus the code's length, or 0 when the code is longer.
        var table = [Int](repeating: 0, count: 1 << Inflater.tableBits)

        /// The code for `lengths` (one per symbol, 0 for unused); `incompleteAllowed` for a distance
        /// code with a single symbol, which RFC 1951 permits.
        init(lengths: [Int], incompleteAllowed: Bool = false) throws(Failure) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            var left = 1
            for length in 1..<16 {
                left <<= 1
                left -= counts[length]
                if left < 0 { throw .invalid }
            }
            let used = lengths.count - counts[0]
            if left > 0, !(incompleteAllowed && used <= 1) { throw .invalid }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
            // Canonical codes, shortest first; DEFLATE sends them from their highest bit.
            var next = [Int](repeating: 0, count: 16)
            var code = 0
            for length in 1..<16 {
                code = (code + counts[length - 1] * (length > 1 ? 1 : 0)) << 1
                next[length] = code
            }
            for (symbol, length) in lengths.enumerated() where length != 0 && length <= Inflater.tableBits {
                let value = next[length]
                next[length] += 1
                var reversed = 0
                for bit in 0..<length where value & (1 << (length - 1 - bit)) != 0 { reversed |= 1 << bit }
                var fill = reversed
                while fill < 1 << Inflater.tableBits {
                    table[fill] = symbol << 4 | length
                    fill += 1 << length
                }
            }
        }
    }

    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163,
        195,
        227, 258,
    ]
    private static let lengthExtra = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
        4097, 6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order in which a dynamic block gives the lengths of the code-length code.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The bits a table decodes at once.
    static let tableBits = 10

    /// The distance a match may reach back: DEFLATE's window.
    static let window = 32_768
    /// How much output is handed on at a time, besides the window kept for matches.
    static let pieceSize = 1 << 18

    /// The compressed bytes: a slice of the archive, read where it lies.
    private let input: ArraySlice<UInt8>
    private var position = 0
    private var bitBuffer = 0
    private var bitCount = 0
    /// The output not yet dropped: the last ``window`` bytes handed on, then those not handed on yet.
    private var output: UnsafeMutablePointer<UInt8>
    private let capacity = Inflater.window + Inflater.pieceSize + 258
    private var count = 0
    /// Where in `output` the bytes not yet handed on begin.
    private var handed = 0
    /// The bytes dropped from the front of `output`: with `count`, the size of the output so far.
    private var dropped = 0
    private let limit: Int

    private init(input: ArraySlice<UInt8>, limit: Int) {
        self.input = input
        position = input.startIndex
        self.limit = limit
        output = .allocate(capacity: capacity)
    }

    /// The decompressed bytes of `input`, at most `limit` of them; `expectedSize` reserves room.
    static func inflate(_ input: [UInt8], expectedSize: Int = 0, limit: Int = 1 << 30) throws(Failure)
        -> [UInt8]
    {
        var result: [UInt8] = []
        result.reserveCapacity(min(max(expectedSize, 0), limit))
        try inflate(input[...], limit: limit) { piece in
            result.append(contentsOf: piece)
            return true
        }
        return result
    }

    /// Decompresses `input`, handing the output to `body` a piece at a time (a quarter of a megabyte or
    /// less), so that a worksheet of any size is read in little memory. Stops early, returning `false`,
    /// when `body` returns `false`.
    @discardableResult
    static func inflate(
        _ input: ArraySlice<UInt8>, limit: Int = 1 << 30, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(Failure) -> Bool {
        var inflater = Inflater(input: input, limit: limit)
        defer { inflater.output.deallocate() }
        var last = false
        while !last {
            last = try inflater.bits(1) == 1
            let going: Bool
            switch try inflater.bits(2) {
            case 0: going = try inflater.stored(body)
            case 1: going = try inflater.codes(Inflater.fixed.literals, Inflater.fixed.distances, body)
            case 2: going = try inflater.dynamic(body)
            default: throw .invalid
            }
            if !going { return false }
        }
        return inflater.handOn(body)
    }

    /// Hands on the output not handed on yet and keeps only the window; `false` when `body` says stop.
    private mutating func handOn(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if handed < count, !body(UnsafeBufferPointer(start: output + handed, count: count - handed)) {
            return false
        }
        if count > Inflater.window {
            let drop = count - Inflater.window
            output.update(from: output + drop, count: Inflater.window)
            dropped += drop
            count = Inflater.window
        }
        handed = count
        return true
    }

    private mutating func bits(_ count: Int) throws(Failure) -> Int {
        while bitCount < count {
            guard position < input.endIndex else { throw .truncated }
            bitBuffer |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        let value = bitBuffer & ((1 << count) - 1)
        bitBuffer >>= count
        bitCount -= count
        return value
    }

    /// Buffers input ahead, up to 56 bits, for table look-ups.
    private mutating func fill() {
        while bitCount <= 48, position < input.endIndex {
            bitBuffer |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
    }

    private mutating func stored(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws(Failure) -> Bool {
        // Drop the bits up to the byte boundary, and give back the whole bytes buffered ahead.
        position -= bitCount / 8
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.endIndex else { throw .truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw .invalid }
        position += 4
        guard position + length <= input.endIndex else { throw .truncated }
        guard dropped + count + length <= limit else { throw .tooLarge }
        var left = length
        while left > 0 {
            if count == capacity, !handOn(body) { return false }
            let part = min(left, capacity - count)
            input.withUnsafeBufferPointer { input in
                (output + count).update(
                    from: input.baseAddress! + (position - self.input.startIndex), count: part)
            }
            count += part
            position += part
            left -= part
        }
        return true
    }

    private mutating func decode(_ code: Huffman) throws(Failure) -> Int {
        if bitCount < Inflater.tableBits { fill() }
        let entry = code.table[bitBuffer & ((1 << Inflater.tableBits) - 1)]
        let length = entry & 15
        if length != 0, length <= bitCount {
            bitBuffer >>= length
            bitCount -= length
            return entry >> 4
        }
        return try decodeBitByBit(code)
    }

    private mutating func decodeBitByBit(_ code: Huffman) throws(Failure) -> Int {
        var value = 0
        var first = 0
        var index = 0
        for length in 1..<16 {
            value |= try bits(1)
            let count = code.counts[length]
            if value - count < first { return code.symbols[index + value - first] }
            index += count
            first += count
            first <<= 1
            value <<= 1
        }
        throw .invalid
    }

    private mutating func codes(
        _ literals: Huffman, _ distances: Huffman, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(Failure) -> Bool {
        while true {
            // Room for the longest match, 258 bytes, before each symbol.
            if count + 258 > capacity, !handOn(body) { return false }
            let symbol = try decode(literals)
            if symbol < 256 {
                guard dropped + count < limit else { throw .tooLarge }
                output[count] = UInt8(symbol)
                count += 1
                continue
            }
            if symbol == 256 { return true }
            let lengthIndex = symbol - 257
            guard lengthIndex < Inflater.lengthBase.count else { throw .invalid }
            let length = Inflater.lengthBase[lengthIndex] + (try bits(Inflater.lengthExtra[lengthIndex]))
            let distanceIndex = try decode(distances)
            guard distanceIndex < Inflater.distanceBase.count else { throw .invalid }
            let distance =
                Inflater.distanceBase[distanceIndex] + (try bits(Inflater.distanceExtra[distanceIndex]))
            guard distance <= count else { throw .invalid }
            guard dropped + count + length <= limit else { throw .tooLarge }
            let from = output + count - distance
            if distance >= length {
                (output + count).update(from: from, count: length)
            } else {
                // Byte by byte: the match overlaps the bytes it produces.
                for offset in 0..<length { output[count + offset] = from[offset] }
            }
            count += length
        }
    }

    /// The fixed codes of block type 1.
    private static let fixed: (literals: Huffman, distances: Huffman) = {
        var lengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        // Both tables are complete codes, so building them cannot fail.
        let literals = try! Huffman(lengths: lengths)
        // 32 codes of five bits make the distance code complete; 30 and 31 are refused when decoded.
        let distances = try! Huffman(lengths: [Int](repeating: 5, count: 32))
        return (literals, distances)
    }()

    private mutating func dynamic(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws(Failure) -> Bool {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalid }
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengths[Inflater.codeLengthOrder[index]] = try bits(3) }
        let lengthCode = try Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        let total = literalCount + distanceCount
        while lengths.count < total {
            let symbol = try decode(lengthCode)
            var repeated = 0
            var count = 0
            switch symbol {
            case 0..<16:
                lengths.append(symbol)
                continue
            case 16:
                guard let previous = lengths.last else { throw .invalid }
                repeated = previous
                count = 3 + (try bits(2))
            case 17: count = 3 + (try bits(3))
            default: count = 11 + (try bits(7))
            }
            guard lengths.count + count <= total else { throw .invalid }
            lengths += repeatElement(repeated, count: count)
        }
        // A block without an end-of-block code could never end.
        guard lengths[256] != 0 else { throw .invalid }
        let literals = try Huffman(lengths: Array(lengths[..<literalCount]), incompleteAllowed: true)
        let distances = try Huffman(lengths: Array(lengths[literalCount...]), incompleteAllowed: true)
        return try codes(literals, distances, body)
    }
}
