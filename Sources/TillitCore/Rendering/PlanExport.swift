/// A development plan as `plan --format json` writes it: an export type kept apart from the domain, with
/// a `kind` and a `formatVersion`, documented in the README ("Development plan") and decodable again.
///
/// Names, titles and reasons are in the chosen language so a consumer needs no copy of the framework;
/// levels are rounded to two decimals.
public struct PlanExport: Sendable, Codable, Hashable {
    /// A problem area with its level.
    public struct Area: Sendable, Codable, Hashable {
        /// The problem area's id.
        public var id: String
        /// Its title.
        public var title: String
        /// Its level on the questionnaire's scale, when the assessment measures it.
        public var level: Double?
    }

    /// A measure the report proposes.
    public struct MeasureEntry: Sendable, Codable, Hashable {
        /// The measure's id.
        public var id: String
        /// Its title.
        public var title: String
        /// What it is.
        public var description: String
        /// `quick-win` or `long-term`.
        public var horizon: String
        /// Organisations the source names with it.
        public var examples: [Example]
        /// Where the report describes it.
        public var source: String
    }

    /// An organisation named with a measure.
    public struct Example: Sendable, Codable, Hashable {
        /// The organisation.
        public var organisation: String
        /// What the source says it did, e.g. `tried`.
        public var status: String
        /// Where the source says so.
        public var source: String
    }

    /// A principle in focus.
    public struct Focus: Sendable, Codable, Hashable {
        /// The principle's id.
        public var principle: String
        /// Its name.
        public var name: String
        /// Its rank among the principles.
        public var rank: Int
        /// Its current level.
        public var current: Double?
        /// The target the team set.
        public var target: Int?
        /// Target − current.
        public var gap: Double?
        /// Whether the team disagrees on it.
        public var flagged: Bool
        /// Why it is proposed, in words.
        public var reason: String
        /// Its related problem areas.
        public var problemAreas: [Area]
        /// The measures proposed for it.
        public var measures: [MeasureEntry]
    }

    /// A principle's place in the ranking.
    public struct Rank: Sendable, Codable, Hashable {
        /// The principle's id.
        public var principle: String
        /// Its name.
        public var name: String
        /// Its rank.
        public var rank: Int
        /// `below-target`, `no-target`, `target-reached` or `not-scored`.
        public var standing: String
        /// Its current level.
        public var current: Double?
        /// The target the team set.
        public var target: Int?
        /// Target − current.
        public var gap: Double?
        /// The mean standard deviation of its items.
        public var spread: Double?
        /// Whether the team disagrees on it.
        public var flagged: Bool
        /// Why it is ranked so, in words.
        public var reason: String
    }

    /// One of the team's actions.
    public struct ActionEntry: Sendable, Codable, Hashable {
        /// Its id within the plan, e.g. `A1`.
        public var id: String
        /// What the team will do.
        public var what: String
        /// Who is responsible.
        public var owner: String
        /// When it is due, `YYYY-MM-DD`.
        public var due: String?
        /// `quick-win` or `long-term`.
        public var horizon: String
        /// The principle it serves.
        public var principle: String?
        /// The problem area it addresses.
        public var problemArea: String?
        /// The measure that inspired it.
        public var measure: String?
        /// The effect the team expects.
        public var expectedEffect: String
        /// How the team will know.
        public var followUp: String
        /// `planned`, `started`, `done` or `dropped`.
        public var status: String
        /// A note, e.g. why it was dropped.
        public var note: String?
    }

    /// Always `tillit-plan`.
    public var kind: String
    /// The version of this layout, ``currentFormatVersion``.
    public var formatVersion: Int
    /// The version this build writes.
    public static let currentFormatVersion = 1
    /// The organisation.
    public var organisation: String
    /// The unit; may be empty.
    public var unit: String
    /// The day of the self-assessment.
    public var date: String
    /// Who led the workshop.
    public var facilitator: String
    /// Participants with at least one answer.
    public var respondents: Int
    /// Whether the team has agreed the plan (else it is a proposal).
    public var agreed: Bool
    /// When the team follows the plan up.
    public var followUpDate: String
    /// The principles in focus.
    public var focus: [Focus]
    /// The problem areas addressed or most present.
    public var problemAreas: [Area]
    /// The team's actions.
    public var actions: [ActionEntry]
    /// Every principle's place in the ranking.
    public var ranking: [Rank]

    /// Builds the export of a plan overview.
    public init(_ plan: PlanOverview, language: Language, framework: Framework = .sou2019_43) {
        let names = PlanBuilder(plan: plan, language: language, framework: framework)
        func rounded(_ value: Double?) -> Double? { value.map { ($0 * 100).rounded() / 100 } }
        func area(_ id: ProblemAreaID) -> Area {
            Area(id: id.rawValue, title: names.areaTitle(id), level: rounded(plan.level(of: id)))
        }
        kind = "tillit-plan"
        formatVersion = Self.currentFormatVersion
        organisation = plan.organisation
        unit = plan.unit
        date = plan.date.description
        facilitator = plan.facilitator
        respondents = plan.respondents
        agreed = plan.isAgreed
        followUpDate = plan.followUpDate.description
        focus = plan.focus.map { focus in
            Focus(
                principle: focus.principle.rawValue, name: names.principleName(focus.principle),
                rank: focus.rank,
                current: rounded(focus.current), target: focus.target, gap: rounded(focus.gap),
                flagged: focus.flagged, reason: focus.reason(language),
                problemAreas: focus.relatedProblemAreas.map(area),
                measures: focus.measures.compactMap { try? framework.measure(id: $0) }.map { measure in
                    MeasureEntry(
                        id: measure.id, title: measure.title(language),
                        description: measure.description(language),
                        horizon: measure.horizon.rawValue,
                        examples: measure.examples.map {
                            Example(
                                organisation: $0.organisation, status: $0.status.rawValue,
                                source: $0.source.description)
                        },
                        source: measure.source.description)
                })
        }
        problemAreas = plan.problemAreas.map(area)
        actions = plan.actions.map { action in
            ActionEntry(
                id: action.id, what: action.what, owner: action.owner, due: action.due?.description,
                horizon: action.horizon.rawValue, principle: action.principle?.rawValue,
                problemArea: action.problemArea?.rawValue, measure: action.measure,
                expectedEffect: action.expectedEffect, followUp: action.followUp,
                status: action.status.rawValue,
                note: action.note)
        }
        ranking = plan.ranking.map { entry in
            Rank(
                principle: entry.principle.rawValue, name: names.principleName(entry.principle),
                rank: entry.rank,
                standing: entry.standing.rawValue, current: rounded(entry.current), target: entry.target,
                gap: rounded(entry.gap), spread: rounded(entry.spread), flagged: entry.flagged,
                reason: entry.reason(language))
        }
    }
}
