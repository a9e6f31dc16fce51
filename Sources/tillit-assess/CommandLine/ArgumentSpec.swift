import TillitCore

/// A positional argument in the declarative command table.
struct ArgumentSpec: Sendable {
    /// How many values the argument takes.
    enum Arity: Sendable, Equatable {
        /// Exactly one value.
        case required
        /// Zero or one value.
        case optional
        /// One or more values; only the last argument may be variadic.
        case oneOrMore
    }

    /// The key the parser stores the value under: the English placeholder, e.g. `FILE`.
    var name: String
    /// The placeholder help shows, e.g. `FIL`/`FILE`.
    var placeholder: LocalizedText
    /// How many values it takes.
    var arity: Arity
    /// What each value is: a file, free text or one of a closed set (for checking and completions).
    var value: OptionSpec.Value
    /// One line of help.
    var help: LocalizedText

    init(
        _ placeholder: Placeholder, _ arity: Arity = .required, value: OptionSpec.Value = .file,
        help: LocalizedText
    ) {
        self.name = placeholder(.en)
        self.placeholder = placeholder.text
        self.arity = arity
        self.value = value
        self.help = help
    }

    /// Whether the argument names a file (for completions).
    var isFile: Bool { value == .file }

    /// The argument as shown in a usage line: `FILE`, `[FILE]` or `RESPONSE...`.
    func synopsis(_ language: Language) -> String {
        let name = placeholder(language)
        return switch arity {
        case .required: name
        case .optional: "[\(name)]"
        case .oneOrMore: "\(name)..."
        }
    }
}
