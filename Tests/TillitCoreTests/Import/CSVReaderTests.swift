import Foundation
import Testing

@testable import TillitCore

@Suite("Reading CSV files as survey tools write them")
struct CSVReaderTests {
    /// Every record's fields and line.
    private func records(_ data: Data, chunkSize: Int = 1 << 20) throws -> (
        rows: [[String]], lines: [Int], format: CSVReader.Format
    ) {
        var rows: [[String]] = []
        var lines: [Int] = []
        let format = try CSVReader(data: data, file: "f.csv", chunkSize: chunkSize).read { record in
            rows.append(record.fields)
            lines.append(record.line)
            return true
        }
        return (rows, lines, format)
    }

    private func error(_ data: Data) -> ImportError? {
        do {
            _ = try records(data)
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            return nil
        }
    }

    @Test(
        "quoted fields keep separators, doubled quotes and line breaks; lines count from the record's start")
    func rfc4180() throws {
        let text = "id;kommentar;svar\r\n1;\"Bra; men \"\"kort\"\"\";4\r\n2;\"två\r\nrader\";5\r\n3;;\r\n"
        let result = try records(Data(text.utf8))
        #expect(
            result.rows == [
                ["id", "kommentar", "svar"], ["1", "Bra; men \"kort\"", "4"], ["2", "två\r\nrader", "5"],
                ["3", "", ""],
            ])
        #expect(result.lines == [1, 2, 3, 5])
        #expect(result.format == CSVReader.Format(separator: .semicolon, encoding: .utf8))
    }

    @Test("the separator is the one the header line uses most outside quotes")
    func separatorDetection() throws {
        #expect(try records(Data("a,b;c,d\n1,2;3,4\n".utf8)).format.separator == .comma)
        #expect(try records(Data("\"a,b\";c;d\n1;2;3\n".utf8)).format.separator == .semicolon)
        #expect(try records(Data("a\tb\tc\n1\t2\t3\n".utf8)).rows == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try records(Data("ensam\n1\n".utf8)).format.separator == .comma)
    }

    @Test("LF, CRLF and lone CR all end lines; blank lines and a missing final line break are fine")
    func lineEndings() throws {
        let expected = [["a", "b"], ["1", "2"], ["3", "4"]]
        for text in ["a,b\n1,2\n\n3,4", "a,b\r\n1,2\r\n\r\n3,4\r\n", "a,b\r1,2\r\r3,4\r"] {
            let result = try records(Data(text.utf8))
            #expect(result.rows == expected, "\(text.debugDescription)")
            #expect(result.lines == [1, 2, 4], "\(text.debugDescription)")
        }
    }

    @Test("UTF-8 with a byte order mark and UTF-16 in either byte order read the same")
    func encodings() throws {
        let text = "Påstående;Svar\r\nÖppenhet 😀;Stämmer helt\r\n"
        let expected = [["Påstående", "Svar"], ["Öppenhet 😀", "Stämmer helt"]]
        let variants: [(Data, TextEncoding)] = [
            (SurveySamples.utf8(text), .utf8), (SurveySamples.utf8(text, bom: true), .utf8WithBOM),
            (SurveySamples.utf16(text), .utf16LittleEndian),
            (SurveySamples.utf16(text, bigEndian: true), .utf16BigEndian),
        ]
        for (data, encoding) in variants {
            let result = try records(data)
            #expect(result.rows == expected, "\(encoding)")
            #expect(result.format.encoding == encoding)
        }
    }

    @Test("records, quotes and characters split across chunks read as from one piece")
    func chunkBoundaries() throws {
        let text = "a;\"b;\"\"c\"\"\"\r\nå😀;\"x\r\ny\"\r\n1;2"
        let whole = try records(Data(text.utf8))
        for size in 1...9 {
            #expect(try records(Data(text.utf8), chunkSize: size).rows == whole.rows, "chunk size \(size)")
            #expect(
                try records(SurveySamples.utf16(text), chunkSize: size).rows == whole.rows, "UTF-16, \(size)")
        }
    }

    @Test("an empty file, a byte order mark alone or blank lines only is an empty file")
    func empty() {
        for data in [Data(), Data([0xEF, 0xBB, 0xBF]), Data("\r\n\n".utf8)] {
            #expect(error(data) == .empty(file: "f.csv"))
        }
        #expect(
            ImportError.empty(file: "f.csv").message.en
                == "f.csv: the file is empty; expected a header line with one column per statement and one "
                + "row per respondent.")
    }

    @Test("binary bytes are refused")
    func notText() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(error(png) == .binary(file: "f.csv"))
        // Windows-1252 with a NUL is binary, not text in another encoding.
        #expect(error(Data("namn;svar\n".utf8) + Data([0xE4, 0x00, 0x0A])) == .binary(file: "f.csv"))
    }

    @Test("a quote that is never closed is an error naming the line it opens on")
    func unterminatedQuote() {
        #expect(error(Data("a;b\n1;\"öppen\n2;3\n".utf8)) == .unterminatedQuote(file: "f.csv", line: 2))
        #expect(
            ImportError.unterminatedQuote(file: "f.csv", line: 2).message.en
                == "f.csv, line 2: a quotation mark opens a field that is never closed.")
    }

    @Test(
        "a line without quotes read as it is written gives the same fields and lines as one read byte by byte"
    )
    func plainLinesAsWritten() throws {
        // Lines the fast path takes (plain, CRLF, empty fields) between lines it must leave to the byte by
        // byte reader (quotes, a quoted line break, a lone CR, a blank line); read whole, every line that
        // fits a chunk is taken as written, and read a byte at a time none is.
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "1;2;3\n", "4;;6\r\n", ";;\n", "\"a;b\";c;d\n", "x;\"två\nrader\";z\n", "p;q\rr;s\n", "\n",
            "\r\n", "Instämmer helt;Vet ej;5\n", "ü;\"\"\"\";e\r\n", "1;2;3;4;5;6;7;8;9;\"x;y\"\n",
            "1;2;3;4;5;6;7;8;9\r0;1\n", "1;;3;;5;;;8;9;10;11;12;13;;;\r\n",
        ]
        for _ in 0..<50 {
            let text = "a;b;c\n" + (0..<40).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let data = Data(text.utf8)
            let whole = try records(data)
            for chunkSize in [1, 3, 17] {
                let pieces = try records(data, chunkSize: chunkSize)
                #expect(pieces.rows == whole.rows, "chunks of \(chunkSize): \(text.debugDescription)")
                #expect(pieces.lines == whole.lines, "chunks of \(chunkSize): \(text.debugDescription)")
            }
        }
    }

    @Test("a file that is missing or a folder is refused with the system's reason, naming the file")
    func unreadableFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tillit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (url, reason) in [
            (folder.appendingPathComponent("saknas.csv"), "No such file or directory"),
            (folder, "Is a directory"),
        ] {
            #expect(throws: ImportError.unreadable(file: url.lastPathComponent, reason: reason)) {
                try CSVReader(url: url).read { _ in true }
            }
        }
    }
}
