/// A figure shown large, with its label and an optional explanation, e.g. *Principindex 59 / 100*.
public struct KeyFigure: Sendable, Hashable {
    /// What the figure is.
    public var label: String
    /// The figure, formatted.
    public var value: String
    /// A short explanation under it; may be empty.
    public var detail: String

    /// Creates a key figure.
    public init(label: String, value: String, detail: String = "") {
        self.label = label
        self.value = value
        self.detail = detail
    }
}
