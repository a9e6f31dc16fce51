/// A team's answers to the 2019 national survey's questions set beside the agencies' answers: in total
/// and in the agency's own segments (size band, agency type, department).
///
/// The team's answer to a question is the share of *yes* among its members who answered yes or no
/// (*don't know* is not counted). The national figures are the survey's as printed. A pure function of
/// the assessment, the survey and the chosen segments.
public struct NationalComparison: Sendable, Codable, Hashable {
    /// The national figure for one question in one group of agencies.
    public struct Figure: Sendable, Codable, Hashable {
        /// `all`, or the breakdown the segment belongs to.
        public var kind: String
        /// The segment's id (`all` for the total).
        public var id: String
        /// The segment's label as the survey gives it; `nil` for all agencies, which the documents name
        /// in their own words.
        public var label: LocalizedText?
        /// The agencies that answered.
        public var n: Int
        /// Those answering *yes*.
        public var yes: Int
        /// Those answering *no*.
        public var no: Int
        /// The share of *yes* in percent as the source prints it.
        public var yesPercent: Int
        /// Whether fewer than ``NationalSurvey/smallSegment`` agencies answered: an uncertain comparison.
        public var small: Bool
        /// The source's figures for this row do not add up; what is wrong.
        public var note: String?
    }

    /// The team's answers to one question; under the anonymity threshold only how many answered.
    public struct TeamAnswer: Sendable, Codable, Hashable {
        /// Members answering *yes*; `nil` when withheld.
        public var yes: Int?
        /// Members answering *no*; `nil` when withheld.
        public var no: Int?
        /// Members answering yes or no.
        public var answered: Int
        /// Members answering *don't know*.
        public var dontKnow: Int
        /// Why yes and no are withheld: fewer than the threshold answered yes or no.
        public var withheld: WithheldReason?

        /// The share of *yes* among yes and no answers, 0–100, or `nil` without such answers or when
        /// withheld.
        public var yesPercent: Double? {
            guard let yes, answered > 0 else { return nil }
            return Double(yes) / Double(answered) * 100
        }
    }

    /// One question with the team's answer and the national figures.
    public struct Row: Sendable, Codable, Hashable {
        /// The item id, e.g. `q2`.
        public var id: String
        /// The question's number in the survey.
        public var number: Int
        /// The question.
        public var text: LocalizedText
        /// The team's answers, or `nil` when the assessment does not contain the question.
        public var team: TeamAnswer?
        /// All agencies, then the chosen segments.
        public var figures: [Figure]
    }

    /// The source, e.g. `SOU 2019:43 Bilaga 5`.
    public var source: String
    /// The survey's year.
    public var year: Int
    /// The number of agencies whose answers count.
    public var respondents: Int
    /// One row per survey question.
    public var rows: [Row]

    /// Compares an assessment with the survey, in total and in the given segments (each optional).
    ///
    /// Throws when the assessment has none of the survey's questions on a yes/no scale, or a segment is
    /// not one the survey breaks down by.
    public init(
        assessment: Assessment, survey: NationalSurvey = .survey2019, employees: Int? = nil,
        agencyType: String? = nil, department: String? = nil,
        disclosure: DisclosureControl = DisclosureControl()
    ) throws(NationalSurveyError) {
        var chosen: [(NationalSurvey.Breakdown, String)] = []
        if let employees { chosen.append((.employees, NationalSurvey.sizeBand(employees: employees))) }
        if let agencyType {
            chosen.append((.agencyType, try survey.segment(.agencyType, matching: agencyType).id))
        }
        if let department {
            chosen.append((.department, try survey.segment(.department, matching: department).id))
        }

        let questionnaire = assessment.questionnaire
        let yesNo = questionnaire.scale.steps.map(\.value) == [0, 1]
        let present = survey.questions.filter { questionnaire.index(ofItem: $0.id) != nil }
        guard yesNo, !present.isEmpty else {
            throw .noSurveyQuestions(questionnaire: "\(questionnaire.id) v\(questionnaire.version)")
        }
        source = survey.source
        year = survey.year
        respondents = survey.respondents
        rows = survey.questions.map { question in
            var team: TeamAnswer?
            if let index = questionnaire.index(ofItem: question.id) {
                var (yes, no, dontKnow) = (0, 0, 0)
                for participant in assessment.participants {
                    switch participant.answer(at: index) {
                    case .some(.some(1)): yes += 1
                    case .some(.some(0)): no += 1
                    case .some(.none): dontKnow += 1
                    default: break
                    }
                }
                let hidden = disclosure.isTooSmall(yes + no)
                team = TeamAnswer(
                    yes: hidden ? nil : yes, no: hidden ? nil : no, answered: yes + no, dontKnow: dontKnow,
                    withheld: hidden ? .fewerAnswers : nil)
            }
            func figure(_ kind: String, _ id: String, _ label: LocalizedText?, _ count: NationalSurvey.Count)
                -> Figure
            {
                Figure(
                    kind: kind, id: id, label: label, n: count.n, yes: count.yes, no: count.no,
                    yesPercent: count.yesPercent,
                    small: count.n < NationalSurvey.smallSegment, note: count.note)
            }
            var figures = [
                figure("all", "all", nil, question.total)
            ]
            for (breakdown, id) in chosen {
                if let segment = question.segments(breakdown).first(where: { $0.id == id }) {
                    figures.append(figure(breakdown.rawValue, segment.id, segment.label, segment.count))
                }
            }
            return Row(
                id: question.id, number: question.number, text: question.text, team: team, figures: figures)
        }
    }
}
