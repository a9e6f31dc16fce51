import Foundation

extension Scorer {
    /// Reads an assessment file and scores it, for commands that report on it (`report`, `plan`).
    ///
    /// A file of format version 2 is read in one pass over its bytes, which checks it and counts the rows
    /// straight into the scorer's tally and the ``Roster``, never holding a ``Participant``; the rows are
    /// read again only to say which breaks a rule. A file of version 1 is read whole. Either way the assessment comes without participants; the
    /// roster says how many took part and names them while they are few. The scorecard is what
    /// ``score(_:)`` gives for the whole assessment.
    public func readScored(
        from url: URL, file: String
    ) throws -> (assessment: Assessment, scorecard: Scorecard, roster: Roster) {
        let loaded: (data: Data, mapped: Bool)
        do {
            loaded = try FileBytes.load(url, file: file)
        } catch {
            throw StoreError(error)
        }
        return try scored(loaded.data, file: file, mapped: loaded.mapped)
    }

    /// ``readScored(from:file:)`` on bytes.
    func scored(
        _ data: Data, file: String, mapped: Bool = false
    ) throws(AssessmentError) -> (assessment: Assessment, scorecard: Scorecard, roster: Roster) {
        var streamed: (tally: GroupedTally, roster: Roster)?
        // The rows are counted as the one pass checks them; read again only when one breaks a rule that
        // needs the rest of the document, by the reader that says where.
        var gathered = RowTally()
        // A large file's later rows may be counted on a second thread, in a tally of their own that is
        // added to this one after the rows before them.
        let visitor = RowVisitor(visit: { gathered.add($0) }) {
            var part = RowTally()
            return ({ part.add($0) }, { gathered.append(part) })
        }
        let opened = try AssessmentFile.open(data, file: file, mapped: mapped, visitor: visitor) {
            (rows: ParticipantRows) throws(ParticipantRows.Problem) -> [Participant] in
            if let counted = gathered.tally(questionnaire: rows.questionnaire, groups: rows.groups) {
                streamed = counted
                return []
            }
            var tally = GroupedTally(rows.questionnaire)
            // Each group's slot in the tally, looked up when its first member is met (a listed group
            // without members is no group): -2 not yet, -1 none (a blank role).
            var slots = [Int](repeating: -2, count: rows.groups.count)
            var roster = Roster()
            try rows.forEach { row in
                var slot: Int?
                if let group = row.group {
                    if slots[group] == -2 { slots[group] = tally.slot(for: rows.groups[group]) ?? -1 }
                    slot = slots[group] >= 0 ? slots[group] : nil
                }
                tally.add(slot: slot, codes: row.answers)
                roster.add(name: { row.nameText }, hasRole: slot != nil)
            }
            streamed = (tally, roster)
            return []
        }
        var assessment = opened.shell
        guard let streamed else {
            if let participants = opened.participants { assessment.participants = participants }
            let issues = assessment.validate()
            guard issues.isEmpty else { throw .invalid(file: file, issues: issues) }
            let scorecard = score(assessment)
            let roster = Roster(assessment.participants)
            assessment.participants = []
            return (assessment, scorecard, roster)
        }
        let issues = assessment.validate(participantCount: streamed.roster.count)
        guard issues.isEmpty else { throw .invalid(file: file, issues: issues) }
        return (assessment, streamed.tally.scorecard(self, consensus: assessment.consensus), streamed.roster)
    }
}
