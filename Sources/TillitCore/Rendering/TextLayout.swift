/// Plain-text layout shared by every text renderer and the command line's help: word wrapping and
/// padding by visible width.
public enum TextLayout {
    /// Wraps text at spaces so that no line exceeds `width` characters (a single longer word stands on
    /// its own line). `first` begins the first line and `rest` every following one; when `first` is
    /// wider than `rest`, the text starts on the next line.
    public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var current: String
        if first.count > rest.count {
            lines.append(first)
            current = rest
        } else {
            current = first + String(repeating: " ", count: rest.count - first.count)
        }
        var lineHasWords = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if lineHasWords, current.count + 1 + word.count > width {
                lines.append(current)
                current = rest
                lineHasWords = false
            }
            current += (lineHasWords ? " " : "") + word
            lineHasWords = true
        }
        if lineHasWords || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Pads or truncates text to exactly `width` characters, with an ellipsis when it is cut.
    public static func fit(_ text: String, width: Int) -> String {
        if text.count <= width { return text.padding(toLength: width, withPad: " ", startingAt: 0) }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// Right-aligns text in `width` characters.
    public static func right(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
