import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a path named on the command line cannot be read or written as a file, in words a user can act
/// on: a missing file, a folder, a device or a named pipe each say so, instead of the operating
/// system's code.
public enum FileProblem: TillitError, Equatable {
    /// Nothing exists at the path.
    case notFound(file: String)
    /// The path is a folder.
    case isDirectory(file: String)
    /// The path is a device, a named pipe (FIFO) or a socket; `kind` says which.
    case notRegular(file: String, kind: Kind)
    /// The file exists but this user may not read (or write) it.
    case permissionDenied(file: String)
    /// The file is read-only; Tillit does not replace it, as an editor would not without being told.
    case readOnly(file: String)
    /// Anything else, in the operating system's words.
    case failed(file: String, reason: String)

    /// What a path that is not a regular file is.
    public enum Kind: String, Sendable, Hashable {
        /// A character or block device, e.g. `/dev/null`.
        case device
        /// A named pipe, made with `mkfifo`.
        case fifo
        /// A Unix domain socket.
        case socket
        /// Anything else that is not a regular file.
        case other
    }

    /// The file the problem is with.
    public var file: String {
        switch self {
        case .notFound(let file), .isDirectory(let file), .notRegular(let file, _),
            .permissionDenied(let file), .readOnly(let file), .failed(let file, _):
            file
        }
    }

    /// What is wrong, without the file's name: for messages that name the file their own way.
    public var reason: LocalizedText {
        switch self {
        case .notFound:
            LocalizedText(sv: "filen finns inte", en: "no such file")
        case .isDirectory:
            LocalizedText(
                sv: "det är en mapp, inte en fil; ange en fil i mappen",
                en: "it is a folder, not a file; give a file inside it")
        case .notRegular(_, let kind):
            LocalizedText(
                sv: "det är \(kind.sv), inte en vanlig fil; Tillit läser och skriver bara vanliga filer",
                en: "it is \(kind.en), not a regular file; Tillit reads and writes only regular files")
        case .permissionDenied:
            LocalizedText(
                sv: "behörighet saknas (se rättigheterna med `ls -l`)",
                en: "permission denied (see the permissions with `ls -l`)")
        case .readOnly:
            LocalizedText(
                sv: "filen är skrivskyddad; ändra rättigheterna (chmod u+w) om den ska skrivas över",
                en: "the file is read-only; change its permissions (chmod u+w) if it is to be replaced")
        case .failed(_, let reason):
            LocalizedText(sv: reason, en: reason)
        }
    }

    public var message: LocalizedText {
        LocalizedText(sv: "\(file): \(reason.sv)", en: "\(file): \(reason.en)")
    }

    /// `cannot read FILE: reason`, for an input.
    public var readingMessage: LocalizedText {
        LocalizedText(sv: "kan inte läsa \(file): \(reason.sv)", en: "cannot read \(file): \(reason.en)")
    }

    /// `cannot write FILE: reason`, for an output.
    public var writingMessage: LocalizedText {
        LocalizedText(sv: "kan inte skriva \(file): \(reason.sv)", en: "cannot write \(file): \(reason.en)")
    }

    /// The problem for `errno` after an `open` or `stat` of `file` failed.
    public static func from(errno code: Int32, file: String) -> FileProblem {
        switch code {
        case ENOENT, ENOTDIR: .notFound(file: file)
        case EISDIR: .isDirectory(file: file)
        case EACCES, EPERM: .permissionDenied(file: file)
        case EROFS: .readOnly(file: file)
        default: .failed(file: file, reason: String(cString: strerror(code)))
        }
    }

    /// The problem with a path whose `stat` says it is not a regular file, or `nil` if it is one.
    public static func from(mode: mode_t, file: String) -> FileProblem? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .isDirectory(file: file)
        case S_IFCHR, S_IFBLK: .notRegular(file: file, kind: .device)
        case S_IFIFO: .notRegular(file: file, kind: .fifo)
        case S_IFSOCK: .notRegular(file: file, kind: .socket)
        default: .notRegular(file: file, kind: .other)
        }
    }
}

extension FileProblem.Kind {
    fileprivate var sv: String {
        switch self {
        case .device: "en enhet (device)"
        case .fifo: "en namngiven pipe (FIFO)"
        case .socket: "en socket"
        case .other: "något annat"
        }
    }

    fileprivate var en: String {
        switch self {
        case .device: "a device"
        case .fifo: "a named pipe (FIFO)"
        case .socket: "a socket"
        case .other: "something else"
        }
    }
}
