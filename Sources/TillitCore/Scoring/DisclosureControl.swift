/// The one set of rules that decides which figures the tool may show, so that no one can work out how a
/// colleague answered — not from one figure, not by subtracting figures from each other, not by
/// comparing two assessments or two states of the workshop's group view.
///
/// Every output reads a ``Scorecard`` (or a ``Comparison``) that these rules have already been applied
/// to, so no renderer can show a figure the rules withhold. The rules, as the README's privacy section
/// states them:
///
/// - **A cell** is a statement, for the whole team or for one group. It counts the people who gave a
///   scored answer to it; *don't know* and unanswered do not count. A principle or problem area is
///   computed from its shown statements only, so it too rests on at least the threshold of people.
/// - **Primary suppression**: a cell under the threshold shows no statistic at all — no mean, median,
///   minimum, maximum, spread, distribution or flag — only that it is withheld and why.
/// - **Secondary suppression**: per statement, the people who answered but are in no shown group (those
///   in withheld groups and those without a role) must be none or at least the threshold, or the total
///   minus the shown groups would be their answers. While they are fewer, the smallest shown group (by
///   answers, then by name) is withheld too.
/// - **Over time**: see ``changedPeople(old:new:)`` and ``groupViewCohort(participants:shown:)``.
///
/// The threshold is at least three: with two people, each can deduce the other's answers from their own.
public struct DisclosureControl: Sendable, Hashable {
    /// The lowest threshold there is.
    public static let minimumThreshold = 3

    /// The smallest number of people behind any figure that is shown.
    public let threshold: Int

    /// The rules with the default threshold of three.
    public init() {
        threshold = DisclosureControl.minimumThreshold
    }

    /// The rules with a threshold; refuses one below ``minimumThreshold``.
    public init(threshold: Int) throws(DisclosureError) {
        guard threshold >= DisclosureControl.minimumThreshold else {
            throw .thresholdTooLow(given: threshold, minimum: DisclosureControl.minimumThreshold)
        }
        self.threshold = threshold
    }

    /// Whether a cell with this many scored answers is under the threshold (primary suppression). A
    /// cell without answers has nothing to withhold.
    func isTooSmall(_ answers: Int) -> Bool {
        answers > 0 && answers < threshold
    }

    /// Decides, per group and statement, which group cells are withheld: those under the threshold, then
    /// as many more as the complement rule needs.
    ///
    /// - Parameters:
    ///   - total: the scored answers per statement for everyone.
    ///   - groups: the scored answers per statement for each group, groups in a fixed order (by name).
    /// - Returns: per group and statement, the reason it is withheld, or `nil` when it may be shown.
    func groupCells(total: [Int], groups: [[Int]]) -> [[WithheldReason?]] {
        var result: [[WithheldReason?]] = groups.map { answers in
            answers.map { $0 < threshold ? .fewerAnswers : nil }
        }
        for item in total.indices {
            var shown = groups.indices.filter { result[$0][item] == nil }
            while !shown.isEmpty {
                let rest = total[item] - shown.reduce(0) { $0 + groups[$1][item] }
                if rest == 0 || rest >= threshold { break }
                // The smallest shown group joins the rest; ties go to the first by name.
                let smallest = shown.min { (groups[$0][item], $0) < (groups[$1][item], $1) }!
                result[smallest][item] = .complement
                shown.removeAll { $0 == smallest }
            }
        }
        return result
    }

    /// Rules with a threshold known to be valid, e.g. one a scorecard was made with.
    init(unchecked threshold: Int) {
        self.threshold = max(DisclosureControl.minimumThreshold, threshold)
    }

    /// Per statement id, how many people gave a scored answer to it in one assessment and not in the
    /// other: what the difference of the two assessments' figures would be made of.
    ///
    /// People are matched by name when both assessments name their participants (unique, non-blank names
    /// that are not an import's pseudonyms `R00001`, …); otherwise only the counts can be compared, and
    /// the difference in the number of scored answers is taken. A statement in only one of the two
    /// counts everyone who answered it.
    public func changedPeople(old: Assessment, new: Assessment) -> [String: Int] {
        func answered(_ assessment: Assessment) -> [String: [String]] {
            var result: [String: [String]] = [:]
            for (index, item) in assessment.questionnaire.items.enumerated() {
                result[item.id] = assessment.participants.filter { $0.answer(at: index) ?? nil != nil }.map(
                    \.name)
            }
            return result
        }
        let before = answered(old)
        let after = answered(new)
        let byName = DisclosureControl.namesPeople(old) && DisclosureControl.namesPeople(new)
        var result: [String: Int] = [:]
        for id in Set(before.keys).union(after.keys) {
            let a = before[id] ?? []
            let b = after[id] ?? []
            result[id] = byName ? Set(a).symmetricDifference(Set(b)).count : abs(a.count - b.count)
        }
        return result
    }

    /// Whether an assessment's participant names identify people: unique, non-blank, not pseudonyms.
    static func namesPeople(_ assessment: Assessment) -> Bool {
        let names = assessment.participants.map { $0.name.lowercased() }
        guard Set(names).count == names.count else { return false }
        return names.allSatisfy { name in
            !name.isBlank
                && !(name.first == "r" && name.count >= 6 && name.dropFirst().allSatisfy(\.isNumber))
        }
    }

    /// Which participants the workshop's group view may include, given the names it included when it
    /// was last shown (`nil` before it was first shown).
    ///
    /// The group view is on a shared screen, and everyone knows who came late. So it takes in
    /// newcomers only once, on every statement, none or at least the threshold of them have given a
    /// scored answer: the difference between what the screen showed before and after is then never
    /// fewer people's answers than that. Until then it keeps showing the participants it showed, and
    /// says how many are waiting.
    public func groupViewCohort(participants: [Participant], shown: [String]?) -> GroupViewCohort {
        let answered = participants.filter { !$0.answers.isEmpty }
        guard let shown else { return GroupViewCohort(included: answered.map(\.name), waiting: 0) }
        let before = Set(shown)
        let newcomers = answered.filter { !before.contains($0.name) }
        let items = newcomers.map(\.answers.count).max() ?? 0
        let enough = (0..<items).allSatisfy { item in
            let scored = newcomers.filter { $0.answer(at: item) ?? nil != nil }.count
            return scored == 0 || scored >= threshold
        }
        if newcomers.isEmpty || (newcomers.count >= threshold && enough) {
            return GroupViewCohort(included: answered.map(\.name), waiting: 0)
        }
        return GroupViewCohort(
            included: answered.filter { before.contains($0.name) }.map(\.name), waiting: newcomers.count)
    }
}

extension DisclosureControl {
    /// The groups that will be withheld even if every participant answers every statement: what the
    /// workshop's setup warns about while roles can still be changed. Fewer answers (*don't know*)
    /// can only withhold more.
    public func groupsWithheld(_ participants: [Participant]) -> [WithheldGroup] {
        var members: [String: Int] = [:]
        for participant in participants {
            guard let role = participant.role, !role.isBlank else { continue }
            members[role, default: 0] += 1
        }
        let roles = members.keys.sorted()
        let cells = groupCells(total: [participants.count], groups: roles.map { [members[$0]!] })
        return zip(roles, cells).compactMap { role, cell in
            cell[0].map { WithheldGroup(group: role, participants: members[role]!, reason: $0) }
        }
    }
}
