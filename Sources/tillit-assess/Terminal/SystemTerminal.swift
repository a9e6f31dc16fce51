import Dispatch
import Foundation
import TillitCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's real terminal: standard input, output and error.
///
/// Raw mode is entered only when both standard input and output are terminals, and the saved settings
/// are restored on every way out: normal return, a thrown error, and SIGTERM/SIGHUP (the process's
/// ``Signals`` restores them, then ends the process with the conventional status). Ctrl-C in raw
/// mode arrives as ``Key/interrupt`` so the workshop can save before it stops; outside raw mode it
/// runs the handler given to ``onInterrupt(_:)``.
final class SystemTerminal: Terminal {
    let isInteractive: Bool
    let usesColor: Bool
    private let stdoutIsTerminal: Bool
    private var savedSettings: termios?
    private let signals: Signals
    private var pending: [UInt8] = []
    private let environmentTerm: String?
    /// A pipe the SIGWINCH handler writes a byte to, so that a read waiting for a key wakes up and the
    /// screen is redrawn at the new size.
    private var resizePipe: (read: Int32, write: Int32)?
    private var resizeSource: (any DispatchSourceSignal)?
    private let resized = Flag()

    init(environment: [String: String], signals: Signals) {
        self.signals = signals
        stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        environmentTerm = environment["TERM"]
        isInteractive = stdoutIsTerminal && isatty(STDIN_FILENO) == 1
        usesColor =
            stdoutIsTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true
            && environment["TERM"] != "dumb"
    }

    var showsProgress: Bool {
        isatty(STDERR_FILENO) == 1 && environmentTerm != "dumb"
    }

    var columns: Int { size?.columns ?? 80 }

    var rows: Int { size?.rows ?? 24 }

    /// The window's size, when standard output is a terminal that reports one.
    private var size: (columns: Int, rows: Int)? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
            return nil
        }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// Writes text, made inert first (``InertText``): names, roles and actions typed by others reach the
    /// screen, and none of them may clear it or set the window's title. Tillit's own colour is kept.
    func write(_ text: String) {
        emit(InertText.clean(text, for: .text, keepingColour: usesColor))
    }

    func writeDocument(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes Tillit's own control sequences (cursor, clearing the screen) as they are.
    private func emit(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    func readLine() -> String? {
        Swift.readLine(strippingNewline: true).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }

    func readKey() -> Key {
        guard let byte = nextByte(reportingResize: true) else {
            return resized.exchange() ? .resize : .endOfInput
        }
        switch byte {
        case 3: return .interrupt
        case 4: return .endOfInput
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27:
            guard let next = nextByte(timeoutMilliseconds: 30) else { return .escape }
            guard next == UInt8(ascii: "[") || next == UInt8(ascii: "O"),
                var final = nextByte(timeoutMilliseconds: 30)
            else { return .escape }
            // Parameters such as `3;5` come before the final byte (0x40–0x7E); read past them so that
            // Delete (`ESC [ 3 ~`) or Ctrl-arrow leaves no stray characters behind.
            var parameter = 0
            while !(0x40...0x7E).contains(final), let more = nextByte(timeoutMilliseconds: 30) {
                if let digit = Character(UnicodeScalar(final)).wholeNumberValue {
                    parameter = parameter * 10 + digit
                }
                final = more
            }
            switch final {
            case UInt8(ascii: "~") where parameter == 5: return .pageUp
            case UInt8(ascii: "~") where parameter == 6: return .pageDown
            case UInt8(ascii: "A"): return .up
            case UInt8(ascii: "B"): return .down
            case UInt8(ascii: "C"): return .right
            case UInt8(ascii: "D"): return .left
            default: return .escape
            }
        default:
            return .character(decodeCharacter(startingWith: byte))
        }
    }

    func withRawMode<T>(_ body: () throws -> T) rethrows -> T {
        guard isInteractive, savedSettings == nil else { return try body() }
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return try body() }
        savedSettings = settings
        installSignalHandlers()
        var raw = settings
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        // One byte at a time, waiting as long as it takes: a read returns as soon as a key is pressed.
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        // TCSANOW, not TCSAFLUSH: keys typed ahead while the screen was drawn are kept, not dropped.
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        emit("\u{1B}[?25l")  // hide the cursor
        defer { restore() }
        return try body()
    }

    func clearScreen() {
        guard stdoutIsTerminal else { return }
        emit("\u{1B}[H\u{1B}[2J\u{1B}[3J")
    }

    func setCursorVisible(_ visible: Bool) {
        guard stdoutIsTerminal else { return }
        emit(visible ? "\u{1B}[?25h" : "\u{1B}[?25l")
    }

    func onInterrupt(_ handler: @escaping @Sendable () -> Void) {
        signals.onInterrupt(handler)
    }

    // MARK: - Private

    private func restore() {
        guard var settings = savedSettings else { return }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings)
        emit("\u{1B}[?25h")  // show the cursor
        savedSettings = nil
        signals.clearTerminalRestore()
    }

    private func installSignalHandlers() {
        guard let settings = savedSettings else { return }
        signals.setTerminalRestore {
            var saved = settings
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardOutput.write(Data("\u{1B}[?25h\n".utf8))
        }
        guard resizeSource == nil else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        let pair = (read: ends[0], write: ends[1])
        resizePipe = pair
        signal(SIGWINCH, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .global())
        source.setEventHandler {
            FileHandle(fileDescriptor: pair.write, closeOnDealloc: false).write(Data([1]))
        }
        source.resume()
        resizeSource = source
    }

    /// Reads one byte; waiting without a timeout, a resize (SIGWINCH, through ``resizePipe``) ends the
    /// wait with `nil` and sets ``resized`` when `reportingResize` is set.
    private func nextByte(timeoutMilliseconds: Int32 = -1, reportingResize: Bool = false) -> UInt8? {
        if !pending.isEmpty { return pending.removeFirst() }
        if timeoutMilliseconds >= 0 {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, timeoutMilliseconds) > 0 else { return nil }
        } else if reportingResize, let pipe = resizePipe {
            var descriptors = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: pipe.read, events: Int16(POLLIN), revents: 0),
            ]
            while true {
                let ready = poll(&descriptors, 2, -1)
                if ready < 0, errno == EINTR { continue }
                if descriptors[1].revents & Int16(POLLIN) != 0 {
                    var drained = [UInt8](repeating: 0, count: 64)
                    _ = read(pipe.read, &drained, drained.count)
                    resized.set()
                    return nil
                }
                break
            }
        }
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    private func decodeCharacter(startingWith first: UInt8) -> Character {
        var bytes = [first]
        let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard let next = nextByte(timeoutMilliseconds: 30) else { break }
            bytes.append(next)
        }
        return String(decoding: bytes, as: UTF8.self).first ?? "?"
    }
}

/// A flag set by one thread and taken by another.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }

    /// Whether the flag was set; clears it.
    func exchange() -> Bool {
        lock.withLock {
            defer { value = false }
            return value
        }
    }
}
