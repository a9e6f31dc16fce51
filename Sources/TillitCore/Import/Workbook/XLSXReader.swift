import Foundation

/// Reads one worksheet of an `.xlsx` workbook — what Microsoft Forms' "Open in Excel", Netigate,
/// Esmaker and SurveyMonkey download — as rows of fields, so that it imports like a CSV export without
/// a detour through Excel (and its Windows-1252 trap).
///
/// The workbook is a ZIP archive (`ZIPArchive`, `Inflater`) of XML parts (`XMLScanner`): the
/// sheet is found by name or number through `xl/workbook.xml` and its relationships, shared strings,
/// inline strings, formula results and numbers are read as the text Excel shows unformatted, and cells
/// left out of a row (Excel writes only cells with content) are empty fields. Rows are numbered as in
/// Excel, so a problem reported on "line 7" is on row 7. The workbook is read into memory compressed,
/// and the sheet is inflated and read a piece at a time (`XLSXRows`), so a sheet of 100,000
/// respondents — some 190 MB of markup in a 18 MB workbook — needs little more memory than the
/// workbook's size.
public struct XLSXReader: SurveyTableReader {
    private let source: CSVReader.Source
    /// The name used in error messages.
    public let file: String
    /// The worksheet to read: its name, or its number counting from 1; `nil` for the first.
    public let sheet: String?

    /// A reader of the workbook at `url`; error messages name it by its last path component.
    public init(url: URL, sheet: String? = nil) {
        self.source = .file(url)
        self.file = url.lastPathComponent
        self.sheet = sheet
    }

    /// A reader of a workbook already in memory; `file` names it in error messages.
    public init(data: Data, file: String, sheet: String? = nil) {
        self.source = .data(data)
        self.file = file
        self.sheet = sheet
    }

    /// The size of the workbook in bytes, when it can be told before reading.
    public var size: Int? {
        switch source {
        case .data(let data): data.count
        case .file(let url): (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int
        }
    }

    /// Reads every row of the sheet, the header first; see ``SurveyTableReader/read(progress:_:)``.
    @discardableResult
    public func read(
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil, _ body: (CSVRecord) -> Bool
    ) throws(ImportError) -> CSVReader.Format {
        let bytes: [UInt8]
        switch source {
        case .data(let data): bytes = [UInt8](data)
        case .file(let url):
            do {
                bytes = [UInt8](try Data(contentsOf: url))
            } catch {
                throw .unreadable(file: file, reason: ChunkSource.reason(error))
            }
        }
        if bytes.isEmpty { throw .empty(file: file) }
        do {
            let archive = try ZIPArchive(bytes)
            let (name, path) = try chooseSheet(archive)
            let strings = try sharedStrings(archive)
            progress?(bytes.count, bytes.count)
            // The sheet is read as it is inflated, a piece at a time: its markup is many times the
            // workbook's size.
            let emitted = try withoutActuallyEscaping(body) { body in
                var rows = XLSXRows(strings: strings, body: body)
                var failure: XMLScanner.Failure?
                let found = try archive.stream(path) { piece in
                    do throws(XMLScanner.Failure) {
                        try rows.feed(piece, final: false)
                        return true
                    } catch {
                        failure = error
                        return false
                    }
                }
                guard found != nil else { throw missing(path) }
                if failure == nil {
                    do throws(XMLScanner.Failure) {
                        try rows.feed(UnsafeBufferPointer(start: nil, count: 0), final: true)
                    } catch {
                        failure = error
                    }
                }
                if let failure {
                    throw WorkbookFailure(
                        reason: LocalizedText(
                            sv: "\(path): XML-koden är trasig vid byte \(failure.offset)",
                            en: "\(path): the XML is broken at byte \(failure.offset)"))
                }
                rows.finish()
                return rows.emitted
            }
            if emitted == 0 { throw ImportError.empty(file: file) }
            return CSVReader.Format(separator: .comma, encoding: .utf8, sheet: name)
        } catch let failure as ZIPArchive.Failure {
            throw .workbook(file: file, reason: failure.reason)
        } catch let failure as WorkbookFailure {
            throw .workbook(file: file, reason: failure.reason)
        } catch let error as ImportError {
            throw error
        } catch {
            throw .workbook(file: file, reason: LocalizedText(sv: "\(error)", en: "\(error)"))
        }
    }

    /// A reason for refusing the workbook.
    private struct WorkbookFailure: Error {
        var reason: LocalizedText
    }

    private func missing(_ part: String) -> WorkbookFailure {
        WorkbookFailure(
            reason: LocalizedText(
                sv:
                    "arbetsboken saknar delen \(part); förväntade en .xlsx-arbetsbok från Excel eller LibreOffice",
                en: "the workbook has no part \(part); expected an .xlsx workbook from Excel or LibreOffice"))
    }

    private func scan(_ bytes: [UInt8], part: String, _ handle: (XMLScanner.Event) -> Void) throws -> Void {
        do {
            try XMLScanner.scan(bytes, handle)
        } catch {
            throw WorkbookFailure(
                reason: LocalizedText(
                    sv: "\(part): XML-koden är trasig vid byte \(error.offset)",
                    en: "\(part): the XML is broken at byte \(error.offset)"))
        }
    }

    /// The name and part path of the sheet asked for.
    private func chooseSheet(_ archive: ZIPArchive) throws -> (String, String) {
        guard let workbook = try archive.entry("xl/workbook.xml") else { throw missing("xl/workbook.xml") }
        var sheets: [(name: String, relationship: String)] = []
        try scan(workbook, part: "xl/workbook.xml") { event in
            if case .start("sheet", let attributes) = event {
                sheets.append((attributes["name"] ?? "", attributes["id"] ?? ""))
            }
        }
        var targets: [String: String] = [:]
        if let relationships = try archive.entry("xl/_rels/workbook.xml.rels") {
            try scan(relationships, part: "xl/_rels/workbook.xml.rels") { event in
                if case .start("Relationship", let attributes) = event, let id = attributes["Id"],
                    let target = attributes["Target"]
                {
                    targets[id] = target
                }
            }
        }
        let chosen: (name: String, relationship: String)?
        if let sheet {
            chosen =
                Int(sheet).flatMap { (1...sheets.count).contains($0) ? sheets[$0 - 1] : nil }
                ?? sheets.first { $0.name == sheet }
                ?? sheets.first { $0.name.lowercased() == sheet.lowercased() }
        } else {
            chosen = sheets.first
        }
        guard let chosen else {
            let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
            throw WorkbookFailure(
                reason: sheets.isEmpty
                    ? LocalizedText(sv: "arbetsboken har inga blad", en: "the workbook has no sheets")
                    : LocalizedText(
                        sv: "arbetsboken har inget blad \"\(sheet ?? "")\"; förväntade ett namn eller nummer "
                            + "(1–\(sheets.count)) bland \(names)",
                        en: "the workbook has no sheet \"\(sheet ?? "")\"; expected a name or number "
                            + "(1–\(sheets.count)) among \(names)"))
        }
        guard let target = targets[chosen.relationship] else { throw missing("xl/_rels/workbook.xml.rels") }
        return (chosen.name, XLSXReader.partPath(target))
    }

    /// A relationship's target as a path in the archive: relative to `xl/`, or absolute.
    static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The shared strings, in order; a rich-text string is its runs joined, phonetic guides left out.
    private func sharedStrings(_ archive: ZIPArchive) throws -> [String] {
        guard let bytes = try archive.entry("xl/sharedStrings.xml") else { return [] }
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        try scan(bytes, part: "xl/sharedStrings.xml") { event in
            switch event {
            case .start("si", _): current = ""
            case .end("si"): strings.append(XLSXRows.unescape(current))
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = phonetic == 0
            case .end("t"): inText = false
            case .text(let text) where inText: current += text
            default: break
            }
        }
        return strings
    }
}
