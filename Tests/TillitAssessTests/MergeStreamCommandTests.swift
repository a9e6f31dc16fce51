import Foundation
import Testing

@testable import TillitCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `merge` writes the new file to its temporary file as it makes it, never whole in memory: a write
/// that the system stops half-way — refused, or the process killed — must leave the old file as it was.
/// The system's file size limit (`ulimit -f`) stops it after the first kilobytes.
@Suite("merge writes in a stream")
struct MergeStreamCommandTests {
    /// A survey of `count` participants, a file of about 30 bytes each.
    static func survey(_ count: Int) -> Assessment {
        Survey.assessment(count) { $0 % 3 == 0 ? "chef" : "medarbetare" }
    }

    /// A folder with `big.tillit.json` (6,000 participants) and a response from Eva.
    static func folder() throws -> (folder: URL, file: URL, bytes: Data) {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent("big.tillit.json")
        let bytes = AssessmentFile.encode(survey(6000))
        try bytes.write(to: file)
        try Data(
            ResponseFile.encode(
                ResponseFile(
                    questionnaire: .quick, participant: Participant(name: "Eva", answers: [3, 4]),
                    date: CalendarDate(year: 2026, month: 11, day: 28)!))
        ).write(to: folder.appendingPathComponent("eva.json"))
        return (folder, file, bytes)
    }

    /// Runs `merge big.tillit.json eva.json` in `folder` under a file size limit of 64 kB, with the
    /// signal the limit sends (SIGXFSZ) at its default, which ends the process, or ignored, which makes
    /// the write fail; spawned with the signal at its default and unblocked, as a test runner may block
    /// or ignore it.
    /// The wait status.
    static func mergeLimited(in folder: URL, ignoring: Bool) throws -> Int32 {
        let script =
            (ignoring ? "trap '' XFSZ; " : "")
            + "cd \"$1\" && ulimit -c 0 && ulimit -f 64 && exec \"$0\" merge big.tillit.json eva.json >/dev/null 2>&1"
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGXFSZ)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var arguments: [UnsafeMutablePointer<CChar>?] = []
        for argument in ["/bin/bash", "-c", script, CLI.binary.path, folder.path] {
            arguments.append(strdup(argument))
        }
        arguments.append(nil)
        defer { arguments.forEach { free($0) } }
        var pid = pid_t()
        let spawned = arguments.withUnsafeBufferPointer { argv in
            posix_spawn(&pid, "/bin/bash", nil, &attributes, argv.baseAddress!, environ)
        }
        try #require(spawned == 0)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status
    }

    static func temporaries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test("a merge whose write the system refuses half-way fails, leaving the old file and no temporary file")
    func refusedHalfWay() throws {
        let (folder, file, bytes) = try Self.folder()
        #expect(bytes.count > 150_000, "the file is larger than the limit")
        let status = try Self.mergeLimited(in: folder, ignoring: true)
        #expect(status & 0x7F == 0, "ended by its own exit, not by a signal")
        #expect(status >> 8 & 0xFF != 0)
        #expect(try Data(contentsOf: file) == bytes)
        #expect(try Self.temporaries(folder).isEmpty)
    }

    @Test(
        "a merge killed half-way leaves the old file; the next merge adds the response and removes the rest")
    func killedHalfWay() throws {
        let (folder, file, bytes) = try Self.folder()
        let status = try Self.mergeLimited(in: folder, ignoring: false)
        #expect(status & 0x7F == SIGXFSZ, "ended by the signal half-way through the write")
        #expect(try Data(contentsOf: file) == bytes)
        #expect(try Self.temporaries(folder).count == 1, "a process killed outright cannot clean up")
        let merged = try CLI.run(["merge", "big.tillit.json", "eva.json"], in: folder)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try Self.temporaries(folder).isEmpty)
        let assessment = try AssessmentFile.read(from: file)
        #expect(assessment.participants.count == 6001)
        #expect(assessment.participants.last == Participant(name: "Eva", answers: [3, 4]))
        #expect(assessment.participants.dropLast() == Self.survey(6000).participants[...])
    }
}
