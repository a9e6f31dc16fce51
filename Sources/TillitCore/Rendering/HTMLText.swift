/// Escaping for text placed in HTML, shared by every HTML renderer.
///
/// Every string a user typed — an organisation's name, an action, a note — passes through
/// ``escape(_:)`` before it reaches a page, so that `<script>` in a note is shown, never run.
enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references; safe in element
    /// content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
