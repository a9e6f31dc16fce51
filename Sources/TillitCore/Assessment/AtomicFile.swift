import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees the old content or the new, never half of either, and replaces
/// a file the way careful editors do.
///
/// The data goes to a temporary file `.NAME.PID.RANDOM.tmp` beside the target, created `0600` with
/// `O_EXCL`, is flushed to disk, and is then renamed over the target: a crash, a full disk or `kill -9`
/// at any moment leaves the previous file intact. Replacing an existing file keeps its mode and, where
/// the system permits, its owner and group; a symbolic link is written through to its target and stays
/// a link. A read-only file, a folder, a device or a named pipe is refused rather than replaced. A new
/// file is created `0600` (``Creation/private``, for files holding individual answers) or with the
/// user's umask (``Creation/shared``, for reports).
///
/// The temporary file is removed on every error, and, when the caller passes a ``TemporaryFiles``
/// registry, by the caller's signal handler. One left behind by a process that was killed outright is
/// removed by the next successful write of the same file. Every file Tillit writes goes through here.
public enum AtomicFile {
    /// How a file that does not exist yet is created.
    public enum Creation: Sendable {
        /// Readable and writable by its owner only (`0600`): assessments and response files, which hold
        /// individual answers.
        case `private`
        /// `0666` less the user's umask, as other programs create documents: reports.
        case shared
    }

    /// The temporary file a streaming write (``write(to:file:creating:temporaries:_:)``) hands its bytes
    /// to, piece by piece, so that a large file is never held in memory whole. It writes only while the
    /// write that made it is under way: one kept beyond refuses, rather than write to a descriptor that
    /// is closed or has since been given to another file.
    public final class Stream {
        let descriptor: Int32
        let name: String
        fileprivate(set) var isOpen = true

        init(descriptor: Int32, name: String) {
            self.descriptor = descriptor
            self.name = name
        }

        /// Writes `bytes` after those written before.
        public func write(_ bytes: UnsafeRawBufferPointer) throws(FileProblem) {
            guard isOpen else {
                throw .failed(file: name, reason: "the write this stream belonged to is over")
            }
            guard var address = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let count = Foundation.write(descriptor, address, left)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw AtomicFile.problem(errno, file: name)
                }
                address += count
                left -= count
            }
        }

        /// Writes `data` after the bytes written before.
        public func write(_ data: Data) throws(FileProblem) {
            // `withUnsafeBytes` throws untyped errors: the problem is carried out of it.
            let failure = data.withUnsafeBytes { raw -> FileProblem? in
                do throws(FileProblem) {
                    try write(raw)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { throw failure }
        }
    }

    /// Writes `data` to `url` atomically, replacing any existing regular file; `file` names it in errors
    /// (the path by default).
    public static func write(
        _ data: Data, to url: URL, file: String? = nil, creating creation: Creation = .shared,
        temporaries: TemporaryFiles? = nil
    ) throws(FileProblem) {
        try write(to: url, file: file, creating: creation, temporaries: temporaries) {
            (stream: Stream) throws(FileProblem) in try stream.write(data)
        }
    }

    /// Writes what `produce` hands the ``Stream`` to `url` atomically, as ``write(_:to:file:creating:temporaries:)``
    /// writes its data — the same temporary file, mode, owner, links and clean-up — for a file too large
    /// to build in memory first. When `produce` throws, the temporary file is removed, the old file is
    /// left as it was, and the error is thrown on.
    public static func write(
        to url: URL, file: String? = nil, creating creation: Creation = .shared,
        temporaries: TemporaryFiles? = nil, _ produce: (Stream) throws(FileProblem) -> Void
    ) throws(FileProblem) {
        let name = file ?? url.path
        let target = resolvingLinks(url.path)
        var existing = stat()
        let exists = lstat(target, &existing) == 0
        if exists {
            if let problem = FileProblem.from(mode: existing.st_mode, file: name) { throw problem }
            if access(target, W_OK) != 0 {
                throw errno == EACCES || errno == EROFS
                    ? .readOnly(file: name) : .from(errno: errno, file: name)
            }
        } else if errno != ENOENT {
            throw .from(errno: errno, file: name)
        }
        let (folder, base) = split(target)
        let temporary = folder + "/." + base + ".\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        let descriptor =
            temporaries?.create(temporary) ?? open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        defer { temporaries?.unregister(temporary) }
        guard descriptor >= 0 else {
            let code = errno
            // The folder is what refuses a new file; say so rather than blame the file.
            if code == EACCES { throw .permissionDenied(file: folder) }
            throw .from(errno: code, file: name)
        }
        func fail(_ code: Int32) -> FileProblem {
            close(descriptor)
            unlink(temporary)
            return problem(code, file: name)
        }
        let stream = Stream(descriptor: descriptor, name: name)
        defer { stream.isOpen = false }
        do {
            try produce(stream)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if exists {
            guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else { throw fail(errno) }
            if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                // Only the owner's group may be kept by an ordinary user, and only root may give the
                // file back to another owner; either is kept where the system permits it.
                if fchown(descriptor, existing.st_uid, existing.st_gid) != 0 {
                    _ = fchown(descriptor, uid_t.max, existing.st_gid)
                }
            }
        } else if creation == .shared {
            guard fchmod(descriptor, 0o666 & ~currentUmask()) == 0 else { throw fail(errno) }
        }
        guard fsync(descriptor) == 0 else { throw fail(errno) }
        close(descriptor)
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw .from(errno: code, file: name)
        }
        removeStaleTemporaries(folder: folder, base: base)
    }

    /// The problem a failed write or flush reports: a full disk says so rather than a generic failure.
    static func problem(_ code: Int32, file: String) -> FileProblem {
        code == ENOSPC
            ? .failed(file: file, reason: String(cString: strerror(code)))
            : .from(errno: code, file: file)
    }

    /// The path a write to `path` replaces: `path` itself, or the file its chain of symbolic links
    /// leads to (which may not exist yet).
    public static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, Int(PATH_MAX))
            guard count > 0 else { return current }
            let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : split(current).folder + "/" + destination
        }
        return current
    }

    /// The folder and the last component of a path.
    static func split(_ path: String) -> (folder: String, base: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// The process's umask, read without changing it where the system allows.
    private static func currentUmask() -> mode_t {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
            let value = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8)
        {
            return value
        }
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Removes `.BASE.PID.RANDOM.tmp` files in `folder` whose process no longer runs: what a run killed
    /// outright (`kill -9`, a power cut) left behind.
    static func removeStaleTemporaries(folder: String, base: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = "." + base + "."
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard middle.count == 2, let pid = pid_t(middle[0]), UInt64(middle[1]) != nil,
                pid != getpid()
            else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                unlink(folder + "/" + name)
            }
        }
    }
}
