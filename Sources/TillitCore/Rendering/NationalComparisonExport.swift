/// A team's answers beside the 2019 national agency survey, as `benchmark --format json` writes it: an
/// export type kept apart from ``NationalComparison``, with a `kind` and a `formatVersion`, documented in
/// the README ("JSON formats") and decodable again.
///
/// Questions and group labels are in the chosen language; the national figures are the survey's as
/// printed. A value that does not exist (the team's share when withheld or without answers) is left out.
public struct NationalComparisonExport: Sendable, Codable, Hashable {
    /// The team's answers to one question; under the anonymity threshold only how many answered.
    public struct Team: Sendable, Codable, Hashable {
        /// Members answering *yes*; absent when withheld.
        public var yes: Int?
        /// Members answering *no*; absent when withheld.
        public var no: Int?
        /// Members answering yes or no.
        public var answered: Int
        /// Members answering *don't know*.
        public var dontKnow: Int
        /// The share of *yes* among yes and no answers, 0–100; absent when withheld or without answers.
        public var yesPercent: Double?
        /// Why yes and no are withheld (`fewerAnswers`); absent when shown.
        public var withheld: WithheldReason?
    }

    /// The national figure for one question in one group of agencies.
    public struct Group: Sendable, Codable, Hashable {
        /// `all`, or the breakdown the segment belongs to: `employees`, `agencyType` or `department`.
        public var kind: String
        /// The segment's id (`all` for the total).
        public var id: String
        /// The group's label in the chosen language.
        public var label: String
        /// The agencies that answered.
        public var n: Int
        /// Those answering *yes*.
        public var yes: Int
        /// Those answering *no*.
        public var no: Int
        /// The share of *yes* in percent as the source prints it.
        public var yesPercent: Int
        /// Whether fewer than ten agencies answered: an uncertain comparison.
        public var small: Bool
        /// What is wrong when the source's printed figures for this row do not add up.
        public var note: String?
    }

    /// One survey question with the team's answers and the national figures.
    public struct Question: Sendable, Codable, Hashable {
        /// The statement's id in the questionnaire, e.g. `q2`.
        public var id: String
        /// The question's number in the survey.
        public var number: Int
        /// The question in the chosen language.
        public var text: String
        /// The team's answers; absent when the assessment does not contain the question.
        public var team: Team?
        /// All agencies, then the chosen segments.
        public var national: [Group]
    }

    /// Always `tillit-national-comparison`.
    public var kind: String
    /// The version of this layout, ``currentFormatVersion``; raised when a field changes meaning or
    /// disappears.
    public var formatVersion: Int
    /// The version this build writes.
    public static let currentFormatVersion = 1
    /// The language of questions and labels.
    public var language: Language
    /// The source, e.g. `SOU 2019:43 Bilaga 5`.
    public var source: String
    /// The survey's year.
    public var year: Int
    /// The number of agencies whose answers count.
    public var respondents: Int
    /// One entry per survey question, in the survey's order.
    public var questions: [Question]

    /// Builds the export of a national comparison, questions and labels in `language`.
    public init(_ comparison: NationalComparison, language: Language) {
        kind = "tillit-national-comparison"
        formatVersion = Self.currentFormatVersion
        self.language = language
        source = comparison.source
        year = comparison.year
        respondents = comparison.respondents
        questions = comparison.rows.map { row in
            Question(
                id: row.id, number: row.number, text: row.text(language),
                team: row.team.map {
                    Team(
                        yes: $0.yes, no: $0.no, answered: $0.answered, dontKnow: $0.dontKnow,
                        yesPercent: $0.yesPercent, withheld: $0.withheld)
                },
                national: row.figures.map {
                    Group(
                        kind: $0.kind, id: $0.id,
                        label: $0.label?(language) ?? Vocabulary.allAgencies(language), n: $0.n, yes: $0.yes,
                        no: $0.no,
                        yesPercent: $0.yesPercent, small: $0.small, note: $0.note)
                })
        }
    }
}
