import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a file that Tillit edits, held across read → check → write → rename.
///
/// The lock is `flock(2)` on a sidecar file `.NAME.lock` beside the file (beside the target of a
/// symbolic link). A sidecar, because the file itself is replaced by a rename on every save and a lock
/// on the old inode would protect nothing. `flock` rather than a lock file created with `O_EXCL` (git's
/// `index.lock`), because the kernel releases a `flock` when its process ends however it ends, `kill -9`
/// included: there are no stale locks to clean up, and nobody is ever told to delete one by hand. The
/// sidecar is left in place after use; deleting it while another process waits on it would let two
/// writers in at once.
///
/// A second writer does not block forever: it retries for a bounded time and then fails with
/// ``StoreError/locked(file:)``, which names the file and says what to do.
public final class FileLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The sidecar lock file for the file at `path` (already resolved through links).
    static func lockPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock").path
    }

    /// Takes the lock for the file at `url`, waiting at most `timeout`; `file` names it in errors.
    public static func acquire(
        for url: URL, file: String, timeout: Duration = .seconds(10)
    ) throws(StoreError) -> FileLock {
        let target = AtomicFile.resolvingLinks(url.path)
        // No lock file beside a device or inside /dev: what is not a regular file is refused first.
        var status = stat()
        if lstat(target, &status) == 0, let problem = FileProblem.from(mode: status.st_mode, file: file) {
            throw StoreError(problem)
        }
        let path = lockPath(for: target)
        let descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .unwritable(
                file: file, reason: "cannot create the lock file \(path): \(String(cString: strerror(errno)))"
            )
        }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var pause: UInt32 = 1000
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(descriptor)
                throw .unwritable(
                    file: file, reason: "cannot lock \(path): \(String(cString: strerror(code)))")
            }
            guard clock.now < deadline else {
                close(descriptor)
                throw .locked(file: file)
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        return FileLock(descriptor: descriptor)
    }
}
