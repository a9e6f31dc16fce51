import Testing

@testable import TillitCore

@Suite("CSV dialects")
struct CSVDialectTests {
    let assessment = ReportFixture.sample

    @Test("Swedish gives Swedish Excel's dialect by default: semicolons, decimal commas, BOM")
    func swedishDefault() throws {
        let renderer = ReportRenderer(
            assessment: assessment, scorecard: Scorer().score(assessment), language: .sv)
        #expect(renderer.csvDialect == .excelSwedish)
        let text = renderer.csv()
        #expect(text.hasPrefix("\u{FEFF}typ;grupp;id;"))
        let rows = CSVParser.parse(text, separator: ";")
        let header = try #require(rows.first)
        #expect(rows.allSatisfy { $0.count == header.count })
        let mean = try #require(header.firstIndex(of: "medelvärde"))
        let first = try #require(rows.first { $0[0] == "item" })
        let expected = Formatting.decimal(Scorer().score(assessment).items[0].mean!, decimals: 2)
        #expect(first[mean] == expected.replacingOccurrences(of: ".", with: ","))
        #expect(!first[mean].contains("."))
    }

    @Test("the dialect can be chosen against the language, and the same figures come out")
    func chosen() throws {
        let card = Scorer().score(assessment)
        let swedish = ReportRenderer(
            assessment: assessment, scorecard: card, language: .en, csvDialect: .excelSwedish)
        let standard = ReportRenderer(
            assessment: assessment, scorecard: card, language: .en, csvDialect: .standard)
        let a = CSVParser.parse(swedish.csv(), separator: ";")
        let b = CSVParser.parse(standard.csv())
        #expect(a.count == b.count)
        for (left, right) in zip(a, b) {
            #expect(
                left.map { $0.replacingOccurrences(of: ",", with: ".") }
                    == right.map {
                        $0.replacingOccurrences(of: ",", with: ".")
                    })
        }
    }

    @Test("a cell with the separator, a quote or a line break is quoted; formulas stay neutralised")
    func quoting() {
        var writer = CSVWriter(header: ["a", "b"], dialect: .excelSwedish)
        writer.append(["x;y", "=SUM(1;2)"])
        writer.append([CSVWriter.number(1.5), .text("plain, with comma")])
        let rows = CSVParser.parse(writer.text, separator: ";")
        #expect(rows[1] == ["x;y", "'=SUM(1;2)"])
        #expect(rows[2] == ["1,50", "plain, with comma"])
    }
}
