/// Two assessments compared, as `compare --format json` writes it: an export type kept apart from
/// ``Comparison``, with a `kind` and a `formatVersion`, documented in the README ("JSON formats") and
/// decodable again.
///
/// Renaming a field of ``Comparison`` or ``Action`` does not change it; only a new ``formatVersion``
/// does. Like the report's JSON it lists principles and problem areas apart, names them and words the
/// statements in the chosen language, and leaves out a value that does not exist (a change without
/// both scores, a withheld mean) rather than writing `null`. Values are unrounded.
public struct ComparisonExport: Sendable, Codable, Hashable {
    /// The change of one principle or problem area.
    public struct TargetEntry: Sendable, Codable, Hashable {
        /// The principle's or problem area's id.
        public var id: String
        /// Its name in the chosen language.
        public var name: String
        /// Why its figures are withheld (`fewChanged`); absent when they are shown.
        public var withheld: WithheldReason?
        /// The earlier score.
        public var oldScore: Double?
        /// The later score.
        public var newScore: Double?
        /// The earlier index, 0–100.
        public var oldIndex: Double?
        /// The later index, 0–100.
        public var newIndex: Double?
        /// Later minus earlier score, when both exist on the same scale.
        public var scoreChange: Double?
        /// Later minus earlier index.
        public var indexChange: Double?
        /// Which way the index moved: `up`, `down` or `same` (under 1 index point).
        public var direction: String?
        /// Whether the move is for the better (a rise for a principle, a fall for a problem area);
        /// absent when unchanged.
        public var improved: Bool?
        /// Half the width of a rough 95 % interval for the change in score.
        public var noiseMargin: Double?
        /// Whether the change in score is within ``noiseMargin``: it may be chance.
        public var withinNoise: Bool?
        /// The earlier agreed level (principles only).
        public var oldConsensus: Int?
        /// The later agreed level (principles only).
        public var newConsensus: Int?
    }

    /// The change of one statement both assessments contain.
    public struct ItemEntry: Sendable, Codable, Hashable {
        /// The statement's id.
        public var id: String
        /// The principle it measures, if it measures one.
        public var principle: String?
        /// The problem area it measures, if it measures one.
        public var problemArea: String?
        /// The statement in the chosen language, as the later questionnaire words it.
        public var text: String
        /// Why its means are withheld (`fewChanged`); absent when they are shown.
        public var withheld: WithheldReason?
        /// The earlier mean.
        public var oldMean: Double?
        /// The later mean.
        public var newMean: Double?
        /// Later minus earlier mean.
        public var change: Double?
    }

    /// Where one action of the earlier plan stands.
    public struct ActionEntry: Sendable, Codable, Hashable {
        /// Its id in the earlier plan, e.g. `A1`.
        public var id: String
        /// What the team would do.
        public var what: String
        /// Who is responsible.
        public var owner: String
        /// When it was due, if set.
        public var due: CalendarDate?
        /// Its status in the earlier plan: `planned`, `started`, `done` or `dropped`.
        public var oldStatus: String
        /// Its status in the later plan, or the earlier status when the later plan does not carry it.
        public var newStatus: String
        /// Whether the later plan carries it (found by its text, not its id).
        public var carriedOver: Bool
        /// Whether it was due before the later assessment and is neither done nor dropped.
        public var overdue: Bool
    }

    /// Always `tillit-comparison`.
    public var kind: String
    /// The version of this layout, ``currentFormatVersion``; raised when a field changes meaning or
    /// disappears.
    public var formatVersion: Int
    /// The version this build writes.
    public static let currentFormatVersion = 1
    /// The language of names and statements.
    public var language: Language
    /// The organisation of the later assessment.
    public var organisation: String
    /// Its unit; may be empty.
    public var unit: String
    /// The day of the earlier assessment.
    public var oldDate: CalendarDate
    /// The day of the later assessment.
    public var newDate: CalendarDate
    /// The earlier questionnaire as `id vN`.
    public var oldQuestionnaire: String
    /// The later questionnaire as `id vN`.
    public var newQuestionnaire: String
    /// Whether both used the same questionnaire.
    public var sameQuestionnaire: Bool
    /// The anonymity threshold the comparison was made with.
    public var anonymityThreshold: Int
    /// Why the principle indices are withheld (`fewChanged`); absent when they are shown.
    public var principleIndexWithheld: WithheldReason?
    /// The earlier principle index, 0–100.
    public var oldPrincipleIndex: Double?
    /// The later principle index, 0–100.
    public var newPrincipleIndex: Double?
    /// Later minus earlier principle index.
    public var principleIndexChange: Double?
    /// The principles both measure, in the report's order.
    public var principles: [TargetEntry]
    /// The problem areas both measure, in the report's order.
    public var problemAreas: [TargetEntry]
    /// Ids of principles and problem areas only the earlier assessment measures.
    public var targetsOnlyInOld: [String]
    /// Ids of principles and problem areas only the later assessment measures.
    public var targetsOnlyInNew: [String]
    /// Statements both contain, largest move first.
    public var items: [ItemEntry]
    /// Ids of statements only in the earlier assessment.
    public var itemsOnlyInOld: [String]
    /// Ids of statements only in the later assessment.
    public var itemsOnlyInNew: [String]
    /// Ids of statements both have but reworded, so not compared.
    public var itemsReworded: [String]
    /// The earlier plan's actions and where they stand.
    public var actions: [ActionEntry]

    /// Builds the export of a comparison, names and statements in `language`.
    public init(_ comparison: Comparison, language: Language, framework: Framework = .sou2019_43) {
        func entry(_ change: Comparison.TargetChange) -> TargetEntry {
            TargetEntry(
                id: change.target.id, name: change.target.name(language, in: framework),
                withheld: change.withheld, oldScore: change.oldScore, newScore: change.newScore,
                oldIndex: change.oldIndex, newIndex: change.newIndex, scoreChange: change.scoreChange,
                indexChange: change.indexChange, direction: change.direction?.rawValue,
                improved: change.improved, noiseMargin: change.noiseMargin, withinNoise: change.withinNoise,
                oldConsensus: change.oldConsensus, newConsensus: change.newConsensus)
        }
        kind = "tillit-comparison"
        formatVersion = Self.currentFormatVersion
        self.language = language
        organisation = comparison.organisation
        unit = comparison.unit
        oldDate = comparison.oldDate
        newDate = comparison.newDate
        oldQuestionnaire = comparison.oldQuestionnaire
        newQuestionnaire = comparison.newQuestionnaire
        sameQuestionnaire = comparison.sameQuestionnaire
        anonymityThreshold = comparison.anonymityThreshold
        principleIndexWithheld = comparison.principleIndexWithheld
        oldPrincipleIndex = comparison.oldPrincipleIndex
        newPrincipleIndex = comparison.newPrincipleIndex
        principleIndexChange = comparison.principleIndexChange
        principles = comparison.targets.filter { $0.target.principle != nil }.map(entry)
        problemAreas = comparison.targets.filter { $0.target.problemArea != nil }.map(entry)
        targetsOnlyInOld = comparison.targetsOnlyInOld.map(\.id)
        targetsOnlyInNew = comparison.targetsOnlyInNew.map(\.id)
        items = comparison.items.map { item in
            ItemEntry(
                id: item.itemID, principle: item.target.principle?.rawValue,
                problemArea: item.target.problemArea?.rawValue, text: item.text(language),
                withheld: item.withheld, oldMean: item.oldMean, newMean: item.newMean, change: item.change)
        }
        itemsOnlyInOld = comparison.itemsOnlyInOld
        itemsOnlyInNew = comparison.itemsOnlyInNew
        itemsReworded = comparison.itemsReworded
        actions = comparison.actions.map { progress in
            ActionEntry(
                id: progress.action.id, what: progress.action.what, owner: progress.action.owner,
                due: progress.action.due, oldStatus: progress.action.status.rawValue,
                newStatus: progress.status.rawValue, carriedOver: progress.carriedOver,
                overdue: progress.overdue)
        }
    }
}
