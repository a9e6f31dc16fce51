import Testing

@testable import TillitCore

@Suite("Every source of the framework is anchored by a quote found in the report")
struct FrameworkSourceTests {
    let framework = Framework.sou2019_43

    /// Every source reference in the framework, with a name for the failure message.
    var references: [(String, SourceReference)] {
        var all: [(String, SourceReference)] = []
        for principle in framework.principles { all.append(("principle \(principle.id)", principle.source)) }
        for area in framework.problemAreas {
            all.append(("problem area \(area.id)", area.source))
            for link in area.principles {
                if let stated = link.statedIn { all.append(("\(area.id) → \(link.principle)", stated)) }
            }
            for symptom in area.symptoms { all.append(("a symptom of \(area.id)", symptom.source)) }
        }
        for area in framework.developmentAreas { all.append(("development area \(area.id)", area.source)) }
        for measure in framework.measures {
            all.append(("measure \(measure.id)", measure.source))
            for example in measure.examples {
                all.append(("\(measure.id), \(example.organisation)", example.source))
            }
        }
        return all
    }

    @Test(
        "anchors every principle, problem area, symptom, stated link, development area, measure and example")
    func everySourceHasAQuote() {
        #expect(references.count > 150)
        for (name, reference) in references {
            #expect(!(reference.quote ?? "").isEmpty, "\(name) has no quote")
        }
    }

    @Test("finds every quote, word for word, in the section of the report it is cited for")
    func quotesAreInTheReport() throws {
        var reports: [String: ReportText] = [:]
        for document in ReportText.seeds.keys {
            guard let report = ReportText.load(document) else {
                Issue.record("the seed text of \(document) is missing; cannot check the quotes")
                return
            }
            reports[document] = report
        }
        var checked = 0
        for (name, reference) in references {
            guard let quote = reference.quote else { continue }
            let report = try #require(reports[reference.document], "\(name) cites \(reference.document)")
            #expect(report.whole.contains(quote), "\(name): the report does not say “\(quote)”")
            #expect(
                report.contains(quote, inSectionsOf: reference.section),
                "\(name): “\(quote)” is not in \(reference.section)")
            checked += 1
        }
        #expect(checked == references.count)
    }

    @Test("knows the sections of the report, so that a misplaced quote fails")
    func sectionCheckCanFail() throws {
        let report = try #require(ReportText.load("SOU 2019:43"))
        let debrief = "skulle testa att etablera en rutin där man avrapporterar mer systematiskt"
        #expect(report.contains(debrief, inSectionsOf: "§2.4.1"))
        #expect(!report.contains(debrief, inSectionsOf: "§2.4.2"))
        #expect(report.contains(debrief, inSectionsOf: "§2.4"))
        #expect(!report.contains("a sentence the report does not have", inSectionsOf: "§2.4.1"))
    }
}
