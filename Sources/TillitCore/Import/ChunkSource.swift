import Foundation

/// The chunks of a file or of bytes in memory, with how far reading has come.
///
/// A file is read with `read(2)` a chunk at a time: Foundation's `FileHandle` reads four kilobytes per
/// system call whatever is asked for, which cost a large import thousands of calls. A regular file is
/// read with `pread(2)` at the offset reached, so that a second source can read another part of the same
/// open file at the same time (``init(continuing:from:)``); a pipe is read as it comes.
struct ChunkSource {
    private let descriptor: FileDescriptor?
    private let data: Data?
    private let file: String
    private let chunkSize: Int
    /// Whether any part can be read at any time: bytes in memory or a regular file, not a pipe.
    let isSeekable: Bool
    /// The offset reached: the bytes before it have been handed out.
    private(set) var consumed = 0
    /// The size of the file when it was opened.
    let total: Int
    /// Where to stop for now (the end of the first part of a file read in two), or `nil` for the end.
    var limit: Int?
    /// The memory every chunk is read into, one chunk's worth, taken once: a fresh megabyte per chunk
    /// cost a page fault for every four kilobytes of the file.
    private let buffer: ChunkBuffer

    init(source: CSVReader.Source, file: String, chunkSize: Int) throws(ImportError) {
        self.file = file
        self.chunkSize = chunkSize
        buffer = ChunkBuffer(count: max(chunkSize, 4))
        switch source {
        case .data(let data):
            self.data = data
            self.descriptor = nil
            self.total = data.count
            self.isSeekable = true
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
            self.isSeekable = status.st_mode & S_IFMT == S_IFREG
        }
    }

    /// A source of the same bytes from `offset` on, sharing the open file: for a second reader of a
    /// seekable source.
    init(continuing other: ChunkSource, from offset: Int) {
        descriptor = other.descriptor
        data = other.data
        file = other.file
        chunkSize = other.chunkSize
        buffer = ChunkBuffer(count: max(other.chunkSize, 4))
        isSeekable = other.isSeekable
        total = other.total
        consumed = offset
    }

    /// The next chunk and whether it is the last, or `nil` at the end (or at ``limit``). The bytes are
    /// valid until the next call.
    mutating func next() throws(ImportError) -> (UnsafeRawBufferPointer, Bool)? {
        // The first chunk is long enough to hold a byte order mark, and short: once the header has been
        // read from it, a large file can be cut in two (``CSVReader``).
        var size = consumed == 0 ? max(min(chunkSize, 1 << 16), 4) : chunkSize
        if let limit { size = min(size, limit - consumed) }
        guard size > 0 else { return nil }
        let target = UnsafeMutableRawBufferPointer(rebasing: buffer.bytes[..<size])
        if let data {
            guard consumed < data.count else { return nil }
            let end = min(data.count, consumed + size)
            data.copyBytes(
                to: target.bindMemory(to: UInt8.self),
                from: (data.startIndex + consumed)..<(data.startIndex + end))
            defer { consumed = end }
            return (UnsafeRawBufferPointer(rebasing: target[..<(end - consumed)]), end == data.count)
        }
        let filled = try read(into: target, at: consumed)
        guard filled > 0 else { return nil }
        consumed += filled
        // A file that grows while being read is read to its end all the same.
        return (UnsafeRawBufferPointer(rebasing: target[..<filled]), consumed >= total && limit == nil)
    }

    /// Up to `count` bytes from `offset`, without moving on: for looking ahead to where to cut a file.
    func peek(at offset: Int, count: Int) throws(ImportError) -> [UInt8] {
        guard isSeekable, offset < total else { return [] }
        if let data {
            let end = min(data.count, offset + count)
            return Array(data[(data.startIndex + offset)..<(data.startIndex + end)])
        }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 16)
        defer { chunk.deallocate() }
        let filled = try read(into: chunk, at: offset)
        return Array(chunk[..<filled])
    }

    /// Fills `chunk` from `offset` (for a seekable file) or from where the file is; returns how many
    /// bytes were read, fewer only at the end.
    private func read(into chunk: UnsafeMutableRawBufferPointer, at offset: Int) throws(ImportError) -> Int {
        guard let descriptor, let base = chunk.baseAddress else { return 0 }
        var filled = 0
        // A short read is not the end: a pipe or a slow disk may hand over less than asked for.
        while filled < chunk.count {
            let count =
                isSeekable
                ? pread(descriptor.value, base + filled, chunk.count - filled, off_t(offset + filled))
                : Foundation.read(descriptor.value, base + filled, chunk.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw ImportError.unreadable(file: file, reason: Self.reason(errno))
            }
            if count == 0 { break }
            filled += count
        }
        return filled
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

/// The memory a ``ChunkSource`` reads into, freed with the last copy of the source.
final class ChunkBuffer {
    let bytes: UnsafeMutableRawBufferPointer

    init(count: Int) {
        bytes = UnsafeMutableRawBufferPointer(start: LargeMemory.allocate(byteCount: count), count: count)
    }

    deinit { LargeMemory.deallocate(bytes.baseAddress!, byteCount: bytes.count) }
}
