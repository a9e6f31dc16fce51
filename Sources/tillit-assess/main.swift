import Foundation
import TillitCore

let environment = ProcessInfo.processInfo.environment
let context = CommandContext(
    terminal: SystemTerminal(environment: environment),
    environment: environment,
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    today: .today())
let code = TillitAssess.run(Array(CommandLine.arguments.dropFirst()), context: context)
exit(code.rawValue)
