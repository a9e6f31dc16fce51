import Foundation
import TillitCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file-system situations an assessment file is edited in: modes, links that lead on, dangle or
/// loop, and paths that are not files at all. Each fuzz case puts (mutated) bytes in one situation and
/// makes an edit through ``AssessmentStore/update(creating:_:)``, which must either succeed with its
/// promises kept — the edit in the file, the mode kept, a link still a link, no temporary file — or fail
/// with a typed error and leave things as they were.
enum FileSituation: CaseIterable {
    case regular, unusualMode, readOnly, link, linkChain, danglingLink, linkLoop, directory, fifo, device
    case missing, unwritableFolder

    /// Runs one case: the situation is chosen from the bytes, so the case replays from its seed.
    static func run(_ data: Data, in parent: URL, creating initial: Assessment) throws {
        let hash = data.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        let situation = allCases[Int(hash % UInt64(allCases.count))]
        let folder = parent.appendingPathComponent("situation")
        chmod(folder.path, 0o755)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("a.tillit.json")
        let real = folder.appendingPathComponent("real.tillit.json")
        // Half the cases hold a sound document, so that the situations are exercised past the reading.
        let content = hash & 0x100 == 0 ? AssessmentFile.encode(initial) : data
        func put(_ target: URL, mode: mode_t) throws {
            try content.write(to: target)
            chmod(target.path, mode)
        }
        func link(_ from: URL, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: from.path, withDestinationPath: destination)
        }
        switch situation {
        case .regular: try put(url, mode: 0o600)
        case .unusualMode: try put(url, mode: 0o640 | mode_t(hash >> 8 & 0o7))
        case .readOnly: try put(url, mode: 0o444)
        case .link:
            try put(real, mode: 0o600)
            try link(url, to: "real.tillit.json")
        case .linkChain:
            try put(real, mode: 0o600)
            try link(folder.appendingPathComponent("middle"), to: "real.tillit.json")
            try link(url, to: "middle")
        case .danglingLink: try link(url, to: "not-yet.tillit.json")
        case .linkLoop:
            try link(url, to: "loop")
            try link(folder.appendingPathComponent("loop"), to: "a.tillit.json")
        case .directory: try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        case .fifo: mkfifo(url.path, 0o600)
        case .device: try link(url, to: "/dev/null")
        case .missing: break
        case .unwritableFolder:
            try put(url, mode: 0o600)
            chmod(folder.path, 0o555)
        }
        defer { chmod(folder.path, 0o755) }
        let target = AtomicFile.resolvingLinks(url.path)
        var before = stat()
        let existed = stat(target, &before) == 0
        let wasLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        store.lockTimeout = .milliseconds(100)
        let unit = "fuzz \(hash)"
        do {
            try store.update(creating: initial) { $0.unit = unit }
        } catch {
            try checkNoTemporaries(in: folder)
            throw error
        }
        // It worked: every promise must hold.
        guard try AssessmentFile.read(from: url).unit == unit else {
            throw FuzzFailure.fileSystem("edit not in the file")
        }
        var after = stat()
        stat(target, &after)
        if existed, after.st_mode & 0o7777 != before.st_mode & 0o7777 {
            throw FuzzFailure.fileSystem(
                "mode \(String(before.st_mode & 0o7777, radix: 8)) became \(String(after.st_mode & 0o7777, radix: 8))"
            )
        }
        if !existed, after.st_mode & 0o777 != 0o600 {
            throw FuzzFailure.fileSystem("a new file is \(String(after.st_mode & 0o777, radix: 8)), not 600")
        }
        if wasLink, (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) == nil {
            throw FuzzFailure.fileSystem("the link was replaced by a file")
        }
        try checkNoTemporaries(in: folder)
    }

    private static func checkNoTemporaries(in folder: URL) throws {
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter {
            $0.hasSuffix(".tmp")
        }
        if let left, !left.isEmpty { throw FuzzFailure.fileSystem("temporary files left: \(left)") }
    }
}
