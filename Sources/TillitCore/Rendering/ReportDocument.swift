/// The scored result of an assessment as `report --format json` writes it: stable, documented in the
/// README, and decodable again by other Swift programs.
///
/// It is an export type, separate from the domain: renaming a field of ``Scorecard`` or ``Action`` does
/// not change it; only a new ``formatVersion`` does.
///
/// It is a flat, named view of a ``Scorecard`` plus the assessment's title data and plan, with names
/// and statements in the chosen language so that a consumer needs no copy of the framework. Values are
/// the scorecard's, unrounded; a value that does not exist (a mean without answers, a gap without a
/// target) is left out rather than written as `null`.
public struct ReportDocument: Sendable, Codable, Hashable {
    /// The kind of document, always `tillit-report`, so that a tool can tell it from an assessment file.
    public var kind: String
    /// The version of this JSON layout, ``currentFormatVersion``; raised when a field changes meaning or
    /// disappears.
    public var formatVersion: Int
    /// The version this build writes: 3 (`formatVersion` replaces `reportVersion`; the plan is its own
    /// export type with statuses as words of the vocabulary's ids).
    public static let currentFormatVersion = 3
    /// The language of names and statements.
    public var language: Language
    /// The organisation assessed.
    public var organisation: String
    /// The unit within the organisation; may be empty.
    public var unit: String
    /// The day of the workshop.
    public var date: CalendarDate
    /// Who led the workshop.
    public var facilitator: String
    /// The questionnaire used.
    public var questionnaire: QuestionnaireInfo
    /// The number of participants in the file.
    public var participants: Int
    /// The number of participants with at least one answer.
    public var respondents: Int
    /// The anonymity threshold the report was computed with.
    public var anonymityThreshold: Int
    /// The mean of the principle indices, 0–100.
    public var principleIndex: Double?
    /// One entry per principle the questionnaire covers, in the report's order.
    public var principles: [TargetEntry]
    /// One entry per problem area the questionnaire covers, in the report's order.
    public var problemAreas: [TargetEntry]
    /// Statistics per item, in questionnaire order.
    public var items: [ItemEntry]
    /// The ids of flagged items (answers spanning three or more steps), widest span first.
    public var flaggedItems: [String]
    /// Scores per group of participants sharing a role.
    public var groups: [GroupEntry]
    /// The differences between groups per principle and problem area, largest first.
    public var groupDifferences: [DifferenceEntry]
    /// The development plan, when the team has made one.
    public var plan: PlanEntry?

    /// The development plan: focus, follow-up and actions.
    public struct PlanEntry: Sendable, Codable, Hashable {
        /// The ids of the principles in focus.
        public var focusPrinciples: [String]
        /// The ids of the problem areas in focus.
        public var focusProblemAreas: [String]
        /// When the team follows the plan up.
        public var followUpDate: CalendarDate
        /// The actions, in the plan's order.
        public var actions: [ActionEntry]

        /// Creates the entry from a plan.
        public init(_ plan: DevelopmentPlan) {
            focusPrinciples = plan.focusPrinciples.map(\.rawValue)
            focusProblemAreas = plan.focusProblemAreas.map(\.rawValue)
            followUpDate = plan.followUpDate
            actions = plan.actions.map(ActionEntry.init)
        }
    }

    /// One action of the plan.
    public struct ActionEntry: Sendable, Codable, Hashable {
        /// Its id within the plan, e.g. `A1`.
        public var id: String
        /// What the team will do.
        public var what: String
        /// Who is responsible.
        public var owner: String
        /// When it is due, if set.
        public var due: CalendarDate?
        /// `planned`, `started`, `done` or `dropped`.
        public var status: String
        /// The principle it serves, if any.
        public var principle: String?
        /// The problem area it addresses, if any.
        public var problemArea: String?
        /// The catalogue measure that inspired it, if any.
        public var measure: String?
        /// The effect the team expects.
        public var expectedEffect: String
        /// How the team will know.
        public var followUp: String
        /// A note, e.g. why it was dropped.
        public var note: String?

        /// Creates the entry from an action.
        public init(_ action: Action) {
            id = action.id
            what = action.what
            owner = action.owner
            due = action.due
            status = action.status.rawValue
            principle = action.principle?.rawValue
            problemArea = action.problemArea?.rawValue
            measure = action.measure
            expectedEffect = action.expectedEffect
            followUp = action.followUp
            note = action.note
        }
    }

    /// Which questionnaire the answers belong to.
    public struct QuestionnaireInfo: Sendable, Codable, Hashable {
        /// The questionnaire's id, e.g. `standard`.
        public var id: String
        /// Its version.
        public var version: Int
        /// Its title in the report's language.
        public var title: String
        /// The scale's id, e.g. `agreement-5`.
        public var scale: String
        /// The lowest value on the scale.
        public var scaleMinimum: Int
        /// The highest value on the scale.
        public var scaleMaximum: Int
    }

    /// The score of one principle or problem area.
    public struct TargetEntry: Sendable, Codable, Hashable {
        /// The principle's or problem area's id.
        public var id: String
        /// Its name in the report's language.
        public var name: String
        /// Why its figures are withheld (`fewerAnswers`, `complement`); absent when they are shown.
        public var withheld: WithheldReason?
        /// The mean of the shown item means, on the questionnaire's scale.
        public var score: Double?
        /// The score as an index 0–100.
        public var index: Double?
        /// The number of answers with a value across its items.
        public var answers: Int
        /// The mean of the item standard deviations.
        public var spread: Double?
        /// Whether any of its items is flagged for disagreement.
        public var flagged: Bool
        /// Its items' ids.
        public var items: [String]
        /// The ids of the items its score is computed from (those shown).
        public var scoredItems: [String]
        /// The score the team agreed (principles only).
        public var consensus: Int?
        /// The level the team wants to reach (principles only).
        public var target: Int?
        /// Target − consensus.
        public var gap: Int?

        /// Creates an entry from a scorecard's target score.
        public init(_ score: TargetScore, language: Language, framework: Framework = .sou2019_43) {
            id = score.target.id
            name = score.target.name(in: framework)(language)
            withheld = score.withheld
            self.score = score.score
            index = score.index
            answers = score.answers
            spread = score.spread
            flagged = score.flagged
            items = score.itemIDs
            scoredItems = score.scoredItemIDs
            consensus = score.consensus
            target = score.targetLevel
            gap = score.gap
        }
    }

    /// The statistics of one item.
    public struct ItemEntry: Sendable, Codable, Hashable {
        /// The item's id.
        public var id: String
        /// The principle it measures, if it measures one.
        public var principle: String?
        /// The problem area it measures, if it measures one.
        public var problemArea: String?
        /// The statement in the report's language.
        public var text: String
        /// Answers with a value.
        public var answers: Int
        /// *Don't know* answers.
        public var dontKnow: Int
        /// Why its statistics are withheld; absent when they are shown.
        public var withheld: WithheldReason?
        /// The mean.
        public var mean: Double?
        /// The median.
        public var median: Double?
        /// The sample standard deviation (two answers or more).
        public var standardDeviation: Double?
        /// The lowest answer.
        public var min: Int?
        /// The highest answer.
        public var max: Int?
        /// Answers per scale step, lowest first; absent when fewer answered than the anonymity threshold.
        public var distribution: [Int]?
        /// Whether the answers span three or more steps.
        public var flagged: Bool

        /// Creates an entry from an item's statistics and its statement.
        public init(_ statistics: ItemStatistics, text: String) {
            id = statistics.itemID
            principle = statistics.target.principle?.rawValue
            problemArea = statistics.target.problemArea?.rawValue
            self.text = text
            answers = statistics.answers
            dontKnow = statistics.dontKnow
            withheld = statistics.withheld
            mean = statistics.mean
            median = statistics.median
            standardDeviation = statistics.standardDeviation
            min = statistics.minimum
            max = statistics.maximum
            distribution = statistics.distribution
            flagged = statistics.flagged
        }
    }

    /// The scores of one group.
    public struct GroupEntry: Sendable, Codable, Hashable {
        /// The role that defines the group.
        public var name: String
        /// Its number of participants.
        public var participants: Int
        /// Whether it is withheld entirely; then it has no scores.
        public var withheld: Bool
        /// Why: `fewerAnswers` or `complement`.
        public var reason: WithheldReason?
        /// Its principle scores.
        public var principles: [TargetEntry]
        /// Its problem-area scores.
        public var problemAreas: [TargetEntry]
    }

    /// The spread between groups on one principle or problem area.
    public struct DifferenceEntry: Sendable, Codable, Hashable {
        /// The principle's or problem area's id.
        public var id: String
        /// Its name.
        public var name: String
        /// The group with the highest score.
        public var highestGroup: String
        /// Its score.
        public var highestScore: Double
        /// The group with the lowest score.
        public var lowestGroup: String
        /// Its score.
        public var lowestScore: Double
        /// Highest minus lowest.
        public var difference: Double
    }

    /// Builds the document from an assessment and its scorecard; `roster` counts the participants, and
    /// without it the assessment's participants do.
    public init(
        assessment: Assessment, scorecard: Scorecard, language: Language, framework: Framework = .sou2019_43,
        roster: Roster? = nil
    ) {
        kind = "tillit-report"
        formatVersion = Self.currentFormatVersion
        self.language = language
        organisation = assessment.organisation
        unit = assessment.unit
        date = assessment.date
        facilitator = assessment.facilitator
        let questionnaire = assessment.questionnaire
        self.questionnaire = QuestionnaireInfo(
            id: questionnaire.id, version: questionnaire.version, title: questionnaire.title(language),
            scale: questionnaire.scale.id, scaleMinimum: questionnaire.scale.minimum,
            scaleMaximum: questionnaire.scale.maximum)
        participants = roster?.count ?? assessment.participants.count
        respondents = scorecard.respondents
        anonymityThreshold = scorecard.anonymityThreshold
        principleIndex = scorecard.principleIndex
        principles = scorecard.principles.map { TargetEntry($0, language: language, framework: framework) }
        problemAreas = scorecard.problemAreas.map {
            TargetEntry($0, language: language, framework: framework)
        }
        let texts = Dictionary(
            questionnaire.items.map { ($0.id, $0.text(language)) }, uniquingKeysWith: { first, _ in first })
        items = scorecard.items.map { ItemEntry($0, text: texts[$0.itemID] ?? "") }
        flaggedItems = scorecard.flaggedItems.map(\.itemID)
        groups = scorecard.groups.map { group in
            GroupEntry(
                name: group.group, participants: group.participants, withheld: group.withheld,
                reason: group.reason,
                principles: group.principles.map {
                    TargetEntry($0, language: language, framework: framework)
                },
                problemAreas: group.problemAreas.map {
                    TargetEntry($0, language: language, framework: framework)
                })
        }
        groupDifferences = scorecard.groupDifferences.map { difference in
            DifferenceEntry(
                id: difference.target.id, name: difference.target.name(in: framework)(language),
                highestGroup: difference.highestGroup, highestScore: difference.highestScore,
                lowestGroup: difference.lowestGroup, lowestScore: difference.lowestScore,
                difference: difference.difference)
        }
        plan = assessment.plan.map(PlanEntry.init)
    }
}
