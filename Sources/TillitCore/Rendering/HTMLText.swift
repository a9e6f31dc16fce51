/// Escaping for text placed in HTML, so that whatever a user typed — a participant called `<script>`,
/// an owner with an ampersand — is shown as text and never run or parsed as markup.
enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`; safe in element content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
