import Foundation

/// Runs the built `tillit-assess` binary as a user would: arguments, standard input, environment and
/// working folder in; standard output, standard error and exit status out.
///
/// The binary is found next to the test bundle (`swift test` builds it first) or, failing that, under
/// the package's `.build/debug/`.
enum CLI {
    /// What one run produced.
    struct Result: Sendable {
        /// Everything written to standard output.
        var stdout: String
        /// Everything written to standard error.
        var stderr: String
        /// The exit status.
        var status: Int32
        /// Standard output as bytes, for checking e.g. a byte-order mark.
        var stdoutData: Data
    }

    /// The package root: three levels up from this file (`Tests/TillitAssessTests/Support/CLI.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The path of the built binary.
    static var binary: URL {
        let besideBundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(
            "tillit-assess")
        if FileManager.default.isExecutableFile(atPath: besideBundle.path) { return besideBundle }
        return packageRoot.appendingPathComponent(".build/debug/tillit-assess")
    }

    /// Runs the binary. The environment starts empty apart from `LANG=en_US.UTF-8` (so messages are in
    /// English unless a test says otherwise) and what `environment` adds.
    static func run(
        _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
        in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["LANG": "en_US.UTF-8"].merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let errorData = ReadBox()
        let errorHandle = error.fileHandleForReading
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData.data = errorHandle.readDataToEndOfFile()
            finished.signal()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        finished.wait()
        return Result(
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData.data, as: UTF8.self), status: process.terminationStatus,
            stdoutData: outputData)
    }

    /// A new empty folder for one test's files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tillit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Holds what the standard-error reader read on another thread.
private final class ReadBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()

    var data: Data {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
