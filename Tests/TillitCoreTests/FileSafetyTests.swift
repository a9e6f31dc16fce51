import Foundation
import Testing

@testable import TillitCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The promises of ``AtomicFile``, ``FileLock``, ``FileBytes`` and ``AssessmentStore/update(creating:_:)``,
/// each attacked with the file-system situation that would break it.
@Suite("Files are replaced the way careful editors do, one writer at a time")
struct FileSafetyTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tillit-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func mode(_ url: URL) -> mode_t {
        var status = stat()
        stat(url.path, &status)
        return status.st_mode & 0o7777
    }

    func assessment(_ organisation: String = "Myndigheten") -> Assessment {
        Assessment(
            organisation: organisation, date: CalendarDate(year: 2026, month: 11, day: 23)!,
            questionnaire: .quick, participants: [Participant(name: "Anna", answers: [3])])
    }

    func temporaries(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test("an existing file keeps its mode, however unusual")
    func keepsMode() throws {
        let folder = try folder()
        let url = folder.appendingPathComponent("a.txt")
        try AtomicFile.write(Data("one".utf8), to: url)
        for wanted: mode_t in [0o600, 0o640, 0o604] {
            chmod(url.path, wanted)
            try AtomicFile.write(Data("two".utf8), to: url)
            #expect(mode(url) == wanted)
        }
    }

    @Test("an existing file keeps its owner and group where the system permits")
    func keepsOwner() throws {
        let folder = try folder()
        let url = folder.appendingPathComponent("a.txt")
        try AtomicFile.write(Data("one".utf8), to: url)
        // Only root can give a file to someone else; otherwise the owner is ours and must stay ours.
        let owner: uid_t = geteuid() == 0 ? 65534 : geteuid()
        let group: gid_t = geteuid() == 0 ? 65534 : getegid()
        chown(url.path, owner, group)
        try AtomicFile.write(Data("two".utf8), to: url)
        var status = stat()
        stat(url.path, &status)
        #expect(status.st_uid == owner)
        #expect(status.st_gid == group)
    }

    @Test("a symbolic link is written through to its target and stays a link")
    func throughLink() throws {
        let folder = try folder()
        let target = folder.appendingPathComponent("real.json")
        let link = folder.appendingPathComponent("link.json")
        try AtomicFile.write(Data("old".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.json")
        try AtomicFile.write(Data("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.json")
        #expect(try Data(contentsOf: target) == Data("new".utf8))
        // A dangling link creates its target.
        let dangling = folder.appendingPathComponent("dangling.json")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "later.json")
        try AtomicFile.write(Data("x".utf8), to: dangling)
        #expect(try Data(contentsOf: folder.appendingPathComponent("later.json")) == Data("x".utf8))
    }

    @Test("a new file is 0600 when it holds answers, and follows the umask when it is a report")
    func newFileModes() throws {
        let folder = try folder()
        let answers = folder.appendingPathComponent("a.tillit.json")
        try AssessmentFile.write(assessment(), to: answers)
        #expect(mode(answers) == 0o600)
        let response = folder.appendingPathComponent("r.json")
        try ResponseFile(questionnaire: .quick, participant: Participant(name: "A"), date: .today()).write(
            to: response)
        #expect(mode(response) == 0o600)
        let previous = umask(0o027)
        defer { umask(previous) }
        let report = folder.appendingPathComponent("report.html")
        try AtomicFile.write(Data("<p>".utf8), to: report)
        #expect(mode(report) == 0o640)
    }

    @Test("a read-only file, a folder, a device and a named pipe are refused and left as they were")
    func refusesWhatIsNotAWritableFile() throws {
        let folder = try folder()
        let readOnly = folder.appendingPathComponent("ro.json")
        try AtomicFile.write(Data("keep".utf8), to: readOnly)
        chmod(readOnly.path, 0o444)
        if geteuid() != 0 {
            #expect(throws: FileProblem.readOnly(file: "ro.json")) {
                try AtomicFile.write(Data("x".utf8), to: readOnly, file: "ro.json")
            }
            #expect(try Data(contentsOf: readOnly) == Data("keep".utf8))
        }
        #expect(throws: FileProblem.isDirectory(file: "dir")) {
            try AtomicFile.write(Data("x".utf8), to: folder, file: "dir")
        }
        #expect(throws: FileProblem.notRegular(file: "null", kind: .device)) {
            try AtomicFile.write(Data("x".utf8), to: URL(fileURLWithPath: "/dev/null"), file: "null")
        }
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(throws: FileProblem.notRegular(file: "pipe", kind: .fifo)) {
            try AtomicFile.write(Data("x".utf8), to: fifo, file: "pipe")
        }
        #expect(try temporaries(in: folder).isEmpty)
    }

    @Test("reading says what a path is: missing, a folder, a device, a named pipe (without blocking)")
    func readingProblems() throws {
        let folder = try folder()
        #expect(throws: FileProblem.notFound(file: "x")) {
            _ = try FileBytes.read(folder.appendingPathComponent("none"), file: "x")
        }
        #expect(throws: FileProblem.isDirectory(file: "x")) { _ = try FileBytes.read(folder, file: "x") }
        #expect(throws: FileProblem.notRegular(file: "x", kind: .device)) {
            _ = try FileBytes.read(URL(fileURLWithPath: "/dev/zero"), file: "x")
        }
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // With no writer, a blocking open would never return; the test finishing is the proof.
        #expect(throws: FileProblem.notRegular(file: "x", kind: .fifo)) {
            _ = try FileBytes.read(fifo, file: "x")
        }
        #expect(throws: StoreError.notAFile(.notRegular(file: "p", kind: .fifo))) {
            _ = try AssessmentStore.open(fifo, file: "p")
        }
        #expect(
            FileProblem.isDirectory(file: "d").readingMessage.en
                == "cannot read d: it is a folder, not a file; give a file inside it")
    }

    @Test("a temporary file left by a killed run is removed by the next write; a live run's is kept")
    func staleTemporaries() throws {
        let folder = try folder()
        let url = folder.appendingPathComponent("a.json")
        // A process id that is not running: a child that has already ended.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let stale = folder.appendingPathComponent(".a.json.\(child.processIdentifier).123.tmp")
        let live = folder.appendingPathComponent(".a.json.1.456.tmp")  // pid 1 always runs
        let other = folder.appendingPathComponent(".b.json.\(child.processIdentifier).789.tmp")
        for file in [stale, live, other] { try Data("half".utf8).write(to: file) }
        try AtomicFile.write(Data("whole".utf8), to: url)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(
            FileManager.default.fileExists(atPath: other.path), "another file's temporaries are not touched")
    }

    @Test("a registered temporary file is removed by removeAll, and nothing is created after it")
    func registry() throws {
        let folder = try folder()
        let registry = TemporaryFiles()
        let path = folder.appendingPathComponent(".x.1.2.tmp").path
        let descriptor = registry.create(path)
        #expect(descriptor >= 0)
        close(descriptor)
        #expect(registry.current == [path])
        registry.removeAll()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(registry.create(path) == -1)
        #expect(throws: FileProblem.self) {
            try AtomicFile.write(
                Data("x".utf8), to: folder.appendingPathComponent("x"), temporaries: registry)
        }
        #expect(try temporaries(in: folder).isEmpty)
    }

    @Test("a second writer waits a bounded time for the lock, then fails naming the file")
    func lockTimesOut() throws {
        let folder = try folder()
        let url = folder.appendingPathComponent("a.tillit.json")
        try AssessmentFile.write(assessment(), to: url)
        let before = try Data(contentsOf: url)
        var held: FileLock? = try FileLock.acquire(for: url, file: "a.tillit.json")
        var (store, mine) = try AssessmentStore.open(url, file: "a.tillit.json")
        store.lockTimeout = .milliseconds(50)
        mine.unit = "Syd"
        #expect(throws: StoreError.locked(file: "a.tillit.json")) { try store.save(mine) }
        #expect(throws: StoreError.locked(file: "a.tillit.json")) {
            try store.update { $0.unit = "Nord" }
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(StoreError.locked(file: "a.tillit.json").message.en.contains("run the command again"))
        #expect(held != nil)
        held = nil
        // Released: the next writer goes ahead at once.
        try store.update { $0.unit = "Nord" }
        #expect(try AssessmentFile.read(from: url).unit == "Nord")
    }

    @Test("update re-reads the file under the lock, so an edit made meanwhile is kept, not overwritten")
    func updateRereads() throws {
        let folder = try folder()
        let url = folder.appendingPathComponent("a.tillit.json")
        try AssessmentFile.write(assessment(), to: url)
        var (early, _) = try AssessmentStore.open(url, file: "a.tillit.json")
        var (other, _) = try AssessmentStore.open(url, file: "a.tillit.json")
        try other.update { $0.participants.append(Participant(name: "Bo", answers: [4])) }
        let added = try early.update { assessment -> Int in
            assessment.participants.append(Participant(name: "Cecilia", answers: [2]))
            return assessment.participants.count
        }
        #expect(added == 3)
        #expect(try AssessmentFile.read(from: url).participants.map(\.name) == ["Anna", "Bo", "Cecilia"])
        // And a save after the update is based on what the update wrote.
        var current = try AssessmentFile.read(from: url)
        current.unit = "Syd"
        try early.save(current)
    }

    @Test(
        "an update that throws or changes nothing writes nothing; a missing file is created 0600 from initial"
    )
    func updateWritesOnlyChanges() throws {
        let folder = try folder()
        let url = folder.appendingPathComponent("a.tillit.json")
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        #expect(throws: StoreError.notFound(file: "a.tillit.json")) { try store.update { $0.unit = "x" } }
        try store.update(creating: assessment()) { $0.unit = "Syd" }
        #expect(mode(url) == 0o600)
        let before = try Data(contentsOf: url)
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try store.update { assessment in
                assessment.unit = "Nord"
                throw Refused()
            }
        }
        try store.update { _ in }
        #expect(try Data(contentsOf: url) == before)
    }
}
