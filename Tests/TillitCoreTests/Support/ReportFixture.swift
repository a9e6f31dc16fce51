import Foundation
import TillitCore

/// Sample assessments for the report, comparison and benchmark tests, built in code so that every
/// figure a test expects can be traced to the answers here.
enum ReportFixture {
    /// Version 1 of the standard questionnaire (kept so that the committed file, made before version 2,
    /// still scores and renders as it did) answered by eight participants in three roles (one role with a single
    /// member, so withheld), a participant named `<script>`, a role `=1+1` that a spreadsheet must not
    /// run, consensus on three principles and a plan with two actions.
    static var sample: Assessment {
        let questionnaire = Questionnaire.builtIn(id: "standard", version: 1)!
        let people: [(String, String?)] = [
            ("Anna", "ledningsgrupp"), ("Bo", "ledningsgrupp"),
            ("<script>alert(1)</script>", "ledningsgrupp"),
            ("Dana", "medarbetare"), ("Erik", "medarbetare"), ("Fatima", "medarbetare"),
            ("Gustav", "=1+1"), ("Hanna", nil),
        ]
        let targets = Target.allCases
        var participants: [Participant] = []
        for (p, (name, role)) in people.enumerated() {
            let lift = role == "medarbetare" ? -1 : 0
            var answers: [Int?] = []
            for (i, item) in questionnaire.items.enumerated() {
                if (p * 7 + i) % 23 == 0 {
                    answers.append(nil)
                    continue
                }
                let base = 2 + (targets.firstIndex(of: item.target)! % 3)
                answers.append(min(5, max(1, base + lift + (p + i) % 2)))
            }
            participants.append(Participant(name: name, role: role, answers: answers))
        }
        // A clear disagreement on the first statement.
        participants[0].answers[0] = 5
        participants[3].answers[0] = 1
        // Hanna has only answered the first ten statements.
        participants[7].answers = Array(participants[7].answers.prefix(10))
        let plan = DevelopmentPlan(
            focusPrinciples: [.handlingsutrymme, .tillit], focusProblemAreas: [.betungandeUppfoljning],
            actions: [
                Action(
                    id: "A1", principle: .handlingsutrymme,
                    what: "Pröva <b>delegering</b> & mandat i två enheter",
                    owner: "Anna", due: CalendarDate(year: 2026, month: 6, day: 30), status: .started),
                Action(
                    id: "A2", problemArea: .betungandeUppfoljning, what: "Ta bort tre rapporter",
                    owner: "=HYPERLINK(\"x\")", horizon: .longTerm),
            ],
            followUpDate: CalendarDate(year: 2026, month: 9, day: 12)!)
        return Assessment(
            organisation: "Exempelmyndigheten", unit: "Avdelning Syd & <Norr>",
            date: CalendarDate(year: 2026, month: 3, day: 12)!, facilitator: "Karin",
            language: .sv, questionnaire: questionnaire, participants: participants,
            consensus: [
                Consensus(principle: .tillit, score: 3, target: 4, note: "Vi litar <mer> på varandra"),
                Consensus(principle: .handlingsutrymme, score: 2, target: 4, note: "=1+1"),
                Consensus(principle: .kunskap, score: 3),
            ],
            plan: plan)
    }

    /// Version 1 of the national-2019 questionnaire (as in the committed file) answered by four members of a management team.
    ///
    /// q2: yes, yes, yes, no → 75 %. q3: yes, don't know, no, no → 1 of 3, 33 %. q4: no by all → 0 %.
    /// q5–q8: yes by all but the last member, who stopped after q4.
    static var national: Assessment {
        let answers: [[Int?]] = [
            [1, 1, 0, 1, 1, 1, 1], [1, nil, 0, 1, 1, 1, 1], [1, 0, 0, 1, 1, 1, 1], [0, 0, 0],
        ]
        return Assessment(
            organisation: "Exempelverket", unit: "Ledningsgruppen",
            date: CalendarDate(year: 2026, month: 2, day: 3)!,
            questionnaire: Questionnaire.builtIn(id: "national-2019", version: 1)!,
            participants: answers.enumerated().map {
                Participant(name: "Chef \($0.offset + 1)", answers: $0.element)
            })
    }

    /// The committed copy of ``national``.
    static var nationalFileURL: URL {
        sampleFileURL.deletingLastPathComponent().appendingPathComponent("national-sample.tillit.json")
    }

    /// The committed copy of ``sample`` that the command-line tests and the screenshot script read.
    static var sampleFileURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/report-sample.tillit.json")
    }
}
