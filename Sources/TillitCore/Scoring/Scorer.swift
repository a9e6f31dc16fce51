/// Scores assessments: pure functions from answers to statistics.
///
/// Per item: counts, don't-know, mean, median, sample standard deviation, range and distribution. Per
/// principle and problem area: the mean of the item means and its index 0–100. Disagreement: an item
/// is flagged when its answers span three or more steps. Groups: the same per role, with groups under
/// the anonymity threshold withheld.
public struct Scorer: Sendable {
    /// The smallest number of answers (or group members) for which distributions and group scores are
    /// shown. Three by default: with fewer, a participant could work out how a colleague answered.
    public var anonymityThreshold: Int

    /// Creates a scorer.
    public init(anonymityThreshold: Int = 3) {
        self.anonymityThreshold = max(1, anonymityThreshold)
    }

    /// Scores a whole assessment, with the team's consensus and per-group scores.
    public func score(_ assessment: Assessment) -> Scorecard {
        let everyone = score(
            questionnaire: assessment.questionnaire, participants: assessment.participants[...],
            consensus: assessment.consensus)
        var byRole: [String: [Participant]] = [:]
        for participant in assessment.participants {
            if let role = participant.role, !role.isBlank { byRole[role, default: []].append(participant) }
        }
        var groups: [GroupScores] = []
        if !byRole.isEmpty {
            for (role, members) in byRole.sorted(by: { $0.key < $1.key }) {
                let withheld = members.count < anonymityThreshold
                let part = withheld
                    ? nil
                    : score(questionnaire: assessment.questionnaire, participants: members[...], consensus: [])
                groups.append(
                    GroupScores(
                        group: role, participants: members.count, withheld: withheld,
                        principles: part?.principles ?? [], problemAreas: part?.problemAreas ?? []))
            }
        }
        var differences: [GroupDifference] = []
        let shown = groups.filter { !$0.withheld }
        if shown.count >= 2 {
            for target in assessment.questionnaire.targets {
                let scored = shown.compactMap { group in
                    (group.principles + group.problemAreas).first { $0.target == target }?.score.map {
                        (group.group, $0)
                    }
                }
                guard let high = scored.max(by: { $0.1 < $1.1 }), let low = scored.min(by: { $0.1 < $1.1 }),
                    scored.count >= 2
                else { continue }
                differences.append(
                    GroupDifference(
                        target: target, highestGroup: high.0, highestScore: high.1, lowestGroup: low.0,
                        lowestScore: low.1))
            }
            differences.sort { ($0.difference, $1.target) > ($1.difference, $0.target) }
        }
        var card = everyone
        card.groups = groups
        card.groupDifferences = differences
        return card
    }

    /// Scores a set of participants' answers to a questionnaire, without groups.
    public func score(
        questionnaire: Questionnaire, participants: ArraySlice<Participant>, consensus: [Consensus]
    ) -> Scorecard {
        let scale = questionnaire.scale
        let stepCount = scale.steps.count
        let itemCount = questionnaire.items.count
        // counts[item * stepCount + step]
        var counts = [Int](repeating: 0, count: itemCount * stepCount)
        var dontKnow = [Int](repeating: 0, count: itemCount)
        var respondents = 0
        let minimum = scale.minimum
        for participant in participants {
            if !participant.answers.isEmpty { respondents += 1 }
            for (item, answer) in participant.answers.prefix(itemCount).enumerated() {
                if let answer {
                    let step = answer - minimum
                    if step >= 0, step < stepCount { counts[item * stepCount + step] += 1 }
                } else {
                    dontKnow[item] += 1
                }
            }
        }
        return scorecard(
            questionnaire: questionnaire, counts: counts, dontKnow: dontKnow, respondents: respondents,
            consensus: consensus)
    }

    /// Builds a scorecard from per-item counts per scale step (`counts[item * steps + step]`); the entry
    /// point for streaming importers that never hold individual answers.
    public func scorecard(
        questionnaire: Questionnaire, counts: [Int], dontKnow: [Int], respondents: Int, consensus: [Consensus]
    ) -> Scorecard {
        let scale = questionnaire.scale
        let stepCount = scale.steps.count
        let items = questionnaire.items.enumerated().map { index, item in
            ItemStatistics(
                itemID: item.id, target: item.target,
                counts: Array(counts[(index * stepCount)..<((index + 1) * stepCount)]),
                dontKnow: dontKnow[index], scale: scale, anonymityThreshold: anonymityThreshold)
        }
        var principles: [TargetScore] = []
        var problemAreas: [TargetScore] = []
        for target in questionnaire.targets {
            let score = TargetScore(
                target: target, items: items.filter { $0.target == target }, scale: scale,
                consensus: target.principle.flatMap { id in consensus.first { $0.principle == id } })
            if target.principle != nil { principles.append(score) } else { problemAreas.append(score) }
        }
        let indices = principles.compactMap(\.index)
        return Scorecard(
            anonymityThreshold: anonymityThreshold, respondents: respondents, items: items,
            principles: principles, problemAreas: problemAreas,
            principleIndex: indices.isEmpty ? nil : indices.reduce(0, +) / Double(indices.count),
            groups: [], groupDifferences: [])
    }
}
