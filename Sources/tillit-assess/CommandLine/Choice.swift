import Foundation
import TillitCore

/// One value of a closed set as the command line spells it: canonically, in Swedish, and what it means.
///
/// What a value means is looked up only when help, completions or the manual page show it: the
/// principles' names, say, come from the framework's content, and loading that for every run of every
/// command would be paid by commands that never show it (about half of a bare `--version`).
struct Choice: Sendable, Equatable {
    /// The canonical spelling the parser stores, e.g. `done`.
    var name: String
    /// The Swedish spelling, e.g. `klar`.
    var sv: String
    /// Further words accepted but not listed: a term the tool used before (`klar`), a synonym.
    var aliases: [String]
    /// What the value means, for help and completions; looked up when asked for.
    var help: LocalizedText? { describe() }
    private let describe: @Sendable () -> LocalizedText?

    init(
        _ name: String, sv: String? = nil, aliases: [String] = [],
        help: @escaping @autoclosure @Sendable () -> LocalizedText? = nil
    ) {
        self.name = name
        self.sv = sv ?? name
        self.aliases = aliases
        self.describe = help
    }

    /// Two choices are the same value when they are spelled the same; what they mean follows.
    static func == (left: Choice, right: Choice) -> Bool {
        left.name == right.name && left.sv == right.sv && left.aliases == right.aliases
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
