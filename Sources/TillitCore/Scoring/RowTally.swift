/// What `report` and `plan` gather from the rows of an assessment file of format version 2 while the one
/// pass that checks the file reads them (``JSONValidator/Row``), so that the rows are read once, not
/// twice.
///
/// The pass meets the rows before the rest of the document is decoded, so what the rows mean — which
/// group a number names, whether a digit is on the scale, how many statements there are — is not known
/// yet. The rows are therefore counted by what they say: per group *number* (and no group), per
/// position and per answer character. ``tally(questionnaire:groups:)`` then checks, on these counts,
/// everything a row must satisfy (``ParticipantRows``): a group number that exists, no more answers than
/// statements, digits on the scale, a name that is not blank. When all holds, the counts become the
/// scorer's ``GroupedTally`` and the ``Roster``; when not, it returns `nil` and the rows are read again,
/// by the reader that says which row breaks which rule.
struct RowTally {
    /// The counts of one group number, or of the rows without a group.
    private struct Counts {
        var rows = 0
        /// Rows with at least one answer.
        var respondents = 0
        /// `characters[position * 16 + character & 15]`, as ``Tally`` counts characters.
        var characters: [Int] = []
    }

    /// Group numbers past this, rows of more answers than ``answerLimit``, or counts of more than
    /// ``cellLimit`` cells in all are not counted here: the rows are read again instead, by a reader that
    /// knows the questionnaire. A file written by Tillit has a handful of groups and tens of answers; the
    /// limits keep a hostile one (thousands of groups, each with a row of thousands of answers) from
    /// costing gigabytes before the rest of the document says it is wrong.
    static let groupLimit = 4096
    static let answerLimit = 4096
    static let cellLimit = 1 << 20

    /// Index 0 for rows without a group, `n + 1` for group number `n`.
    private var groups: [Counts] = []
    private var rows = 0
    /// The first names, as many as a ``Roster`` lists.
    private var names: [String] = []
    /// The most answers a row has.
    private var longest = 0
    /// Whether a row was beyond what is counted here, or its name may be blank.
    private var mustReread = false
    /// The cells of all groups' `characters`, held within ``cellLimit``.
    private var cells = 0

    /// Counts one row, as the check pass hands it on.
    mutating func add(_ row: JSONValidator.Row) {
        rows += 1
        if rows <= Roster.nameLimit { names.append(ParticipantRows.text(ofName: row.name)) }
        if ParticipantRows.mayBeBlank(row.name), ParticipantRows.text(ofName: row.name).isBlank {
            mustReread = true
        }
        let slot = row.group.map { $0 + 1 } ?? 0
        let answers = row.answers
        guard !mustReread, slot <= Self.groupLimit, answers.count <= Self.answerLimit else {
            mustReread = true
            return
        }
        if slot >= groups.count { groups += Array(repeating: Counts(), count: slot + 1 - groups.count) }
        longest = max(longest, answers.count)
        groups[slot].rows += 1
        guard let codes = answers.baseAddress, !answers.isEmpty else { return }
        groups[slot].respondents += 1
        let growth = answers.count * 16 - groups[slot].characters.count
        if growth > 0 {
            cells += growth
            guard cells <= Self.cellLimit else {
                mustReread = true
                return
            }
            groups[slot].characters += Array(repeating: 0, count: growth)
        }
        groups[slot].characters.withUnsafeMutableBufferPointer { characters in
            guard let table = characters.baseAddress else { return }
            for position in 0..<answers.count { table[position &<< 4 | Int(codes[position] & 0x0F)] &+= 1 }
        }
    }

    /// Adds the counts of `later`, a tally of the rows that follow this one's in the file (counted apart,
    /// on another thread): the result is what counting all the rows in one tally gives.
    mutating func append(_ later: RowTally) {
        names += later.names.prefix(max(0, Roster.nameLimit - names.count))
        rows += later.rows
        mustReread = mustReread || later.mustReread
        longest = max(longest, later.longest)
        guard !mustReread else { return }
        if later.groups.count > groups.count {
            groups += Array(repeating: Counts(), count: later.groups.count - groups.count)
        }
        for (slot, counts) in later.groups.enumerated() {
            groups[slot].rows += counts.rows
            groups[slot].respondents += counts.respondents
            let growth = counts.characters.count - groups[slot].characters.count
            if growth > 0 {
                cells += growth
                groups[slot].characters += Array(repeating: 0, count: growth)
            }
            for (cell, count) in counts.characters.enumerated() { groups[slot].characters[cell] += count }
        }
        if cells > Self.cellLimit { mustReread = true }
    }

    /// The counts as the scorer's tally and the roster, for a document with this questionnaire and these
    /// groups; `nil` when a row breaks a rule, so that the rows are read again to say which.
    func tally(questionnaire: Questionnaire, groups names: [String]) -> (tally: GroupedTally, roster: Roster)?
    {
        guard !mustReread, longest <= questionnaire.items.count, groups.count <= names.count + 1 else {
            return nil
        }
        // The check pass lets through only digits and `-`; a digit off the scale breaks a rule.
        let steps = AnswerCode(questionnaire.scale).steps
        for counts in groups {
            for (index, count) in counts.characters.enumerated() where count > 0 {
                if steps[Int(AnswerCode.character(lowBits: index & 15))] == AnswerCode.invalid { return nil }
            }
        }
        var tally = GroupedTally(questionnaire)
        var withoutRole = 0
        for (index, counts) in groups.enumerated() where counts.rows > 0 {
            let slot = index == 0 ? nil : tally.slot(for: names[index - 1])
            if slot == nil { withoutRole += counts.rows }
            tally.add(
                slot: slot, members: counts.rows, respondents: counts.respondents,
                characters: counts.characters)
        }
        let roster = Roster(
            count: rows, withoutRole: withoutRole, names: rows <= Roster.nameLimit ? self.names : nil)
        return (tally, roster)
    }
}
