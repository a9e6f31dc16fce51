/// Scores assessments: pure functions from answers to statistics.
///
/// Per item: counts, don't-know, mean, median, sample standard deviation, range and distribution. Per
/// principle and problem area: the mean of the item means and its index 0–100. Disagreement: an item
/// is flagged when its answers span three or more steps. Groups: the same per role. Every scorecard
/// comes out with ``DisclosureControl`` already applied, so nothing downstream can show a withheld
/// figure.
public struct Scorer: Sendable {
    /// The disclosure rules applied to every scorecard.
    public let disclosure: DisclosureControl

    /// The smallest number of people behind a figure that is shown; three by default.
    public var anonymityThreshold: Int { disclosure.threshold }

    /// Creates a scorer with the default anonymity threshold of three.
    public init() {
        disclosure = DisclosureControl()
    }

    /// Creates a scorer with an anonymity threshold; refuses one below three.
    public init(anonymityThreshold: Int) throws(DisclosureError) {
        disclosure = try DisclosureControl(threshold: anonymityThreshold)
    }

    /// Creates a scorer applying the given disclosure rules.
    public init(disclosure: DisclosureControl) {
        self.disclosure = disclosure
    }

    /// Scores a whole assessment, with the team's consensus and per-group scores.
    ///
    /// One pass over the answers counts for everyone and for each role at once, so an imported survey
    /// of 100,000 respondents scores in milliseconds.
    public func score(_ assessment: Assessment) -> Scorecard {
        var tally = GroupedTally(assessment.questionnaire)
        for participant in assessment.participants {
            participant.answers.withUnsafeBufferPointer { tally.add(role: participant.role, answers: $0) }
        }
        return tally.scorecard(self, consensus: assessment.consensus)
    }

    /// Scores a set of participants' answers to a questionnaire, without groups.
    public func score(
        questionnaire: Questionnaire, participants: ArraySlice<Participant>, consensus: [Consensus]
    ) -> Scorecard {
        var tally = Tally(questionnaire)
        for participant in participants { participant.answers.withUnsafeBufferPointer { tally.add($0) } }
        return tally.scorecard(self, consensus: consensus)
    }

    /// Builds a scorecard from per-item counts per scale step (`counts[item * steps + step]`); the entry
    /// point for streaming importers that never hold individual answers.
    public func scorecard(
        questionnaire: Questionnaire, counts: [Int], dontKnow: [Int], respondents: Int, consensus: [Consensus]
    ) -> Scorecard {
        scorecard(
            questionnaire: questionnaire,
            items: itemStatistics(questionnaire: questionnaire, counts: counts, dontKnow: dontKnow),
            respondents: respondents, consensus: consensus)
    }

    /// Each item's statistics from the counts, withheld under the threshold.
    func itemStatistics(questionnaire: Questionnaire, counts: [Int], dontKnow: [Int]) -> [ItemStatistics] {
        let scale = questionnaire.scale
        let stepCount = scale.steps.count
        return questionnaire.items.enumerated().map { index, item in
            ItemStatistics(
                itemID: item.id, target: item.target,
                counts: Array(counts[(index * stepCount)..<((index + 1) * stepCount)]),
                dontKnow: dontKnow[index], scale: scale, anonymityThreshold: anonymityThreshold)
        }
    }

    /// The scorecard from items whose disclosure is already decided: the principles and problem areas
    /// are computed from the shown items only, the principle index from the shown principles only.
    func scorecard(
        questionnaire: Questionnaire, items: [ItemStatistics], respondents: Int, consensus: [Consensus]
    ) -> Scorecard {
        let scale = questionnaire.scale
        var principles: [TargetScore] = []
        var problemAreas: [TargetScore] = []
        // An unscored item (national-2019's question 7) keeps its statistics but counts towards no target.
        let scored = items.enumerated().filter { questionnaire.items[$0.offset].isScored }.map(\.element)
        for target in questionnaire.targets {
            let score = TargetScore(
                target: target, items: scored.filter { $0.target == target }, scale: scale,
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

/// Counts of answers per item and scale step for a set of participants, built up one participant at a
/// time: everything a scorecard needs, without holding the participants.
struct Tally {
    let questionnaire: Questionnaire
    let stepCount: Int
    let itemCount: Int
    let minimum: Int
    /// `counts[item * stepCount + step]`, of the answers counted as numbers (``add(_:)-(UnsafeBufferPointer<Int?>)``).
    private var numbers: [Int]
    private var numbersDontKnow: [Int]
    /// `characters[item * 16 + character & 15]`, of the answers counted as characters
    /// (``AnswerCode``): the low four bits tell the digits and `-` apart, so that counting an answer is
    /// one addition at an address computed from its byte, without a table or a branch — the loop every
    /// answer of a large survey goes through, twice (import and report). Folded into steps when read.
    private var characters: [Int]
    var respondents = 0

    /// Both kinds of counts as steps: `counts[item * stepCount + step]`, the answers on the scale per item
    /// and step, and the *don't know* answers per item.
    var folded: (counts: [Int], dontKnow: [Int]) {
        var counts = numbers
        var dontKnow = numbersDontKnow
        let steps = AnswerCode(questionnaire.scale).steps
        for item in 0..<itemCount {
            for low in 0..<16 {
                let count = characters[item * 16 + low]
                guard count > 0 else { continue }
                let step = steps[Int(AnswerCode.character(lowBits: low))]
                if Int(step) < stepCount {
                    counts[item * stepCount + Int(step)] += count
                } else if step == AnswerCode.dontKnowStep {
                    dontKnow[item] += count
                }
            }
        }
        return (counts, dontKnow)
    }

    init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        stepCount = questionnaire.scale.steps.count
        itemCount = questionnaire.items.count
        minimum = questionnaire.scale.minimum
        numbers = [Int](repeating: 0, count: itemCount * stepCount)
        numbersDontKnow = [Int](repeating: 0, count: itemCount)
        characters = [Int](repeating: 0, count: itemCount * 16)
    }

    /// Counts one participant's answers; `answers[i]` answers item `i`, `nil` is *don't know*.
    mutating func add(_ answers: UnsafeBufferPointer<Int?>) {
        if !answers.isEmpty { respondents += 1 }
        let stepCount = stepCount
        let minimum = minimum
        let limit = min(answers.count, itemCount)
        numbers.withUnsafeMutableBufferPointer { counts in
            numbersDontKnow.withUnsafeMutableBufferPointer { dontKnow in
                for item in 0..<limit {
                    if let answer = answers[item] {
                        let step = answer - minimum
                        if step >= 0, step < stepCount { counts[item * stepCount + step] += 1 }
                    } else {
                        dontKnow[item] += 1
                    }
                }
            }
        }
    }

    /// Counts one participant's answers written as characters (``AnswerCode``), which the caller has
    /// checked against the scale (``AnswerCode/steps``): how an import counts as it writes the rows, and
    /// how a file of format version 2 is scored without a ``Participant`` per row.
    mutating func add(codes: UnsafeBufferPointer<UInt8>) {
        guard !codes.isEmpty else { return }
        respondents += 1
        let limit = min(codes.count, itemCount)
        characters.withUnsafeMutableBufferPointer { characters in
            guard let table = characters.baseAddress, let codes = codes.baseAddress else { return }
            for item in 0..<limit { table[item &<< 4 | Int(codes[item] & 0x0F)] &+= 1 }
        }
    }

    /// Counts participants whose answers were counted by character elsewhere (``RowTally``):
    /// `characters[position * 16 + character & 15]`, for no more positions than there are items.
    mutating func add(respondents: Int, characters: [Int]) {
        self.respondents += respondents
        for index in characters.indices { self.characters[index] += characters[index] }
    }

    /// Adds another tally's counts, e.g. a group's to everyone's.
    mutating func add(_ other: Tally) {
        respondents += other.respondents
        for index in numbers.indices { numbers[index] += other.numbers[index] }
        for index in numbersDontKnow.indices { numbersDontKnow[index] += other.numbersDontKnow[index] }
        for index in characters.indices { characters[index] += other.characters[index] }
    }

    func scorecard(_ scorer: Scorer, consensus: [Consensus]) -> Scorecard {
        let (counts, dontKnow) = folded
        return scorer.scorecard(
            questionnaire: questionnaire, counts: counts, dontKnow: dontKnow, respondents: respondents,
            consensus: consensus)
    }

    /// The scored answers per item.
    var answersPerItem: [Int] {
        let counts = folded.counts
        return (0..<itemCount).map { item in
            counts[(item * stepCount)..<((item + 1) * stepCount)].reduce(0, +)
        }
    }
}

/// Counts for everyone and for each group (role) at once, fed one participant at a time: what
/// ``Scorer/score(_:)`` and a streaming survey import both build a scorecard from.
///
/// Each answer is counted once — in its group's tally, or in everyone's for a participant without a
/// group — and the groups are added to everyone's at the end.
struct GroupedTally {
    private var everyone: Tally
    private var groupOf: [String: Int] = [:]
    /// The groups' names, in the order of `tallies`.
    private var names: [String] = []
    private var tallies: [Tally] = []
    private var members: [Int] = []
    private let questionnaire: Questionnaire

    init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        everyone = Tally(questionnaire)
    }

    /// Counts one participant's answers, in their group when they have a (non-blank) role.
    mutating func add(role: String?, answers: UnsafeBufferPointer<Int?>) {
        guard let slot = role.flatMap({ slot(for: $0) }) else {
            everyone.add(answers)
            return
        }
        members[slot] += 1
        tallies[slot].add(answers)
    }

    /// Counts one participant's answers written as characters (``AnswerCode``), in their group when
    /// they have a (non-blank) role; how an import counts as it writes the rows.
    mutating func add(role: String?, codes: UnsafeBufferPointer<UInt8>) {
        add(slot: role.flatMap { slot(for: $0) }, codes: codes)
    }

    /// The slot a role is counted in, for ``add(slot:codes:)``: `nil` for a blank role.
    mutating func slot(for role: String) -> Int? {
        // A survey has a handful of groups: comparing the role with each (small strings compare as two
        // words) costs less than hashing it, once per participant.
        if tallies.count <= 8, let known = names.firstIndex(of: role) {
            return known
        } else if tallies.count > 8, let known = groupOf[role] {
            return known
        }
        // Checked once per group, not per participant: a blank role is no group.
        if role.isBlank { return nil }
        groupOf[role] = tallies.count
        names.append(role)
        tallies.append(Tally(questionnaire))
        members.append(0)
        return tallies.count - 1
    }

    /// Counts one participant's answers written as characters (``AnswerCode``) in a slot from
    /// ``slot(for:)``, or in everyone's for `nil`.
    mutating func add(slot: Int?, codes: UnsafeBufferPointer<UInt8>) {
        guard let slot else {
            everyone.add(codes: codes)
            return
        }
        members[slot] += 1
        tallies[slot].add(codes: codes)
    }

    /// Counts `members` participants, `respondents` of whom answered, whose answers were counted by
    /// character elsewhere (``RowTally``), in a slot from ``slot(for:)`` or in everyone's for `nil`.
    mutating func add(slot: Int?, members: Int, respondents: Int, characters: [Int]) {
        guard let slot else {
            everyone.add(respondents: respondents, characters: characters)
            return
        }
        self.members[slot] += members
        tallies[slot].add(respondents: respondents, characters: characters)
    }

    /// Adds another's counts, group by group: those of a later part of the same file, counted apart.
    mutating func add(_ other: GroupedTally) {
        everyone.add(other.everyone)
        for (index, name) in other.names.enumerated() {
            guard let slot = slot(for: name) else { continue }
            members[slot] += other.members[index]
            tallies[slot].add(other.tallies[index])
        }
    }

    /// The scorecard for everyone, with the groups and the differences between the groups shown; the
    /// disclosure rules decide per group and statement what is shown (``DisclosureControl``).
    func scorecard(_ scorer: Scorer, consensus: [Consensus]) -> Scorecard {
        var all = everyone
        for tally in tallies { all.add(tally) }
        let roles = groupOf.sorted(by: { $0.key < $1.key })
        let cells = scorer.disclosure.groupCells(
            total: all.answersPerItem, groups: roles.map { tallies[$0.value].answersPerItem })
        var groups: [GroupScores] = []
        for ((role, group), withheldCells) in zip(roles, cells) {
            let tally = tallies[group]
            let (counts, dontKnow) = tally.folded
            let items = zip(
                scorer.itemStatistics(questionnaire: questionnaire, counts: counts, dontKnow: dontKnow),
                withheldCells
            ).map { statistics, reason in reason.map { statistics.withholding($0) } ?? statistics }
            let part = scorer.scorecard(
                questionnaire: questionnaire, items: items, respondents: tally.respondents, consensus: [])
            let shown = (part.principles + part.problemAreas).contains { $0.score != nil }
            groups.append(
                GroupScores(
                    group: role, participants: members[group], withheld: !shown,
                    reason: shown ? nil : withheldCells.contains(.complement) ? .complement : .fewerAnswers,
                    principles: shown ? part.principles : [], problemAreas: shown ? part.problemAreas : []))
        }
        var differences: [GroupDifference] = []
        let shown = groups.filter { !$0.withheld }
        if shown.count >= 2 {
            for target in questionnaire.targets {
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
        var card = all.scorecard(scorer, consensus: consensus)
        card.groups = groups
        card.groupDifferences = differences
        return card
    }
}
