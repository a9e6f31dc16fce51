import Foundation
import Testing

@testable import TillitCore

/// Hand-computed cases for the statistics of one item.
@Suite("Item statistics")
struct ItemStatisticsTests {
    /// A one-item questionnaire on the 1–5 scale, answered once per value given (`nil` is don't know).
    static func statistics(_ answers: [Int?], threshold: Int = 3) -> ItemStatistics {
        // Every threshold used here is valid, so the scorer cannot refuse it.
        let scorer = (try? Scorer(anonymityThreshold: threshold)) ?? Scorer()
        let questionnaire = Questionnaire(
            id: "t", version: 1, title: LocalizedText(sv: "T", en: "T"), scale: .agreement,
            items: [
                QuestionnaireItem(id: "i", target: .principle(.tillit), text: LocalizedText(sv: "s", en: "e"))
            ])
        let participants = answers.enumerated().map {
            Participant(name: "p\($0.offset)", answers: [$0.element])
        }
        return scorer.score(questionnaire: questionnaire, participants: participants[...], consensus: [])
            .items[0]
    }

    @Test("2, 4, 4, 5: mean 3.75, median 4, sample SD √(4.75/3), range 2–5, flagged")
    func evenCount() throws {
        let s = Self.statistics([2, 4, 4, 5])
        #expect(s.answers == 4)
        #expect(s.dontKnow == 0)
        #expect(s.mean == 3.75)
        #expect(s.median == 4)
        // Deviations −1.75, 0.25, 0.25, 1.25: squares 3.0625 + 0.0625 + 0.0625 + 1.5625 = 4.75.
        let sd = try #require(s.standardDeviation)
        #expect(abs(sd - (4.75 / 3).squareRoot()) < 1e-12)
        #expect(s.minimum == 2)
        #expect(s.maximum == 5)
        #expect(s.span == 3)
        #expect(s.flagged)
        #expect(s.distribution == [0, 1, 0, 2, 1])
    }

    @Test("an even count takes the mean of the two middle answers as median: 1, 2, 3, 5 gives 2.5")
    func evenMedian() {
        #expect(Self.statistics([5, 1, 3, 2]).median == 2.5)
    }

    @Test("an odd count takes the middle answer as median: 5, 1, 4 gives 4")
    func oddMedian() {
        let s = Self.statistics([5, 1, 4])
        #expect(s.median == 4)
        #expect(abs(s.mean! - 10.0 / 3) < 1e-12)
    }

    @Test("don't know is counted apart and left out of every statistic")
    func dontKnow() {
        let s = Self.statistics([nil, 2, nil, 4, 3])
        #expect(s.answers == 3)
        #expect(s.dontKnow == 2)
        #expect(s.mean == 3)
        #expect(s.median == 3)
        #expect(s.standardDeviation == 1)
        #expect(s.distribution == [0, 1, 1, 1, 0])
    }

    @Test("only don't know: no mean, median, SD or range, and not flagged")
    func onlyDontKnow() {
        let s = Self.statistics([nil, nil, nil])
        #expect(s.answers == 0)
        #expect(s.dontKnow == 3)
        #expect(s.mean == nil)
        #expect(s.median == nil)
        #expect(s.standardDeviation == nil)
        #expect(s.minimum == nil && s.maximum == nil && s.span == nil)
        #expect(!s.flagged)
    }

    @Test("a single answer shows nothing but that it is withheld: the mean would be the answer")
    func singleAnswer() {
        let s = Self.statistics([4])
        #expect(s.answers == 1)
        #expect(s.withheld == .fewerAnswers)
        #expect(s.mean == nil && s.median == nil && s.standardDeviation == nil && s.span == nil)
    }

    @Test("all answers equal: SD 0, span 0, not flagged")
    func allEqual() {
        let s = Self.statistics([3, 3, 3, 3, 3])
        #expect(s.mean == 3)
        #expect(s.standardDeviation == 0)
        #expect(s.span == 0)
        #expect(!s.flagged)
        #expect(s.distribution == [0, 0, 5, 0, 0])
    }

    @Test(
        "the flag is raised at a span of 3, not at 2",
        arguments: [
            ([1, 3, 2], false), ([2, 4, 3], false), ([3, 5, 4], false), ([1, 4, 2], true), ([2, 5, 5], true),
            ([1, 5, 3], true),
        ])
    func flagAtSpanThree(answers: [Int], flagged: Bool) {
        #expect(Self.statistics(answers).flagged == flagged)
    }

    @Test("per-step counts are withheld below the anonymity threshold and shown from it")
    func anonymityThreshold() {
        #expect(Self.statistics([2, 4]).distribution == nil)
        #expect(Self.statistics([2, 4, 4]).distribution == [0, 1, 0, 2, 0])
        // Don't-know answers do not count towards the threshold: two values are still two people.
        #expect(Self.statistics([2, 4, nil, nil]).distribution == nil)
        // Nor any other statistic (issue 11, case 5): with two answers, min and max are the answers.
        let two = Self.statistics([2, 4])
        #expect(two.mean == nil && two.median == nil && two.minimum == nil && two.maximum == nil)
        #expect(!two.flagged && two.withheld == .fewerAnswers)
        #expect(Self.statistics([2, 4, 5], threshold: 4).distribution == nil)
        #expect(Self.statistics([2, 4, 5, 5], threshold: 4).distribution == [0, 1, 0, 1, 2])
    }
}
