/// Makes text that came from files inert before it is written: an organisation, a role or an action
/// typed by someone else must never clear a terminal, set its window title, or hide a NUL in a page.
///
/// Applied once to a whole rendered document where it is written out (the command line's output), so
/// every renderer is covered without each escaping its strings:
/// - plain text, which is shown on terminals, keeps line breaks and tabs and shows every other control
///   character (C0, DEL, C1, and so every escape sequence) as a visible symbol, e.g. `␛` for ESC. The
///   colour sequences Tillit itself writes (`ESC [ … m`) are kept when colour is on.
/// - Markdown and HTML lose every control character but line breaks and tabs (NUL included), which
///   neither format can show and which terminals would run when the file is printed with `cat`.
/// - CSV loses NUL only, so that fields otherwise stay as they were; JSON is left alone (its encoder
///   escapes control characters).
public enum InertText {
    /// `text` made inert for `format`; `keepingColour` keeps SGR colour sequences in plain text.
    public static func clean(_ text: String, for format: RenderFormat, keepingColour: Bool = false) -> String
    {
        switch format {
        case .json: return text
        case .csv: return text.contains("\u{0}") ? text.replacingOccurrences(of: "\u{0}", with: "") : text
        case .markdown, .html: return filtered(text) { _ in "" }
        case .text: return filtered(text, keepingColour: keepingColour, replacement: picture)
        }
    }

    /// Whether a scalar is a control character other than a line break or a tab.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        default: false
        }
    }

    /// The visible stand-in for a control character: the Unicode control pictures for C0 and DEL,
    /// the replacement character for C1.
    private static func picture(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }

    private static func filtered(
        _ text: String, keepingColour: Bool = false, replacement: (Unicode.Scalar) -> String
    ) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if keepingColour, scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: index) {
                out.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            if isControl(scalar) {
                out.append(contentsOf: replacement(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
            index = scalars.index(after: index)
        }
        return String(out)
    }

    /// The end of an SGR sequence `ESC [ digits and semicolons m` starting at `start`, or `nil`.
    private static func colourSequenceEnd(
        _ scalars: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index
    ) -> String.UnicodeScalarView.Index? {
        var index = scalars.index(after: start)
        guard index < scalars.endIndex, scalars[index] == "[" else { return nil }
        index = scalars.index(after: index)
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "m" { return scalars.index(after: index) }
            guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
            index = scalars.index(after: index)
        }
        return nil
    }
}
