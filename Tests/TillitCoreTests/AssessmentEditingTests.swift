import Testing

@testable import TillitCore

/// Editing an assessment: answers in order, on the scale, and consensus 1–5.
@Suite("Editing an assessment")
struct AssessmentEditingTests {
    static func assessment() -> Assessment {
        Assessment(
            organisation: "O", date: CalendarDate(year: 2026, month: 1, day: 1)!, questionnaire: .quick,
            participants: [Participant(name: "A"), Participant(name: "B")])
    }

    @Test("answers are appended in order, don't know as nil, and an earlier answer can be changed")
    func recordInOrder() throws {
        var assessment = Self.assessment()
        try assessment.record(4, participant: 0, item: 0)
        try assessment.record(nil, participant: 0, item: 1)
        try assessment.record(2, participant: 0, item: 2)
        #expect(assessment.participants[0].answers == [4, nil, 2])
        try assessment.record(5, participant: 0, item: 1)
        #expect(assessment.participants[0].answers == [4, 5, 2])
        #expect(assessment.participants[1].answers == [])
        #expect(assessment.validate().isEmpty)
    }

    @Test("an answer off the scale, a skipped item or an unknown participant is refused and changes nothing")
    func refusals() {
        var assessment = Self.assessment()
        try! assessment.record(3, participant: 0, item: 0)
        let before = assessment
        for (value, participant, item) in [
            (6, 0, 1), (0, 0, 1), (3, 0, 2), (3, 2, 0), (3, -1, 0), (3, 0, 13),
        ] {
            #expect(throws: AssessmentError.self, "\(value) \(participant) \(item)") {
                try assessment.record(value, participant: participant, item: item)
            }
        }
        #expect(assessment == before)
    }

    @Test("the message for an answer off the scale names the scale")
    func offScaleMessage() {
        var assessment = Self.assessment()
        #expect(
            throws: AssessmentError.invalidEdit(
                LocalizedText(
                    sv: "svaret 6 finns inte på skalan 1–5", en: "the answer 6 is not on the scale 1–5"))
        ) {
            try assessment.record(6, participant: 0, item: 0)
        }
    }

    @Test("consensus is set, replaced and kept in the report's order; levels outside 1–5 are refused")
    func consensus() throws {
        var assessment = Self.assessment()
        try assessment.setConsensus(Consensus(principle: .stod, score: 2, target: 4))
        try assessment.setConsensus(Consensus(principle: .tillit, score: 3))
        try assessment.setConsensus(Consensus(principle: .stod, score: 3, target: 4, note: "ny"))
        #expect(assessment.consensus.map(\.principle) == [.tillit, .stod])
        #expect(assessment.consensus(for: .stod)?.score == 3)
        #expect(assessment.consensus(for: .stod)?.gap == 1)
        #expect(throws: AssessmentError.self) {
            try assessment.setConsensus(Consensus(principle: .kunskap, target: 6))
        }
        #expect(throws: AssessmentError.self) {
            try assessment.setConsensus(Consensus(principle: .kunskap, score: 0))
        }
        #expect(assessment.consensus(for: .kunskap) == nil)
    }

    @Test("validation names duplicate participants, too many answers and duplicate action ids")
    func validation() {
        var assessment = Self.assessment()
        assessment.participants.append(Participant(name: "A", answers: Array(repeating: 3, count: 14)))
        assessment.plan = DevelopmentPlan(
            actions: [Action(id: "A1", what: "x", owner: "o"), Action(id: "A1", what: "y", owner: "o")],
            followUpDate: CalendarDate(year: 2026, month: 7, day: 1)!)
        #expect(
            assessment.validate().map(\.path) == [
                "participants[2].name", "participants[2].answers", "plan.actions[1].id",
            ])
    }
}
