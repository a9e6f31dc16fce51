import Foundation

/// The result of importing a survey export: one participant per respondent, and what was left out.
public struct SurveyImport: Sendable, Hashable {
    /// The respondents, in file order, named `R00001`, `R00002`, … (or by name with
    /// ``SurveyImportOptions/keepIdentities``), with their group as role and their answers aligned with
    /// the questionnaire's items.
    public var participants: [Participant]
    /// The separator and encoding the file turned out to have.
    public var format: CSVReader.Format
    /// The lines of the rows left out with ``SurveyImportOptions/skipInvalidRows``, in file order.
    public var skippedLines: [Int]
    /// The problems of the rows left out, up to ``SurveyImportOptions/errorLimit``.
    public var skippedIssues: [ImportRowIssue]
    /// The headers of the columns that were not used (time stamps, e-mail, names, free text).
    public var ignoredColumns: [String]
    /// The lines of rows without a single answer, left out: they are not respondents.
    public var emptyLines: [Int]

    /// Creates a result.
    public init(
        participants: [Participant], format: CSVReader.Format, skippedLines: [Int] = [],
        skippedIssues: [ImportRowIssue] = [], ignoredColumns: [String] = [], emptyLines: [Int] = []
    ) {
        self.emptyLines = emptyLines
        self.participants = participants
        self.format = format
        self.skippedLines = skippedLines
        self.skippedIssues = skippedIssues
        self.ignoredColumns = ignoredColumns
    }
}

/// The result of importing a survey export straight into an assessment file's bytes
/// (``SurveyImporter/encode(_:into:options:scorer:progress:writing:)``): the bytes, and what was read and left out.
public struct SurveyImportFile: Sendable, Hashable {
    /// The assessment file, as ``AssessmentFile/encode(_:)`` writes it; empty when its bytes were handed
    /// on as they were made (``SurveyImporter/encode(_:into:options:scorer:progress:writing:)``).
    public var data: Data
    /// The number of respondents imported.
    public var respondents: Int
    /// The separator and encoding the file turned out to have.
    public var format: CSVReader.Format
    /// The lines of the rows left out with ``SurveyImportOptions/skipInvalidRows``, in file order.
    public var skippedLines: [Int]
    /// The problems of the rows left out, up to ``SurveyImportOptions/errorLimit``.
    public var skippedIssues: [ImportRowIssue]
    /// The headers of the columns that were not used (time stamps, e-mail, names, free text).
    public var ignoredColumns: [String]
    /// The lines of rows without a single answer, left out: they are not respondents.
    public var emptyLines: [Int]
    /// The imported respondents scored, counted in the same pass as they were written.
    public var scorecard: Scorecard

    /// Creates a result.
    public init(
        data: Data, respondents: Int, format: CSVReader.Format, skippedLines: [Int] = [],
        skippedIssues: [ImportRowIssue] = [], ignoredColumns: [String] = [], emptyLines: [Int] = [],
        scorecard: Scorecard
    ) {
        self.emptyLines = emptyLines
        self.data = data
        self.respondents = respondents
        self.format = format
        self.skippedLines = skippedLines
        self.skippedIssues = skippedIssues
        self.ignoredColumns = ignoredColumns
        self.scorecard = scorecard
    }
}
