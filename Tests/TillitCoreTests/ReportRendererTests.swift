import Foundation
import Testing

@testable import TillitCore

@Suite("Report renderer")
struct ReportRendererTests {
    let assessment = ReportFixture.sample
    var scorecard: Scorecard { Scorer().score(assessment) }

    func renderer(_ language: Language = .sv, useColor: Bool = false) -> ReportRenderer {
        ReportRenderer(assessment: assessment, scorecard: scorecard, language: language, useColor: useColor)
    }

    @Test("the committed sample file is the fixture built in code")
    func committedSample() throws {
        if ProcessInfo.processInfo.environment["TILLIT_WRITE_FIXTURE"] != nil {
            try AssessmentFile.write(assessment, to: ReportFixture.sampleFileURL)
        }
        let read = try AssessmentFile.read(from: ReportFixture.sampleFileURL)
        #expect(read == assessment)
    }
}
