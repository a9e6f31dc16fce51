import Foundation

/// Reads a CSV file as a stream of records, whatever dialect a survey tool or spreadsheet wrote.
///
/// The separator (comma, semicolon or tab) is taken from Excel's `sep=;` first line when there is one
/// and detected from the header line otherwise; the encoding is told by a byte order mark, chosen, or
/// detected (UTF-8 or Windows-1252, `TextDecoder`), and everything else is transcoded to UTF-8; LF,
/// CRLF and CR all end lines; quoted fields follow RFC 4180. The file is read two megabytes at a time and
/// never held whole, so a file of any size needs little memory. A binary file, or one mixing
/// encodings, is refused with a typed ``ImportError``.
public struct CSVReader: Sendable {
    /// What the reader found out about the file.
    public struct Format: Sendable, Hashable {
        /// The separator, from the `sep=` line or detected from the header line.
        public var separator: CSVSeparator
        /// The encoding, from the byte order mark, chosen or detected.
        public var encoding: TextEncoding
        /// The worksheet read, for an `.xlsx` workbook (``XLSXReader``), whose separator and encoding
        /// are then those the cells are handed on in; `nil` for a text file.
        public var sheet: String?

        /// A format; `sheet` only for a workbook.
        public init(separator: CSVSeparator, encoding: TextEncoding, sheet: String? = nil) {
            self.separator = separator
            self.encoding = encoding
            self.sheet = sheet
        }
    }

    enum Source: Sendable {
        case file(URL)
        case data(Data)
    }

    private let source: Source
    /// The name used in error messages.
    public let file: String
    /// How many bytes are read at a time.
    let chunkSize: Int

    /// The smallest file read in two parts at once (``CSVRecordTaker``): below a megabyte, a thread costs
    /// more than it saves. Tests make it 0, to cut files of a few lines.
    var partMinimum = 1 << 20

    /// The share of what is left to read, in per cent, that the caller's thread reads when the file is
    /// read in two: a little less than half, since that thread writes its rows as the file's text, a
    /// little more work a row than the other's compact copy, and then takes in the other's rows.
    static let firstShare = 47

    /// The encoding chosen by the user, or `nil` to detect it (`TextDecoder`).
    public let encoding: TextEncoding?

    /// A reader of the file at `url`; error messages name it by its last path component. A byte order
    /// mark overrides `encoding`.
    public init(url: URL, encoding: TextEncoding? = nil) {
        self.source = .file(url)
        self.file = url.lastPathComponent
        // One page of 2 MB (``LargeMemory``).
        self.chunkSize = LargeMemory.mappedFrom
        self.encoding = encoding
    }

    /// A reader of bytes already in memory; `file` names them in error messages. `chunkSize` lets tests
    /// prove that records, quotes and characters split across chunks are read correctly.
    public init(data: Data, file: String, encoding: TextEncoding? = nil, chunkSize: Int = 1 << 20) {
        self.source = .data(data)
        self.file = file
        self.chunkSize = max(1, chunkSize)
        self.encoding = encoding
    }

    /// The size of the file in bytes, when it can be told before reading.
    public var size: Int? {
        switch source {
        case .data(let data): data.count
        case .file(let url): (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int
        }
    }

    /// Reads every record, the header first, calling `body` with each until it returns `false`.
    ///
    /// `progress` is called after each chunk with the bytes read so far and the file's size. Returns the
    /// detected format. Throws ``ImportError`` for an unreadable, empty, binary or wrongly encoded file
    /// and for a quote that is never closed.
    @discardableResult
    public func read(
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil, _ body: (CSVRecord) -> Bool
    ) throws(ImportError) -> Format {
        // The closure is called only during this call, as the taker's.
        let result = withoutActuallyEscaping(body) { body -> Result<Format, ImportError> in
            var taker = CSVClosureTaker(body: body)
            do throws(ImportError) {
                return .success(try read(progress: progress, into: &taker))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads every record into `taker`, the header first, until it returns `false`; a UTF-8 file of at
    /// least `partMinimum` bytes has its latter half read on a second thread (``CSVRecordTaker``).
    func read<Taker: CSVRecordTaker>(
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil, into taker: inout Taker
    ) throws(ImportError) -> Format {
        var chunks = try ChunkSource(source: source, file: file, chunkSize: chunkSize)
        var decoder = TextDecoder(chosen: encoding)
        var parser: CSVParser?
        var records = 0
        var stopped = false
        var failure: ImportError?
        var separator = CSVSeparator.comma
        func counted(_ record: CSVRecord) -> Bool {
            records += 1
            return taker.take(record)
        }
        // The latter part, once asked for. A way out before the two parts meet (an error in the first
        // part, say) stops it and waits for it, so that no thread outlives the call.
        var second: CSVPartReader<Taker.Part>?
        var askedForPart = false
        defer {
            second?.cancel()
            second?.join()
        }

        // Bytes held back until the first line is complete, since it decides the separator.
        var header: [UInt8] = []
        var scanned = 0
        var headerQuoted = false
        var lineEnd: Int?
        func parse(_ text: UnsafeBufferPointer<UInt8>, final: Bool) {
            if let parser {
                if !parser.parse(text, emit: counted) { stopped = true }
                return
            }
            header.append(contentsOf: text)
            // Only the new bytes are scanned, so a first line spread over many chunks costs linear time.
            while lineEnd == nil, scanned < header.count {
                let byte = header[scanned]
                if byte == 0x22 {
                    headerQuoted.toggle()
                } else if !headerQuoted, byte == 0x0A || byte == 0x0D {
                    lineEnd = scanned
                }
                scanned += 1
            }
            guard final || lineEnd != nil else { return }
            var skip = 0
            var firstLine = 1
            switch header.withUnsafeBufferPointer({ SeparatorLine.read($0, end: lineEnd, final: final) }) {
            case .incomplete:
                return
            case .unsupported(let text):
                failure = .separatorLine(file: file, text: text)
                stopped = true
                return
            case .separator(let chosen, let length):
                separator = chosen
                skip = length
                firstLine = 2
            case nil:
                separator = header.withUnsafeBufferPointer { CSVSeparator.detect(header: $0) }
            }
            let created = CSVParser(separator: separator, firstLine: firstLine)
            parser = created
            let rest = header.withUnsafeBufferPointer {
                created.parse(UnsafeBufferPointer(rebasing: $0[skip...]), emit: counted)
            }
            if !rest { stopped = true }
            header = []
        }

        while !stopped, let (chunk, final) = try chunks.next() {
            let problem = decoder.decode(chunk, final: final) { parse($0, final: final) }
            if let problem { throw ImportError(problem, file: file) }
            if let failure { throw failure }
            if stopped { break }
            if !askedForPart, parser != nil, decoder.encoding.isUTF8 {
                if let cut = try cut(chunks, minimum: partMinimum) {
                    // A taker not ready yet (a header of two rows, say) is asked again after the next chunk.
                    if let part = taker.makePart(byteCount: chunks.total - cut) {
                        askedForPart = true
                        second = CSVPartReader(
                            part: part, chunks: ChunkSource(continuing: chunks, from: cut),
                            separator: separator)
                        second?.start()
                        chunks.limit = cut
                    }
                } else {
                    askedForPart = true
                }
            }
            if let limit = chunks.limit, chunks.consumed == limit, let reader = second, let parser {
                // The first part is read: the second is taken in if the two meet at a record's start.
                reader.join()
                second = nil
                chunks.limit = nil
                if reader.completed, parser.isAtRecordStart, decoder.encoding.isUTF8,
                    decoder.isAtCharacterBoundary, taker.absorb(reader.part, lineOffset: parser.line - 1)
                {
                    records += reader.records
                    progress?(chunks.total, chunks.total)
                    if records == 0 { throw ImportError.empty(file: file) }
                    return Format(separator: separator, encoding: decoder.encoding)
                }
                continue
            }
            // With a second part being read, the first moves at about the same pace over its share.
            let done = chunks.limit.map { chunks.consumed * chunks.total / max($0, 1) } ?? chunks.consumed
            progress?(min(done, chunks.total), chunks.total)
        }
        if !stopped, let problem = decoder.finish({ parse($0, final: true) }) {
            throw ImportError(problem, file: file)
        }
        if let failure { throw failure }
        guard let parser else { throw ImportError.empty(file: file) }
        if !stopped {
            if parser.isInsideQuotes {
                throw ImportError.unterminatedQuote(file: file, line: parser.quoteLine)
            }
            parser.finish(emit: counted)
        }
        if records == 0 { throw ImportError.empty(file: file) }
        return Format(separator: separator, encoding: decoder.encoding)
    }

    /// Where to cut a file in two: the start of the first line after the share of what is left to read
    /// that the first part takes (``firstShare``), or `nil` for a file too small to be worth it, a pipe,
    /// or no line break near there.
    private func cut(_ chunks: ChunkSource, minimum: Int) throws(ImportError) -> Int? {
        guard chunks.isSeekable, chunks.total >= minimum, chunks.consumed < chunks.total else { return nil }
        let middle = chunks.consumed + (chunks.total - chunks.consumed) * CSVReader.firstShare / 100
        let ahead = try chunks.peek(at: middle, count: 1 << 16)
        guard let newline = ahead.firstIndex(of: 0x0A) else { return nil }
        let cut = middle + newline + 1
        return cut < chunks.total ? cut : nil
    }
}

extension ImportError {
    /// The error for bytes that cannot be read as text.
    init(_ failure: TextDecoder.Failure, file: String) {
        switch failure {
        case .binary: self = .binary(file: file)
        case .malformed(let line, let column, let bytes, let utf16):
            self = .encoding(file: file, line: line, column: column, bytes: bytes, utf16: utf16)
        }
    }
}
