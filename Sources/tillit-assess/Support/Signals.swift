import Dispatch
import Foundation
import TillitCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's handling of SIGINT, SIGTERM and SIGHUP: whatever is under way, temporary files are
/// removed and the terminal is restored before the process ends with status 128 + the signal.
///
/// One object, created by `main` and passed to the terminal and (through ``CommandContext``) to every
/// write, owns the dispatch sources for the three signals, so there is exactly one handler per signal
/// and no global state. A command may add a last word for Ctrl-C (``onInterrupt(_:)``, e.g. how to
/// resume the workshop); the terminal adds the restoring of its settings while it is in raw mode.
final class Signals: @unchecked Sendable {
    /// The temporary files being written now; removed first on every signal.
    let temporaries: TemporaryFiles
    private let lock = NSLock()
    private var interruptHandler: (@Sendable () -> Void)?
    private var restoreTerminal: (@Sendable () -> Void)?
    private var sources: [any DispatchSourceSignal] = []

    /// Handles the three signals from now on.
    init(temporaries: TemporaryFiles = TemporaryFiles()) {
        self.temporaries = temporaries
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [unowned self] in self.received(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `handler` on Ctrl-C (after temporary files are removed), replacing any earlier one; the
    /// handler ends the process itself or lets it end with status 130.
    func onInterrupt(_ handler: @escaping @Sendable () -> Void) {
        lock.withLock { interruptHandler = handler }
    }

    /// Runs `restore` before the process ends on a signal, until ``clearTerminalRestore()``.
    func setTerminalRestore(_ restore: @escaping @Sendable () -> Void) {
        lock.withLock { restoreTerminal = restore }
    }

    /// The terminal is back to normal; nothing to restore on a signal.
    func clearTerminalRestore() {
        lock.withLock { restoreTerminal = nil }
    }

    private func received(_ number: Int32) {
        temporaries.removeAll()
        let (restore, interrupt) = lock.withLock { (restoreTerminal, interruptHandler) }
        restore?()
        if number == SIGINT, let interrupt { interrupt() }
        exit(128 + number)
    }
}
