import Foundation

/// An assessment file opened for editing: every save is atomic, and a save is refused when the file
/// changed on disk since it was read.
///
/// Two facilitators can have the same file open — one running the workshop, one merging response files
/// into it. Each save first checks that the bytes on disk are still the ones this store last read or
/// wrote; if not, it throws ``StoreError/changedOnDisk(file:)`` instead of silently overwriting the
/// other's work. Every command that edits an assessment goes through a store.
public struct AssessmentStore: Sendable {
    /// Where the file is.
    public let url: URL
    /// The name used in messages, usually the path as the user typed it.
    public let file: String
    /// The fingerprint of the bytes last read or written; `nil` when the file did not exist.
    private var fingerprint: Fingerprint?

    /// Opens an existing assessment file and returns the store with the assessment it holds.
    public static func open(_ url: URL, file: String) throws -> (AssessmentStore, Assessment) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw StoreError.notFound(file: file)
            }
            throw StoreError.unreadable(file: file, reason: error.localizedDescription)
        }
        let assessment = try AssessmentFile.decode(data, file: file)
        return (AssessmentStore(url: url, file: file, fingerprint: Fingerprint(data)), assessment)
    }

    /// A store for a file that does not exist yet; its first save refuses to replace a file that has
    /// appeared meanwhile.
    public static func new(_ url: URL, file: String) -> AssessmentStore {
        AssessmentStore(url: url, file: file, fingerprint: nil)
    }

    /// Saves the assessment atomically, unless the file changed on disk since this store last read or
    /// wrote it.
    public mutating func save(_ assessment: Assessment) throws(StoreError) {
        let current = FileManager.default.contents(atPath: url.path).map(Fingerprint.init)
        guard current == fingerprint else { throw .changedOnDisk(file: file) }
        let data = AssessmentFile.encode(assessment)
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            throw .unwritable(file: file, reason: error.localizedDescription)
        }
        fingerprint = Fingerprint(data)
    }
}

/// The size and a 64-bit FNV-1a hash of a file's bytes: enough to tell that a file changed.
struct Fingerprint: Sendable, Hashable {
    var count: Int
    var hash: UInt64

    init(_ data: Data) {
        count = data.count
        hash = data.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }
}
