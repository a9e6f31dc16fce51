import Foundation

/// Draws a ``DocumentChart`` as inline SVG for the HTML page.
///
/// The chart is for the eye; it carries `role="img"` with a `<title>` and a `<desc>` that state every
/// value of every series, and the document always puts a table with the same values beside it. All
/// labels are escaped. A value that does not exist (a principle skipped or withheld) leaves a gap: its
/// polygon is drawn through the axes that have one, and its axis gets no marker.
struct ChartSVG {
    var chart: DocumentChart

    private static let width = 640.0
    private static let height = 470.0
    private static let radius = 165.0
    private static let centre = (x: 320.0, y: 225.0)

    var svg: String {
        switch chart.kind {
        case .radar: radar
        case .bars: bars
        }
    }

    private var opening: String {
        let e = HTMLText.escape
        let description = chart.labels.enumerated().map { index, label in
            let values = chart.series.compactMap { series in
                series.values[index].map { "\(series.label) \(Formatting.decimal($0, decimals: 0))" }
            }
            return "\(label): " + (values.isEmpty ? "–" : values.joined(separator: ", "))
        }.joined(separator: "; ")
        return "<title id=\"\(chart.id)-title\">\(e(chart.title))</title>\n"
            + "<desc id=\"\(chart.id)-desc\">\(e(description)).</desc>\n"
    }

    private var radar: String {
        let e = HTMLText.escape
        var out = """
            <svg class="radar" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" \
            aria-labelledby="\(chart.id)-title \(chart.id)-desc">

            """
        out += opening
        // Rings; their labels sit left of the top spoke, where no marker can cover them.
        for (ring, label) in zip([0.25, 0.5, 0.75, 1.0], chart.scaleLabels.dropFirst()) {
            let points = chart.labels.indices.map { point(axis: $0, value: ring * 100) }
            out += "<polygon class=\"ring\" points=\"\(pointList(points))\"/>\n"
            let (x, y) = point(axis: 0, value: ring * 100)
            out += "<text class=\"ring-label\" x=\"\(f(x - 9))\" y=\"\(f(y + 4))\" text-anchor=\"end\">"
            out += "\(e(label))</text>\n"
        }
        for (index, label) in chart.labels.enumerated() {
            let (x, y) = point(axis: index, value: 100)
            out += "<line class=\"spoke\" x1=\"\(f(Self.centre.x))\" y1=\"\(f(Self.centre.y))\" "
            out += "x2=\"\(f(x))\" y2=\"\(f(y))\"/>\n"
            let (lx, ly) = point(axis: index, value: 100, extra: 16)
            let anchor = abs(lx - Self.centre.x) < 8 ? "middle" : lx < Self.centre.x ? "end" : "start"
            let baseline =
                ly < Self.centre.y - Self.radius ? -2.0 : ly > Self.centre.y + Self.radius ? 12.0 : 4.0
            out +=
                "<text class=\"axis-label\" x=\"\(f(lx))\" y=\"\(f(ly + baseline))\" text-anchor=\"\(anchor)\">"
            out += "\(e(label))</text>\n"
        }
        // Lighter series first, so that the main one and the target are drawn on top.
        let order: [DocumentChart.Style] = [.secondary, .primary, .warning, .target]
        for style in order {
            for series in chart.series where series.style == style {
                let points = series.values.enumerated().map { index, value in
                    value.map { point(axis: index, value: $0) }
                }
                let present = points.compactMap { $0 }
                if present.count == points.count, present.count >= 3 {
                    out += "<polygon class=\"series-\(style.rawValue)\" points=\"\(pointList(present))\"/>\n"
                } else {
                    // A gap: only neighbours that both have a value are joined, so no line crosses an axis
                    // without a value and suggests one there.
                    for index in points.indices {
                        guard let from = points[index], let to = points[(index + 1) % points.count],
                            points.count > 2 || index == 0
                        else { continue }
                        out +=
                            "<polyline class=\"series-\(style.rawValue) gap\" points=\"\(pointList([from, to]))\"/>\n"
                    }
                }
                for (x, y) in present { out += marker(style, x: x, y: y) }
            }
        }
        // The legend, one key per series.
        var x = 20.0
        let legendY = Self.height - 18
        for series in chart.series {
            out += marker(series.style, x: x + 6, y: legendY - 3, legend: true)
            out +=
                "<text class=\"legend\" x=\"\(f(x + 18))\" y=\"\(f(legendY + 2))\">\(e(series.label))</text>\n"
            // About 7 px per character at 13 px.
            x += 18 + Double(series.label.count) * 7 + 24
        }
        return out + "</svg>"
    }

    private func marker(_ style: DocumentChart.Style, x: Double, y: Double, legend: Bool = false) -> String {
        let size = legend ? 5.0 : 4.0
        switch style {
        case .target:
            return "<rect class=\"point-target\" x=\"\(f(x - size))\" y=\"\(f(y - size))\" "
                + "width=\"\(f(2 * size))\" height=\"\(f(2 * size))\" transform=\"rotate(45 \(f(x)) \(f(y)))\"/>\n"
        case .primary, .secondary, .warning:
            return "<circle class=\"point-\(style.rawValue)\" cx=\"\(f(x))\" cy=\"\(f(y))\" "
                + "r=\"\(legend ? 6 : 3.5)\"/>\n"
        }
    }

    private var bars: String {
        let e = HTMLText.escape
        let rowHeight = 46
        let barWidth = 440.0
        let height = chart.labels.count * rowHeight + 24
        var out =
            "<svg class=\"bars\" viewBox=\"0 0 640 \(height)\" role=\"img\" "
            + "aria-labelledby=\"\(chart.id)-title \(chart.id)-desc\">\n"
        out += opening
        let values = chart.series.first?.values ?? []
        let style = chart.series.first?.style ?? .primary
        for (row, label) in chart.labels.enumerated() {
            let y = row * rowHeight
            let value = row < values.count ? values[row] : nil
            out += "<text class=\"bar-label\" x=\"12\" y=\"\(y + 14)\">\(e(label))</text>\n"
            out +=
                "<rect class=\"bar-track\" x=\"12\" y=\"\(y + 20)\" width=\"\(Int(barWidth))\" height=\"16\"/>\n"
            out += "<rect class=\"bar-fill-\(style.rawValue)\" x=\"12\" y=\"\(y + 20)\" "
            out += "width=\"\(f(barWidth * (value ?? 0) / 100))\" height=\"16\"/>\n"
            out += "<text class=\"bar-value\" x=\"\(Int(barWidth) + 20)\" y=\"\(y + 33)\">"
            out += "\(value.map { Formatting.decimal($0, decimals: 0) } ?? "–")</text>\n"
        }
        for (tick, label) in zip([0.0, 25, 50, 75, 100], chart.scaleLabels) {
            let x = 12 + barWidth * tick / 100
            out +=
                "<text class=\"tick\" x=\"\(f(x))\" y=\"\(height - 4)\" text-anchor=\"middle\">\(e(label))</text>\n"
        }
        return out + "</svg>"
    }

    private func point(axis: Int, value: Double, extra: Double = 0) -> (Double, Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(max(1, chart.labels.count))
        let distance = Self.radius * max(0, min(100, value)) / 100 + extra
        return (Self.centre.x + distance * cos(angle), Self.centre.y + distance * sin(angle))
    }

    private func pointList(_ points: [(Double, Double)]) -> String {
        points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
    }

    private func f(_ value: Double) -> String { Formatting.decimal(value, decimals: 1) }
}
