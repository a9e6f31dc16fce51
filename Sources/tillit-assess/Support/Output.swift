import Foundation
import TillitCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command's rendered result goes: standard output (no `-o`, or `-o -`), or a file written
/// atomically that is never overwritten without `--force`.
///
/// Whatever `--force` says, the output is never a folder, a device or a named pipe (it would be
/// replaced by a regular file, or block), and never the same file as one of the command's inputs
/// (`import in.csv -o in.csv --force` would destroy the data it reads). A symbolic link is written
/// through to its target; an existing file keeps its mode and owner (``AtomicFile``).
struct Output {
    /// What the file holds, which decides how a new one is created and whether it is locked.
    enum Kind {
        /// A report or export: a new file follows the umask.
        case report
        /// An assessment: a new file is `0600` (individual answers), and replacing an existing one takes
        /// its lock, so that it is not replaced in the middle of another command's edit.
        case assessment
        /// Individual answers outside an assessment (`report --raw`): a new file is `0600`, like the
        /// assessment they come from.
        case individualAnswers
    }

    /// The path given with `-o`; `nil` or `-` for standard output.
    var path: String?
    var force: Bool
    /// Every other value on the command line; the output may be none of these files.
    var inputs: [String]
    var kind: Kind
    /// The format of text delivered, which decides how text from files is made inert (``InertText``):
    /// `--format`, CSV for `--raw`, plain text otherwise.
    var format: RenderFormat

    init(_ arguments: ParsedArguments, kind: Kind = .report) {
        path = arguments.string("output")
        force = arguments.flag("force")
        inputs = arguments.values.filter { $0.key != "output" }.flatMap(\.value)
        self.kind = kind
        format =
            arguments.flag("raw")
            ? .csv : arguments.string("format").flatMap(RenderFormat.init(rawValue:)) ?? .text
    }

    /// Whether the result goes to standard output.
    var isStandardOutput: Bool { path == nil || path == "-" }

    /// Refuses, before any work is done, an output that cannot or may not be written: not a regular
    /// file, the same file as an input, or an existing file without `--force` (unless the command
    /// continues an existing file, as `respond` does).
    func check(context: CommandContext, replacing: Bool = false) throws {
        guard let path, !isStandardOutput else { return }
        let url = context.url(for: path)
        var output = stat()
        guard stat(url.path, &output) == 0 else { return }
        if let problem = FileProblem.from(mode: output.st_mode, file: path) {
            throw CLIError(problem.writingMessage, code: .cannotCreate)
        }
        for input in inputs {
            var status = stat()
            guard stat(context.url(for: input).path, &status) == 0 else { continue }
            if status.st_dev == output.st_dev, status.st_ino == output.st_ino {
                throw CLIError(
                    LocalizedText(
                        sv:
                            "\(path) är samma fil som indata \(input); välj en annan fil för -o, så att indata "
                            + "inte skrivs över.",
                        en: "\(path) is the same file as the input \(input); choose another file for -o, so "
                            + "that the input is not overwritten."),
                    code: .cannotCreate)
            }
        }
        if !force, !replacing { throw CLIError.exists(path) }
    }

    /// Delivers rendered text, with control characters from files made inert: to the terminal, or to
    /// the file.
    func deliver(_ text: String, context: CommandContext) throws {
        let colour = format == .text && isStandardOutput && context.terminal.usesColor
        try deliver(Data(InertText.clean(text, for: format, keepingColour: colour).utf8), context: context)
    }

    /// Delivers bytes: to the terminal, or to the file (``deliver(context:streaming:)``, in one piece).
    func deliver(_ data: Data, context: CommandContext) throws {
        guard !isStandardOutput else {
            context.terminal.writeDocument(data)
            return
        }
        try deliver(context: context) { write in _ = data.withUnsafeBytes(write) }
    }

    /// Delivers to the file the bytes `produce` hands to the writer it is given, as they are made: the
    /// checks (``check(context:replacing:)``), the lock of an assessment, and the temporary file renamed
    /// over the old one (`AtomicFile`). A large import goes to disk this way while the export is still
    /// being read, instead of being held whole first. The writer returns `false` once the file takes no
    /// more (a full disk); `produce` finishes its work and the write's problem is reported. An error
    /// thrown by `produce` is thrown on, and any old file stays as it was. Only for a file: standard
    /// output takes the finished bytes (``deliver(_:context:)``).
    func deliver(
        context: CommandContext,
        streaming produce: (_ write: @escaping (UnsafeRawBufferPointer) -> Bool) throws -> Void
    )
        throws
    {
        guard let path, !isStandardOutput else { preconditionFailure("a stream is delivered only to a file") }
        try check(context: context)
        let url = context.url(for: path)
        var failure: (any Error)?
        do {
            let lock = kind == .assessment ? try FileLock.acquire(for: url, file: path) : nil
            defer { withExtendedLifetime(lock) {} }
            try AtomicFile.write(
                to: url, file: path, creating: kind == .report ? .shared : .private,
                temporaries: context.temporaries
            ) { (stream: AtomicFile.Stream) throws(FileProblem) in
                var problem: FileProblem?
                do {
                    try produce { bytes in
                        guard problem == nil else { return false }
                        do throws(FileProblem) {
                            try stream.write(bytes)
                            return true
                        } catch {
                            problem = error
                            return false
                        }
                    }
                } catch {
                    // Abandons the temporary file; the error itself is thrown on below.
                    failure = error
                    throw FileProblem.failed(file: path, reason: "\(error)")
                }
                if let problem { throw problem }
            }
        } catch let error as FileProblem {
            if let failure { throw failure }
            throw CLIError(error.writingMessage, code: .cannotCreate)
        }
    }
}
