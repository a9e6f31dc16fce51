import TillitCore

/// The progress line `import` shows on standard error while it reads a large file.
///
/// Shown only when standard error is a terminal (``Terminal/showsProgress``) and the file is larger
/// than a few megabytes; it redraws one line with a carriage return, and clears it when done, so
/// nothing of it is left in a log or a pipe.
final class ImportProgress: @unchecked Sendable {
    private let terminal: any Terminal
    private let language: Language
    private var shown = false
    private var lastPercent = -1

    /// Files smaller than this import too fast for progress to be worth showing.
    static let threshold = 4 << 20

    init(terminal: any Terminal, language: Language) {
        self.terminal = terminal
        self.language = language
    }

    /// Shows how far reading has come.
    func update(done: Int, total: Int) {
        guard terminal.showsProgress, total >= ImportProgress.threshold else { return }
        let percent = min(100, done * 100 / max(total, 1))
        guard percent != lastPercent else { return }
        lastPercent = percent
        shown = true
        let megabytes = "\(done >> 20)/\(total >> 20) MB"
        terminal.writeError(
            "\r" + (language == .sv ? "Läser in … " : "Importing … ") + "\(percent) % (\(megabytes))")
    }

    /// Clears the progress line, if one was shown.
    func finish() {
        guard shown else { return }
        shown = false
        terminal.writeError("\r" + String(repeating: " ", count: 40) + "\r")
    }
}
