import Foundation

/// Encodes renderer output as stable JSON: sorted keys, pretty-printed, unescaped slashes, with a final
/// newline, so that two runs on the same input produce the same bytes.
enum JSONOutput {
    static func string(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types with string keys cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
