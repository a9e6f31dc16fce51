extension ReportRenderer {
    /// One row per item, then one per principle and problem area, then one per group and target, with
    /// the statistics; UTF-8 with BOM, formula-like cells neutralised (``CSVWriter``).
    ///
    /// Columns: kind (`item`, `principle`,
    /// `problemArea`, `group` for a withheld group, `groupDifference`), group (empty for the whole team), id, target
    /// (the principle or problem area an item measures), text, answers, don't know, mean (an item's mean
    /// or a target's score), median, standard deviation (a target's spread), min, max, index, flagged,
    /// consensus, target level, gap, then one count per scale step (empty when withheld). A
    /// `groupDifference` row names the highest and lowest group, holds the difference in the mean column
    /// and the two groups' scores in min and max.
    public func csv() -> String {
        let steps = assessment.questionnaire.scale.steps
        var writer = CSVWriter(
            header: Vocabulary.reportCSVHeader.map { $0(language) }
                + steps.map { "n \($0.value) \($0.label(language))" },
            dialect: csvDialect)
        let yes = w(.yes)
        let no = w(.no)
        for item in scorecard.items {
            var cells: [CSVWriter.Cell] = [
                .text("item"), .text(""), .text(item.itemID), .text(item.target.id),
                .text(statement(item.itemID)),
                CSVWriter.number(item.answers), CSVWriter.number(item.dontKnow), CSVWriter.number(item.mean),
                CSVWriter.number(item.median), CSVWriter.number(item.standardDeviation),
                CSVWriter.number(item.minimum), CSVWriter.number(item.maximum),
                CSVWriter.number(item.mean.map { assessment.questionnaire.scale.index(of: $0) }),
                .text(item.flagged ? yes : no), .text(""), .text(""), .text(""),
            ]
            cells += (0..<steps.count).map { step in CSVWriter.number(item.distribution?[step]) }
            writer.append(cells)
        }
        func targetRow(_ score: TargetScore, group: String) -> [CSVWriter.Cell] {
            [
                .text(score.target.principle != nil ? "principle" : "problemArea"), .text(group),
                .text(score.target.id), .text(""), .text(name(score.target)), CSVWriter.number(score.answers),
                .text(""), CSVWriter.number(score.score), .text(""), CSVWriter.number(score.spread),
                .text(""),
                .text(""), CSVWriter.number(score.index), .text(score.flagged ? yes : no),
                CSVWriter.number(score.consensus), CSVWriter.number(score.targetLevel),
                CSVWriter.number(score.gap),
            ] + steps.map { _ in CSVWriter.Cell.text("") }
        }
        for score in scorecard.principles + scorecard.problemAreas {
            writer.append(targetRow(score, group: ""))
        }
        for group in scorecard.groups {
            if group.withheld {
                writer.append(
                    [
                        .text("group"), .text(group.group), .text(""), .text(""),
                        .text(
                            Vocabulary.withheldGroup(
                                group.participants, reason: group.reason,
                                threshold: scorecard.anonymityThreshold)(
                                    language)),
                    ]
                        + Array(repeating: CSVWriter.Cell.text(""), count: 12 + steps.count))
                continue
            }
            for score in group.principles + group.problemAreas {
                writer.append(targetRow(score, group: group.group))
            }
        }
        // The differences between groups, largest first; the mean column holds highest − lowest.
        for difference in scorecard.groupDifferences {
            var cells: [CSVWriter.Cell] = [
                .text("groupDifference"), .text("\(difference.highestGroup) – \(difference.lowestGroup)"),
                .text(difference.target.id), .text(""), .text(name(difference.target)), .text(""), .text(""),
                CSVWriter.number(difference.difference), .text(""), .text(""),
                CSVWriter.number(difference.lowestScore), CSVWriter.number(difference.highestScore),
            ]
            cells += Array(repeating: CSVWriter.Cell.text(""), count: 5 + steps.count)
            writer.append(cells)
        }
        return writer.text
    }

    /// The individual answers, one row per participant and one column per item, for the facilitator's
    /// own analysis. The header says that it is raw data: this file shows who answered what.
    ///
    /// A cell holds the answer's value, the *don't know* label, or nothing when not yet answered.
    public func rawCSV() -> String {
        let items = assessment.questionnaire.items
        var writer = CSVWriter(
            header: Vocabulary.rawCSVHeader.map { $0(language) } + items.map(\.id), dialect: csvDialect)
        let dontKnow = assessment.questionnaire.scale.dontKnow(language)
        for participant in assessment.participants {
            var cells: [CSVWriter.Cell] = [.text(participant.name), .text(participant.role ?? "")]
            for index in items.indices {
                switch participant.answer(at: index) {
                case .none: cells.append(.text(""))
                case .some(.none): cells.append(.text(dontKnow))
                case .some(.some(let value)): cells.append(CSVWriter.number(value))
                }
            }
            writer.append(cells)
        }
        return writer.text
    }
}
