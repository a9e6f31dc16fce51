import Foundation
import Testing

@testable import TillitCore

@Suite("Reading .xlsx workbooks without a dependency: DEFLATE, ZIP, XML and sheets")
struct WorkbookTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(path)))
    }

    static let streams = ["empty", "one", "swedish", "random", "zeros", "mixed", "xml"]

    @Test("inflate gives back what zlib compressed: stored, fixed and dynamic blocks", arguments: streams)
    func inflateMatchesZlib(name: String) throws {
        let original = try Self.bytes("deflate/\(name).bin")
        for variant in ["0", "1", "6", "9", "fixed"] {
            let compressed = try Self.bytes("deflate/\(name)-\(variant).deflate")
            #expect(try Inflater.inflate(compressed) == original, "\(name)-\(variant)")
        }
    }

    @Test("a cut, corrupted or oversized stream is refused, never a crash")
    func inflateRefusesDamage() throws {
        let compressed = try Self.bytes("deflate/swedish-9.deflate")
        for length in stride(from: 0, to: compressed.count - 1, by: 7) {
            #expect(throws: Inflater.Failure.self) { try Inflater.inflate(Array(compressed.prefix(length))) }
        }
        #expect(throws: Inflater.Failure.tooLarge) {
            try Inflater.inflate(Self.bytes("deflate/zeros-9.deflate"), limit: 100)
        }
        // Block type 3 does not exist.
        #expect(throws: Inflater.Failure.invalid) { try Inflater.inflate([0x07]) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var damaged = compressed
            for _ in 0..<3 {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = .random(in: 0...255)
            }
            _ = try? Inflater.inflate(damaged, limit: 1 << 20)
        }
    }

    @Test("CRC-32 is ZIP's")
    func crc() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test("cell references, OOXML escapes and XML entities")
    func cellsAndText() throws {
        #expect(XLSXRows.column("A1") == 0)
        #expect(XLSXRows.column("Z9") == 25)
        #expect(XLSXRows.column("AA3") == 26)
        #expect(XLSXRows.column("XFD1048576") == 16_383)
        #expect(XLSXRows.column("17") == nil)
        #expect(XLSXRows.unescape("rad ett_x000D_\nrad två _x_ _x00") == "rad ett\r\nrad två _x_ _x00")
        var events: [String] = []
        try XMLScanner.scan(
            Array(
                #"<?xml version="1.0"?><!-- c --><x:si a='&lt;&#229;&#xE4;'><t>A &amp; B</t><br/></x:si>"#
                    .utf8)
        ) { event in
            switch event {
            case .start(let name, let attributes): events.append("<\(name) \(attributes)")
            case .end(let name): events.append("</\(name)")
            case .text(let text): events.append(text)
            }
        }
        #expect(events == ["<si [a=<åä]", "<t []", "A & B", "</t", "<br []", "</br", "</si"])
        #expect(throws: XMLScanner.Failure.self) { try XMLScanner.scan(Array("<a b=\"1>".utf8)) { _ in } }
        #expect(throws: XMLScanner.Failure.self) {
            try XMLScanner.scan(Array("<a>&bogus;</a>".utf8)) { _ in }
        }
    }

    private func rows(_ reader: XLSXReader) throws(ImportError) -> (
        rows: [[String]], lines: [Int], format: CSVReader.Format
    ) {
        var rows: [[String]] = []
        var lines: [Int] = []
        let format = try reader.read { record in
            rows.append(record.fields)
            lines.append(record.line)
            return true
        }
        return (rows, lines, format)
    }

    @Test("a sheet is chosen by name or number, the first by default; gaps are empty fields")
    func sheets() throws {
        let url = Self.fixtures.appendingPathComponent("exports/two-sheets-numbers.xlsx")
        let first = try rows(XLSXReader(url: url))
        #expect(first.format.sheet == "Information")
        #expect(first.rows == [["Enkät", "Tillit 2026"], ["Svar", "3"]])
        for choice in ["Svar", "svar", "2"] {
            let data = try rows(XLSXReader(url: url, sheet: choice))
            #expect(data.format.sheet == "Svar")
            #expect(
                data.rows[0] == [
                    "Respondent", "Roll", "tillit-1", "handlingsutrymme-1", "oppenhet-1", "uppfoljning-1",
                ])
            // Respondent 2 left the second statement unanswered, respondent 3 the last: no cells there.
            #expect(data.rows[2] == ["2", "Medarbetare", "4", "", "2", "1"])
            #expect(data.rows[3] == ["3", "Medarbetare", "3", "3", "5", ""])
            #expect(data.lines == [1, 2, 3, 4])
        }
        #expect(throws: ImportError.self) { try rows(XLSXReader(url: url, sheet: "3")) }
        do {
            _ = try rows(XLSXReader(url: url, sheet: "Data"))
        } catch {
            #expect(
                error.message.en
                    == "two-sheets-numbers.xlsx: the workbook has no sheet \"Data\"; expected a name or number (1–2) "
                    + "among \"Information\", \"Svar\".")
        }
    }

    @Test("a file that is not a workbook, or a damaged one, is refused with the reason")
    func damagedWorkbooks() throws {
        let good = try Self.bytes("exports/microsoft-forms.xlsx")
        func failure(_ bytes: [UInt8]) -> ImportError? {
            do {
                _ = try rows(XLSXReader(data: Data(bytes), file: "svar.xlsx"))
                return nil
            } catch {
                return error
            }
        }
        #expect(
            failure(Array("PK\u{3}\u{4} not really".utf8))?.message.en.contains("not a ZIP archive") == true)
        #expect(failure([]) == .empty(file: "svar.xlsx"))
        // Damage inside the sheet's compressed data is caught by inflate or the checksum.
        let sheetName = Array("xl/worksheets/sheet1.xml".utf8)
        let local = try #require(
            (0..<(good.count - sheetName.count)).first {
                good[$0..<($0 + sheetName.count)].elementsEqual(sheetName)
            })
        var damaged = good
        damaged[local + sheetName.count + 40] ^= 0x55
        let message = try #require(failure(damaged)).message.en
        #expect(message.hasPrefix("svar.xlsx: xl/worksheets/sheet1.xml: "), "\(message)")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var mutated = good
            for _ in 0..<4 {
                mutated[Int.random(in: 0..<mutated.count, using: &generator)] = .random(in: 0...255)
            }
            _ = failure(mutated)
        }
    }
}

extension WorkbookTests {
    @Test("a workbook whose entry claims 4 GB reserves nothing like it and is refused")
    func lyingSize() throws {
        var bytes = try Self.bytes("exports/excel-style.xlsx")
        // Every central-directory entry's uncompressed size (offset 24) set to 0xFFFFFF00.
        var offset = 0
        while offset + 46 <= bytes.count {
            if bytes[offset..<(offset + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
                bytes.replaceSubrange((offset + 24)..<(offset + 28), with: [0x00, 0xFF, 0xFF, 0xFF])
            }
            offset += 1
        }
        #expect(throws: ImportError.self) {
            try XLSXReader(data: Data(bytes), file: "svar.xlsx").read { _ in true }
        }
    }
}

extension WorkbookTests {
    @Test("mutated sheet XML ends in rows or a typed failure, never a crash or a hang")
    func mutatedSheetXML() throws {
        let archive = try ZIPArchive(Self.bytes("exports/excel-style.xlsx"))
        let sheet = try #require(try archive.entry("xl/worksheets/sheet1.xml"))
        let strings = try #require(try archive.entry("xl/sharedStrings.xml"))
        var generator = SystemRandomNumberGenerator()
        let hostile = Array(#"<>&;"'/=_x[]: r="XFD1048576" t="s" "#.utf8)
        for round in 0..<400 {
            var mutated = round % 2 == 0 ? sheet : strings
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let at = Int.random(in: 0..<mutated.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: mutated[at] = hostile.randomElement(using: &generator)!
                case 1: mutated.remove(at: at)
                default: mutated.insert(contentsOf: hostile.shuffled(using: &generator).prefix(4), at: at)
                }
            }
            var rows = XLSXRows(strings: ["a", "b"]) { record in
                _ = record.fields
                return true
            }
            try? rows.feed(mutated)
            rows.finish()
        }
    }

    @Test("a sheet read in pieces of any size gives the same rows as read whole")
    func sheetInPieces() throws {
        let archive = try ZIPArchive(Self.bytes("exports/excel-style.xlsx"))
        let sheet = try #require(try archive.entry("xl/worksheets/sheet1.xml"))
        let strings = try #require(try archive.entry("xl/sharedStrings.xml"))
        var shared: [String] = []
        try XMLScanner.scan(strings) { event in
            if case .text(let text) = event { shared.append(text) }
        }
        func rows(pieces size: Int) throws -> [[String]] {
            var result: [[String]] = []
            var reader = XLSXRows(strings: shared) { record in
                result.append(["\(record.line)"] + record.fields)
                return true
            }
            var start = 0
            try sheet.withUnsafeBufferPointer { (bytes) throws(XMLScanner.Failure) in
                while start < bytes.count {
                    let end = min(bytes.count, start + size)
                    try reader.feed(UnsafeBufferPointer(rebasing: bytes[start..<end]), final: false)
                    start = end
                }
            }
            try reader.feed([], final: true)
            reader.finish()
            return result
        }
        let whole = try rows(pieces: sheet.count)
        #expect(whole.count >= 3)
        for size in [1, 2, 3, 7, 64, 1000] { #expect(try rows(pieces: size) == whole, "pieces of \(size)") }
    }

    @Test("markup that never ends is refused once it passes the bound, not held to the end of the sheet")
    func endlessMarkup() throws {
        var rows = XLSXRows(strings: []) { _ in true }
        let piece = [UInt8](repeating: 0x41, count: 1 << 18)
        try rows.feed(Array(#"<sheetData><row r="1"><c r="A1" t=""#.utf8), final: false)
        var refused = false
        for _ in 0..<40 where !refused {
            do throws(XMLScanner.Failure) {
                try rows.feed(piece, final: false)
            } catch {
                refused = true
            }
        }
        #expect(refused)
        var cut = XLSXRows(strings: []) { _ in true }
        #expect(throws: XMLScanner.Failure.self) {
            try cut.feed(
                Array(#"<row r="1"><c r="A1"><v>4</v></c></row><row r="2"><c r="A"#.utf8), final: true)
        }
    }

    @Test("a streamed entry is the whole entry, its checksum checked")
    func streamedEntry() throws {
        let archive = try ZIPArchive(Self.bytes("exports/excel-style.xlsx"))
        let whole = try #require(try archive.entry("xl/worksheets/sheet1.xml"))
        var streamed: [UInt8] = []
        let read = try archive.stream("xl/worksheets/sheet1.xml") { piece in
            streamed.append(contentsOf: piece)
            return true
        }
        #expect(read == true)
        #expect(streamed == whole)
        #expect(try archive.stream("xl/none.xml") { _ in true } == nil)
        #expect(try archive.stream("xl/worksheets/sheet1.xml") { _ in false } == false)
    }

    @Test("inflating in pieces keeps matches that reach back across a piece's end, in every block type")
    func inflateAcrossPieces() throws {
        // The text Python's zlib compressed into the fixtures (dynamic and fixed codes): 836 kB that
        // repeats every 600 lines, so that matches reach back across each quarter-megabyte piece.
        let original = Array((0..<80_000).map { "rad \($0 % 200): \($0 % 3)\n" }.joined().utf8)
        // Stored blocks, built here: their bytes are copied across the pieces' ends.
        var stored: [UInt8] = []
        var start = 0
        while start < original.count {
            let end = min(original.count, start + 65_535)
            let length = end - start
            stored += [end == original.count ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8)]
            stored += [UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            stored += original[start..<end]
            start = end
        }
        let streams = [
            try Self.bytes("deflate/pieces-9.deflate"), try Self.bytes("deflate/pieces-fixed.deflate"),
            stored,
        ]
        for stream in streams {
            // As the archive hands it on: a slice that does not begin at index 0.
            let compressed = ([0xAA, 0xBB] + stream)[2...]
            var result: [UInt8] = []
            var pieces = 0
            let finished = try Inflater.inflate(compressed) { piece in
                pieces += 1
                result += piece
                return true
            }
            #expect(finished)
            #expect(result == original)
            #expect(pieces >= 3)
            #expect(try Inflater.inflate(compressed) { _ in false } == false)
            #expect(throws: Inflater.Failure.tooLarge) {
                try Inflater.inflate(compressed, limit: original.count - 1) { _ in true }
            }
        }
    }
}
