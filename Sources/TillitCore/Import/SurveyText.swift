/// How survey headers and answer labels are compared: trimmed, with runs of white space (line breaks
/// included) made one space, typographic apostrophes made straight, and case ignored.
///
/// Survey tools wrap long statements, add a trailing space or write *Don’t know* with a curly
/// apostrophe; none of that should stop a column or an answer from being recognised.
enum SurveyText {
    /// The form in which two texts are compared.
    ///
    /// Works on Unicode scalars, with ASCII decided without property look-ups: headers can be long
    /// statements, and a broken file can make one header of megabytes.
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace =
                scalar.value < 0x80
                ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar == "’" || scalar == "‘" ? "'" : scalar)
        }
        return String(scalars).lowercased()
    }
}
