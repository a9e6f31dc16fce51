import Testing

@testable import TillitCore

@Suite("The planner's ranking")
struct PlannerRankingTests {
    typealias F = PlanFixture

    @Test("puts the largest gap between target and current level first and says so")
    func largestGapFirst() throws {
        let assessment = F.assessment(
            [F.uniform(3)],
            consensus: [
                Consensus(principle: .tillit, score: 3, target: 4),
                Consensus(principle: .stod, score: 2, target: 5),
                Consensus(principle: .kunskap, score: 3, target: 5),
            ])
        let proposal = F.propose(assessment)
        #expect(Array(proposal.ranking.prefix(3)) == [.stod, .kunskap, .tillit])
        let first = try #require(proposal.rankedPrinciples.first)
        #expect(first.gap == 3)
        #expect(first.reason.en == "Support: gap 3.0 (current level 2.0, target 5) – the largest gap.")
        #expect(
            first.reason.sv.hasPrefix(
                "Stöd: avstånd till målet 3,0 (nuläge 2,0, mål 5) – störst avstånd till målet"))
        #expect(proposal.focus.map(\.principle) == [.stod, .kunskap, .tillit])
    }

    @Test("breaks a tie in gap by the lower current level, and explains it on both sides")
    func tieOnGap() throws {
        let assessment = F.assessment(
            [F.uniform(3)],
            consensus: [
                Consensus(principle: .medborgarfokus, score: 3, target: 5),
                Consensus(principle: .oppenhet, score: 2, target: 4),
            ])
        let ranked = F.propose(assessment).rankedPrinciples
        #expect(ranked.prefix(2).map(\.principle) == [.oppenhet, .medborgarfokus])
        #expect(ranked[0].reason.en.contains("the same gap as Citizen focus, but a lower current level"))
        #expect(ranked[1].reason.en.contains("the same gap as Openness, but a higher current level"))
    }

    @Test("breaks a tie in gap and level by the wider disagreement")
    func tieOnGapAndLevel() throws {
        let participants: [[Target: Int]] = [
            F.answers([.principle(.helhetssyn): 1, .principle(.kunskap): 3]),
            F.answers([.principle(.helhetssyn): 5, .principle(.kunskap): 3]),
            F.answers([.principle(.helhetssyn): 3, .principle(.kunskap): 3]),
        ]
        let assessment = F.assessment(
            participants,
            consensus: [
                Consensus(principle: .kunskap, score: 3, target: 5),
                Consensus(principle: .helhetssyn, score: 3, target: 5),
            ])
        let ranked = F.propose(assessment).rankedPrinciples
        #expect(ranked.prefix(2).map(\.principle) == [.helhetssyn, .kunskap])
        #expect(ranked[0].flagged)
        #expect(ranked[0].reason.en.contains("but the team disagrees more (spread 1.7 against 0.0)"))
        #expect(ranked[0].reason.en.hasSuffix("; the team disagrees on at least one statement."))
        #expect(ranked[1].reason.sv.contains("men gruppen är mer enig"))
    }

    @Test("without targets (imported data) ranks by the lowest aggregated level")
    func noTargets() throws {
        let participants: [[Target: Int]] = [
            F.answers([.principle(.langsiktighet): 1, .principle(.stod): 2, .principle(.tillit): 4]),
            F.answers([.principle(.langsiktighet): 2, .principle(.stod): 2, .principle(.tillit): 5]),
        ]
        let proposal = F.propose(F.assessment(participants))
        #expect(proposal.rankedPrinciples.allSatisfy { $0.standing == .noTarget && $0.gap == nil })
        #expect(proposal.ranking.first == .langsiktighet)
        #expect(proposal.ranking.last == .tillit)
        let first = try #require(proposal.rankedPrinciples.first)
        #expect(first.current == 1.5)
        #expect(
            first.reason.en == "Long-term perspective: current level 1.5, no target set – the lowest level.")
        #expect(proposal.focus.count == 3)
        #expect(proposal.focus[1].principle == .stod)
    }

    @Test("with all principles equal keeps the report's order and says the figures are the same")
    func allEqual() throws {
        let proposal = F.propose(F.assessment([F.uniform(3), F.uniform(3)]))
        #expect(proposal.ranking == PrincipleID.allCases)
        #expect(proposal.rankedPrinciples[0].reason.en.contains("the same figures as Citizen focus"))
        #expect(proposal.rankedPrinciples[0].reason.sv.contains("ordnade som i betänkandet"))
        #expect(proposal.focus.map(\.principle) == [.tillit, .medborgarfokus, .helhetssyn])
    }

    @Test("ranks answers that all agree without a spread")
    func singleParticipant() throws {
        let proposal = F.propose(
            F.assessment([F.answers([.principle(.kunskap): 1, .principle(.oppenhet): 2])]))
        #expect(proposal.ranking.prefix(2) == [.kunskap, .oppenhet])
        #expect(proposal.rankedPrinciples.allSatisfy { $0.spread == 0 && !$0.flagged })
        #expect(proposal.focus.count == 3)
    }

    @Test("never proposes a principle whose target is reached, and ranks it after the rest")
    func targetReached() throws {
        let assessment = F.assessment(
            [F.uniform(4)],
            consensus: [
                Consensus(principle: .tillit, score: 4, target: 4),
                Consensus(principle: .stod, score: 5, target: 4),
                Consensus(principle: .kunskap, score: 2, target: 4),
            ])
        let proposal = F.propose(assessment)
        #expect(!proposal.focus.map(\.principle).contains(.tillit))
        #expect(!proposal.focus.map(\.principle).contains(.stod))
        #expect(proposal.focus.first?.principle == .kunskap)
        #expect(proposal.ranking.suffix(2) == [.tillit, .stod])
        let reached = try #require(proposal.rankedPrinciples.first { $0.principle == .tillit })
        #expect(reached.standing == .targetReached)
        #expect(reached.reason.en == "Trust: the target 4 is reached (current level 4.0); not proposed.")
    }

    @Test("prefers the consensus level to the individual answers")
    func consensusWins() throws {
        let assessment = F.assessment(
            [F.answers([.principle(.helhetssyn): 5])],
            consensus: [Consensus(principle: .helhetssyn, score: 1)])
        let entry = try #require(F.propose(assessment).rankedPrinciples.first)
        #expect(entry.principle == .helhetssyn)
        #expect(entry.current == 1)
    }

    @Test("compares levels on the 1–5 scale when the questionnaire answers yes or no")
    func yesNoScale() throws {
        var questionnaire = Questionnaire.quick
        questionnaire.scale = .yesNo
        let participants = [0, 1, 1, 1].enumerated().map { index, value in
            Participant(name: "P\(index)", answers: questionnaire.items.map { _ in value })
        }
        let assessment = Assessment(
            organisation: "Myndigheten", date: F.day("2026-11-20"), questionnaire: questionnaire,
            participants: participants, consensus: [Consensus(principle: .kunskap, target: 5)])
        let entry = try #require(F.propose(assessment).rankedPrinciples.first)
        #expect(entry.principle == .kunskap)
        #expect(entry.current == 4)
        #expect(entry.gap == 1)
    }

    @Test("proposes no more focus principles than the planner's limit")
    func focusLimit() {
        let proposal = F.propose(F.assessment([F.uniform(2)]), planner: Planner(maximumFocus: 2))
        #expect(proposal.focus.count == 2)
        #expect(proposal.ranking.count == 8)
    }

    @Test("lists the problem areas above the middle of the scale, most present first")
    func presentProblemAreas() {
        let participants = [
            F.answers([
                .problemArea(.betungandeUppfoljning): 5, .problemArea(.kortsiktigStyrning): 4,
                .problemArea(.bristandeLedarskap): 2,
            ])
        ]
        #expect(
            F.propose(F.assessment(participants)).problemAreas == [
                .betungandeUppfoljning, .kortsiktigStyrning,
            ])
    }

    @Test("drafts a plan with the proposed focus and a follow-up six months after the assessment")
    func draftPlan() {
        let assessment = F.assessment([F.uniform(3)], date: F.day("2026-08-31"))
        let plan = Planner().draftPlan(for: assessment, scorecard: Scorer().score(assessment))
        #expect(plan.followUpDate == F.day("2027-02-28"))
        #expect(plan.focusPrinciples == F.propose(assessment).focus.map(\.principle))
        #expect(plan.actions.isEmpty)
    }
}

@Suite("The planner's measures")
struct PlannerMeasureTests {
    typealias F = PlanFixture
    let framework = Framework.sou2019_43

    /// Problem areas all strongly present, so every principle has related problem areas.
    var troubled: Assessment {
        F.assessment([
            F.answers(Dictionary(uniqueKeysWithValues: ProblemAreaID.allCases.map { (.problemArea($0), 5) }))
        ])
    }

    @Test("every measure serves the focus principle or addresses one of its related problem areas")
    func measuresLinkToFocus() throws {
        let assessment = troubled
        let scorecard = Scorer().score(assessment)
        for principle in PrincipleID.allCases {
            let focus = try #require(
                Planner().focus(on: [principle], assessment: assessment, scorecard: scorecard).first)
            #expect(!focus.measures.isEmpty)
            #expect(focus.measures.count <= 3)
            for id in focus.measures {
                let measure = try framework.measure(id: id)
                let linked =
                    measure.principles.contains(principle)
                    || !Set(measure.problemAreas).isDisjoint(with: focus.relatedProblemAreas)
                #expect(
                    linked, "\(id) is offered for \(principle) but neither serves it nor its problem areas")
            }
        }
    }

    @Test("links a focus principle only to linked problem areas that are present, most present first")
    func relatedProblemAreas() throws {
        let assessment = F.assessment([
            F.answers([
                .problemArea(.kortsiktigStyrning): 4, .problemArea(.betungandeUppfoljning): 5,
                .problemArea(.franvaroAvHelhetsperspektiv): 2,
            ])
        ])
        let focus = try #require(
            Planner().focus(on: [.helhetssyn], assessment: assessment, scorecard: Scorer().score(assessment))
                .first)
        let linked = framework.problemAreas(linkedTo: .helhetssyn).map(\.id)
        #expect(focus.relatedProblemAreas.allSatisfy(linked.contains))
        #expect(!focus.relatedProblemAreas.contains(.franvaroAvHelhetsperspektiv))
        let levels = focus.relatedProblemAreas.map {
            Scorer().score(assessment).score(for: .problemArea($0))!.score!
        }
        #expect(levels == levels.sorted(by: >))
        #expect(focus.relatedProblemAreas.count <= 2)
    }

    @Test("never offers the same measure for two focus principles")
    func noDuplicates() {
        let proposal = F.propose(troubled)
        let all = proposal.focus.flatMap(\.measures)
        #expect(all.count == Set(all).count)
    }

    @Test("offers quick wins before long-term work, with both where the catalogue has both")
    func horizons() throws {
        for focus in F.propose(troubled).focus {
            let horizons = try focus.measures.map { try framework.measure(id: $0).horizon }
            #expect(horizons == horizons.sorted { $0 == .quickWin && $1 == .longTerm })
            #expect(Set(horizons) == [.quickWin, .longTerm])
        }
    }

    @Test("respects the limit on measures per focus principle")
    func measureLimit() {
        let proposal = F.propose(troubled, planner: Planner(maximumMeasures: 1))
        #expect(proposal.focus.allSatisfy { $0.measures.count == 1 })
    }
}

@Suite("The planner with some targets set")
struct PlannerPartialTargetTests {
    typealias F = PlanFixture

    @Test("once the team has set targets, proposes only principles below their target")
    func onlyBelowTarget() {
        let assessment = F.assessment(
            [F.answers([.principle(.tillit): 1])],
            consensus: [Consensus(principle: .stod, score: 3, target: 4)])
        let proposal = F.propose(assessment)
        #expect(proposal.focus.map(\.principle) == [.stod])
        #expect(proposal.ranking[1] == .tillit)
    }

    @Test("proposes nothing when every target is reached, and the plan says so")
    func allReached() {
        let assessment = F.assessment(
            [F.uniform(4)], consensus: [Consensus(principle: .stod, score: 4, target: 4)])
        #expect(F.propose(assessment).focus.isEmpty)
        #expect(
            PlanRenderer(language: .en).render(assessment, as: .markdown).contains("No principle is proposed")
        )
    }

    @Test("an assessment without answers proposes nothing, and the plan says there is nothing to go on")
    func noAnswers() {
        let assessment = F.assessment([])
        #expect(F.propose(assessment).ranking.isEmpty)
        let text = PlanRenderer(language: .en).render(assessment, as: .text)
        #expect(text.contains("No principle is proposed yet: the assessment has no answers or targets"))
        #expect(text.contains("0 participants"))
    }
}
