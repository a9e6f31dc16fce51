import Foundation
import TillitCore

/// One value of a closed set as the command line spells it: canonically, in Swedish, and what it means.
struct Choice: Sendable, Equatable {
    /// The canonical spelling the parser stores, e.g. `done`.
    var name: String
    /// The Swedish spelling, e.g. `klar`.
    var sv: String
    /// Further words accepted but not listed: a term the tool used before (`klar`), a synonym.
    var aliases: [String]
    /// What the value means, for help and completions.
    var help: LocalizedText?

    init(_ name: String, sv: String? = nil, aliases: [String] = [], help: LocalizedText? = nil) {
        self.name = name
        self.sv = sv ?? name
        self.aliases = aliases
        self.help = help
    }

    /// The spelling shown to a reader of the language.
    func spelling(_ language: Language) -> String { language == .sv ? sv : name }

    /// Every spelling accepted, canonical first, without repeats.
    var spellings: [String] {
        var words = [name]
        for word in [sv] + aliases where !words.contains(word) { words.append(word) }
        return words
    }

    /// Whether the text names this value: either spelling, in any case, with or without Swedish
    /// letters (`langsiktighet` for `långsiktighet`, typed where å is hard to reach).
    func accepts(_ text: String) -> Bool {
        let folded = Choice.fold(text)
        return spellings.contains { Choice.fold($0) == folded }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
