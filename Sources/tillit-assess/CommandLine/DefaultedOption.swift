import TillitCore

/// An option whose value is a `Value` that has a default, so the command always gets one:
/// `--format` is `text` unless given.
struct DefaultedOption<Value: ArgumentValue>: OptionDeclaration {
    var spec: OptionSpec
    /// The value when the option is not given; help shows it.
    var defaultValue: Value

    /// - Parameter kind: what the parser checks; the type's own unless narrowed (a range, a subset).
    init(
        _ name: String, short: Character? = nil, kind: OptionSpec.Value = Value.argumentKind,
        valueName: Placeholder? = nil, default defaultValue: Value, help: LocalizedText
    ) {
        spec = OptionSpec(
            name, short: short, value: kind, valueName: valueName, defaultValue: defaultValue.argumentText,
            help: help)
        self.defaultValue = defaultValue
    }
}
