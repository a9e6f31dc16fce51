/// Something that reads a survey export as rows of fields, the header first: a CSV text
/// (``CSVReader``) or an Excel workbook (``XLSXReader``). ``SurveyImporter`` reads either the same way.
public protocol SurveyTableReader: Sendable {
    /// The name used in error messages.
    var file: String { get }
    /// The size of the file in bytes, when it can be told before reading.
    var size: Int? { get }
    /// Reads every row, the header first, calling `body` with each until it returns `false`; returns
    /// what the file turned out to be. `progress` is called with the bytes read so far and the size.
    func read(
        progress: ((_ done: Int, _ total: Int) -> Void)?, _ body: (CSVRecord) -> Bool
    ) throws(ImportError) -> CSVReader.Format
}

extension CSVReader: SurveyTableReader {}
