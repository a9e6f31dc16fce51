import Foundation
import Testing

/// The layers of the core point one way: model → codecs → questionnaire → assessment → scoring →
/// planning → documents → writers. A folder may use the types of its own layer and those below, never those above.
///
/// The test reads which types each folder declares and which each file names. A few uses that point the
/// wrong way are known and listed; the test fails when a new one appears, and when a listed one is gone
/// (so the list only shrinks).
@Suite("Layers point one way")
struct LayerTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TillitCore")

    /// The layers from the bottom; documents and rendering together are the top. Codecs work on bytes
    /// (the JSON check every reader runs first) and know only the model's plain types (its texts).
    static let layers: [[String]] = [
        ["Model"], ["Codecs"], ["Questionnaire"], ["Assessment"], ["Scoring"], ["Planning"],
        ["Documents", "Rendering"],
    ]

    /// Uses that point the wrong way today, as `file → type`. The assessment holds its plan (the issue's
    /// "assessment (with its plan)"), whose types still live in Planning/, and its reader names the
    /// actions' statuses in its messages; a comparison reports the earlier plan's actions.
    static let known: Set<String> = [
        "Assessment/Assessment.swift → DevelopmentPlan",
        "Assessment/AssessmentFile.swift → Action",
        "Scoring/Comparison.swift → Action",
    ]

    static func files(in folder: String) throws -> [URL] {
        let root = sources.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    /// The top-level type names a folder declares.
    static func declared(in folder: String) throws -> Set<String> {
        var names: Set<String> = []
        for file in try files(in: folder) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
                let words = line.split(separator: " ")
                for (index, word) in words.enumerated()
                where ["struct", "enum", "class", "protocol"].contains(word) && index + 1 < words.count {
                    let name = words[index + 1].prefix { $0.isLetter || $0.isNumber }
                    if !name.isEmpty { names.insert(String(name)) }
                }
            }
        }
        return names
    }

    /// The code of a file without comments, so that a doc comment naming a type is no use of it.
    static func code(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter {
            !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
        }.joined(separator: "\n")
    }

    @Test("no folder uses a type declared in a layer above it, beyond the known list")
    func oneWay() throws {
        var found: Set<String> = []
        for (level, folders) in Self.layers.enumerated() {
            let above = try Self.layers[(level + 1)...].flatMap { $0 }.reduce(into: Set<String>()) {
                $0.formUnion(try Self.declared(in: $1))
            }
            for folder in folders {
                for file in try Self.files(in: folder) {
                    let code = try Self.code(file)
                    for name in above
                    where code.range(of: "\\b\(name)\\b", options: .regularExpression) != nil {
                        found.insert("\(folder)/\(file.lastPathComponent) → \(name)")
                    }
                }
            }
        }
        #expect(
            found.subtracting(Self.known).isEmpty,
            "new uses pointing up: \(found.subtracting(Self.known).sorted())")
        #expect(
            Self.known.subtracting(found).isEmpty,
            "fixed, remove from the list: \(Self.known.subtracting(found).sorted())")
    }

    @Test("the scan finds a use pointing up, so the test above can fail")
    func scanWorks() throws {
        #expect(try Self.declared(in: "Documents").contains("Document"))
        #expect(try Self.declared(in: "Planning").contains("Planner"))
    }
}
