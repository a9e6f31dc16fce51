import Foundation

/// An assessment file opened for editing: every change is made under the file's lock, and saved
/// atomically.
///
/// Two facilitators can work on the same file at once — one running the workshop, one merging response
/// files or adding actions from a script. Every change takes the file's exclusive lock (``FileLock``)
/// across read → check → write → rename, so no edit is lost between another's read and rename:
///
/// - ``update(creating:_:)`` re-reads the file under the lock, applies an edit, and writes the result
///   before the lock is released. Use it for one-off edits (`merge`, `plan add-action`), so that what
///   the edit depends on — the next free action id, the participants already present — is what the file
///   holds at that moment, and a command reports only edits that are in the file.
/// - ``save(_:)`` writes a whole assessment held in memory (the interactive workshop), after checking
///   under the lock that the bytes on disk are still the ones this store last read or wrote; if not, it
///   throws ``StoreError/changedOnDisk(file:)`` instead of silently overwriting the other's work.
///
/// A second writer waits for the lock for ``lockTimeout`` and then fails with
/// ``StoreError/locked(file:)``. New files are created `0600`: they hold individual answers.
public struct AssessmentStore: Sendable {
    /// Where the file is.
    public let url: URL
    /// The name used in messages, usually the path as the user typed it.
    public let file: String
    /// Where temporary files are registered while a save is under way, so that a signal handler can
    /// remove them; `nil` when nobody handles signals.
    public var temporaries: TemporaryFiles?
    /// How long a change waits for another process's lock before it gives up.
    public var lockTimeout: Duration = .seconds(10)
    /// The fingerprint of the bytes last read or written; `nil` when the file did not exist.
    var fingerprint: Fingerprint?

    private init(url: URL, file: String, temporaries: TemporaryFiles?, fingerprint: Fingerprint?) {
        self.url = url
        self.file = file
        self.temporaries = temporaries
        self.fingerprint = fingerprint
    }

    /// Opens an existing assessment file and returns the store with the assessment it holds.
    public static func open(
        _ url: URL, file: String, temporaries: TemporaryFiles? = nil
    ) throws -> (AssessmentStore, Assessment) {
        guard let (data, assessment) = try read(url, file: file) else {
            throw StoreError.notFound(file: file)
        }
        return (
            AssessmentStore(
                url: url, file: file, temporaries: temporaries, fingerprint: Fingerprint(data)),
            assessment
        )
    }

    /// A store for a file that does not exist yet; its first save refuses to replace a file that has
    /// appeared meanwhile.
    public static func new(_ url: URL, file: String, temporaries: TemporaryFiles? = nil) -> AssessmentStore {
        AssessmentStore(url: url, file: file, temporaries: temporaries, fingerprint: nil)
    }

    /// Applies `edit` to the assessment as the file holds it now, under the file's lock, and saves the
    /// result before the lock is released; returns what `edit` returns.
    ///
    /// When the file does not exist, the edit starts from `initial` and creates the file (`0600`), or,
    /// without `initial`, ``StoreError/notFound(file:)`` is thrown. When `edit` throws, or leaves the
    /// assessment as it was (or as `initial` was), nothing is written, so a merge that rejects every
    /// response creates no empty file. When this returns, the edit is in the file.
    @discardableResult
    public mutating func update<T>(
        creating initial: Assessment? = nil, _ edit: (inout Assessment) throws -> T
    ) throws -> T {
        let lock = try FileLock.acquire(for: url, file: file, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        var assessment: Assessment
        let before: Assessment?
        if let (data, current) = try Self.read(url, file: file) {
            fingerprint = Fingerprint(data)
            assessment = current
            before = current
        } else if let initial {
            fingerprint = nil
            assessment = initial
            before = nil
        } else {
            throw StoreError.notFound(file: file)
        }
        let result = try edit(&assessment)
        if assessment != (before ?? initial) { try write(assessment) }
        return result
    }

    /// Saves the assessment atomically under the file's lock, unless the file changed on disk since this
    /// store last read or wrote it.
    public mutating func save(_ assessment: Assessment) throws(StoreError) {
        let lock = try FileLock.acquire(for: url, file: file, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        let current: Fingerprint?
        do {
            current = try Fingerprint(FileBytes.read(url, file: file))
        } catch .notFound {
            current = nil
        } catch {
            throw StoreError(error)
        }
        guard current == fingerprint else { throw .changedOnDisk(file: file) }
        try write(assessment)
    }

    /// Writes the assessment; the caller holds the lock.
    mutating func write(_ assessment: Assessment) throws(StoreError) {
        try write(data: AssessmentFile.encode(assessment))
    }

    /// Writes an assessment's bytes; the caller holds the lock.
    mutating func write(data: Data) throws(StoreError) {
        do {
            try AtomicFile.write(data, to: url, file: file, creating: .private, temporaries: temporaries)
        } catch {
            throw StoreError(error)
        }
        fingerprint = Fingerprint(data)
    }

    /// The file's bytes and the assessment they hold, or `nil` when there is no file.
    private static func read(_ url: URL, file: String) throws -> (Data, Assessment)? {
        let loaded: (data: Data, mapped: Bool)
        do {
            loaded = try FileBytes.load(url, file: file)
        } catch .notFound {
            return nil
        } catch {
            throw StoreError(error)
        }
        return (loaded.data, try AssessmentFile.decode(loaded.data, file: file, mapped: loaded.mapped))
    }
}

/// The size and a 64-bit FNV-1a hash of a file's bytes: enough to tell that a file changed.
struct Fingerprint: Sendable, Hashable {
    var count: Int
    var hash: UInt64

    /// The fingerprint of no bytes, to be extended with ``add(_:)`` as a file is written in pieces.
    init() {
        count = 0
        hash = 14_695_981_039_346_656_037
    }

    init(_ data: Data) {
        self.init()
        data.withUnsafeBytes { add($0) }
    }

    /// Extends the fingerprint with the bytes that follow.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        self.hash = hash
    }
}
