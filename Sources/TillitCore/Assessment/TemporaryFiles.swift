import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files a process is writing right now, so that a signal handler can remove them.
///
/// ``AtomicFile`` registers each temporary file as it creates it and unregisters it once it is
/// renamed into place or removed. A front end that handles SIGINT, SIGTERM or SIGHUP owns one registry,
/// passes it to every write, and calls ``removeAll()`` before the process ends, so that no half-written
/// copy of a data set is left behind. The registry is an object the front end owns, not global state.
public final class TemporaryFiles: @unchecked Sendable {
    // The lock makes the paths safe to read from a signal-handling thread while a write is under way.
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var closed = false

    /// An empty registry.
    public init() {}

    /// Creates the temporary file at `path` (`O_EXCL`, mode `0600`) and registers it, as one step that
    /// a concurrent ``removeAll()`` cannot come between; returns the descriptor, or -1 with `errno` set.
    /// Once ``removeAll()`` has run, nothing more is created (`EINTR`): the process is ending.
    func create(_ path: String) -> Int32 {
        lock.withLock {
            guard !closed else {
                errno = EINTR
                return -1
            }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 { paths.insert(path) }
            return descriptor
        }
    }

    /// Removes a path that was renamed into place or deleted.
    func unregister(_ path: String) {
        lock.withLock { _ = paths.remove(path) }
    }

    /// Whether ``removeAll()`` has run: the process is ending on a signal, and a write that fails now
    /// fails because its temporary file was removed, which is not worth reporting.
    public var isClosed: Bool { lock.withLock { closed } }

    /// The paths registered now.
    public var current: Set<String> { lock.withLock { paths } }

    /// Deletes every registered temporary file and refuses to create more; for a signal handler, just
    /// before the process ends.
    public func removeAll() {
        lock.withLock {
            closed = true
            for path in paths { unlink(path) }
            paths.removeAll()
        }
    }
}
