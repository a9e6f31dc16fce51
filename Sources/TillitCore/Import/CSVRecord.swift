/// One record of a CSV file: its fields, unquoted, as UTF-8 bytes, and the line it begins on.
///
/// Fields are kept as bytes in the reader's buffer rather than as strings: an answer like `4` is read
/// without ever building a `String`, which is what makes a 100,000-row import fast. A record is
/// therefore valid only during the call to the `body` of ``CSVReader/read(progress:_:)`` that receives
/// it; copy out what is needed (``fields``, ``subscript(_:)``) before returning.
public struct CSVRecord {
    /// The bytes of every field, one after the other, with quotes removed and `""` made `"`; or, for a
    /// line without quotes, the line itself as the file has it (``gap`` is then 1).
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where each field ends in ``bytes``.
    let ends: UnsafeBufferPointer<Int>
    /// The line in the file where the record begins, counting from 1.
    public let line: Int
    /// The bytes between one field's end and the next one's start: 0 when the fields were copied one
    /// after another, 1 when ``bytes`` is the line as written and a separator lies between them.
    let gap: Int

    init(bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, line: Int, gap: Int = 0) {
        self.bytes = bytes
        self.ends = ends
        self.line = line
        self.gap = gap
    }

    /// The number of fields.
    public var count: Int { ends.count }

    /// The bytes of field `index`.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1] + gap
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
    }

    /// Field `index` as text.
    public subscript(index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// Every field as text.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Whether a field's bytes are nothing but white space.
    static func isBlank(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        field.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }

    /// Whether every field holds nothing but white space.
    var isBlank: Bool {
        (0..<count).allSatisfy { CSVRecord.isBlank(field($0)) }
    }
}
