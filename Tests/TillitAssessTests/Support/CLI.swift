import Foundation

/// Runs the built `tillit-assess` binary as a user would: arguments, standard input, environment and
/// working folder in; standard output, standard error and exit status out.
///
/// Shared by every command-line test. The binary is found next to the test bundle (`swift build`
/// puts both in `.build/debug`), or else from the package root derived from this file's path.
enum CLI {
    /// What a run produced.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// The package root, derived from this file's location (`Tests/TillitAssessTests/Support`).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The built executable.
    static var binary: URL {
        let besideBundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(
            "tillit-assess")
        if FileManager.default.isExecutableFile(atPath: besideBundle.path) { return besideBundle }
        for folder in [".build/debug", ".build/release"] {
            let url = packageRoot.appendingPathComponent(folder).appendingPathComponent("tillit-assess")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/tillit-assess")
    }

    /// Runs the binary and waits for it. The environment defaults to a plain English, colourless one
    /// (`LANG=en_US.UTF-8`, `NO_COLOR=1`); entries in `environment` are added to it.
    static func run(
        _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
        in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ["LANG": "en_US.UTF-8", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        env.merge(environment) { _, new in new }
        process.environment = env
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
        // Read both pipes to the end on separate threads so that neither can fill up and block.
        let outBox = DataBox()
        let errBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(output, outBox), (error, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outBox.data, as: UTF8.self),
            stderr: String(decoding: errBox.data, as: UTF8.self), stdoutData: outBox.data)
    }

    /// A fresh temporary folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tillit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}
