import Foundation
import Testing
import TillitCore

@testable import tillit_assess

/// The command line speaks the documents' vocabulary: a word ``Term`` defines is never spelled another
/// way in a help page, a workshop screen or a message, and a Swedish page has no English placeholder.
@Suite("The command line takes its words from Term")
struct CLIVocabularyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Sources/tillit-assess")

    /// Every Swedish help page, as the user reads it.
    static var swedishHelp: [(path: String, text: String)] {
        let formatter = HelpFormatter(root: CommandTable.root, language: .sv)
        return SnapshotTests.paths.map { ($0.joined(separator: " "), formatter.help(for: $0)) }
    }

    /// The code of every file of the command line, without its comments (a doc comment may name the
    /// wrong word to say why it is not used).
    static func code() throws -> [(file: String, lines: [Substring])] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        let files = (enumerator?.compactMap { $0 as? URL } ?? []).filter { $0.pathExtension == "swift" }
        #expect(files.count > 20, "the command line's sources were not found at \(sources.path)")
        return try files.map { url in
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter {
                !$0.drop { $0 == " " }.hasPrefix("//")
            }
            return (url.lastPathComponent, lines)
        }
    }

    /// Words the documents say otherwise, with the word they use: each pattern is a wrong Swedish variant.
    static let wrongWords: [(pattern: String, instead: String)] = [
        (#"(?i)frågebatteri"#, "frågeformulär"),
        (#"(?i)snabba? vinst"#, "kort sikt"),
        (#"\bKlar\b"#, "Genomförd"),
        (#"(?i)\bavbruten\b"#, "Utgår"),
        (#"(?i)facilitatorn"#, "samtalsledaren"),
        (#"Facilitator \(valfri\)"#, "Samtalsledare"),
        (#"\bmedel\b"#, "medelvärde"),
        (#"\(standard: "#, "förval"),
        (#"Tidshorisont"#, "Sikt"),
        (#"(?i)\bgapet\b"#, "avstånd till mål"),
    ]

    @Test("no source line of the command line spells a word of Term another way")
    func noWrongVariantInTheSources() throws {
        for (file, lines) in try Self.code() {
            for line in lines {
                for (pattern, instead) in Self.wrongWords {
                    #expect(
                        line.range(of: pattern, options: .regularExpression) == nil,
                        "\(file): `\(line.trimmingCharacters(in: .whitespaces))` — the documents say \(instead)"
                    )
                }
            }
        }
    }

    @Test("the wrong variants are caught: the test is no empty promise")
    func patternsBite() {
        let wrong = [
            "Frågebatteri", "en snabb vinst", "Klar", "Avbruten", "skicka till facilitatorn",
            "Facilitator (valfri)", "medel 3,4", "(standard: i dag)", "Tidshorisont: s",
            "största gapet först",
        ]
        for (text, (pattern, _)) in zip(wrong, Self.wrongWords) {
            #expect(text.range(of: pattern, options: .regularExpression) != nil, "\(pattern) misses \(text)")
        }
        let right = ["Frågeformulär", "Genomförd", "Klart.", "medelvärde 3,4", "(förval: i dag)", "Utgår"]
        for text in right {
            for (pattern, _) in Self.wrongWords {
                #expect(
                    text.range(of: pattern, options: .regularExpression) == nil, "\(pattern) hits \(text)")
            }
        }
    }

    @Test("Swedish help has Swedish placeholders, Swedish quotation marks and the documents' words")
    func swedishHelpPages() {
        let english = Placeholder.allCases.map { $0.text }.filter { $0.sv != $0.en }.map(\.en)
        for (path, text) in Self.swedishHelp {
            // The examples are shell commands: their quotes are the shell's.
            let prose = text.split(separator: "\n").filter { !$0.hasPrefix("  tillit-assess ") }
            for line in prose {
                #expect(!line.contains("\""), "help \(path): straight quotes in `\(line)`")
                #expect(!line.contains("“"), "help \(path): English quotation marks in `\(line)`")
                for word in english {
                    let pattern =
                        #"(?<![\w-])"# + NSRegularExpression.escapedPattern(for: word) + #"(?![\w-])"#
                    #expect(
                        line.range(of: pattern, options: .regularExpression) == nil,
                        "help \(path): English placeholder \(word) in `\(line)`")
                }
                for (pattern, instead) in Self.wrongWords {
                    #expect(
                        line.range(of: pattern, options: .regularExpression) == nil,
                        "help \(path): `\(line)` — the documents say \(instead)")
                }
            }
        }
    }

    @Test("`help plan add-action --language sv` reads in Swedish, as a user runs it")
    func addActionHelpAsRun() throws {
        let result = try CLI.run(["help", "plan", "add-action", "--language", "sv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("tillit-assess plan FIL add-action [alternativ]"))
        #expect(result.stdout.contains("--owner NAMN"))
        #expect(result.stdout.contains("--due ÅÅÅÅ-MM-DD"))
        #expect(result.stdout.contains("Kort sikt (inom tre månader) eller lång sikt"))
        #expect(result.stdout.contains("(förval: "))
        #expect(!result.stdout.contains("FILE") && !result.stdout.contains("YYYY"))
    }

    @Test("a usage error names the missing argument in the reader's language")
    func missingArgumentInSwedish() throws {
        let result = try CLI.run(["report", "--language", "sv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("FIL saknas"), "\(result.stderr)")
        let english = try CLI.run(["report", "--language", "en"])
        #expect(english.stderr.contains("missing FILE"), "\(english.stderr)")
        let shell = try CLI.run(["completions", "fisk", "--language", "sv"])
        #expect(shell.stderr.contains("`SKAL` ska vara en av"), "\(shell.stderr)")
    }

    @Test("the workshop quotes in the language's own marks")
    func quotationMarks() {
        #expect(WorkshopText.quoted("Tillit", .sv) == "”Tillit”")
        #expect(WorkshopText.quoted("Trust", .en) == "“Trust”")
    }
}
