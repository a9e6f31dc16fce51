import Foundation

extension Scorer {
    /// Reads an assessment file and scores it, for commands that report on it (`report`, `plan`).
    ///
    /// A file of format version 2 is read in two passes over its bytes and nothing grows with the number
    /// of participants but eight bytes each for the check that no name is there twice: the rows are
    /// counted straight into the scorer's tally, never held as ``Participant``s. With `roster`, the
    /// assessment holds each participant's name and role (without answers), for a report that names
    /// them; without, no participants. A file of version 1 is read whole. The scorecard is what
    /// ``score(_:)`` gives for the whole assessment.
    public func readScored(
        from url: URL, file: String, roster: Bool = true
    ) throws -> (assessment: Assessment, scorecard: Scorecard) {
        let loaded: (data: Data, mapped: Bool)
        do {
            loaded = try FileBytes.load(url, file: file)
        } catch {
            throw StoreError(error)
        }
        return try scored(loaded.data, file: file, mapped: loaded.mapped, roster: roster)
    }

    /// ``readScored(from:file:roster:)`` on bytes.
    func scored(
        _ data: Data, file: String, mapped: Bool = false, roster: Bool = true
    ) throws(AssessmentError) -> (assessment: Assessment, scorecard: Scorecard) {
        var streamed: (tally: GroupedTally, roster: [Participant], count: Int)?
        let opened = try AssessmentFile.open(data, file: file, mapped: mapped) {
            (rows: ParticipantRows) throws(ParticipantRows.Problem) -> [Participant] in
            var tally = GroupedTally(rows.questionnaire)
            // Each group's slot in the tally, looked up when its first member is met (a listed group
            // without members is no group): -2 not yet, -1 none (a blank role).
            var slots = [Int](repeating: -2, count: rows.groups.count)
            var names: [Participant] = []
            var count = 0
            try rows.forEach { row in
                var slot: Int?
                if let group = row.group {
                    if slots[group] == -2 { slots[group] = tally.slot(for: rows.groups[group]) ?? -1 }
                    slot = slots[group] >= 0 ? slots[group] : nil
                }
                tally.add(slot: slot, codes: row.answers, steps: row.steps)
                if roster {
                    names.append(Participant(name: row.nameText, role: row.group.map { rows.groups[$0] }))
                }
                count += 1
            }
            streamed = (tally, names, count)
            return []
        }
        var assessment = opened.shell
        guard let streamed else {
            if let participants = opened.participants { assessment.participants = participants }
            let issues = assessment.validate()
            guard issues.isEmpty else { throw .invalid(file: file, issues: issues) }
            let scorecard = score(assessment)
            if !roster { assessment.participants = [] }
            return (assessment, scorecard)
        }
        let issues = assessment.validate(participantCount: streamed.count)
        guard issues.isEmpty else { throw .invalid(file: file, issues: issues) }
        assessment.participants = streamed.roster
        return (assessment, streamed.tally.scorecard(self, consensus: assessment.consensus))
    }
}
