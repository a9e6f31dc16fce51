/// A set of 64-bit hashes, open addressing with linear probing: the names of a million participants
/// checked for repeats in 11–21 bytes each, without hashing a hash again as `Set` would.
struct HashSet64 {
    private var slots: [UInt64] = []
    private var count = 0

    /// Inserts a hash; returns whether it was new.
    mutating func insert(_ value: UInt64) -> Bool {
        // 0 marks an empty slot; the one hash that is 0 shares a slot with 1, which only costs a
        // second look when both appear.
        let value = value == 0 ? 1 : value
        // At most three quarters full: linear probing stays short, and a million hashes take 16 MB.
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: value ^ (value >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot == 0 {
                slots[index] = value
                count += 1
                return true
            }
            if slot == value { return false }
            index = (index + 1) & mask
        }
    }

    /// Whether a hash is in the set.
    func contains(_ value: UInt64) -> Bool {
        guard !slots.isEmpty else { return false }
        let value = value == 0 ? 1 : value
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: value ^ (value >> 29)) & mask
        while slots[index] != 0 {
            if slots[index] == value { return true }
            index = (index + 1) & mask
        }
        return false
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: max(1024, old.count * 2))
        count = 0
        for value in old where value != 0 { _ = insert(value) }
    }
}
