/// How an assessment changed since an earlier one: per principle and problem area, per item, and for
/// the actions of the earlier plan.
///
/// Re-assessment is how a team sees whether its work helps. Two assessments made with different
/// questionnaires are compared on what they share — items with the same id, target, scale and wording
/// in the workshop's language, and the principles and problem areas both measure — and the comparison
/// says what they do not share and which statements were reworded. A pure
/// function of the two assessments and their scorecards.
public struct Comparison: Sendable, Codable, Hashable {
    /// Which way a number moved.
    public enum Direction: String, Sendable, Codable, Hashable {
        /// It rose by at least ``Comparison/unchangedBelow`` index points.
        case up
        /// It fell by at least ``Comparison/unchangedBelow`` index points.
        case down
        /// It moved less than that.
        case same
    }

    /// The change of one principle or problem area.
    public struct TargetChange: Sendable, Codable, Hashable {
        /// The principle or problem area.
        public var target: Target
        /// Why the scores and their change are withheld (`fewChanged`: fewer than the threshold of
        /// people answered its statements in only one of the assessments); `nil` when shown.
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
        /// Later minus earlier index, when both exist.
        public var indexChange: Double?
        /// Which way the index moved, when both exist.
        public var direction: Direction?
        /// Whether the move is for the better: up for a principle, down for a problem area; `nil` when
        /// unchanged or not comparable.
        public var improved: Bool?
        /// Half the width of a rough 95 % interval for the change in score, from the spread of the answers
        /// and the number of respondents in each assessment: `2 × √(s₁²/n₁ + s₂²/n₂)`. With few people a
        /// small move is as likely chance as change.
        public var noiseMargin: Double?
        /// Whether the change in score is smaller than ``noiseMargin`` (or the margin cannot be told): the
        /// move may be chance, and a reader should not call it better or worse.
        public var withinNoise: Bool?
        /// The earlier agreed score (principles only).
        public var oldConsensus: Int?
        /// The later agreed score (principles only).
        public var newConsensus: Int?
    }

    /// The change of one item both assessments contain.
    public struct ItemChange: Sendable, Codable, Hashable {
        /// The item's id.
        public var itemID: String
        /// What it measures.
        public var target: Target
        /// Why the means and their change are withheld; `nil` when shown.
        public var withheld: WithheldReason?
        /// The statement, as the later questionnaire words it.
        public var text: LocalizedText
        /// The earlier mean.
        public var oldMean: Double?
        /// The later mean.
        public var newMean: Double?
        /// Later minus earlier mean, when both exist.
        public var change: Double?
    }

    /// Where an action of the earlier plan stands now.
    public struct ActionProgress: Sendable, Codable, Hashable {
        /// The action as the earlier plan recorded it.
        public var action: Action
        /// Its status in the later assessment's plan, or the earlier status when the later plan does not
        /// carry it.
        public var status: Action.Status
        /// Whether the later plan still carries the action, found by its text: ids start at A1 in every
        /// plan and say nothing across plans.
        public var carriedOver: Bool
        /// Whether it was due before the later assessment and is neither done nor dropped.
        public var overdue: Bool
    }

    /// A move smaller than this many index points counts as unchanged: it disappears in the rounding of
    /// a score to one decimal (0.05 on a 1–5 scale is 1.25 index points).
    public static let unchangedBelow = 1.0

    /// The organisation of the later assessment.
    public var organisation: String
    /// Its unit.
    public var unit: String
    /// The date of the earlier assessment.
    public var oldDate: CalendarDate
    /// The date of the later assessment.
    public var newDate: CalendarDate
    /// The earlier questionnaire as `id vN`.
    public var oldQuestionnaire: String
    /// The later questionnaire as `id vN`.
    public var newQuestionnaire: String
    /// Whether both used the same questionnaire (id, version and items).
    public var sameQuestionnaire: Bool
    /// The anonymity threshold the comparison was made with.
    public var anonymityThreshold: Int
    /// Why the principle indices are withheld: a principle's change is, and the indices would give it
    /// back.
    public var principleIndexWithheld: WithheldReason?
    /// The earlier principle index.
    public var oldPrincipleIndex: Double?
    /// The later principle index.
    public var newPrincipleIndex: Double?
    /// The principles and problem areas both measure, principles first, in the report's order.
    public var targets: [TargetChange]
    /// Targets only the earlier assessment measures.
    public var targetsOnlyInOld: [Target]
    /// Targets only the later assessment measures.
    public var targetsOnlyInNew: [Target]
    /// Items both contain (same id, target and scale), largest move first.
    public var items: [ItemChange]
    /// Ids of items only in the earlier assessment.
    public var itemsOnlyInOld: [String]
    /// Ids of items only in the later assessment.
    public var itemsOnlyInNew: [String]
    /// Ids of items both questionnaires have with the same target but reworded, in the earlier order:
    /// their answers are to different statements and are not compared (version 1 to 2 of `standard`).
    public var itemsReworded: [String] = []
    /// The earlier plan's actions and where they stand.
    public var actions: [ActionProgress]

    /// Later minus earlier principle index.
    public var principleIndexChange: Double? {
        guard let oldPrincipleIndex, let newPrincipleIndex else { return nil }
        return newPrincipleIndex - oldPrincipleIndex
    }

    /// Compares an earlier assessment with a later one, given their scorecards.
    ///
    /// The two scorecards already follow ``DisclosureControl``; over and above that, a statement whose
    /// answers come from fewer than the threshold of people who are in only one of the assessments
    /// (``DisclosureControl/changedPeople(old:new:)``) has its means and change withheld, and so do its
    /// principle or problem area and the principle index, from which the change could be worked back.
    public init(old: Assessment, oldScores: Scorecard, new: Assessment, newScores: Scorecard) {
        let disclosure = DisclosureControl(
            unchecked: max(oldScores.anonymityThreshold, newScores.anonymityThreshold))
        anonymityThreshold = disclosure.threshold
        let changed = disclosure.changedPeople(old: old, new: new)
        let withheldItems = Set(changed.filter { disclosure.isTooSmall($0.value) }.keys)
        let withheldTargets = Set(
            (old.questionnaire.items + new.questionnaire.items).filter { withheldItems.contains($0.id) }.map(
                \.target))
        organisation = new.organisation
        unit = new.unit
        oldDate = old.date
        newDate = new.date
        oldQuestionnaire = "\(old.questionnaire.id) v\(old.questionnaire.version)"
        newQuestionnaire = "\(new.questionnaire.id) v\(new.questionnaire.version)"
        sameQuestionnaire = old.questionnaire == new.questionnaire
        let indexWithheld = withheldTargets.contains { $0.principle != nil }
        principleIndexWithheld = indexWithheld ? .fewChanged : nil
        oldPrincipleIndex = indexWithheld ? nil : oldScores.principleIndex
        newPrincipleIndex = indexWithheld ? nil : newScores.principleIndex
        let sameScale =
            old.questionnaire.scale.steps.map(\.value) == new.questionnaire.scale.steps.map(\.value)

        let oldTargets = Set(old.questionnaire.targets)
        let newTargets = Set(new.questionnaire.targets)
        targetsOnlyInOld = oldTargets.subtracting(newTargets).sorted()
        targetsOnlyInNew = newTargets.subtracting(oldTargets).sorted()
        targets = oldTargets.intersection(newTargets).sorted().map { target in
            if withheldTargets.contains(target) {
                return TargetChange(
                    target: target, withheld: .fewChanged,
                    oldConsensus: oldScores.score(for: target)?.consensus,
                    newConsensus: newScores.score(for: target)?.consensus)
            }
            let before = oldScores.score(for: target)
            let after = newScores.score(for: target)
            var change = TargetChange(
                target: target, oldScore: before?.score, newScore: after?.score, oldIndex: before?.index,
                newIndex: after?.index, oldConsensus: before?.consensus, newConsensus: after?.consensus)
            if sameScale, let a = before?.score, let b = after?.score {
                change.scoreChange = b - a
                if let s1 = before?.spread, let s2 = after?.spread, oldScores.respondents > 0,
                    newScores.respondents > 0
                {
                    let margin =
                        2
                        * (s1 * s1 / Double(oldScores.respondents) + s2 * s2 / Double(newScores.respondents))
                        .squareRoot()
                    change.noiseMargin = margin
                    change.withinNoise = abs(b - a) < margin
                } else {
                    change.withinNoise = true
                }
            }
            if let a = before?.index, let b = after?.index {
                let delta = b - a
                change.indexChange = delta
                let direction: Direction =
                    abs(delta) < Comparison.unchangedBelow ? .same : delta > 0 ? .up : .down
                change.direction = direction
                if direction != .same { change.improved = (direction == .up) == (target.principle != nil) }
            }
            return change
        }

        let newItems = Dictionary(
            new.questionnaire.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldStats = Dictionary(oldScores.items.map { ($0.itemID, $0) }, uniquingKeysWith: { a, _ in a })
        let newStats = Dictionary(newScores.items.map { ($0.itemID, $0) }, uniquingKeysWith: { a, _ in a })
        var shared: [ItemChange] = []
        var onlyOld: [String] = []
        // The statement a participant read is the text in the language the workshop was run in.
        let languages = Set([old.language, new.language])
        var reworded: [String] = []
        for item in old.questionnaire.items {
            guard sameScale, let other = newItems[item.id], other.target == item.target else {
                onlyOld.append(item.id)
                continue
            }
            guard languages.allSatisfy({ item.text[$0] == other.text[$0] }) else {
                reworded.append(item.id)
                continue
            }
            let hidden = withheldItems.contains(item.id)
            let before = hidden ? nil : oldStats[item.id]?.mean
            let after = hidden ? nil : newStats[item.id]?.mean
            shared.append(
                ItemChange(
                    itemID: item.id, target: item.target, withheld: hidden ? .fewChanged : nil,
                    text: other.text,
                    oldMean: before, newMean: after, change: before.flatMap { a in after.map { $0 - a } }))
        }
        let sharedIDs = Set(shared.map(\.itemID)).union(reworded)
        itemsOnlyInOld = onlyOld
        itemsOnlyInNew = new.questionnaire.items.map(\.id).filter { !sharedIDs.contains($0) }
        itemsReworded = reworded
        items = shared.sorted { a, b in
            let x = abs(a.change ?? -1)
            let y = abs(b.change ?? -1)
            return x != y ? x > y : a.itemID < b.itemID
        }

        // Every plan numbers its actions from A1, so an id says nothing across plans: an action is
        // followed by what it is, its text with case and spacing ignored.
        let later = Dictionary(
            (new.plan?.actions ?? []).map { (Self.identity(of: $0), $0) },
            uniquingKeysWith: { first, _ in first })
        actions = (old.plan?.actions ?? []).map { action in
            let now = later[Self.identity(of: action)]
            let status = now?.status ?? action.status
            let open = status == .planned || status == .started
            return ActionProgress(
                action: action, status: status, carriedOver: now != nil,
                overdue: open && (action.due.map { $0 < new.date } ?? false))
        }
    }

    /// What identifies an action from one plan to the next: its text, trimmed, with runs of white space as
    /// one space and case folded.
    static func identity(of action: Action) -> String {
        action.what.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
