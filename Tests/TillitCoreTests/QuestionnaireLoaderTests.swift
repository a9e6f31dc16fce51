import Foundation
import Testing

@testable import TillitCore

@Suite("Custom questionnaires load from JSON and report every problem at once")
struct QuestionnaireLoaderTests {
    @Test("reads back every built-in questionnaire from its own JSON", arguments: Questionnaire.builtInIDs)
    func roundTrip(id: String) throws {
        let questionnaire = try #require(Questionnaire.builtIn(id: id))
        let data = try JSONEncoder().encode(questionnaire)
        #expect(try QuestionnaireLoader.load(data, file: "\(id).json") == questionnaire)
    }
}
