/// A screen's text above its prompts, paged to the terminal's height so that the heading is never
/// scrolled away by the prompts below it: space is text at a prompt, so PgDn/↓ and PgUp/↑ page, and a
/// resize redraws. In line mode everything is printed once, as a transcript.
final class PagedText {
    let session: WorkshopSession
    /// The lines, computed again at every draw so that they follow the terminal's width.
    let content: () -> [String]
    /// Rows kept free below the text for the prompts and their hints.
    let reserve: Int
    private var page = 0

    init(session: WorkshopSession, reserve: Int, content: @escaping () -> [String]) {
        self.session = session
        self.reserve = reserve
        self.content = content
    }

    /// Shows the current page (all of it in line mode), with the position when there is more than one.
    func draw() {
        guard session.input.raw else {
            session.terminal.line()
            for line in content() { session.terminal.line(line) }
            return
        }
        let pages = Pager.pages(content(), height: session.height - reserve - 2)
        page = max(0, min(page, pages.count - 1))
        session.terminal.clearScreen()
        for line in pages[page] { session.terminal.line(line) }
        if pages.count > 1 {
            session.terminal.line(
                WorkshopText.promptPagePosition(page + 1, pages.count)(session.language))
        }
    }

    /// Pages or redraws for a key typed at a prompt; `false` for a key that is not about paging.
    func handle(_ key: Key) -> Bool {
        switch key {
        case .pageDown, .down: page += 1
        case .pageUp, .up: page -= 1
        case .resize: break
        default: return false
        }
        draw()
        return true
    }
}
