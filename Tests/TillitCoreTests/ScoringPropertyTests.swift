import Foundation
import Testing

@testable import TillitCore

/// Properties that hold for every set of answers, checked over several hundred random assessments drawn
/// from a seeded generator: the same cases on every run.
@Suite("Scoring properties over random answer sets")
struct ScoringPropertyTests {
    static let seeds: [UInt64] = Array(1...400)

    /// A random assessment on the standard questionnaire: 1–12 participants, random roles, each with a
    /// random number of answers (possibly none, possibly all), about one in six *don't know*.
    static func randomAssessment(seed: UInt64) -> Assessment {
        var random = SeededGenerator(seed: seed)
        let questionnaire = Questionnaire.standard
        let roles: [String?] = [nil, "ledningsgrupp", "chefer", "medarbetare"]
        let count = Int.random(in: 1...12, using: &random)
        let participants = (0..<count).map { number in
            // A participant's own centre and width, so some sets agree and some spread wide.
            let centre = Int.random(in: 1...5, using: &random)
            let reach = Int.random(in: 0...4, using: &random)
            let answered =
                Bool.random(using: &random)
                ? questionnaire.items.count : Int.random(in: 0...questionnaire.items.count, using: &random)
            let answers: [Int?] = (0..<answered).map { _ in
                if Int.random(in: 0..<6, using: &random) == 0 { return nil }
                return min(5, max(1, centre + Int.random(in: -reach...reach, using: &random)))
            }
            return Participant(
                name: "p\(number)", role: roles.randomElement(using: &random)!, answers: answers)
        }
        return Assessment(
            organisation: "O", date: CalendarDate(year: 2026, month: 1, day: 1)!,
            questionnaire: questionnaire,
            participants: participants)
    }

    /// The answers to item `index` with a value.
    static func values(_ assessment: Assessment, item index: Int) -> [Int] {
        assessment.participants.compactMap { $0.answer(at: index) ?? nil }
    }

    @Test("item statistics agree with the raw answers", arguments: seeds)
    func items(seed: UInt64) throws {
        let assessment = Self.randomAssessment(seed: seed)
        let card = Scorer().score(assessment)
        #expect(card.items.count == assessment.questionnaire.items.count)
        for (index, item) in card.items.enumerated() {
            let values = Self.values(assessment, item: index)
            #expect(item.answers == values.count)
            let dontKnow = assessment.participants.filter { $0.answer(at: index) == .some(nil) }.count
            #expect(item.dontKnow == dontKnow)
            guard let low = values.min(), let high = values.max() else {
                #expect(item.mean == nil && !item.flagged && item.withheld == nil)
                continue
            }
            if values.count < 3 {
                // Under the threshold no statistic at all, only why.
                #expect(item.withheld == .fewerAnswers)
                #expect(item.mean == nil && item.median == nil && item.standardDeviation == nil)
                #expect(
                    item.minimum == nil && item.maximum == nil && item.distribution == nil && !item.flagged)
                continue
            }
            #expect(item.withheld == nil)
            let mean = try #require(item.mean)
            #expect((1...5).contains(mean))
            #expect(Double(low) - 1e-9 <= mean && mean <= Double(high) + 1e-9)
            let median = try #require(item.median)
            #expect(Double(low) <= median && median <= Double(high))
            #expect(item.minimum == low && item.maximum == high)
            #expect(item.flagged == (high - low >= 3), "seed \(seed), item \(item.itemID)")
            #expect(item.standardDeviation != nil)
            if let sd = item.standardDeviation { #expect(sd >= 0 && sd <= 4) }
            #expect(item.distribution?.reduce(0, +) == values.count)
        }
    }

    @Test(
        "target scores stay within 1–5, indices within 0–100, and a target is flagged iff an item is",
        arguments: seeds)
    func targets(seed: UInt64) {
        let assessment = Self.randomAssessment(seed: seed)
        let card = Scorer().score(assessment)
        var all = card.principles + card.problemAreas
        for group in card.groups { all += group.principles + group.problemAreas }
        for score in all {
            if let value = score.score {
                #expect((1...5).contains(value))
                #expect(abs(score.index! - (value - 1) / 4 * 100) < 1e-9)
            } else {
                #expect(score.index == nil)
            }
            if let index = score.index { #expect((0...100).contains(index)) }
        }
        for score in card.principles + card.problemAreas {
            let items = card.items.filter { $0.target == score.target }
            #expect(score.flagged == items.contains { $0.flagged })
            let means = items.compactMap(\.mean)
            if let low = means.min(), let high = means.max() {
                #expect(low - 1e-9 <= score.score! && score.score! <= high + 1e-9)
            }
        }
        if let index = card.principleIndex { #expect((0...100).contains(index)) }
    }

    @Test(
        "groups under the threshold are withheld, and group sizes add up to the participants with a role",
        arguments: seeds.prefix(200))
    func groups(seed: UInt64) {
        let assessment = Self.randomAssessment(seed: seed)
        let card = Scorer().score(assessment)
        let withRole = assessment.participants.filter { $0.role != nil }.count
        #expect(card.groups.reduce(0) { $0 + $1.participants } == withRole)
        for group in card.groups {
            if group.participants < 3 { #expect(group.withheld) }
            if group.withheld { #expect(group.principles.isEmpty && group.problemAreas.isEmpty) }
        }
        let shown = Set(card.groups.filter { !$0.withheld }.map(\.group))
        for difference in card.groupDifferences {
            #expect(shown.contains(difference.highestGroup) && shown.contains(difference.lowestGroup))
            #expect(difference.difference >= 0)
        }
    }
}
