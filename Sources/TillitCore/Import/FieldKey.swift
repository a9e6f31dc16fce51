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
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<bytes.count {
            if index < 8 {
                low |= UInt64(bytes[index]) << (8 * UInt64(index))
            } else {
                high |= UInt64(bytes[index]) << (8 * UInt64(index - 8))
            }
        }
        self.low = low
        self.high = high
        self.count = bytes.count
    }
}
