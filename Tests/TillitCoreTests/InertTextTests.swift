import Testing

@testable import TillitCore

@Suite("Text from files is inert where it is written")
struct InertTextTests {
    let hostile = "Org\u{1B}[2J\u{1B}]0;title\u{7}\r\u{0}\u{7F}\u{9B}31m\tok\nnext"

    @Test("plain text shows every control character as a symbol and keeps line breaks and tabs")
    func plainText() {
        let clean = InertText.clean(hostile, for: .text)
        #expect(clean == "Org␛[2J␛]0;title␇␍␀␡\u{FFFD}31m\tok\nnext")
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test("colour sequences Tillit writes survive when colour is on; nothing else does")
    func colour() {
        let coloured = "\u{1B}[1;31mRed\u{1B}[0m " + hostile
        let clean = InertText.clean(coloured, for: .text, keepingColour: true)
        #expect(clean.hasPrefix("\u{1B}[1;31mRed\u{1B}[0m Org"))
        // The hostile clear-screen and title are still neutralised: ESC [ 2 J is not a colour sequence.
        #expect(clean.contains("Org␛[2J␛]0;title␇"))
        #expect(InertText.clean(coloured, for: .text).hasPrefix("␛[1;31mRed"))
    }

    @Test("Markdown and HTML drop control characters, NUL included; CSV drops only NUL; JSON is untouched")
    func documents() {
        for format in [RenderFormat.markdown, .html] {
            #expect(InertText.clean(hostile, for: format) == "Org[2J]0;title31m\tok\nnext")
        }
        #expect(InertText.clean("a\u{0}b\u{1B}c", for: .csv) == "ab\u{1B}c")
        #expect(InertText.clean(hostile, for: .json) == hostile)
        #expect(InertText.clean("Åsa – ok", for: .text) == "Åsa – ok")
    }
}
