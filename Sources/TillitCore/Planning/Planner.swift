/// Turns a scored assessment into a proposal for a development plan.
///
/// Principles are ranked by the largest gap (target − current) first, then the lowest score, then the
/// widest disagreement, then the report's order; a principle whose target is already reached is not
/// proposed. Each focus principle is linked to the problem areas most present among those it
/// addresses, and offered measures from the catalogue that serve it — those that also address the
/// linked problem areas first, with a quick win and long-term work where the catalogue has both. By
/// default the plan never holds more than a team can carry: three focus principles, three measures each.
public struct Planner: Sendable {
    /// The framework whose catalogue the measures come from.
    public var framework: Framework
    /// The most focus principles proposed.
    public var maximumFocus: Int
    /// The most measures proposed per focus principle.
    public var maximumMeasures: Int

    /// Creates a planner.
    public init(framework: Framework = .sou2019_43, maximumFocus: Int = 3, maximumMeasures: Int = 3) {
        self.framework = framework
        self.maximumFocus = max(1, maximumFocus)
        self.maximumMeasures = max(0, maximumMeasures)
    }

    /// Proposes focus principles, problem areas and measures for an assessment and its scorecard.
    public func propose(_ assessment: Assessment, scorecard: Scorecard) -> PlanProposal {
        let scale = assessment.questionnaire.scale
        let middle = Double(scale.minimum + scale.maximum) / 2
        struct Candidate {
            var principle: PrincipleID
            var current: Double?
            var target: Int?
            var gap: Double?
            var spread: Double?
            var flagged: Bool
        }
        let candidates: [Candidate] = PrincipleID.allCases.compactMap { id in
            let score = scorecard.score(for: .principle(id))
            let consensus = assessment.consensus(for: id)
            let current = consensus?.score.map(Double.init) ?? score?.score
            let target = consensus?.target
            guard current != nil || target != nil else { return nil }
            let gap = target.flatMap { target in current.map { Double(target) - $0 } }
            return Candidate(
                principle: id, current: current, target: target, gap: gap, spread: score?.spread,
                flagged: score?.flagged ?? false)
        }
        let ranked = candidates.sorted { a, b in
            if (a.gap ?? -.infinity) != (b.gap ?? -.infinity) { return (a.gap ?? -.infinity) > (b.gap ?? -.infinity) }
            if (a.current ?? .infinity) != (b.current ?? .infinity) {
                return (a.current ?? .infinity) < (b.current ?? .infinity)
            }
            if (a.spread ?? 0) != (b.spread ?? 0) { return (a.spread ?? 0) > (b.spread ?? 0) }
            return a.principle < b.principle
        }
        let presentAreas = scorecard.problemAreas
            .filter { ($0.score ?? -.infinity) > middle }
            .sorted { ($0.score ?? 0, $1.target) > ($1.score ?? 0, $0.target) }
            .compactMap(\.target.problemArea)
        let eligible = ranked.filter { ($0.gap ?? 1) > 0 }
        let largestGap = eligible.first?.gap
        let lowest = eligible.compactMap(\.current).min()
        let focus = eligible.prefix(maximumFocus).enumerated().map { offset, candidate in
            let related = relatedProblemAreas(candidate.principle, scorecard: scorecard, middle: middle)
            return FocusProposal(
                principle: candidate.principle, rank: offset + 1, current: candidate.current,
                target: candidate.target, gap: candidate.gap, spread: candidate.spread,
                flagged: candidate.flagged,
                reason: reason(
                    for: candidate.principle, gap: candidate.gap, current: candidate.current,
                    flagged: candidate.flagged, isLargestGap: candidate.gap != nil && candidate.gap == largestGap,
                    isLowest: candidate.current != nil && candidate.current == lowest),
                relatedProblemAreas: related,
                measures: measures(for: candidate.principle, addressing: related))
        }
        return PlanProposal(focus: focus, ranking: ranked.map(\.principle), problemAreas: presentAreas)
    }

    /// The problem areas linked to a principle, most present first; those scored at or below the middle
    /// of the scale are left out, and unscored ones come last.
    func relatedProblemAreas(_ principle: PrincipleID, scorecard: Scorecard, middle: Double) -> [ProblemAreaID] {
        let linked = framework.problemAreas(linkedTo: principle).map(\.id)
        let scored = linked.map { ($0, scorecard.score(for: .problemArea($0))?.score) }
        return scored
            .filter { $0.1 == nil || $0.1! > middle }
            .sorted { ($0.1 ?? -1, $1.0) > ($1.1 ?? -1, $0.0) }
            .map(\.0)
    }

    /// Up to ``maximumMeasures`` measures serving the principle: those addressing the related problem
    /// areas first, then with both horizons represented where the catalogue allows.
    func measures(for principle: PrincipleID, addressing areas: [ProblemAreaID]) -> [String] {
        let serving = framework.measures(serving: principle)
        let ordered = serving.enumerated().sorted { a, b in
            let overlapA = a.element.problemAreas.filter(areas.contains).count
            let overlapB = b.element.problemAreas.filter(areas.contains).count
            return overlapA != overlapB ? overlapA > overlapB : a.offset < b.offset
        }.map(\.element)
        var chosen: [Measure] = []
        for horizon in Horizon.allCases {
            if chosen.count < maximumMeasures, let first = ordered.first(where: { $0.horizon == horizon }) {
                chosen.append(first)
            }
        }
        for measure in ordered where chosen.count < maximumMeasures && !chosen.contains(measure) {
            chosen.append(measure)
        }
        return ordered.filter(chosen.contains).map(\.id)
    }

    private func reason(
        for principle: PrincipleID, gap: Double?, current: Double?, flagged: Bool, isLargestGap: Bool,
        isLowest: Bool
    ) -> LocalizedText {
        let name = framework.principle(principle).name
        var sv: [String] = []
        var en: [String] = []
        if let gap {
            sv.append("gap \(Formatting.decimal(gap, language: .sv))" + (isLargestGap ? ", det största" : ""))
            en.append("gap \(Formatting.decimal(gap, language: .en))" + (isLargestGap ? ", the largest" : ""))
        }
        if let current, gap == nil || isLowest {
            sv.append("nivå \(Formatting.decimal(current, language: .sv))" + (isLowest ? ", den lägsta" : ""))
            en.append("score \(Formatting.decimal(current, language: .en))" + (isLowest ? ", the lowest" : ""))
        }
        if flagged {
            sv.append("gruppen är oenig")
            en.append("the team disagrees")
        }
        return LocalizedText(
            sv: "\(name.sv): " + sv.joined(separator: "; ") + ".",
            en: "\(name.en): " + en.joined(separator: "; ") + ".")
    }
}
