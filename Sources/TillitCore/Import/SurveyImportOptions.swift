/// How a survey export is imported: the column mapping, the group column, privacy and strictness.
public struct SurveyImportOptions: Sendable, Hashable {
    /// Column header → item id, for columns whose header is neither an item id nor a statement
    /// (``SurveyMapping``).
    public var mapping: [String: String]
    /// The header of the column that gives each respondent's group (role, unit), if any.
    public var groupColumn: String?
    /// Whether respondents keep their names (or e-mail addresses) from a `Name`/`E-mail` column instead
    /// of pseudonyms. Off by default: an assessment file travels, and the analysis needs no names.
    public var keepIdentities: Bool
    /// Whether rows with problems are left out (and reported) instead of failing the whole import.
    public var skipInvalidRows: Bool
    /// How many row problems are described in detail; the rest are counted.
    public var errorLimit: Int

    /// Creates options; the defaults are strict and private.
    public init(
        mapping: [String: String] = [:], groupColumn: String? = nil, keepIdentities: Bool = false,
        skipInvalidRows: Bool = false, errorLimit: Int = 20
    ) {
        self.mapping = mapping
        self.groupColumn = groupColumn
        self.keepIdentities = keepIdentities
        self.skipInvalidRows = skipInvalidRows
        self.errorLimit = max(1, errorLimit)
    }
}
