import Foundation

/// A key the interactive workshop reacts to.
enum Key: Equatable, Sendable {
    /// A printable character, e.g. `3`, `b`, `?`.
    case character(Character)
    /// The left arrow: go back.
    case left
    /// The right arrow.
    case right
    /// The up arrow.
    case up
    /// The down arrow.
    case down
    /// Return or Enter.
    case enter
    /// Backspace or Delete.
    case backspace
    /// Escape on its own: go back, also from a text prompt.
    case escape
    /// Page Up: the previous page of a long list.
    case pageUp
    /// Page Down: the next page of a long list.
    case pageDown
    /// The terminal was resized: redraw the screen at the new size.
    case resize
    /// Ctrl-C while the terminal is in raw mode.
    case interrupt
    /// End of input (Ctrl-D, or a closed pipe).
    case endOfInput
}

/// The seam between the command-line tool and the terminal.
///
/// Commands never touch file descriptors or escape codes directly: they talk to a `Terminal`. The real
/// one is ``SystemTerminal``; tests drive commands with a scripted fake. When input is not a terminal,
/// nothing fails: ``isInteractive`` is `false` and the workshop reads one line per answer.
protocol Terminal: AnyObject {
    /// Whether standard input and output are both terminals, so raw keys and screen clearing work.
    var isInteractive: Bool { get }
    /// Whether standard output may carry colour: a terminal, `NO_COLOR` unset, `TERM` not `dumb`.
    var usesColor: Bool { get }
    /// The width of standard output in columns (80 when it is not a terminal).
    var columns: Int { get }
    /// The height of standard output in rows (24 when it is not a terminal), for paging long lists.
    var rows: Int { get }
    /// Writes text to standard output.
    func write(_ text: String)
    /// Writes a rendered document to standard output as it is: ``Output`` has already made the text
    /// from files inert for its format (a CSV keeps its CRLF line ends, colour its sequences).
    func writeDocument(_ data: Data)
    /// Writes text to standard error.
    func writeError(_ text: String)
    /// Reads one line from standard input without its line ending, or `nil` at end of input.
    func readLine() -> String?
    /// Reads one key in raw mode; only meaningful when ``isInteractive``.
    func readKey() -> Key
    /// Runs `body` with the terminal in raw mode and restores it afterwards, whatever happens.
    func withRawMode<T>(_ body: () throws -> T) rethrows -> T
    /// Clears the screen and the scroll-back, so that the next participant sees nothing of the last.
    func clearScreen()
    /// Shows or hides the cursor: hidden while a participant chooses with one key, shown while typing.
    func setCursorVisible(_ visible: Bool)
    /// Runs `handler` when the user presses Ctrl-C outside raw mode (in raw mode Ctrl-C arrives as
    /// ``Key/interrupt``), so a command can say how to resume before it stops.
    func onInterrupt(_ handler: @escaping @Sendable () -> Void)
    /// Whether standard error is a terminal on which a progress line may be redrawn; never in a pipe or
    /// a log, so that no carriage returns end up there.
    var showsProgress: Bool { get }
}

extension Terminal {
    /// No progress display unless a terminal says it can show one.
    var showsProgress: Bool { false }

    /// A screen of 24 rows, unless a terminal says otherwise.
    var rows: Int { 24 }

    /// Writes a line to standard output.
    func line(_ text: String = "") { write(text + "\n") }

    /// Writes the document through ``write(_:)``: a terminal that cleans what it writes (the system's)
    /// writes documents as they are instead.
    func writeDocument(_ data: Data) { write(String(decoding: data, as: UTF8.self)) }

    /// Does nothing: a terminal without a cursor to show.
    func setCursorVisible(_ visible: Bool) {}

    /// Does nothing: a terminal without signals (e.g. a scripted one in tests).
    func onInterrupt(_ handler: @escaping @Sendable () -> Void) {}
}
