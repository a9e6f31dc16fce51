import Testing

@testable import TillitCore

/// `compare` follows an action by what it is, not by its id, and does not call chance a change.
@Suite("Comparison: actions by identity, changes within noise, arithmetic that adds up")
struct ComparisonIdentityTests {
    static let day = CalendarDate(year: 2026, month: 9, day: 1)!

    static func compare(_ old: Assessment, _ new: Assessment) -> Comparison {
        Comparison(old: old, oldScores: Scorer().score(old), new: new, newScores: Scorer().score(new))
    }

    @Test("the new plan's A1 is another action: the old A1 is not reported as going back to planned")
    func newPlanStartsAtA1() throws {
        let old = ReportFixture.sample
        var new = old
        new.date = Self.day
        new.plan = DevelopmentPlan(
            actions: [Action(id: "A1", what: "Något helt annat", owner: "Ny", status: .planned)],
            followUpDate: Self.day)
        let comparison = Self.compare(old, new)
        let first = try #require(comparison.actions.first)
        #expect(!first.carriedOver)
        #expect(first.status == first.action.status)
        let text = ComparisonRenderer(comparison: comparison, language: .sv).text()
        #expect(!text.contains("Påbörjad   Planerad"))
    }

    @Test("an action carried into the new plan under another id is followed by its text")
    func carriedUnderAnotherID() throws {
        let old = ReportFixture.sample
        let original = try #require(old.plan?.actions.first)
        var new = old
        new.date = Self.day
        var carried = original
        carried.id = "A7"
        carried.what = "  " + original.what.uppercased() + " "
        carried.status = .done
        new.plan = DevelopmentPlan(actions: [carried], followUpDate: Self.day)
        let progress = try #require(Self.compare(old, new).actions.first)
        #expect(progress.carriedOver)
        #expect(progress.status == .done)
    }

    @Test("a small move with few respondents is within noise and not called better or worse")
    func withinNoise() throws {
        let old = ReportFixture.sample
        var new = old
        new.date = Self.day
        // One participant moves one answer up one step: a change of a few hundredths.
        let index = try #require(new.participants[0].answers.firstIndex { ($0 ?? 5) < 5 })
        new.participants[0].answers[index] = (new.participants[0].answers[index] ?? 1) + 1
        let comparison = Self.compare(old, new)
        let moved = try #require(comparison.targets.first { ($0.scoreChange ?? 0) != 0 })
        #expect(moved.withinNoise == true)
        #expect(try #require(moved.noiseMargin) > abs(try #require(moved.scoreChange)))
        let label = Vocabulary.direction(moved)
        if moved.direction != .same {
            #expect(!label.sv.contains("bättre") && !label.sv.contains("sämre"))
        }
        // The same comparison with an assessment compared to itself has nothing outside the noise.
        #expect(Self.compare(old, old).targets.allSatisfy { $0.withinNoise != false })
    }

    @Test("a change is the difference of the rounded figures beside it")
    func arithmeticAddsUp() {
        let builder = ComparisonBuilder(
            comparison: Self.compare(ReportFixture.sample, ReportFixture.sample), language: .sv)
        #expect(builder.shownChange(58.6, 66.25, decimals: 0) == "+7")
        #expect(builder.shownChange(3.04, 3.26) == "+0,3")
        #expect(builder.shownChange(3.26, 3.04) == "−0,3")
        #expect(builder.shownChange(3.0, 3.04) == "0,0")
    }
}
