/// Builds a ``Comparison`` into a ``Document``: the principle index before and now, the change per
/// principle and problem area with its direction (or that it is within the margin of error), the
/// statements that moved most, and where the earlier plan's actions stand.
///
/// Changes are shown as the difference of the rounded figures shown beside them, so that the arithmetic
/// on the page adds up (59 → 66 is +7, not +8).
public struct ComparisonBuilder: Sendable {
    /// The comparison.
    public var comparison: Comparison
    /// The language of the document.
    public var language: Language
    /// The framework that names principles and problem areas.
    public var framework: Framework
    /// How many of the statements that moved most are listed.
    public var itemLimit: Int

    /// Creates a builder.
    public init(
        comparison: Comparison, language: Language, framework: Framework = .sou2019_43, itemLimit: Int = 10
    ) {
        self.comparison = comparison
        self.language = language
        self.framework = framework
        self.itemLimit = itemLimit
    }

    /// The comparison as a document.
    public var document: Document {
        var blocks: [Block] = []
        if comparison.oldPrincipleIndex != nil || comparison.newPrincipleIndex != nil {
            blocks.append(
                .keyFigures([
                    KeyFigure(
                        label: w(.principleIndex),
                        value: say(
                            Vocabulary.beforeAfter(
                                number(comparison.oldPrincipleIndex, decimals: 0),
                                number(comparison.newPrincipleIndex, decimals: 0),
                                change: shownChange(
                                    comparison.oldPrincipleIndex, comparison.newPrincipleIndex, decimals: 0)))
                    )
                ]))
        }
        blocks += differences.map(Block.note)
        let principles = comparison.targets.filter { $0.target.principle != nil }
        let areas = comparison.targets.filter { $0.target.problemArea != nil }
        if !principles.isEmpty {
            blocks.append(
                .section(
                    DocumentSection(id: "principles", title: w(.principles), blocks: [changes(principles)])))
        }
        if !areas.isEmpty {
            blocks.append(
                .section(
                    DocumentSection(id: "problem-areas", title: w(.problemAreas), blocks: [changes(areas)])))
        }
        blocks.append(.note(say(Vocabulary.changesNote)))
        let moved = comparison.items.filter { ($0.change ?? 0) != 0 }.prefix(itemLimit)
        if !moved.isEmpty {
            let table = DocumentTable(
                caption: "",
                columns: [
                    .init(w(.statement)), .init(w(.measures)), .init(w(.before), numeric: true),
                    .init(w(.now), numeric: true), .init(w(.change), numeric: true),
                ],
                rows: moved.map { item in
                    DocumentTable.Row([
                        item.text(language), name(item.target), number(item.oldMean), number(item.newMean),
                        shownChange(item.oldMean, item.newMean),
                    ])
                })
            blocks.append(
                .section(
                    DocumentSection(id: "statements", title: w(.statementsMovedMost), blocks: [.table(table)])
                ))
        }
        blocks.append(.section(actions))
        let place =
            comparison.unit.isBlank
            ? comparison.organisation : "\(comparison.organisation) – \(comparison.unit)"
        return Document(
            language: language, kicker: say(Vocabulary.comparisonKicker), title: place,
            subtitle: say(Vocabulary.period(comparison.oldDate.description, comparison.newDate.description)),
            blocks: blocks, footer: say(Vocabulary.footer))
    }

    // MARK: Words and numbers

    private func w(_ term: Term) -> String { term(language) }
    private func say(_ text: LocalizedText) -> String { text(language) }
    private func name(_ target: Target) -> String { target.name(in: framework)(language) }
    private func number(_ value: Double?, decimals: Int = 1) -> String {
        Formatting.decimal(value, decimals: decimals, language: language)
    }

    /// The change between two figures as the reader can check it: the difference of the rounded
    /// figures, with its sign (`+0,4`, `−0,4`, `0,0`).
    func shownChange(_ old: Double?, _ new: Double?, decimals: Int = 1) -> String {
        guard let old, let new else { return "–" }
        let rounded = { (value: Double) in Double(Formatting.decimal(value, decimals: decimals)) ?? value }
        let change = rounded(new) - rounded(old)
        let text = number(abs(change), decimals: decimals)
        if text.allSatisfy({ "0.,".contains($0) }) { return text }
        return (change > 0 ? "+" : "−") + text
    }

    /// Sentences on what the two assessments do not share.
    private var differences: [String] {
        var lines: [String] = []
        let withheld = comparison.items.filter { $0.withheld != nil }.count
        if withheld > 0 || comparison.principleIndexWithheld != nil {
            lines.append(say(Vocabulary.changeWithheld(withheld, threshold: comparison.anonymityThreshold)))
        }
        if !comparison.sameQuestionnaire {
            lines.append(
                say(
                    Vocabulary.questionnairesDiffer(
                        comparison.items.count, old: comparison.oldQuestionnaire,
                        new: comparison.newQuestionnaire)))
        }
        if !comparison.itemsOnlyInOld.isEmpty {
            lines.append(say(Vocabulary.onlyInEarlier(comparison.itemsOnlyInOld.joined(separator: ", "))))
        }
        if !comparison.itemsOnlyInNew.isEmpty {
            lines.append(say(Vocabulary.onlyInLater(comparison.itemsOnlyInNew.joined(separator: ", "))))
        }
        if !comparison.itemsReworded.isEmpty {
            lines.append(say(Vocabulary.reworded(comparison.itemsReworded.joined(separator: ", "))))
        }
        let targets = comparison.targetsOnlyInOld.map(name) + comparison.targetsOnlyInNew.map(name)
        if !targets.isEmpty { lines.append(say(Vocabulary.measuredInOne(targets.joined(separator: ", ")))) }
        return lines
    }

    private func changes(_ rows: [Comparison.TargetChange]) -> Block {
        .table(
            DocumentTable(
                caption: "",
                columns: [
                    .init(w(rows.first?.target.principle != nil ? .principle : .problemArea)),
                    .init(w(.before), numeric: true), .init(w(.now), numeric: true),
                    .init(w(.change), numeric: true), .init(w(.index), numeric: true),
                    .init(w(.indexChange), numeric: true), .init(w(.direction)),
                ],
                rows: rows.map { change in
                    DocumentTable.Row([
                        name(change.target), number(change.oldScore), number(change.newScore),
                        change.scoreChange == nil ? "–" : shownChange(change.oldScore, change.newScore),
                        number(change.newIndex, decimals: 0),
                        shownChange(change.oldIndex, change.newIndex, decimals: 0),
                        say(Vocabulary.direction(change)),
                    ])
                }))
    }

    private var actions: DocumentSection {
        guard !comparison.actions.isEmpty else {
            return DocumentSection(
                id: "actions", title: w(.earlierActions), blocks: [.paragraph(say(Vocabulary.noEarlierPlan))])
        }
        let table = DocumentTable(
            caption: "",
            columns: [
                .init(w(.id)), .init(w(.action)), .init(w(.owner)), .init(w(.due)), .init(w(.then)),
                .init(w(.now)),
            ],
            rows: comparison.actions.map { progress in
                let action = progress.action
                var now = w(Term.status(progress.status))
                if progress.overdue { now += " (\(w(.overdue)))" }
                if !progress.carriedOver { now += " (\(say(Vocabulary.notInLaterPlan)))" }
                return DocumentTable.Row([
                    action.id, action.what, action.owner, action.due?.description ?? "–",
                    w(Term.status(action.status)), now,
                ])
            })
        return DocumentSection(id: "actions", title: w(.earlierActions), blocks: [.table(table)])
    }
}
