import Foundation
import Testing

@testable import TillitCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// ``AtomicFile/write(to:file:creating:temporaries:_:)``, the streaming write `merge` uses: what it
/// promises of the whole-data write (the old file or the new, mode kept, links followed, no temporary
/// file left) must hold when the bytes come in pieces and when the producer fails half-way.
@Suite("Atomic streaming write")
struct AtomicFileStreamTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-stream-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test(
        "a producer that fails after writing megabytes leaves the old file, its mode, and no temporary file")
    func failureHalfWay() throws {
        let folder = try Self.folder()
        let url = folder.appendingPathComponent("a.tillit.json")
        let old = Data("old content\n".utf8)
        try old.write(to: url)
        chmod(url.path, 0o640)
        let piece = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        #expect(throws: FileProblem.failed(file: "a.tillit.json", reason: "stopped")) {
            try AtomicFile.write(to: url, file: "a.tillit.json", creating: .private) {
                (stream: AtomicFile.Stream) throws(FileProblem) in
                for _ in 0..<3 { try stream.write(piece) }
                throw .failed(file: "a.tillit.json", reason: "stopped")
            }
        }
        #expect(try Data(contentsOf: url) == old)
        #expect(try Self.leftovers(folder).isEmpty)
        #expect(
            try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) == 0o640)
    }

    @Test("pieces written through a link replace its target, keep its mode, and equal the whole-data write")
    func piecesThroughLink() throws {
        let folder = try Self.folder()
        let target = folder.appendingPathComponent("target.json")
        try Data("old".utf8).write(to: target)
        chmod(target.path, 0o604)
        let link = folder.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let pieces = (0..<50).map { Data("piece \($0)\n".utf8) }
        try AtomicFile.write(to: link) { (stream: AtomicFile.Stream) throws(FileProblem) in
            for piece in pieces { try stream.write(piece) }
            try stream.write(Data())
        }
        #expect(try Data(contentsOf: target) == pieces.reduce(Data(), +))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(
            try (FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int)
                == 0o604)
        #expect(try Self.leftovers(folder).isEmpty)
    }

    @Test("a stream kept beyond its write refuses to write")
    func streamKept() throws {
        let folder = try Self.folder()
        let url = folder.appendingPathComponent("a.json")
        var kept: AtomicFile.Stream?
        try AtomicFile.write(to: url) { (stream: AtomicFile.Stream) throws(FileProblem) in
            try stream.write(Data("done".utf8))
            kept = stream
        }
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-other-\(UUID())")
        try Data().write(to: other)
        let handle = try FileHandle(forWritingTo: other)
        defer { try? handle.close() }
        #expect(throws: FileProblem.self) { try kept?.write(Data("late".utf8)) }
        #expect(try Data(contentsOf: other).isEmpty)
        #expect(try Data(contentsOf: url) == Data("done".utf8))
    }

    @Test("a full disk mid-stream is reported as such, naming the file")
    func fullDisk() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let stream = AtomicFile.Stream(descriptor: descriptor, name: "a.tillit.json")
        #expect(throws: FileProblem.failed(file: "a.tillit.json", reason: String(cString: strerror(ENOSPC))))
        {
            try stream.write(Data(repeating: 0, count: 100_000))
        }
    }
}
