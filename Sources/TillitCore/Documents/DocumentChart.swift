/// A chart of a ``Document``: the values and how to label them. The HTML writer draws it as SVG, the
/// terminal as a table with bars, Markdown as a table of its values.
public struct DocumentChart: Sendable, Hashable {
    /// What kind of chart.
    public enum Kind: Sendable, Hashable {
        /// One axis per entry, round: for the principles.
        case radar
        /// One horizontal bar per entry: for the problem areas.
        case bars
    }

    /// One value series, e.g. the agreed level.
    public struct Series: Sendable, Hashable {
        /// Its name in the legend.
        public var label: String
        /// How it is drawn.
        public var style: Style
        /// One value 0–100 per entry, `nil` where it does not exist (a principle skipped or withheld).
        public var values: [Double?]

        /// Creates a series.
        public init(label: String, style: Style, values: [Double?]) {
            self.label = label
            self.style = style
            self.values = values
        }
    }

    /// How a series is drawn.
    public enum Style: String, Sendable, Hashable {
        /// The main series: filled, strong.
        case primary
        /// A comparison drawn lighter behind the main one.
        case secondary
        /// A target: a dashed outline with markers.
        case target
        /// A main series where a high value is bad, e.g. how present a problem is: a warning colour.
        case warning
    }

    /// The kind.
    public var kind: Kind
    /// The title, read out by screen readers.
    public var title: String
    /// One label per entry, e.g. the principles' names.
    public var labels: [String]
    /// The series, main first.
    public var series: [Series]
    /// Labels for the rings or ticks at 0, 25, 50, 75 and 100.
    public var scaleLabels: [String]
    /// A line under the chart.
    public var caption: String
    /// An id unique within the page.
    public var id: String

    /// Creates a chart.
    public init(
        kind: Kind, title: String, labels: [String], series: [Series],
        scaleLabels: [String] = ["0", "25", "50", "75", "100"], caption: String = "", id: String
    ) {
        self.kind = kind
        self.title = title
        self.labels = labels
        self.series = series
        self.scaleLabels = scaleLabels
        self.caption = caption
        self.id = id
    }
}
