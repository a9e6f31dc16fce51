import TillitCore

/// An option whose value is a `Value`, absent unless given: `--principle långsiktighet`.
struct Option<Value: ArgumentValue>: OptionDeclaration {
    var spec: OptionSpec

    /// - Parameter kind: what the parser checks; the type's own unless narrowed (a range, a file).
    init(
        _ name: String, short: Character? = nil, kind: OptionSpec.Value = Value.argumentKind,
        valueName: Placeholder? = nil, help: LocalizedText
    ) {
        spec = OptionSpec(name, short: short, value: kind, valueName: valueName, help: help)
    }
}
