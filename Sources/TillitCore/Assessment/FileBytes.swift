import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the bytes of a file named by a user, refusing anything that is not a regular file.
///
/// The file is opened with `O_NONBLOCK` and checked with `fstat` before a byte is read, so that a named
/// pipe (FIFO) is refused at once instead of blocking until someone writes to it, and a folder or a
/// device gets its own message (``FileProblem``). Large files are mapped rather than copied, so that a
/// reader which rejects a damaged file early has touched only the pages it looked at.
public enum FileBytes {
    /// Files at least this large are mapped into memory rather than read into a buffer: the size from
    /// which an assessment's rows are checked on two threads (``JSONValidator/splitSize``), which then
    /// take the file's pages as they read them, each its half, instead of waiting for one thread to copy
    /// the whole file first (for 100,000 participants, 7.6 MB, a report took 22 ms instead of 26).
    static let mappingThreshold = 1 << 20

    /// The bytes of the regular file at `url`; `file` names it in errors.
    public static func read(_ url: URL, file: String) throws(FileProblem) -> Data {
        try load(url, file: file).data
    }

    /// The bytes, and whether they are a mapping of the file (whose pages a reader may hand back).
    static func load(_ url: URL, file: String) throws(FileProblem) -> (data: Data, mapped: Bool) {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileProblem.from(errno: errno, file: file) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileProblem.from(errno: errno, file: file) }
        if let problem = FileProblem.from(mode: status.st_mode, file: file) { throw problem }
        let size = Int(status.st_size)
        if size >= mappingThreshold {
            let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
            if let address, address != MAP_FAILED {
                return (Data(bytesNoCopy: address, count: size, deallocator: .unmap), true)
            }
        }
        // Read straight into one buffer of the file's size, and a byte more to notice a file that grew
        // since `fstat`: one copy and no zeroing of memory the read overwrites anyway.
        var capacity = size + 1
        guard var buffer = malloc(capacity) else { throw FileProblem.from(errno: ENOMEM, file: file) }
        var filled = 0
        while true {
            if filled == capacity {
                capacity += max(1 << 16, capacity / 2)
                guard let larger = realloc(buffer, capacity) else {
                    free(buffer)
                    throw FileProblem.from(errno: ENOMEM, file: file)
                }
                buffer = larger
            }
            let count = Foundation.read(descriptor, buffer + filled, capacity - filled)
            if count == 0 {
                return (Data(bytesNoCopy: buffer, count: filled, deallocator: .free), false)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let number = errno
                free(buffer)
                throw FileProblem.from(errno: number, file: file)
            }
            filled += count
        }
    }

    /// The problem with reading `url` as a file, or `nil` when it is a regular file (or a link to one)
    /// that exists; checked without opening it.
    public static func problem(reading url: URL, file: String) -> FileProblem? {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return FileProblem.from(errno: errno, file: file) }
        return FileProblem.from(mode: status.st_mode, file: file)
    }
}
