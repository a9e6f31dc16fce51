import Foundation
import Testing

@testable import TillitCore

@Suite("Reading text in the encodings survey exports come in")
struct TextDecoderTests {
    private func read(
        _ data: Data, encoding: TextEncoding? = nil, chunkSize: Int = 1 << 20
    ) throws(ImportError) -> (rows: [[String]], lines: [Int], format: CSVReader.Format) {
        var rows: [[String]] = []
        var lines: [Int] = []
        let format = try CSVReader(data: data, file: "f.csv", encoding: encoding, chunkSize: chunkSize).read {
            rows.append($0.fields)
            lines.append($0.line)
            return true
        }
        return (rows, lines, format)
    }

    private func error(_ data: Data, encoding: TextEncoding? = nil, chunkSize: Int = 1 << 20) -> ImportError?
    {
        do {
            _ = try read(data, encoding: encoding, chunkSize: chunkSize)
            return nil
        } catch {
            return error
        }
    }

    /// Text as Windows-1252 bytes (every character must be in it).
    static func windows1252(_ text: String) -> Data {
        Data(
            text.unicodeScalars.map { scalar -> UInt8 in
                if let high = SingleByteTranscoder.windows1252High.firstIndex(of: scalar.value) {
                    return UInt8(0x80 + high)
                }
                precondition(scalar.value < 0x100, "\(scalar) is not in Windows-1252")
                return UInt8(scalar.value)
            })
    }

    @Test("Swedish Excel's CSV in Windows-1252 is detected and read, € and curly quotes included")
    func windows1252Detected() throws {
        let text = "Påstående;Svar\r\nÖppenhet – ”vi” säger vad vi tycker, 5 €;Stämmer helt\r\n"
        let bytes = Self.windows1252(text)
        #expect(bytes.contains(0x80) && bytes.contains(0x94) && bytes.contains(0x96))
        for size in [1, 2, 3, 7, 1 << 20] {
            let result = try read(bytes, chunkSize: size)
            #expect(
                result.rows == [
                    ["Påstående", "Svar"], ["Öppenhet – ”vi” säger vad vi tycker, 5 €", "Stämmer helt"],
                ])
            #expect(result.format.encoding == .windows1252, "chunk size \(size)")
        }
    }

    @Test("a Windows-1252 byte far into a file of ASCII makes the whole file Windows-1252")
    func windows1252Late() throws {
        let ascii = String(repeating: "1;2\n", count: 100)
        let data = Data("a;b\n\(ascii)".utf8) + Self.windows1252("Åsa;ö\n")
        let result = try read(data, chunkSize: 16)
        #expect(result.rows.last == ["Åsa", "ö"])
        #expect(result.format.encoding == .windows1252)
    }

    /// `text` with `bytes` in place of `#`.
    private func with(_ bytes: [UInt8], in text: String) -> Data {
        let parts = text.split(separator: "#", omittingEmptySubsequences: false)
        return Data(parts[0].utf8) + Data(bytes) + Data(parts[1].utf8)
    }

    @Test(
        "every malformed UTF-8 sequence follows one rule: after ASCII only, the file is Windows-1252",
        arguments: [
            ([0xED, 0xA0, 0x80], "í\u{A0}€"),  // an encoded surrogate
            ([0xC0, 0xAF], "À¯"),  // an overlong slash
            ([0xE0, 0x80, 0x80], "à€€"),  // an overlong NUL
            ([0xF4, 0x90, 0x80, 0x80], "ô\u{90}€€"),  // above U+10FFFF
            ([0x80], "€"),  // a stray continuation byte
        ] as [([UInt8], String)])
    func malformedAfterASCII(bytes: [UInt8], text: String) throws {
        let result = try read(with(bytes, in: "namn;svar\nch#ef;5\n"))
        #expect(result.rows == [["namn", "svar"], ["ch\(text)ef", "5"]])
        #expect(result.format.encoding == .windows1252)
    }

    @Test(
        "every malformed UTF-8 sequence follows one rule: after UTF-8 letters, or in UTF-8 announced or chosen, it is refused with its line, character and bytes",
        arguments: [
            [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
        ]
            as [[UInt8]])
    func malformedInUTF8(bytes: [UInt8]) {
        // The bytes shown are those up to where the sequence fails.
        let shown = bytes[0] == 0x80 || bytes[0] == 0xC0 ? [bytes[0]] : Array(bytes.prefix(2))
        let expected = ImportError.encoding(file: "f.csv", line: 2, column: 5, bytes: shown)
        #expect(error(with(bytes, in: "namn;svär\nchef#;5\n")) == expected)
        for size in [1, 3, 1 << 20] {
            #expect(
                error(with(bytes, in: "namn;svar\nchef#;5\n"), encoding: .utf8, chunkSize: size) == expected)
        }
        #expect(error(Data([0xEF, 0xBB, 0xBF]) + with(bytes, in: "namn;svar\nchef#;5\n")) == expected)
    }

    @Test(
        "a malformed sequence after long lines is placed at its line and character, however lines fall in words"
    )
    func placeAfterLongLines() {
        // Lines of many lengths, so that line breaks fall at every place in the eight-byte words the
        // validator reads at once, and one, two or none of them in a word.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let lines = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                String(repeating: "x", count: Int.random(in: 0...19, using: &generator))
            }
            let lastLine = String(repeating: "y", count: Int.random(in: 0...19, using: &generator))
            let text = "namn;svär\n" + lines.map { $0 + "\n" }.joined() + lastLine + "#;5\n"
            let expected = ImportError.encoding(
                file: "f.csv", line: lines.count + 2, column: lastLine.count + 1, bytes: [0xC0])
            #expect(error(with([0xC0, 0xAF], in: text)) == expected, "\(text.debugDescription)")
        }
    }

    @Test("the refusal says where, which bytes and what to do, in both languages")
    func encodingMessage() {
        let message = ImportError.encoding(file: "f.csv", line: 2, column: 5, bytes: [0xED, 0xA0]).message
        #expect(message.en.hasPrefix("f.csv, line 2, character 5: the bytes ED A0 are not valid UTF-8"))
        #expect(message.en.contains("--encoding windows-1252 or iso-8859-1"))
        #expect(message.sv.hasPrefix("f.csv, rad 2, tecken 5: byten ED A0 är inte giltig UTF-8"))
    }

    @Test("a UTF-8 character cut by the end of the file is malformed; cut by a chunk's end it is not")
    func cutSequence() throws {
        #expect(error(Data("a;ö\n1;".utf8) + Data([0xC3]), encoding: .utf8) != nil)
        for size in 1...5 {
            #expect(try read(Data("ä;ö\n€;😀\n".utf8), chunkSize: size).rows[1] == ["€", "😀"])
        }
    }

    @Test("an encoding chosen is used: ISO-8859-1, Windows-1252 over UTF-8 bytes, UTF-16 without a BOM")
    func chosen() throws {
        let latin1 = try read(Data([0x61, 0x3B, 0xE4, 0x0A, 0x80, 0x3B, 0x62, 0x0A]), encoding: .iso8859_1)
        #expect(latin1.rows == [["a", "ä"], ["\u{80}", "b"]])
        #expect(latin1.format.encoding == .iso8859_1)
        #expect(try read(Data("a;ä\n".utf8), encoding: .windows1252).rows == [["a", "Ã¤"]])
        var utf16 = Data()
        for unit in "a;ä\n1;2\n".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(error(utf16) == .binary(file: "f.csv"))
        #expect(try read(utf16, encoding: .utf16LittleEndian).rows == [["a", "ä"], ["1", "2"]])
        // A byte order mark outranks the choice.
        #expect(
            try read(SurveySamples.utf8("a;ä\n", bom: true), encoding: .windows1252).rows == [["a", "ä"]])
    }

    @Test("encoding names from the command line")
    func names() {
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "utf-16") == .utf16LittleEndian)
        #expect(TextEncoding(name: "Windows-1252") == .windows1252)
        #expect(TextEncoding(name: "cp1252") == .windows1252)
        #expect(TextEncoding(name: "ISO-8859-1") == .iso8859_1)
        #expect(TextEncoding(name: "latin1") == .iso8859_1)
        #expect(TextEncoding(name: "ebcdic") == nil)
        #expect(TextEncoding.names.allSatisfy { TextEncoding(name: $0) != nil })
    }

    @Test("Excel's sep= line names the separator and is skipped; lines still count from the file's start")
    func separatorLine() throws {
        for text in ["sep=;\r\na,b;c\r\n1;2\r\n", "SEP=;\na,b;c\n1;2\n", "\"sep=;\"\ra,b;c\r1;2\r"] {
            for size in [1, 2, 5, 6, 7, 1 << 20] {
                let result = try read(Data(text.utf8), chunkSize: size)
                #expect(result.rows == [["a,b", "c"], ["1", "2"]], "\(text.debugDescription) \(size)")
                #expect(result.lines == [2, 3], "\(text.debugDescription) \(size)")
                #expect(result.format.separator == .semicolon)
            }
        }
        #expect(try read(Data("sep=,\na;b,c\n".utf8)).rows == [["a;b", "c"]])
        #expect(try read(Data("sep=\t\na,b\tc\n".utf8)).format.separator == .tab)
        #expect(error(Data("sep=|\na|b\n".utf8)) == .separatorLine(file: "f.csv", text: "sep=|"))
        #expect(error(Data("sep=;\r\n".utf8)) == .empty(file: "f.csv"))
        #expect(
            ImportError.separatorLine(file: "f.csv", text: "sep=|").message.en
                == "f.csv, line 1: “sep=|” names a separator that cannot be read; expected sep=; sep=, or "
                + "sep= followed by a tab.")
    }
}

extension TextDecoderTests {
    @Test(
        "an unpaired surrogate in UTF-16 is refused like malformed UTF-8, in either byte order and any chunking"
    )
    func unpairedSurrogate() {
        for bigEndian in [false, true] {
            var data = SurveySamples.utf16("a;b\nä", bigEndian: bigEndian)
            data += bigEndian ? Data([0xD8, 0x3D]) : Data([0x3D, 0xD8])  // a high surrogate alone
            data += SurveySamples.utf16(";1\n", bigEndian: bigEndian).dropFirst(2)
            let shown: [UInt8] = bigEndian ? [0xD8, 0x3D] : [0x3D, 0xD8]
            for size in [1, 3, 1 << 20] {
                #expect(
                    error(data, chunkSize: size)
                        == .encoding(file: "f.csv", line: 2, column: 2, bytes: shown, utf16: true),
                    "big-endian \(bigEndian), chunk \(size)")
            }
            // A high surrogate at the very end.
            var cut = SurveySamples.utf16("a;b\n1;2", bigEndian: bigEndian)
            cut += bigEndian ? Data([0xD8, 0x3D]) : Data([0x3D, 0xD8])
            #expect(error(cut) == .encoding(file: "f.csv", line: 2, column: 4, bytes: shown, utf16: true))
            #expect(
                ImportError.encoding(file: "f.csv", line: 2, column: 4, bytes: shown, utf16: true).message.en
                    .contains("are not valid UTF-16, but the file is UTF-16"))
        }
    }
}
