/// Splits a long screen into pages that fit the terminal's height, breaking at blank lines where it
/// can, so that a statement and its distribution stay together, and a heading with what it heads.
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
        // A heading alone in its block (one line, or a blank and one line) stays with what follows it.
        var glued: [[String]] = []
        for block in blocks {
            if let last = glued.last, last.filter({ !$0.isEmpty }).count == 1 {
                glued[glued.count - 1] = last + block
            } else {
                glued.append(block)
            }
        }
        var pages: [[String]] = [[]]
        for var block in glued where !block.isEmpty {
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
