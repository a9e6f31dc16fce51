import Foundation

/// Opens a survey export as what it is: an `.xlsx` workbook or a CSV text.
public enum SurveyExport {
    /// The reader for the file at `url`: ``XLSXReader`` when the file is a ZIP archive (as every `.xlsx`
    /// is, whatever its name), ``CSVReader`` otherwise. `encoding` applies to CSV, `sheet` to
    /// workbooks.
    public static func reader(url: URL, encoding: TextEncoding? = nil, sheet: String? = nil)
        -> any SurveyTableReader
    {
        let prefix = (try? FileHandle(forReadingFrom: url)).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 4)
        }
        if let prefix, ZIPArchive.looksLikeZIP(Array(prefix)) { return XLSXReader(url: url, sheet: sheet) }
        return CSVReader(url: url, encoding: encoding)
    }
}
