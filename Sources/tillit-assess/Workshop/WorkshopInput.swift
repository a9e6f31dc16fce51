import TillitCore

/// Why an interactive session stops before its end. Thrown by ``WorkshopInput`` and caught by the
/// command, which has already saved everything.
enum WorkshopStop: Error, Equatable {
    /// The user chose to save and quit (`q`).
    case quit
    /// Ctrl-C.
    case interrupted
    /// Standard input ended (Ctrl-D, or the end of a script).
    case endOfInput
}

/// One thing the user typed: a key in raw mode, or a whole line when input is not a terminal.
enum Entry: Equatable {
    /// A key, read in raw mode.
    case key(Key)
    /// A line, read when standard input is a pipe or a file (or a screen reader's line mode).
    case line(String)

    /// The entry as one character, when it is one: a key, or a line of exactly one character.
    var character: Character? {
        switch self {
        case .key(.character(let character)): character
        case .line(let text) where text.count == 1: text.first
        default: nil
        }
    }

    /// Whether the entry is Enter (an empty line).
    var isEnter: Bool { self == .key(.enter) || self == .line("") }

    /// Whether the entry means back: `b`, `<`, the left arrow or Esc.
    var isBack: Bool {
        self == .key(.left) || self == .key(.escape) || ["b", "B", "<", "←"].contains(character ?? " ")
    }

    /// Whether the entry means undo the last change: `u`.
    var isUndo: Bool { character == "u" || character == "U" }

    /// Whether the entry means save and quit: `q`.
    var isQuit: Bool { character == "q" || character == "Q" }
}

/// Reads what the user types in the form the terminal allows: raw keys in a terminal, whole lines
/// otherwise. Ctrl-C and the end of input become ``WorkshopStop`` errors so that every screen unwinds
/// the same way.
final class WorkshopInput {
    /// The terminal read from.
    let terminal: any Terminal
    /// Whether keys are read one at a time in raw mode.
    let raw: Bool

    init(terminal: any Terminal) {
        self.terminal = terminal
        raw = terminal.isInteractive
    }

    /// One key in raw mode, or one line otherwise, trimmed.
    func entry() throws(WorkshopStop) -> Entry {
        if raw {
            switch terminal.readKey() {
            case .interrupt: throw .interrupted
            case .endOfInput: throw .endOfInput
            case let key: return .key(key)
            }
        }
        guard let line = terminal.readLine() else { throw .endOfInput }
        terminal.write(line.isEmpty ? "" : line + "\n")
        return .line(line.trimmingWhitespace)
    }

    /// The word that goes back from a text prompt in line mode, where there is no Esc or ←; a line of
    /// its own, so that it cannot be mistaken for a name or a note.
    static let backWord = "<"

    /// A line of text after a prompt, trimmed; `defaultValue` for an empty answer, `nil` to go back.
    ///
    /// In raw mode with simple editing (typing, Backspace, Enter), and Esc or ← to go back — keys that
    /// cannot be typed into the text by mistake. In line mode a line of only ``backWord`` goes back.
    ///
    /// With `paging`, PgDn/PgUp (and ↓/↑) page the text above and a resize redraws it; the prompt and
    /// what was typed so far are written again below.
    func ask(_ prompt: String, default defaultValue: String = "", paging: PagedText? = nil)
        throws(WorkshopStop)
        -> String?
    {
        let shown = defaultValue.isEmpty ? "" : " [\(defaultValue)]"
        terminal.write(prompt + shown + ": ")
        var typed: String
        if raw {
            terminal.setCursorVisible(true)
            defer { terminal.setCursorVisible(false) }
            typed = ""
            reading: while true {
                switch terminal.readKey() {
                case .character(let character):
                    typed.append(character)
                    terminal.write(String(character))
                case .backspace:
                    if !typed.isEmpty {
                        typed.removeLast()
                        terminal.write("\u{8} \u{8}")
                    }
                case .enter:
                    terminal.write("\n")
                    break reading
                case .escape, .left:
                    terminal.write("\n")
                    return nil
                case .interrupt:
                    terminal.write("\n")
                    throw .interrupted
                case .endOfInput:
                    terminal.write("\n")
                    throw .endOfInput
                case let key:
                    if let paging, paging.handle(key) { terminal.write(prompt + shown + ": " + typed) }
                }
            }
        } else {
            guard let line = terminal.readLine() else {
                terminal.write("\n")
                throw .endOfInput
            }
            // Piped input is not echoed: show it, so that the transcript reads as a dialogue.
            terminal.write(line + "\n")
            typed = line
            if typed.trimmingWhitespace == WorkshopInput.backWord { return nil }
        }
        let trimmed = typed.trimmingWhitespace
        return trimmed.isEmpty ? defaultValue : trimmed
    }

    /// How the user goes back from a text prompt, as the hints say it.
    var backKeys: String { raw ? "Esc/←" : WorkshopInput.backWord }

    /// Waits for Enter (or `q`, which quits); other keys get a one-line hint, a resize is ignored.
    func waitForEnter(hint: String) throws(WorkshopStop) {
        while true {
            let entry = try entry()
            if entry.isEnter { return }
            if entry == .key(.resize) { continue }
            if entry.isQuit { throw .quit }
            terminal.line(hint)
        }
    }
}

extension String {
    /// Without leading and trailing white space (and without a stray carriage return).
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
