/// The bytes of a short field packed into two words: a cheap dictionary key for the values a survey
/// export repeats on every row (*Vet ej*, *Stämmer helt*, the group names), so that each is turned
/// into a string once rather than 100,000 times.
struct FieldKey: Hashable {
    private let low: UInt64
    private let high: UInt64
    private let count: Int

    /// The key of a field of at most 16 bytes, or `nil` for a longer one.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        // Copied into two zeroed words at once: this runs for a field of every row.
        var words: (UInt64, UInt64) = (0, 0)
        if let base = bytes.baseAddress {
            withUnsafeMutableBytes(of: &words) {
                $0.baseAddress!.copyMemory(from: base, byteCount: bytes.count)
            }
        }
        self.low = words.0
        self.high = words.1
        self.count = bytes.count
    }
}
