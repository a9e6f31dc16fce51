import Foundation

/// Reads a CSV file as a stream of records, whatever dialect a survey tool or spreadsheet wrote.
///
/// The separator (comma, semicolon or tab) is taken from Excel's `sep=;` first line when there is one
/// and detected from the header line otherwise; the encoding is told by a byte order mark, chosen, or
/// detected (UTF-8 or Windows-1252, `TextDecoder`), and everything else is transcoded to UTF-8; LF,
/// CRLF and CR all end lines; quoted fields follow RFC 4180. The file is read a megabyte at a time and
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

    /// The encoding chosen by the user, or `nil` to detect it (`TextDecoder`).
    public let encoding: TextEncoding?

    /// A reader of the file at `url`; error messages name it by its last path component. A byte order
    /// mark overrides `encoding`.
    public init(url: URL, encoding: TextEncoding? = nil) {
        self.source = .file(url)
        self.file = url.lastPathComponent
        self.chunkSize = 1 << 20
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
        var chunks = try ChunkSource(source: source, file: file, chunkSize: chunkSize)
        var decoder = TextDecoder(chosen: encoding)
        var parser: CSVParser?
        var records = 0
        var stopped = false
        var failure: ImportError?
        var separator = CSVSeparator.comma
        func counted(_ record: CSVRecord) -> Bool {
            records += 1
            return body(record)
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
            let problem = chunk.withUnsafeBytes {
                decoder.decode($0, final: final) { parse($0, final: final) }
            }
            if let problem { throw ImportError(problem, file: file) }
            if let failure { throw failure }
            progress?(chunks.consumed, chunks.total)
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

/// The chunks of a file or of bytes in memory, with how far reading has come.
///
/// A file is read with `read(2)` a chunk at a time into one buffer reused for every chunk: Foundation's
/// `FileHandle` reads four kilobytes per system call whatever is asked for, which cost a large import
/// thousands of calls.
struct ChunkSource {
    private let descriptor: FileDescriptor?
    private let data: Data?
    private let file: String
    private let chunkSize: Int
    /// The bytes read so far.
    private(set) var consumed = 0
    /// The size of the file.
    let total: Int

    init(source: CSVReader.Source, file: String, chunkSize: Int) throws(ImportError) {
        self.file = file
        self.chunkSize = chunkSize
        switch source {
        case .data(let data):
            self.data = data
            self.descriptor = nil
            self.total = data.count
        case .file(let url):
            let opened = open(url.path, O_RDONLY | O_CLOEXEC)
            guard opened >= 0 else { throw ImportError.unreadable(file: file, reason: Self.reason(errno)) }
            let descriptor = FileDescriptor(opened)
            var status = stat()
            guard fstat(opened, &status) == 0 else {
                throw ImportError.unreadable(file: file, reason: Self.reason(errno))
            }
            self.descriptor = descriptor
            self.data = nil
            self.total = Int(status.st_size)
        }
    }

    /// The next chunk and whether it is the last, or `nil` at the end.
    mutating func next() throws(ImportError) -> (Data, Bool)? {
        if let data {
            guard consumed < data.count else { return nil }
            // The first chunk is long enough to hold a byte order mark.
            let end = min(data.count, consumed + max(chunkSize, consumed == 0 ? 4 : 1))
            let chunk = data.subdata(in: (data.startIndex + consumed)..<(data.startIndex + end))
            consumed = end
            return (chunk, end == data.count)
        }
        guard let descriptor else { return nil }
        var chunk = Data(count: max(chunkSize, 4))
        var filled = 0
        // A short read is not the end: a pipe or a slow disk may hand over less than asked for.
        while filled < chunk.count {
            let count = chunk.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor.value, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ImportError.unreadable(file: file, reason: Self.reason(errno))
            }
            if count == 0 { break }
            filled += count
        }
        guard filled > 0 else { return nil }
        chunk.count = filled
        consumed += filled
        // A file that grows while being read is read to its end all the same.
        return (chunk, consumed >= total)
    }

    /// The system's words for an error number.
    static func reason(_ number: Int32) -> String { String(cString: strerror(number)) }

    static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        return error.localizedDescription
    }
}

/// An open file, closed when the last copy of its reader is gone.
final class FileDescriptor: Sendable {
    let value: Int32
    init(_ value: Int32) { self.value = value }
    deinit { close(value) }
}
