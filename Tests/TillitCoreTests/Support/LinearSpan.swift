/// The linear span of vectors over the integers modulo a large prime: everything an attacker can work
/// out from a set of published sums by adding, subtracting and scaling them.
///
/// Exact (no rounding), and small enough for a few hundred unknowns. Working modulo a prime can only
/// make the span look larger than over the rationals, never smaller, so a vector found outside it is
/// truly not derivable.
struct LinearSpan {
    static let prime: Int64 = 2_147_483_647

    /// The number of unknowns.
    let width: Int
    /// Rows in echelon form: each has a 1 at its pivot, and zeros at the pivots of the rows before it.
    private var rows: [(pivot: Int, vector: [Int64])] = []

    init(width: Int) { self.width = width }

    /// `a` to the power `p − 2`: the inverse of `a` modulo the prime.
    static func inverse(_ a: Int64) -> Int64 {
        var result: Int64 = 1
        var base = ((a % prime) + prime) % prime
        var exponent = prime - 2
        while exponent > 0 {
            if exponent & 1 == 1 { result = result * base % prime }
            base = base * base % prime
            exponent >>= 1
        }
        return result
    }

    /// `v` with every row's pivot eliminated.
    func reduced(_ v: [Int64]) -> [Int64] {
        var v = v.map { (($0 % Self.prime) + Self.prime) % Self.prime }
        for row in rows where v[row.pivot] != 0 {
            let factor = v[row.pivot]
            for index in 0..<width where row.vector[index] != 0 {
                v[index] = ((v[index] - factor * row.vector[index]) % Self.prime + Self.prime) % Self.prime
            }
        }
        return v
    }

    /// Adds a published sum.
    mutating func add(_ v: [Int64]) {
        let rest = reduced(v)
        guard let pivot = rest.firstIndex(where: { $0 != 0 }) else { return }
        let scale = Self.inverse(rest[pivot])
        rows.append((pivot, rest.map { $0 * scale % Self.prime }))
    }

    /// Whether `v` can be worked out from what was added.
    func contains(_ v: [Int64]) -> Bool { reduced(v).allSatisfy { $0 == 0 } }
}
