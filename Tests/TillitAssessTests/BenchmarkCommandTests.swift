import Foundation
import Testing

@Suite("benchmark command")
struct BenchmarkCommandTests {
    let national = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/national-sample.tillit.json").path
    let sample = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/report-sample.tillit.json").path

    @Test("shows the team beside the 2019 survey in its segments, with the source")
    func segments() throws {
        let result = InProcess.run(
            [
                "benchmark", national, "--employees", "350", "--agency-type", "domstol", "--department",
                "Finansdepartementet",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("SOU 2019:43 Bilaga 5"))
        #expect(result.stdout.contains("101–500 employees"))
        #expect(result.stdout.contains("Court"))
        #expect(result.stdout.contains("Ministry of Finance"))
    }

    @Test("an unknown agency type is a usage error that lists the valid types")
    func unknownType() throws {
        let result = InProcess.run(["benchmark", national, "--agency-type", "kommun"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("`--agency-type` must be one of"))
        #expect(
            result.stderr.contains(
                "lansstyrelse, domstol, tillsynsmyndighet, universitet-hogskola, namndmyndighet"))
    }

    @Test("an assessment made with another questionnaire is refused with exit 65")
    func notNational() throws {
        let result = InProcess.run(["benchmark", sample])
        #expect(result.status == 65)
        #expect(result.stderr.contains("national-2019"))
    }

    @Test("CSV follows the language's dialect, and --csv-dialect chooses another, only with CSV")
    func csvDialect() throws {
        let swedish = InProcess.run(["benchmark", national, "-f", "csv", "--language", "sv"])
        #expect(swedish.status == 0, "\(swedish.stderr)")
        let header = try #require(swedish.stdout.split(separator: "\r\n").first)
        #expect(header.contains(";") && !header.contains(","))
        let standard = InProcess.run([
            "benchmark", national, "-f", "csv", "--language", "sv", "--csv-dialect", "standard",
        ])
        #expect(standard.status == 0)
        #expect(try #require(standard.stdout.split(separator: "\r\n").first).contains(","))
        let refused = InProcess.run(["benchmark", national, "-f", "markdown", "--csv-dialect", "standard"])
        #expect(refused.status == 64)
    }
}
