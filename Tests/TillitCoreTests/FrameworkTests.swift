import Foundation
import Testing

@testable import TillitCore

@Suite("The eight guiding principles of SOU 2019:43")
struct FrameworkTests {
    let framework = Framework.sou2019_43

    /// The definitions of Tabell 3.3, word for word (line-break hyphenation removed).
    static let tabell33: [(PrincipleID, String, String)] = [
        (
            .tillit, "Tillit",
            "Sträva efter att som utgångspunkt välja att lita på dem du samarbetar med och ha en positiv "
                + "inställning i förväntningarna på varandra."
        ),
        (
            .medborgarfokus, "Medborgarfokus",
            "Sätt medborgarens upplevelse och kunskap i fokus och försök förstå vad medborgaren sätter värde på."
        ),
        (
            .helhetssyn, "Helhetssyn",
            "Uppmuntra alla i styrkedjan att aktivt och gemensamt ta ansvar för helheten och samverka över gränser."
        ),
        (
            .handlingsutrymme, "Handlingsutrymme",
            "Delegera handlingsutrymme och välkomna medbestämmande, men var också tydlig kring mandat och att "
                + "det finns förutsättningar. Tydliggör och säkerställ handlingsutrymme för yrkesutövarens "
                + "professionella omdöme."
        ),
        (
            .stod, "Stöd",
            "Säkerställ ett verksamhetsnära och kvalificerat professionellt, administrativt och psykosocialt "
                + "stöd i kärnverksamheten"
        ),
        (
            .kunskap, "Kunskap",
            "Premiera kunskapsutveckling, lärande och en praktik baserad på vetenskap och beprövad erfarenhet."
        ),
        (
            .oppenhet, "Öppenhet",
            "Sträva efter öppenhet genom att dela information, välkomna oliktänkande och respektera kritik."
        ),
        (
            .langsiktighet, "Långsiktighet",
            "Säkerställ att styrning och ledning skapar goda resultat också på lång sikt."
        ),
    ]

    @Test("lists the eight principles in the report's order with their stable ids")
    func order() {
        #expect(
            framework.principles.map(\.id.rawValue) == [
                "tillit", "medborgarfokus", "helhetssyn", "handlingsutrymme", "stod", "kunskap", "oppenhet",
                "langsiktighet",
            ])
        #expect(framework.principles.map(\.id) == PrincipleID.allCases)
    }

    @Test("quotes every Swedish definition word for word from Tabell 3.3", arguments: tabell33)
    func definitions(id: PrincipleID, name: String, definition: String) {
        let principle = framework.principle(id)
        #expect(principle.name.sv == name)
        #expect(principle.definition.sv == definition)
        #expect(principle.source.section.contains("Tabell 3.3"))
    }

    @Test("finds each definition in the report's own text of Tabell 3.3")
    func definitionsMatchTheReport() throws {
        guard let table = Self.tabell33Text() else {
            Issue.record(
                "../shared/seeds/002_a9d855d83cff3660.txt is missing; cannot check against the report")
            return
        }
        for (id, name, _) in Self.tabell33 {
            let definition = framework.principle(id).definition.sv
            #expect(table.contains("\(name) \(definition)"), "\(id) differs from the report")
        }
    }

    @Test("marks only långsiktighet as new in 2019")
    func newIn2019() {
        #expect(framework.principles.filter(\.isNewIn2019).map(\.id) == [.langsiktighet])
    }

    @Test("gives every principle an English name, translation and guidance in both languages")
    func bilingual() {
        for principle in framework.principles {
            #expect(!principle.name.en.isEmpty && principle.name.en != principle.name.sv)
            #expect(!principle.definition.en.isEmpty)
            #expect(principle.definition.en != principle.definition.sv)
            #expect(principle.guidance.count >= 2)
            for point in principle.guidance { #expect(!point.sv.isEmpty && !point.en.isEmpty) }
        }
    }

    @Test("keeps the report's guidance that handlingsutrymme is not free choice of work")
    func handlingsutrymmeGuidance() {
        let guidance = framework.principle(.handlingsutrymme).guidance.map(\.sv).joined(separator: " ")
        #expect(guidance.contains("inte fritt valt arbete"))
        let langsiktighet = framework.principle(.langsiktighet).guidance.map(\.sv).joined(separator: " ")
        #expect(langsiktighet.contains("inte långsam"))
    }

    @Test("parses ids from text and rejects unknown ones with a typed error")
    func lookups() throws {
        #expect(try framework.principle(id: "oppenhet").name.sv == "Öppenhet")
        #expect(throws: FrameworkError.unknownPrinciple("openness")) {
            try framework.principle(id: "openness")
        }
        #expect(PrincipleID.tillit < PrincipleID.langsiktighet)
    }

    /// Tabell 3.3 as printed in the report, with hyphenation at line breaks undone and whitespace collapsed.
    static func tabell33Text() -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let seed = root.deletingLastPathComponent().appendingPathComponent(
            "shared/seeds/002_a9d855d83cff3660.txt")
        guard let text = try? String(contentsOf: seed, encoding: .utf8),
            let start = text.range(of: "De åtta principerna för tillitsbaserad styrning och ledning"),
            let end = text.range(
                of: "Principerna och den statliga värdegrunden", range: start.upperBound..<text.endIndex)
        else { return nil }
        var table = String(text[start.upperBound..<end.lowerBound])
        table = table.replacingOccurrences(of: #"\s*-\s*\n\s*"#, with: "", options: .regularExpression)
        table = table.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        return table
    }
}
