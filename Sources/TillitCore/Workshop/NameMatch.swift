import Foundation

/// How the workshop and `merge` tell that two names (of participants, or of roles) are the same, or
/// look like a typo of one another.
///
/// A team types names at a shared keyboard and participants type their own in `respond`: `Anna`,
/// `anna` and `Anna ` are one person, and `enhetschef` beside `enhetschefer` is almost always one
/// group. One rule, used by every place that compares names, so that the screens never repeat it.
public enum NameMatch {
    /// The name as compared: without surrounding white space, inner runs of white space as one space,
    /// and case folded (`Anna`, ` anna ` and `ANNA` give the same key).
    public static func key(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
    }

    /// Whether two names are the same after trimming and case folding.
    public static func same(_ lhs: String, _ rhs: String) -> Bool { key(lhs) == key(rhs) }

    /// The first of `existing` that `name` is the same as or a likely typo of: equal after folding,
    /// or, for names of four letters or more, one that differs by at most two edits (`enhetschef` →
    /// `enhetschefer`). `nil` when `name` is new.
    public static func similar(to name: String, among existing: [String]) -> String? {
        let typed = key(name)
        guard !typed.isEmpty else { return nil }
        if let same = existing.first(where: { key($0) == typed }) { return same }
        guard typed.count >= 4 else { return nil }
        return existing.first { candidate in
            let other = key(candidate)
            return other.count >= 4 && distance(typed, other, limit: 2) <= 2
        }
    }

    /// The edit distance between two strings, counting at most to `limit + 1`.
    static func distance(_ lhs: String, _ rhs: String, limit: Int) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
