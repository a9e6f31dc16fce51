import Foundation
import Testing

/// Swedish text is set the Swedish way: quotations in ”…” (the same mark on both sides), never English
/// “…” or typewriter "…", and a typographic apostrophe. A reviewer edits the content files by hand, so a
/// test, not care, keeps it so.
@Suite("Swedish typography in the content and the vocabulary")
struct SwedishTypographyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every Swedish text of every content file: the values of `sv` keys, with where they are.
    static func swedishTexts() throws -> [(place: String, text: String)] {
        let resources = root.appendingPathComponent("Sources/TillitCore/Resources")
        let files = try #require(
            FileManager.default.enumerator(at: resources, includingPropertiesForKeys: nil))
        var found: [(String, String)] = []
        func walk(_ value: Any, _ path: String) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    if key == "sv", let text = child as? String { found.append((path, text)) }
                    walk(child, path + "." + key)
                }
            } else if let array = value as? [Any] {
                for (index, child) in array.enumerated() { walk(child, path + "[\(index)]") }
            }
        }
        for case let url as URL in files where url.pathExtension == "json" {
            walk(try JSONSerialization.jsonObject(with: Data(contentsOf: url)), url.lastPathComponent)
        }
        return found
    }

    @Test("the content files' Swedish texts quote with ” and have no English or typewriter quotes")
    func contentQuotes() throws {
        let texts = try Self.swedishTexts()
        #expect(texts.count > 500, "the walk found the content files")
        for (place, text) in texts {
            for mark in ["\"", "“", "‘", "'"] {
                #expect(!text.contains(mark), "\(place): \(mark) in \(text.prefix(60))")
            }
        }
    }

    @Test("no Swift source writes English quotation marks into a Swedish text")
    func sourceQuotes() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let url as URL in files where url.pathExtension == "swift" {
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            for (number, line) in lines.enumerated() where line.contains("sv:") && line.contains("“") {
                Issue.record("\(url.lastPathComponent):\(number + 1) quotes with “ in Swedish")
            }
        }
    }
}
