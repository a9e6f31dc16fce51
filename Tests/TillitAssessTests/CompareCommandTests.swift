import Foundation
import Testing

@Suite("compare command")
struct CompareCommandTests {
    let sample = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/report-sample.tillit.json").path

    @Test("an assessment compared with itself is unchanged, in text and JSON")
    func sameFile() throws {
        let text = InProcess.run(["compare", sample, sample])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("SELF-ASSESSMENT OVER TIME: Exempelmyndigheten"))
        #expect(text.stdout.contains("→ unchanged"))
        #expect(!text.stdout.contains("↑") && !text.stdout.contains("↓"))
        let json = InProcess.run(["compare", sample, sample, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect(object["sameQuestionnaire"] as? Bool == true)
        #expect(object["kind"] as? String == "tillit-comparison")
        #expect((object["principles"] as? [Any])?.count == 8)
        #expect((object["problemAreas"] as? [Any])?.count == 5)
    }

    @Test("a missing second file exits 66")
    func missing() throws {
        let result = InProcess.run(["compare", sample, "/nonexistent/new.tillit.json"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("new.tillit.json"))
    }
}
