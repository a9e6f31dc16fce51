/// Turns a scored assessment into a proposal for a development plan.
///
/// **Current level and target.** The current level of a principle is the score the team agreed in the
/// consensus step, else the mean of the individual answers (for imported survey data that is all there
/// is); the target is the one the team set, if any. Levels are compared on the 1–5 scale: a
/// questionnaire on another scale (e.g. yes/no) is mapped onto it through its 0–100 index.
///
/// **Ranking.** Principles below their target come first, largest gap (target − current) first; then
/// principles without a target, lowest level first; then those whose target is reached, which are never
/// proposed. Once the team has set any target, only principles below their target are proposed; without
/// any (imported data) the principles with the lowest levels are. Within a group, ties go to the lower level, then to the wider disagreement (mean item
/// standard deviation), then to the report's order. Figures are compared as they are shown, to one
/// decimal, so that a reader never sees two equal numbers ranked on a difference they cannot see.
/// Every place in the ranking is explained in one sentence.
///
/// **Problem areas and measures.** Each focus principle is linked to the problem areas it addresses
/// that are most present (scored above the middle of the scale), most present first. It is offered
/// measures from the catalogue that serve the principle or address those problem areas — those that do
/// both first — with a quick win and long-term work where the catalogue has both, and never a measure
/// already offered for a higher-ranked focus principle. By default the plan never holds more than a
/// team can carry: three focus principles, three measures each.
public struct Planner: Sendable {
    /// The framework whose catalogue the measures come from.
    public var framework: Framework
    /// The most focus principles proposed.
    public var maximumFocus: Int
    /// The most measures proposed per focus principle.
    public var maximumMeasures: Int
    /// The most problem areas linked to one focus principle.
    public var maximumProblemAreas: Int

    /// How many months after the assessment the plan is followed up, unless the team decides otherwise.
    public static let defaultFollowUpMonths = 6

    /// Creates a planner.
    public init(
        framework: Framework = .sou2019_43, maximumFocus: Int = 3, maximumMeasures: Int = 3,
        maximumProblemAreas: Int = 2
    ) {
        self.framework = framework
        self.maximumFocus = max(1, maximumFocus)
        self.maximumMeasures = max(0, maximumMeasures)
        self.maximumProblemAreas = max(0, maximumProblemAreas)
    }

    /// Proposes focus principles, problem areas and measures for an assessment and its scorecard.
    public func propose(_ assessment: Assessment, scorecard: Scorecard) -> PlanProposal {
        let ranked = rank(assessment, scorecard: scorecard)
        // Targets are the team's own word on what matters: once it has set any, only principles below
        // their target are proposed. Without targets (imported data) the lowest levels are.
        let proposable: RankedPrinciple.Standing =
            ranked.contains { $0.target != nil } ? .belowTarget : .noTarget
        let chosen = ranked.filter { $0.standing == proposable }.prefix(maximumFocus)
        return PlanProposal(
            focus: focus(
                on: chosen.map(\.principle), ranked: ranked, assessment: assessment, scorecard: scorecard),
            problemAreas: presentProblemAreas(assessment, scorecard: scorecard),
            rankedPrinciples: ranked)
    }

    /// Focus proposals for principles the team chose itself, in the team's order: the same figures,
    /// reasons, problem areas and measures the planner gives its own proposals.
    public func focus(on principles: [PrincipleID], assessment: Assessment, scorecard: Scorecard)
        -> [FocusProposal]
    {
        focus(
            on: principles, ranked: rank(assessment, scorecard: scorecard), assessment: assessment,
            scorecard: scorecard)
    }

    /// A new plan from the planner's proposal: its focus principles and their problem areas, no actions
    /// yet, and a follow-up ``defaultFollowUpMonths`` months after the assessment.
    public func draftPlan(for assessment: Assessment, scorecard: Scorecard) -> DevelopmentPlan {
        let proposal = propose(assessment, scorecard: scorecard)
        var areas: [ProblemAreaID] = []
        for area in proposal.focus.flatMap(\.relatedProblemAreas) where !areas.contains(area) {
            areas.append(area)
        }
        return DevelopmentPlan(
            focusPrinciples: proposal.focus.map(\.principle), focusProblemAreas: areas,
            followUpDate: assessment.date.adding(months: Planner.defaultFollowUpMonths))
    }

    // MARK: - Ranking

    /// Every principle that has a current level or a target, in ranked order, each with its reason.
    public func rank(_ assessment: Assessment, scorecard: Scorecard) -> [RankedPrinciple] {
        let scale = assessment.questionnaire.scale
        let entries: [RankedPrinciple] = PrincipleID.allCases.compactMap { id in
            let score = scorecard.score(for: .principle(id))
            let consensus = assessment.consensus(for: id)
            let agreed = consensus?.score ?? score?.consensus
            let target = consensus?.target ?? score?.targetLevel
            let current: Double? =
                if let agreed {
                    Double(agreed)
                } else if let value = score?.score {
                    scale.minimum == 1 && scale.maximum == 5 ? value : 1 + 4 * scale.index(of: value) / 100
                } else {
                    nil
                }
            guard current != nil || target != nil else { return nil }
            let gap = target.flatMap { target in current.map { Double(target) - $0 } }
            let standing: RankedPrinciple.Standing =
                switch (gap, target) {
                case (let gap?, _): Shown(gap) > Shown(0) ? .belowTarget : .targetReached
                case (nil, nil): .noTarget
                case (nil, _?): .notScored
                }
            return RankedPrinciple(
                principle: id, rank: 0, current: current, target: target, gap: gap, spread: score?.spread,
                flagged: score?.flagged ?? false, standing: standing,
                reason: RankingReason(name: framework.principle(id).name, standing: standing))
        }
        var ranked = entries.sorted(by: precedes)
        for index in ranked.indices {
            ranked[index].rank = index + 1
            ranked[index].reason = reason(at: index, in: ranked)
        }
        return ranked
    }

    /// The ranking order: standing, then the figures that decide within it, then the report's order.
    private func precedes(_ a: RankedPrinciple, _ b: RankedPrinciple) -> Bool {
        let standings = RankedPrinciple.Standing.allCases
        if a.standing != b.standing {
            return standings.firstIndex(of: a.standing)! < standings.firstIndex(of: b.standing)!
        }
        if let decisive = decisiveCriterion(a, b) {
            switch decisive {
            case .gap: return Shown(a.gap) > Shown(b.gap)
            case .level: return Shown(a.current) < Shown(b.current)
            case .spread: return Shown(a.spread ?? 0) > Shown(b.spread ?? 0)
            }
        }
        return a.principle < b.principle
    }

    /// What tells two principles of the same standing apart, or `nil` when their figures are equal as
    /// shown.
    private func decisiveCriterion(_ a: RankedPrinciple, _ b: RankedPrinciple) -> Criterion? {
        if a.standing != .noTarget, Shown(a.gap) != Shown(b.gap) { return .gap }
        if Shown(a.current) != Shown(b.current) { return .level }
        if Shown(a.spread ?? 0) != Shown(b.spread ?? 0) { return .spread }
        return nil
    }

    private enum Criterion { case gap, level, spread }

    /// A figure as it is shown to a reader (one decimal), so that comparisons match what is read.
    private struct Shown: Comparable {
        var tenths: Int?
        init(_ value: Double?) { tenths = value.map { Int(($0 * 10).rounded()) } }
        static func < (lhs: Shown, rhs: Shown) -> Bool { (lhs.tenths ?? Int.min) < (rhs.tenths ?? Int.min) }
    }

    // MARK: - Reasons

    /// Why the entry stands where it does: its figures, and what set it apart from its neighbour where
    /// that is not obvious. The document layer words it.
    private func reason(at index: Int, in ranked: [RankedPrinciple]) -> RankingReason {
        let entry = ranked[index]
        return RankingReason(
            name: framework.principle(entry.principle).name, standing: entry.standing, current: entry.current,
            target: entry.target, gap: entry.gap,
            qualifier: entry.standing.isProposable ? qualifier(at: index, in: ranked) : nil,
            flagged: entry.flagged)
    }

    /// Why an entry stands where it does relative to a neighbour of the same standing: tied with the
    /// one above, what put it below; tied with the one below, what put it above; else, for the first of
    /// its group, that it has the largest gap or the lowest level.
    private func qualifier(at index: Int, in ranked: [RankedPrinciple]) -> RankingReason.Qualifier? {
        let entry = ranked[index]
        let above = index > 0 && ranked[index - 1].standing == entry.standing ? ranked[index - 1] : nil
        let below =
            index + 1 < ranked.count && ranked[index + 1].standing == entry.standing ? ranked[index + 1] : nil
        let primary: Criterion = entry.standing == .belowTarget ? .gap : .level
        if let above, decisiveCriterion(above, entry) != primary {
            return tie(entry, with: above, decidedBy: decisiveCriterion(above, entry), entryIsFirst: false)
        }
        if let below, decisiveCriterion(entry, below) != primary {
            return tie(entry, with: below, decidedBy: decisiveCriterion(entry, below), entryIsFirst: true)
        }
        guard above == nil else { return nil }
        switch entry.standing {
        case .belowTarget: return .largestGap
        case .noTarget where index == 0: return .lowestLevel
        case .noTarget: return .lowestWithoutTarget
        default: return nil
        }
    }

    /// How two entries with the same primary figure were told apart.
    private func tie(
        _ entry: RankedPrinciple, with other: RankedPrinciple, decidedBy criterion: Criterion?,
        entryIsFirst: Bool
    ) -> RankingReason.Qualifier {
        let name = framework.principle(other.principle).name
        let byGap = entry.standing == .belowTarget
        switch (criterion, entryIsFirst) {
        case (.level, true): return .sameGapLowerLevel(other: name)
        case (.level, false): return .sameGapHigherLevel(other: name)
        case (.spread, true):
            return .moreDisagreement(
                other: name, byGap: byGap, spread: entry.spread ?? 0, otherSpread: other.spread ?? 0)
        case (.spread, false):
            return .lessDisagreement(
                other: name, byGap: byGap, spread: entry.spread ?? 0, otherSpread: other.spread ?? 0)
        case (.gap, _), (nil, _): return .sameFigures(other: name)
        }
    }

    // MARK: - Problem areas and measures

    /// The problem areas scored above the middle of the scale, most present first.
    private func presentProblemAreas(_ assessment: Assessment, scorecard: Scorecard) -> [ProblemAreaID] {
        let scale = assessment.questionnaire.scale
        let middle = Double(scale.minimum + scale.maximum) / 2
        var present: [(id: ProblemAreaID, score: Double)] = []
        for entry in scorecard.problemAreas {
            if let id = entry.target.problemArea, let score = entry.score, score > middle {
                present.append((id, score))
            }
        }
        present.sort { a, b in a.score != b.score ? a.score > b.score : a.id < b.id }
        return present.map(\.id)
    }

    /// Focus proposals for the given principles; measures in `excluded` (e.g. those the team's actions
    /// already build on) are not offered again.
    func focus(
        on principles: [PrincipleID], ranked: [RankedPrinciple], assessment: Assessment, scorecard: Scorecard,
        excluding excluded: Set<String> = []
    ) -> [FocusProposal] {
        let present = presentProblemAreas(assessment, scorecard: scorecard)
        let measured = !scorecard.problemAreas.allSatisfy { $0.score == nil }
        var offered = excluded
        return principles.enumerated().map { offset, id in
            let entry = ranked.first { $0.principle == id }
            let linked = framework.problemAreas(linkedTo: id).map(\.id)
            let related = Array(
                (measured ? present.filter(linked.contains) : linked).prefix(maximumProblemAreas))
            let chosen = measures(for: id, addressing: related, excluding: offered)
            offered.formUnion(chosen)
            return FocusProposal(
                principle: id, rank: entry?.rank ?? offset + 1, current: entry?.current,
                target: entry?.target,
                gap: entry?.gap, spread: entry?.spread, flagged: entry?.flagged ?? false,
                reason: entry?.reason ?? RankingReason(name: framework.principle(id).name, standing: nil),
                relatedProblemAreas: related, measures: chosen)
        }
    }

    /// Up to ``maximumMeasures`` measures for a focus principle: those that serve it and address a
    /// related problem area first, then those that serve it, then those that address a related problem
    /// area; a quick win and long-term work where there are both; quick wins listed first.
    func measures(
        for principle: PrincipleID, addressing areas: [ProblemAreaID], excluding offered: Set<String> = []
    )
        -> [String]
    {
        func relevance(_ measure: Measure) -> Int {
            let overlap = measure.problemAreas.filter(areas.contains).count
            return (measure.principles.contains(principle) ? 100 : 0) + overlap
        }
        let ordered = framework.measures.enumerated()
            .filter { !offered.contains($0.element.id) && relevance($0.element) > 0 }
            .sorted { a, b in
                let (ra, rb) = (relevance(a.element), relevance(b.element))
                return ra != rb ? ra > rb : a.offset < b.offset
            }
            .map(\.element)
        var chosen: [Measure] = []
        for horizon in Horizon.allCases {
            if chosen.count < maximumMeasures, let first = ordered.first(where: { $0.horizon == horizon }) {
                chosen.append(first)
            }
        }
        for measure in ordered where chosen.count < maximumMeasures && !chosen.contains(measure) {
            chosen.append(measure)
        }
        return Horizon.allCases.flatMap { horizon in
            ordered.filter { chosen.contains($0) && $0.horizon == horizon }.map(\.id)
        }
    }
}
