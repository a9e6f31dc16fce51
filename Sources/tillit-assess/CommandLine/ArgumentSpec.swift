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

    /// The placeholder, e.g. `FILE`.
    var name: String
    /// How many values it takes.
    var arity: Arity
    /// What each value is: a file, free text or one of a closed set (for checking and completions).
    var value: OptionSpec.Value
    /// One line of help.
    var help: LocalizedText

    init(_ name: String, _ arity: Arity = .required, value: OptionSpec.Value = .file, help: LocalizedText) {
        self.name = name
        self.arity = arity
        self.value = value
        self.help = help
    }

    /// Whether the argument names a file (for completions).
    var isFile: Bool { value == .file }

    /// The argument as shown in a usage line: `FILE`, `[FILE]` or `RESPONSE...`.
    var synopsis: String {
        switch arity {
        case .required: name
        case .optional: "[\(name)]"
        case .oneOrMore: "\(name)..."
        }
    }
}
