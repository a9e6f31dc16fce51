extension Assessment {
    /// Every inconsistency in the assessment, each with its JSON path; empty when it is sound.
    ///
    /// Checks the embedded questionnaire, unique non-empty participant names, that no participant has
    /// more answers than there are items and every answer is on the scale, consensus levels 1–5 with at
    /// most one entry per principle, and unique action ids.
    public func validate() -> [ValidationIssue] { validate(participantCount: participants.count) }

    /// ``validate()`` for an assessment whose `participantCount` participants were checked as they were
    /// read and are not held (``Scorer/readScored(from:file:)``).
    func validate(participantCount: Int) -> [ValidationIssue] {
        var issues = questionnaire.validate().map {
            ValidationIssue(path: "questionnaire." + $0.path, message: $0.message)
        }
        func issue(_ path: String, sv: String, en: String) {
            issues.append(ValidationIssue(path: path, message: LocalizedText(sv: sv, en: en)))
        }
        let scale = questionnaire.scale
        // A range check instead of a search of the steps: this loop sees every answer of every
        // participant, millions in an agency-wide survey.
        let values = scale.steps.map(\.value)
        var consecutive = !values.isEmpty
        for (offset, value) in values.enumerated() where consecutive {
            let (expected, overflow) = values[0].addingReportingOverflow(offset)
            consecutive = !overflow && value == expected
        }
        let range = consecutive ? values[0]...values[values.count - 1] : 0...0
        var names: Set<String> = []
        names.reserveCapacity(participants.count)
        for (index, participant) in participants.enumerated() {
            // Built only when there is something to report: there may be 100,000 participants.
            var path: String { "participants[\(index)]" }
            if participant.name.isBlank {
                issue(path + ".name", sv: "namnet saknas", en: "the name is missing")
            } else if !names.insert(participant.name).inserted {
                issue(
                    path + ".name", sv: "deltagaren '\(participant.name)' finns redan",
                    en: "duplicate participant '\(participant.name)'")
            }
            if participant.answers.count > questionnaire.items.count {
                issue(
                    path + ".answers",
                    sv:
                        "\(participant.answers.count) svar men frågeformuläret har \(questionnaire.items.count) påståenden",
                    en:
                        "\(participant.answers.count) answers but the questionnaire has \(questionnaire.items.count) items"
                )
            }
            // Looked for first, without bounds checks; reported below only when there is one.
            let offScale = participant.answers.withUnsafeBufferPointer { answers in
                answers.contains { answer in
                    answer.map { consecutive ? !range.contains($0) : !scale.contains($0) } ?? false
                }
            }
            for item in participant.answers.indices where offScale {
                if let answer = participant.answers[item],
                    consecutive ? !range.contains(answer) : !scale.contains(answer)
                {
                    issue(
                        path + ".answers[\(item)]",
                        sv:
                            "svaret \(answer) finns inte på skalan \(scale.minimum)–\(scale.maximum) (eller null för vet ej)",
                        en:
                            "the answer \(answer) is not on the scale \(scale.minimum)–\(scale.maximum) (or null for don't know)"
                    )
                }
            }
        }
        var agreed: Set<PrincipleID> = []
        for (index, entry) in consensus.enumerated() {
            let path = "consensus[\(index)]"
            if !agreed.insert(entry.principle).inserted {
                issue(
                    path + ".principle", sv: "principen '\(entry.principle.rawValue)' förekommer två gånger",
                    en: "the principle '\(entry.principle.rawValue)' appears twice")
            }
            for (field, value) in [("score", entry.score), ("target", entry.target)] {
                if let value, !(1...5).contains(value) {
                    issue(
                        path + "." + field, sv: "ska vara 1–5, inte \(value)", en: "must be 1–5, not \(value)"
                    )
                }
            }
        }
        if let plan {
            var ids: Set<String> = []
            for (index, action) in plan.actions.enumerated() where !ids.insert(action.id).inserted {
                issue(
                    "plan.actions[\(index)].id", sv: "åtgärds-id '\(action.id)' finns redan",
                    en: "duplicate action id '\(action.id)'")
            }
        }
        issues += builtInVersionIssues()
        issues += workshopIssues(participantCount: participantCount)
        return issues
    }

    /// A workshop progress marker must name a step and, while scoring, a participant the document
    /// holds; otherwise `workshop FILE` would resume somewhere the facilitator never left it.
    private func workshopIssues(participantCount: Int) -> [ValidationIssue] {
        guard let progress = workshop else { return [] }
        let steps: [WorkshopStep] = [
            .setup, .scoring(participant: 0, item: 0), .groupView, .consensus(principle: 0), .priorities,
            .actions(focus: 0), .summary,
        ]
        let names = steps.map(\.storedName)
        if !names.contains(progress.step) {
            return [
                ValidationIssue(
                    path: "workshop.step",
                    message: LocalizedText(
                        sv:
                            "’\(progress.step)’ är inget steg i workshopen; stegen är \(names.joined(separator: ", "))",
                        en:
                            "‘\(progress.step)’ is not a workshop step; the steps are \(names.joined(separator: ", "))"
                    ))
            ]
        }
        if progress.step == "scoring", !(0..<participantCount).contains(progress.participant) {
            return [
                ValidationIssue(
                    path: "workshop.participant",
                    message: LocalizedText(
                        sv: "deltagare \(progress.participant) finns inte; filen har \(participantCount) "
                            + "deltagare (räknat från 0)",
                        en: "participant \(progress.participant) does not exist; the file has "
                            + "\(participantCount) participants (counted from 0)"))
            ]
        }
        if progress.position < 0 || progress.participant < 0 {
            return [
                ValidationIssue(
                    path: "workshop.position",
                    message: LocalizedText(sv: "får inte vara negativ", en: "must not be negative"))
            ]
        }
        return []
    }

    /// A questionnaire that claims a built-in id and version must have that version's items: answers are
    /// aligned with items by position, so a hand-edited or mislabelled questionnaire would silently score
    /// answers against the wrong statements. A version the program does not know is fine — the file
    /// embeds it — but one that contradicts a known version is refused.
    private func builtInVersionIssues() -> [ValidationIssue] {
        guard let builtIn = Questionnaire.builtIn(id: questionnaire.id, version: questionnaire.version)
        else { return [] }
        let expected = builtIn.items.map { "\($0.id)→\($0.target.id)" }
        let found = questionnaire.items.map { "\($0.id)→\($0.target.id)" }
        let name = "\(questionnaire.id) v\(questionnaire.version)"
        guard expected != found else {
            // The same items, but a statement's wording edited: the answers were given to other words
            // than the ones a report of this questionnaire quotes.
            guard
                let index = builtIn.items.indices.first(where: {
                    builtIn.items[$0].text != questionnaire.items[$0].text
                })
            else { return [] }
            let id = builtIn.items[index].id
            return [
                ValidationIssue(
                    path: "questionnaire.items[\(index)].text",
                    message: LocalizedText(
                        sv:
                            "påståendet \(id) har inte samma lydelse som i frågeformuläret \(name); ett inbyggt "
                            + "frågeformulär kan inte ändras i filen (ändra id eller version om formuläret är eget)",
                        en: "the statement \(id) is not worded as in questionnaire \(name); a built-in "
                            + "questionnaire cannot be edited in the file (change the id or version of a custom "
                            + "questionnaire)"))
            ]
        }
        return [
            ValidationIssue(
                path: "questionnaire.items",
                message: LocalizedText(
                    sv: "påståendena stämmer inte med frågeformuläret \(name) (\(found.count) i stället för "
                        + "\(expected.count), eller andra id eller principer); ändra id eller version om "
                        + "formuläret är eget",
                    en: "the items do not match questionnaire \(name) (\(found.count) instead of "
                        + "\(expected.count), or other ids or targets); change the id or version of a custom "
                        + "questionnaire"))
        ]
    }
}
