import Foundation

/// The text of a source report from `../shared/seeds`, prepared for finding quotes: line-break
/// hyphenation undone and whitespace collapsed (as the Tabell 3.3 test does), and cut into its numbered
/// sections so that a quote can be checked against the section it is cited for.
struct ReportText {
    /// The whole report, normalised.
    let whole: String
    /// Each numbered section (`3.4.5`) with its normalised text, up to the next numbered heading.
    let sections: [(number: String, text: String)]

    /// The seed files by document.
    static let seeds = [
        "SOU 2019:43": "002_a9d855d83cff3660.txt",
        "SOU 2018:47": "004_9ee925d4d2d2c19c.txt",
    ]

    /// Loads the report, or `nil` when the seeds are not beside the repository.
    static func load(_ document: String) -> ReportText? {
        guard let name = seeds[document] else { return nil }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("shared/seeds/\(name)")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return ReportText(text)
    }

    init(_ text: String) {
        whole = Self.normalise(text)
        let lines = text.components(separatedBy: "\n")
        // A heading is a line like "3.4.5 En styrning …". The table of contents lists every heading
        // first, so the last line with a number is the section's start in the body.
        var starts: [String: Int] = [:]
        for (index, line) in lines.enumerated() {
            if let number = Self.headingNumber(line) { starts[number] = index }
        }
        let ordered = starts.sorted { $0.value < $1.value }
        sections = ordered.enumerated().map { offset, start in
            let end = offset + 1 < ordered.count ? ordered[offset + 1].value : lines.count
            return (start.key, Self.normalise(lines[start.value..<end].joined(separator: "\n")))
        }
    }

    /// Whether the quote is in one of the sections the reference names (`§3.4.1; §2.9`), counting a
    /// section's subsections; a reference without section numbers is checked against the whole report.
    func contains(_ quote: String, inSectionsOf reference: String) -> Bool {
        let numbers = reference.split(separator: ";").compactMap { part -> String? in
            let token =
                part.trimmingCharacters(in: .whitespaces).split(separator: ",").first.map(String.init) ?? ""
            guard token.hasPrefix("§") else { return nil }
            return String(token.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        guard !numbers.isEmpty else { return whole.contains(quote) }
        return sections.contains { section in
            numbers.contains { section.number == $0 || section.number.hasPrefix($0 + ".") }
                && section.text.contains(quote)
        }
    }

    static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: #"\s*-\s*\n\s*"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    /// `3.4.5` for a line `3.4.5 En styrning …` (one leading space allowed), else `nil`.
    private static func headingNumber(_ line: String) -> String? {
        let trimmed = line.hasPrefix(" ") ? line.dropFirst() : Substring(line)
        guard let space = trimmed.firstIndex(of: " ") else { return nil }
        let number = trimmed[..<space]
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            parts[0].count == 1, let next = trimmed[trimmed.index(after: space)...].first, next.isUppercase
        else { return nil }
        return String(number)
    }
}
