import TillitCore

/// Hand-built assessments for the planner and plan tests, on the quick questionnaire (one statement per
/// principle and per problem area), so that each answer sets a principle's or problem area's level.
enum PlanFixture {
    /// An assessment whose participants answered the given levels; a target without an answer is
    /// *don't know*. Each set of answers is given by three participants, so that every figure reaches
    /// the anonymity threshold and the means are the answers given.
    static func assessment(
        _ participants: [[Target: Int]], consensus: [Consensus] = [], date: CalendarDate = day("2026-11-20"),
        organisation: String = "Exempelmyndigheten", unit: String = "Ledningsgruppen"
    ) -> Assessment {
        let questionnaire = Questionnaire.quick
        return Assessment(
            organisation: organisation, unit: unit, date: date, facilitator: "Eva Berg",
            questionnaire: questionnaire,
            participants: participants.flatMap { answers in [answers, answers, answers] }.enumerated().map {
                index, answers in
                Participant(
                    name: "Deltagare \(index + 1)", answers: questionnaire.items.map { answers[$0.target] })
            },
            consensus: consensus)
    }

    /// Every principle and problem area answered with the same value.
    static func uniform(_ value: Int) -> [Target: Int] {
        Dictionary(uniqueKeysWithValues: Target.allCases.map { ($0, value) })
    }

    /// `uniform(3)` with some targets changed.
    static func answers(_ changes: [Target: Int], otherwise value: Int = 3) -> [Target: Int] {
        uniform(value).merging(changes) { $1 }
    }

    /// A date from `YYYY-MM-DD`.
    static func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    /// Ranks and proposes with the default planner.
    static func propose(_ assessment: Assessment, planner: Planner = Planner()) -> PlanProposal {
        planner.propose(assessment, scorecard: Scorer().score(assessment))
    }

    /// A management team of six that agreed levels and targets for every principle: the sample a
    /// director would read.
    static var sample: Assessment {
        let spread: [[Target: Int]] = [
            answers([
                .principle(.handlingsutrymme): 2, .principle(.langsiktighet): 2,
                .problemArea(.kortsiktigStyrning): 4, .problemArea(.betungandeUppfoljning): 4,
            ]),
            answers([
                .principle(.handlingsutrymme): 1, .principle(.helhetssyn): 2,
                .problemArea(.kortsiktigStyrning): 5, .problemArea(.franvaroAvHelhetsperspektiv): 4,
            ]),
            answers([
                .principle(.handlingsutrymme): 3, .principle(.langsiktighet): 2,
                .problemArea(.betungandeUppfoljning): 4, .problemArea(.kortsiktigStyrning): 4,
            ]),
            answers([
                .principle(.helhetssyn): 2, .principle(.tillit): 4, .problemArea(.kortsiktigStyrning): 4,
            ]),
            answers([
                .principle(.handlingsutrymme): 2, .principle(.langsiktighet): 3,
                .problemArea(.betungandeUppfoljning): 5, .problemArea(.franvaroAvHelhetsperspektiv): 4,
            ]),
            answers([
                .principle(.handlingsutrymme): 4, .principle(.medborgarfokus): 4,
                .problemArea(.kortsiktigStyrning): 3,
            ]),
        ]
        return assessment(
            spread,
            consensus: [
                Consensus(principle: .tillit, score: 3, target: 4),
                Consensus(principle: .medborgarfokus, score: 3, target: 4),
                Consensus(principle: .helhetssyn, score: 2, target: 4),
                Consensus(principle: .handlingsutrymme, score: 2, target: 4),
                Consensus(principle: .stod, score: 3, target: 4),
                Consensus(principle: .kunskap, score: 3, target: 3),
                Consensus(principle: .oppenhet, score: 3, target: 4),
                Consensus(principle: .langsiktighet, score: 2, target: 3),
            ])
    }
}
