/// How survey headers and answer labels are compared: trimmed, with runs of white space (line breaks
/// included) made one space, typographic apostrophes made straight, and case ignored.
///
/// Survey tools wrap long statements, add a trailing space or write *Don’t know* with a curly
/// apostrophe; none of that should stop a column or an answer from being recognised.
enum SurveyText {
    /// The form in which two texts are compared.
    static func normalize(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(character == "’" || character == "‘" ? "'" : character)
        }
        return result.lowercased()
    }
}
