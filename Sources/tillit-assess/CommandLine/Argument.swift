import TillitCore

/// A positional argument whose values are `Value`s: `STATUS` is an ``Action/Status``, `FILE` a path.
struct Argument<Value: ArgumentValue>: Sendable {
    var spec: ArgumentSpec

    /// - Parameter kind: what the parser checks and completions offer; a file unless said otherwise.
    init(
        _ name: Placeholder, _ arity: ArgumentSpec.Arity = .required, kind: OptionSpec.Value = .file,
        help: LocalizedText
    ) {
        spec = ArgumentSpec(name, arity, value: kind, help: help)
    }
}

extension Argument where Value: ArgumentChoice {
    /// An argument from a closed set, e.g. `STATUS`.
    init(_ name: Placeholder, _ arity: ArgumentSpec.Arity = .required, help: LocalizedText) {
        spec = ArgumentSpec(name, arity, value: Value.argumentKind, help: help)
    }
}
