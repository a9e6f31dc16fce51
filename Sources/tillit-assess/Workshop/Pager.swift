/// Splits a long screen into pages that fit the terminal's height, breaking at blank lines where it
/// can, so that a statement and its distribution stay together.
enum Pager {
    /// The pages of `lines` at most `height` lines each (at least one page, at least one line a page).
    static func pages(_ lines: [String], height: Int) -> [[String]] {
        let height = max(1, height)
        var blocks: [[String]] = [[]]
        for line in lines {
            if line.isEmpty {
                blocks.append([line])
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        var pages: [[String]] = [[]]
        for var block in blocks where !block.isEmpty {
            if !pages[pages.count - 1].isEmpty, pages[pages.count - 1].count + block.count > height {
                pages.append([])
                if block.first == "" { block.removeFirst() }
            }
            for line in block {
                if pages[pages.count - 1].count == height { pages.append([]) }
                pages[pages.count - 1].append(line)
            }
        }
        return pages
    }
}
