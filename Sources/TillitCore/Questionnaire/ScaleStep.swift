/// One answer on a scale: its stored value and its label.
public struct ScaleStep: Sendable, Codable, Hashable {
    /// The value stored in the assessment and used in scoring.
    public var value: Int
    /// The label a participant reads, e.g. *Stämmer helt* / *Completely true*.
    public var label: LocalizedText

    /// Creates a step.
    public init(value: Int, label: LocalizedText) {
        self.value = value
        self.label = label
    }
}
