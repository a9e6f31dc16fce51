import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees the old content or the new, never half of either.
///
/// The data goes to a temporary file in the same folder, is flushed to disk, and is then renamed over
/// the target: a crash, a full disk or `kill -9` at any moment leaves the previous file intact. Every
/// file Tillit writes goes through here.
public enum AtomicFile {
    /// Why a file could not be written, in the operating system's words (e.g. *No such file or
    /// directory* for a missing folder).
    public struct WriteError: Error, LocalizedError, Sendable, Equatable {
        /// The file that could not be written.
        public var path: String
        /// The operating system's reason.
        public var reason: String

        /// The reason, as `localizedDescription` shows it.
        public var errorDescription: String? { reason }
    }

    /// Writes `data` to `url` atomically, replacing any existing file.
    public static func write(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        func failure() -> WriteError { WriteError(path: url.path, reason: String(cString: strerror(errno))) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure() }
        var written = 0
        let complete = data.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Foundation.write(
                    descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return fsync(descriptor) == 0
        }
        if !complete {
            let error = failure()
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, url.path) == 0 else {
            let error = failure()
            unlink(temporary)
            throw error
        }
    }
}
