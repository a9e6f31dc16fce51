/// Why a survey export could not be imported.
///
/// Every case names the file and, where there is one, the line and column, and says what was expected,
/// so that an analyst can fix the export in one round. Problems in rows and columns are collected and
/// reported together (rows up to ``SurveyImportOptions/errorLimit``) rather than one at a time. An
/// import that fails writes nothing.
public enum ImportError: TillitError, Equatable {
    /// The file could not be read from disk.
    case unreadable(file: String, reason: String)
    /// The file has no bytes, or only a byte order mark and blank lines.
    case empty(file: String)
    /// The file holds NUL bytes: it is not a text file (or is UTF-16 without a byte order mark).
    case binary(file: String)
    /// A malformed UTF-8 sequence (its bytes, line and character) where the text can only be UTF-8:
    /// announced by a byte order mark, chosen, or after UTF-8 letters earlier in the file
    /// (`TextDecoder`).
    /// `utf16` tells an unpaired surrogate in UTF-16 from malformed UTF-8.
    case encoding(file: String, line: Int, column: Int, bytes: [UInt8], utf16: Bool = false)
    /// An `.xlsx` workbook that cannot be read: not a ZIP archive, damaged, encrypted, without the
    /// sheet asked for; the reason says which.
    case workbook(file: String, reason: LocalizedText)
    /// A `sep=` first line naming a separator other than comma, semicolon or tab; the line.
    case separatorLine(file: String, text: String)
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(file: String, line: Int)
    /// The header has columns but no row of answers follows (or every row was skipped).
    case noRows(file: String)
    /// Questionnaire items without a column, items matched by more than one column, a missing group
    /// column and the like: every one found.
    case columns(file: String, problems: [ColumnProblem])
    /// The mapping file is not a JSON object of column headers to item ids, or names unknown items.
    case mapping(file: String, problems: [LocalizedText])
    /// Rows with values that are not answers, or with the wrong number of fields: the first
    /// ``SurveyImportOptions/errorLimit`` in the file, and how many more there were.
    case rows(file: String, issues: [ImportRowIssue], more: Int)

    public var message: LocalizedText {
        switch self {
        case .unreadable(let file, let reason):
            return LocalizedText(sv: "kan inte läsa \(file): \(reason)", en: "cannot read \(file): \(reason)")
        case .empty(let file):
            return LocalizedText(
                sv: "\(file): filen är tom; förväntade en rubrikrad med en kolumn per påstående och en rad "
                    + "per svarande.",
                en: "\(file): the file is empty; expected a header line with one column per statement and "
                    + "one row per respondent.")
        case .binary(let file):
            return LocalizedText(
                sv: "\(file): filen är inte en textfil (den innehåller NUL-tecken); spara enkäten som CSV "
                    + "(UTF-8) och försök igen.",
                en: "\(file): the file is not a text file (it contains NUL bytes); save the survey as CSV "
                    + "(UTF-8) and try again.")
        case .encoding(let file, let line, let column, let bytes, let utf16):
            let name = utf16 ? "UTF-16" : "UTF-8"
            let shown = bytes.map { String($0, radix: 16, uppercase: true) }
                .map { $0.count == 1 ? "0" + $0 : $0 }.joined(separator: " ")
            return LocalizedText(
                sv:
                    "\(file), rad \(line), tecken \(column): byten \(shown) är inte giltig \(name), men filen "
                    + "är \(name) (enligt byte order mark, --encoding eller tidigare text i filen); filen blandar "
                    + "teckenkodningar eller är skadad. Spara enkäten som ”CSV UTF-8”, eller ange "
                    + "teckenkodningen med --encoding windows-1252 eller iso-8859-1.",
                en:
                    "\(file), line \(line), character \(column): the bytes \(shown) are not valid \(name), but "
                    + "the file is \(name) (by its byte order mark, --encoding or earlier text in the file); it "
                    + "mixes encodings or is damaged. Save the survey as “CSV UTF-8”, or give the encoding "
                    + "with --encoding windows-1252 or iso-8859-1.")
        case .workbook(let file, let reason):
            return LocalizedText(sv: "\(file): \(reason.sv).", en: "\(file): \(reason.en).")
        case .separatorLine(let file, let text):
            return LocalizedText(
                sv: "\(file), rad 1: ”\(text)” anger en avgränsare som inte kan läsas; förväntade sep=; "
                    + "sep=, eller sep= följt av tabb.",
                en: "\(file), line 1: “\(text)” names a separator that cannot be read; expected sep=; "
                    + "sep=, or sep= followed by a tab.")
        case .unterminatedQuote(let file, let line):
            return LocalizedText(
                sv: "\(file), rad \(line): ett citattecken öppnar ett fält som aldrig stängs.",
                en: "\(file), line \(line): a quotation mark opens a field that is never closed.")
        case .noRows(let file):
            return LocalizedText(
                sv: "\(file): det finns inga rader med svar att läsa in.",
                en: "\(file): there are no rows of answers to import.")
        case .columns(let file, let problems):
            let listed = listing(
                file: file, count: problems.count,
                head: LocalizedText(
                    sv: "kolumnerna passar inte frågeformuläret (\(problems.count) fel):",
                    en: "the columns do not fit the questionnaire (\(problems.count) "
                        + "problem\(problems.count == 1 ? "" : "s")):"),
                lines: problems.map(\.message), more: 0)
            guard problems.contains(where: { if case .missing = $0 { true } else { false } }) else {
                return listed
            }
            // How columns are matched, said once rather than on every line.
            return LocalizedText(
                sv: listed.sv
                    + "\nEn kolumn hör till ett påstående när rubriken är påståendets id eller dess exakta "
                    + "text på svenska eller engelska; ange annars kolumnerna med --mapping.",
                en: listed.en + "\nA column belongs to an item when its header is the item's id or its exact "
                    + "Swedish or English text; otherwise name the columns with --mapping.")
        case .mapping(let file, let problems):
            return listing(
                file: file, count: problems.count,
                head: LocalizedText(
                    sv: "kolumnmappningen kan inte användas:", en: "the column mapping cannot be used:"),
                lines: problems, more: 0)
        case .rows(let file, let issues, let more):
            let total = issues.count + more
            return listing(
                file: file, count: total,
                head: LocalizedText(
                    sv: "\(total) fel i raderna; inget har lästs in:",
                    en: "\(total) problem\(total == 1 ? "" : "s") in the rows; nothing was imported:"),
                lines: issues.map(\.message), more: more)
        }
    }

    /// A head line and one indented line per problem, with a count of any left out.
    private func listing(
        file: String, count: Int, head: LocalizedText, lines: [LocalizedText], more: Int
    ) -> LocalizedText {
        func text(_ language: Language) -> String {
            var result = ["\(file): " + head(language)] + lines.map { "  " + $0(language) }
            if more > 0 {
                result.append(language == .sv ? "  … och \(more) till." : "  … and \(more) more.")
            }
            return result.joined(separator: "\n")
        }
        return LocalizedText(sv: text(.sv), en: text(.en))
    }
}
