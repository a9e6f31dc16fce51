import Foundation
import TillitCore

let environment = ProcessInfo.processInfo.environment
// From here on SIGINT, SIGTERM and SIGHUP remove temporary files before the process ends.
let signals = Signals()
let context = CommandContext(
    terminal: SystemTerminal(environment: environment, signals: signals),
    environment: environment,
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    today: .today(), temporaries: signals.temporaries)
let code = TillitAssess.run(Array(CommandLine.arguments.dropFirst()), context: context)
exit(code.rawValue)
