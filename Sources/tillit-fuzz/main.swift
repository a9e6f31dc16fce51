import Dispatch
import Foundation
import TillitCore

// tillit-fuzz: feeds mutated inputs to every reader of TillitCore and checks that each case ends in
// success or a typed, descriptive error — no crash, no hang, no untyped error, no stray temporary file.
//
//   swift run -c release tillit-fuzz [--count N] [--seed S] [--timeout SECONDS]
//
// Deterministic by seed: a failure report names the reader, the case number and the seed, and the same
// command line replays it. CI runs a reduced count; the full run is 10,000 cases per reader.

var count = 10_000
var seed: UInt64 = 2019_43
var timeout = 10.0
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--count": count = arguments.popFirst().flatMap(Int.init) ?? count
    case "--seed": seed = arguments.popFirst().flatMap(UInt64.init) ?? seed
    case "--timeout": timeout = arguments.popFirst().flatMap(Double.init) ?? timeout
    default:
        FileHandle.standardError.write(
            Data("usage: tillit-fuzz [--count N] [--seed S] [--timeout SECONDS]\n".utf8))
        exit(64)
    }
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-fuzz-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

/// The case in progress, for the watchdog: a hang is reported with what replays it, then the process ends.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (reader: String, index: Int, started: Date)?

    func start(_ reader: String, _ index: Int) { lock.withLock { current = (reader, index, Date()) } }
    func stop() { lock.withLock { current = nil } }

    func run(timeout: Double, seed: UInt64) {
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                let hung = lock.withLock {
                    current.flatMap { Date().timeIntervalSince($0.started) > timeout ? $0 : nil }
                }
                if let hung {
                    FileHandle.standardError.write(
                        Data(
                            "HANG: \(hung.reader) case \(hung.index) (seed \(seed)) ran over \(timeout) s\n"
                                .utf8))
                    exit(2)
                }
            }
        }
    }
}

let watchdog = Watchdog()
watchdog.run(timeout: timeout, seed: seed)
var failures = 0
print("tillit-fuzz: \(count) cases per reader, seed \(seed)")
for reader in Reader.all(in: folder) {
    var generator = SeededGenerator(seed: seed ^ UInt64(truncatingIfNeeded: reader.name.hashValueStable))
    var accepted = 0
    var rejected = 0
    let started = Date()
    for index in 0..<count {
        let original = reader.seeds[index % reader.seeds.count]
        let (bytes, kinds) = Mutator.mutate(original, using: &generator)
        watchdog.start(reader.name, index)
        do {
            try reader.read(Data(bytes))
            accepted += 1
        } catch let error as any TillitError {
            rejected += 1
            if error.message.en.isEmpty || error.message.sv.isEmpty {
                failures += 1
                print("FAIL \(reader.name) case \(index): empty error message")
            }
        } catch {
            failures += 1
            print(
                "FAIL \(reader.name) case \(index) [\(kinds.map(\.rawValue).joined(separator: ","))]: untyped error \(type(of: error)): \(error)"
            )
        }
        watchdog.stop()
        let leftovers =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter {
                $0.hasSuffix(".tmp")
            } ?? []
        if !leftovers.isEmpty {
            failures += 1
            print("FAIL \(reader.name) case \(index): temporary files left behind: \(leftovers)")
        }
    }
    let seconds = Date().timeIntervalSince(started)
    print(
        "\(reader.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(count) cases: \(accepted) accepted, "
            + "\(rejected) rejected with a typed error, \(String(format: "%.1f", seconds)) s")
}
print(failures == 0 ? "tillit-fuzz: clean" : "tillit-fuzz: \(failures) failures")
exit(failures == 0 ? 0 : 1)

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is randomly seeded per process).
    var hashValueStable: UInt64 {
        utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }
}
