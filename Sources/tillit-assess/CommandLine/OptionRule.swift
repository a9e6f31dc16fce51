import TillitCore

/// A rule across a command's options, declared in the command table beside the options and checked
/// by the parser, so every command reports it the same way (exit 64) and help can state it.
struct OptionRule: Sendable {
    /// What the rule demands.
    enum Kind: Sendable, Equatable {
        /// The first option only together with the second.
        case requires(String, String)
        /// Not both options at once.
        case conflicts(String, String)
        /// The first option only when the second, if given, has one of these values.
        case onlyWith(String, String, [Choice])
    }

    var kind: Kind

    /// `--a` needs `--b` as well.
    static func requires(_ option: some OptionDeclaration, _ other: some OptionDeclaration) -> OptionRule {
        OptionRule(kind: .requires(option.spec.name, other.spec.name))
    }

    /// `--a` and `--b` exclude each other.
    static func conflicts(_ option: some OptionDeclaration, _ other: some OptionDeclaration) -> OptionRule {
        OptionRule(kind: .conflicts(option.spec.name, other.spec.name))
    }

    /// `--raw` only with `--format csv`: when both are given, the second must have one of the values.
    static func only<Value: ArgumentChoice>(
        _ option: some OptionDeclaration, with other: DefaultedOption<Value>, being values: [Value]
    ) -> OptionRule {
        OptionRule(
            kind: .onlyWith(
                option.spec.name, other.spec.name,
                values.map { Choice($0.argumentName, sv: $0.swedishArgumentName) }))
    }

    /// The rule as help states it, or the message when it is broken.
    func text(got: String? = nil) -> LocalizedText {
        switch kind {
        case .requires(let a, let b):
            LocalizedText(sv: "`--\(a)` kräver `--\(b)`.", en: "`--\(a)` requires `--\(b)`.")
        case .conflicts(let a, let b):
            LocalizedText(
                sv: "`--\(a)` och `--\(b)` kan inte anges tillsammans.",
                en: "`--\(a)` and `--\(b)` cannot be given together.")
        case .onlyWith(let a, let b, let values):
            LocalizedText(
                sv: "`--\(a)` går bara med `--\(b) \(values.map(\.sv).joined(separator: "|"))`"
                    + (got.map { "; fick `--\(b) \($0)`." } ?? "."),
                en: "`--\(a)` goes only with `--\(b) \(values.map(\.name).joined(separator: "|"))`"
                    + (got.map { "; got `--\(b) \($0)`." } ?? "."))
        }
    }

    /// The message when the given values break the rule, or `nil`.
    func violation(_ values: [String: [String]]) -> LocalizedText? {
        switch kind {
        case .requires(let a, let b):
            return values[a] != nil && values[b] == nil ? text() : nil
        case .conflicts(let a, let b):
            return values[a] != nil && values[b] != nil ? text() : nil
        case .onlyWith(let a, let b, let allowed):
            guard values[a] != nil, let given = values[b]?.last,
                !allowed.contains(where: { $0.name == given })
            else { return nil }
            return text(got: given)
        }
    }
}
