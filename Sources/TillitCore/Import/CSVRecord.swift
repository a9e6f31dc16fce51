/// One record of a CSV file: its fields, unquoted, as UTF-8 bytes, and the line it begins on.
///
/// Fields are kept as bytes in one buffer rather than as strings: an answer like `4` is read without
/// ever building a `String`, which is what makes a 100,000-row import fast.
public struct CSVRecord: Sendable {
    /// The bytes of every field, one after the other, with quotes removed and `""` made `"`.
    var bytes: [UInt8]
    /// Where each field ends in ``bytes``.
    var ends: [Int]
    /// The line in the file where the record begins, counting from 1.
    public let line: Int

    /// The number of fields.
    public var count: Int { ends.count }

    /// The byte range of field `index`.
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// Field `index` as text; invalid UTF-8 (which the reader refuses earlier) would become U+FFFD.
    public subscript(index: Int) -> String {
        String(decoding: bytes[range(index)], as: UTF8.self)
    }

    /// Every field as text.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Calls `body` with the bytes of field `index`, without copying them.
    func withField<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let range = range(index)
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
