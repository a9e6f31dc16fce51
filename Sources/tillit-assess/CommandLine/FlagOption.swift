import TillitCore

/// An option that takes no value (named so beside the terminal's own private `Flag`): present or absent, e.g. `--force`.
struct FlagOption: OptionDeclaration {
    var spec: OptionSpec

    init(_ name: String, short: Character? = nil, help: LocalizedText) {
        spec = OptionSpec(name, short: short, value: .flag, help: help)
    }
}
