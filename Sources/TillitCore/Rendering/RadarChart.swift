import Foundation

/// A radar (spider) chart as inline SVG: one axis per principle, the team's current index as a filled
/// polygon and the target as a dashed outline with markers.
///
/// The chart is decoration for the eye; it carries `role="img"` with a `<title>` and a `<desc>` that
/// state every value, and the report always puts a real table beside it. All labels are escaped.
public struct RadarChart: Sendable {
    /// One axis of the chart.
    public struct Axis: Sendable, Hashable {
        /// The label, e.g. a principle's name.
        public var label: String
        /// The current value, 0–100, or `nil` when not measured.
        public var current: Double?
        /// The target, 0–100, or `nil` when the team has set none.
        public var target: Double?

        /// Creates an axis.
        public init(label: String, current: Double?, target: Double?) {
            self.label = label
            self.current = current
            self.target = target
        }
    }

    /// The axes, clockwise from the top.
    public var axes: [Axis]
    /// The chart's title, read out by screen readers.
    public var title: String
    /// A description of every value, read out by screen readers.
    public var description: String
    /// The legend's label for the current values.
    public var currentLabel: String
    /// The legend's label for the targets.
    public var targetLabel: String
    /// Labels for the rings at 0, 25, 50, 75 and 100, e.g. the scale steps 1–5.
    public var ringLabels: [String]
    /// A prefix for the ids of the title and description, unique within the page.
    public var id: String

    /// Creates a chart.
    public init(
        axes: [Axis], title: String, description: String, currentLabel: String, targetLabel: String,
        ringLabels: [String] = ["0", "25", "50", "75", "100"], id: String = "radar"
    ) {
        self.axes = axes
        self.title = title
        self.description = description
        self.currentLabel = currentLabel
        self.targetLabel = targetLabel
        self.ringLabels = ringLabels
        self.id = id
    }

    private static let width = 640.0
    private static let height = 470.0
    private static let radius = 165.0
    private static let centre = (x: 320.0, y: 225.0)

    /// The SVG element.
    public var svg: String {
        let e = HTMLText.escape
        var out = """
            <svg class="radar" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" \
            aria-labelledby="\(id)-title \(id)-desc">
            <title id="\(id)-title">\(e(title))</title>
            <desc id="\(id)-desc">\(e(description))</desc>

            """
        // Rings and their labels.
        for (ring, label) in zip([0.25, 0.5, 0.75, 1.0], ringLabels.dropFirst()) {
            let points = axes.indices.map { point(axis: $0, value: ring * 100) }
            out += "<polygon class=\"ring\" points=\"\(pointList(points))\"/>\n"
            let (x, y) = point(axis: 0, value: ring * 100)
            out += "<text class=\"ring-label\" x=\"\(f(x + 4))\" y=\"\(f(y + 4))\">\(e(label))</text>\n"
        }
        // Spokes and axis labels.
        for (index, axis) in axes.enumerated() {
            let (x, y) = point(axis: index, value: 100)
            out += "<line class=\"spoke\" x1=\"\(f(Self.centre.x))\" y1=\"\(f(Self.centre.y))\" "
            out += "x2=\"\(f(x))\" y2=\"\(f(y))\"/>\n"
            let (lx, ly) = point(axis: index, value: 100, extra: 16)
            let anchor = abs(lx - Self.centre.x) < 8 ? "middle" : lx < Self.centre.x ? "end" : "start"
            let baseline =
                ly < Self.centre.y - Self.radius ? -2.0 : ly > Self.centre.y + Self.radius ? 12.0 : 4.0
            out +=
                "<text class=\"axis-label\" x=\"\(f(lx))\" y=\"\(f(ly + baseline))\" text-anchor=\"\(anchor)\">"
            out += "\(e(axis.label))</text>\n"
        }
        // The current values.
        let current = axes.enumerated().map { point(axis: $0.offset, value: $0.element.current ?? 0) }
        out += "<polygon class=\"current\" points=\"\(pointList(current))\"/>\n"
        for (index, axis) in axes.enumerated() where axis.current != nil {
            let (x, y) = current[index]
            out += "<circle class=\"current-point\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3.5\"/>\n"
        }
        // The targets: an outline when every axis has one, markers always.
        if axes.allSatisfy({ $0.target != nil }) {
            let targets = axes.enumerated().map { point(axis: $0.offset, value: $0.element.target ?? 0) }
            out += "<polygon class=\"target\" points=\"\(pointList(targets))\"/>\n"
        }
        for (index, axis) in axes.enumerated() {
            guard let target = axis.target else { continue }
            let (x, y) = point(axis: index, value: target)
            out +=
                "<rect class=\"target-point\" x=\"\(f(x - 4))\" y=\"\(f(y - 4))\" width=\"8\" height=\"8\" "
            out += "transform=\"rotate(45 \(f(x)) \(f(y)))\"/>\n"
        }
        // The legend.
        let legendY = Self.height - 18
        out += "<rect class=\"current-key\" x=\"20\" y=\"\(f(legendY - 10))\" width=\"14\" height=\"14\"/>\n"
        out += "<text class=\"legend\" x=\"40\" y=\"\(f(legendY + 2))\">\(e(currentLabel))</text>\n"
        if axes.contains(where: { $0.target != nil }) {
            // About 7.5 px per character at 13 px: start the second key after the first label.
            let x = 40 + Double(currentLabel.count) * 7.5 + 32
            out += "<rect class=\"target-point\" x=\"\(f(x - 5))\" y=\"\(f(legendY - 8))\" width=\"10\" "
            out += "height=\"10\" transform=\"rotate(45 \(f(x)) \(f(legendY - 3)))\"/>\n"
            out +=
                "<text class=\"legend\" x=\"\(f(x + 14))\" y=\"\(f(legendY + 2))\">\(e(targetLabel))</text>\n"
        }
        return out + "</svg>"
    }

    private func point(axis: Int, value: Double, extra: Double = 0) -> (Double, Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(max(1, axes.count))
        let distance = Self.radius * max(0, min(100, value)) / 100 + extra
        return (Self.centre.x + distance * cos(angle), Self.centre.y + distance * sin(angle))
    }

    private func pointList(_ points: [(Double, Double)]) -> String {
        points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
    }

    private func f(_ value: Double) -> String { Formatting.decimal(value, decimals: 1) }
}
