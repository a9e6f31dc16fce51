#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names seen so far, in memory that does not grow with their number: a blocked Bloom filter over
/// 64-bit name hashes, what refuses a participant's name twice in a file of a million.
///
/// It answers "certainly not seen" or "perhaps seen", never wrongly "not seen"; a "perhaps" is a
/// *suspect* that its user confirms by comparing the names themselves, so the check stays exact and a
/// false "perhaps" costs only time. Each name sets eight bits in one 64-byte block (one bit in each of its
/// eight words), so an insert or a look-up touches one cache line. The standard 8 MB, once it holds a
/// million names, answers a wrong "perhaps" for about one name in four million (reading a million
/// distinct names finds one suspect about one time in thirty); holding three million, one in seven
/// thousand.
///
/// The bits are an anonymous mapping, whose pages the system provides, zeroed, only when first
/// written: a workshop of eight people costs a few pages, not 8 MB. A class, not a value, so that the
/// 8 MB are never copied behind a reader's back; whoever shares a filter (a copied ``ParticipantAppender``)
/// shares its bits, and a bit set for another's name can only make a name a suspect, which its
/// confirmation clears, never a wrong answer.
final class NameFilter {
    /// The largest size in bytes, what a document of 64 MB or more gets.
    static let standardByteCount = 8 << 20

    /// The size for the names of a document of `bytes` bytes: one byte for every eight, at most the
    /// standard size, so that a small file pays little even when its names touch every page. A row
    /// takes at least 14 bytes (`["x",null,""],`), so every name gets at least 14 bits (a wrong "perhaps"
    /// for a few names in a thousand), and those of a survey of 55 statements, 75 bytes a row, 75 bits.
    static func byteCount(forDocumentOf bytes: Int) -> Int {
        min(standardByteCount, max(64, bytes / 8))
    }

    private let words: UnsafeMutablePointer<UInt64>
    /// The number of 64-byte blocks, a power of two, and the shift that takes a block's number from the
    /// top bits of a mixed hash.
    private let blocks: Int
    private let shift: UInt64
    /// Whether `words` is a mapping (unmapped) or an allocation (deallocated).
    private let mapped: Bool

    /// A filter of `byteCount` bytes (rounded down to a power of two, at least one 64-byte block); tests
    /// make it tiny, so that nearly every name is a suspect.
    init(byteCount: Int = standardByteCount) {
        var blocks = 1
        while blocks * 128 <= byteCount { blocks *= 2 }
        let bytes = blocks * 64
        let mapping = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANON, -1, 0)
        if let mapping, mapping != UnsafeMutableRawPointer(bitPattern: -1) {
            #if os(Linux)
                // A filter of megabytes is written all over (each 4 KB stands for 32 KB of the file,
                // hundreds of names): in pages of 2 MB, it takes fewer faults and its random look-ups
                // fewer misses of the TLB.
                if bytes >= 2 << 20 { madvise(mapping, bytes, MADV_HUGEPAGE) }
            #endif
            words = mapping.bindMemory(to: UInt64.self, capacity: bytes / 8)
            mapped = true
        } else {
            // No address space for the mapping: a filter of one block, every name soon a suspect, which
            // is slower but just as exact.
            blocks = 1
            words = .allocate(capacity: 8)
            words.initialize(repeating: 0, count: 8)
            mapped = false
        }
        self.blocks = blocks
        shift = UInt64(64 - blocks.trailingZeroBitCount)
    }

    deinit {
        if mapped {
            munmap(words, blocks * 64)
        } else {
            words.deallocate()
        }
    }

    /// Adds a hash; returns `false` when the filter may have held it already (all its bits were set),
    /// `true` when it certainly did not.
    func insert(_ hash: UInt64) -> Bool {
        let (block, bits) = place(hash)
        var new = false
        for word in 0..<8 {
            let bit = UInt64(1) << ((bits >> (word * 6)) & 63)
            let value = block[word]
            new = new || value & bit == 0
            block[word] = value | bit
        }
        return new
    }

    /// Whether the filter may hold a hash: `false` when it certainly does not.
    func mightContain(_ hash: UInt64) -> Bool {
        let (block, bits) = place(hash)
        for word in 0..<8 where block[word] & (UInt64(1) << ((bits >> (word * 6)) & 63)) == 0 {
            return false
        }
        return true
    }

    /// A hash's block, and the 48 bits that choose its bit in each of the block's eight words. The hash
    /// is mixed first (the finaliser of MurmurHash3), since names such as R00001 and R00002 differ in a
    /// few bits of their FNV-1a hashes; the block comes from the top bits, the 48 from a second mix.
    private func place(_ hash: UInt64) -> (block: UnsafeMutablePointer<UInt64>, bits: UInt64) {
        var mixed = hash
        mixed ^= mixed >> 33
        mixed &*= 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        mixed &*= 0xc4ce_b9fe_1a85_ec53
        mixed ^= mixed >> 33
        let block = Int(truncatingIfNeeded: mixed >> shift)
        let spread = mixed &* 0x9e37_79b9_7f4a_7c15
        return (words + block * 8, spread ^ (spread >> 32))
    }
}
