import Foundation
import Testing

/// Compares generated text with a file under `Tests/TillitAssessTests/Snapshots/`, so that any change
/// to help, completions or the manual page shows up in review as a diff of those files.
///
/// `TILLIT_RECORD_SNAPSHOTS=1 swift test --filter Snapshot` writes the files afresh instead; a missing
/// file is a failure, never recorded silently.
enum Snapshot {
    static var folder: URL {
        CLI.packageRoot.appendingPathComponent("Tests/TillitAssessTests/Snapshots")
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["TILLIT_RECORD_SNAPSHOTS"] == "1" }

    /// Expects `text` to equal the snapshot `name`, or records it when recording.
    static func expect(
        _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "no snapshot \(name); record it with TILLIT_RECORD_SNAPSHOTS=1 swift test --filter Snapshot",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let new = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(old, new)).firstIndex { $0.0 != $0.1 } ?? min(old.count, new.count)
            Issue.record(
                """
                \(name) differs from its snapshot at line \(line + 1):
                  snapshot: \(line < old.count ? String(old[line]) : "(end)")
                  now:      \(line < new.count ? String(new[line]) : "(end)")
                Re-record with TILLIT_RECORD_SNAPSHOTS=1 swift test --filter Snapshot if the change is intended.
                """, sourceLocation: sourceLocation)
        }
    }
}
