import Testing

@testable import TillitCore

@Suite("The framework of SOU 2019:43")
struct FrameworkTests {
    @Test("lists the eight principles in the report's order with their stable ids")
    func principleOrder() {
        #expect(Framework.sou2019_43.principles.map(\.id.rawValue) == [
            "tillit", "medborgarfokus", "helhetssyn", "handlingsutrymme", "stod", "kunskap", "oppenhet",
            "langsiktighet",
        ])
    }
}
