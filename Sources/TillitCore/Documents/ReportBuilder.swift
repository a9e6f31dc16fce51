/// Builds the report of an assessment into a ``Document``: a one-page summary first, then the
/// principles, the problem areas, the disagreement, the groups, the team's agreement and plan, every
/// statement, and how to read it all.
///
/// It shows only what the ``Scorecard`` shows: a figure the disclosure rules withhold is `nil` there,
/// and here it becomes the reason it is withheld. Words come from ``Term`` and ``Vocabulary``.
public struct ReportBuilder: Sendable {
    /// The assessment, for its title data, statements, consensus and plan.
    public var assessment: Assessment
    /// The scores.
    public var scorecard: Scorecard
    /// The language of the report.
    public var language: Language
    /// The framework that names the principles and problem areas.
    public var framework: Framework
    /// Who took part: how many, how many without a role, and their names while they are few.
    public var roster: Roster

    /// Creates a builder; without `roster`, the assessment's participants are its roster.
    public init(
        assessment: Assessment, scorecard: Scorecard, language: Language, framework: Framework = .sou2019_43,
        roster: Roster? = nil
    ) {
        self.assessment = assessment
        self.roster = roster ?? Roster(assessment.participants)
        self.scorecard = scorecard
        self.language = language
        self.framework = framework
    }

    /// The report as a document.
    public var document: Document {
        var blocks: [Block] = [.section(summary)]
        if !scorecard.principles.isEmpty { blocks.append(.section(principles)) }
        if !scorecard.problemAreas.isEmpty { blocks.append(.section(problemAreas)) }
        blocks.append(.section(disagreement))
        if !scorecard.groups.isEmpty { blocks.append(.section(groups)) }
        if let consensus { blocks.append(.section(consensus)) }
        if let plan { blocks.append(.section(plan)) }
        blocks.append(.section(statements))
        blocks.append(.section(howToRead))
        return Document(
            language: language, kicker: w(.reportKicker), title: assessment.organisation,
            subtitle: assessment.unit.isBlank ? "" : assessment.unit, blocks: blocks,
            footer: say(Vocabulary.footer))
    }

    // MARK: Words and numbers

    private func w(_ term: Term) -> String { term(language) }
    private func say(_ text: LocalizedText) -> String { text(language) }
    private func number(_ value: Double?, decimals: Int = 1) -> String {
        Formatting.decimal(value, decimals: decimals, language: language)
    }
    private func name(_ target: Target) -> String { target.name(in: framework)(language) }
    private var threshold: Int { scorecard.anonymityThreshold }
    private var scale: AnswerScale { assessment.questionnaire.scale }

    private func statement(_ itemID: String) -> String {
        assessment.questionnaire.items.first { $0.id == itemID }?.text(language) ?? itemID
    }

    /// Whether the item counts towards its target's score; national-2019's question 7 does not.
    private func isScored(_ itemID: String) -> Bool {
        assessment.questionnaire.items.first { $0.id == itemID }?.isScored ?? true
    }

    /// What an item measures, in words: its target, or that it is part of no score.
    private func measures(_ item: ItemStatistics) -> String {
        isScored(item.itemID) ? name(item.target) : w(.notScored)
    }

    /// A score, or why it is withheld.
    private func value(_ value: Double?, withheld: WithheldReason?, decimals: Int = 1) -> String {
        if value == nil, withheld != nil { return say(Vocabulary.withheld(withheld, threshold: threshold)) }
        return number(value, decimals: decimals)
    }

    private func gap(_ gap: Int?) -> String { gap.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "–" }

    // MARK: Summary

    private var summary: DocumentSection {
        var figures: [KeyFigure] = []
        if let index = scorecard.principleIndex {
            figures.append(
                KeyFigure(
                    label: w(.principleIndex), value: say(Vocabulary.outOfHundred(number(index, decimals: 0)))
                ))
        }
        figures += [
            KeyFigure(
                label: w(.participants),
                value: say(
                    Vocabulary.participants(roster.count, respondents: scorecard.respondents)
                )),
            KeyFigure(label: w(.date), value: assessment.date.description),
            KeyFigure(label: w(.questionnaire), value: assessment.questionnaire.title(language)),
        ]
        if !assessment.facilitator.isBlank {
            figures.append(KeyFigure(label: w(.facilitator), value: assessment.facilitator))
        }
        var blocks: [Block] = [.keyFigures(figures)]
        let ranked = scorecard.principles.filter { $0.index != nil }.sorted {
            ($0.index!, $1.target) > ($1.index!, $0.target)
        }
        if ranked.count >= 2 {
            let count = min(3, ranked.count / 2)
            let line = { (score: TargetScore) in
                say(Vocabulary.targetIndex(name(score.target), number(score.index, decimals: 0)))
            }
            blocks += [.heading(w(.strongest)), .list(ranked.prefix(count).map(line))]
            blocks += [.heading(w(.weakest)), .list(ranked.suffix(count).reversed().map(line))]
        }
        blocks.append(.heading(w(.largestGaps)))
        let gaps = scorecard.principles.filter { ($0.gap ?? 0) > 0 }.sorted {
            ($0.gap!, $1.target) > ($1.gap!, $0.target)
        }
        blocks.append(
            gaps.isEmpty
                ? .paragraph(say(Vocabulary.noGaps))
                : .list(
                    gaps.prefix(3).map {
                        say(
                            Vocabulary.gapLine(
                                name($0.target), agreed: $0.consensus ?? 0, target: $0.targetLevel ?? 0,
                                gap: gap($0.gap)))
                    }))
        blocks.append(.heading(w(.whereTheTeamDisagrees)))
        let flagged = scorecard.flaggedItems
        var disagreements = flagged.prefix(3).map { item in
            say(
                Vocabulary.disagreementLine(
                    statement(item.itemID), range: "\(item.minimum ?? 0)–\(item.maximum ?? 0)",
                    measures: measures(item)))
        }
        if let difference = scorecard.groupDifferences.first {
            disagreements.append(differenceLine(difference))
        }
        blocks.append(
            .paragraph(
                say(flagged.isEmpty ? Vocabulary.noDisagreement : Vocabulary.disagreementCount(flagged.count))
            ))
        if !disagreements.isEmpty { blocks.append(.list(disagreements)) }
        blocks.append(.heading(w(.whatThePlanDoes)))
        blocks += planSummary
        // A team's names, not a survey's: the key figures above say how many took part.
        if let names = roster.names, !names.isEmpty {
            blocks.append(.note(w(.tookPart) + ": " + names.joined(separator: ", ")))
        }
        return DocumentSection(id: "summary", title: w(.summary), blocks: blocks, pageBreakAfter: true)
    }

    private var planSummary: [Block] {
        guard let plan = assessment.plan else { return [.paragraph(say(Vocabulary.noPlan))] }
        var lines: [String] = []
        let focus = focusNames(plan)
        if !focus.isEmpty { lines.append(w(.focus) + ": " + focus.joined(separator: ", ")) }
        let statuses = Action.Status.allCases.compactMap { status -> String? in
            let count = plan.actions.filter { $0.status == status }.count
            return count == 0 ? nil : say(Vocabulary.actionCount(count, status: w(Term.status(status))))
        }
        if !statuses.isEmpty { lines.append(w(.actions) + ": " + statuses.joined(separator: ", ")) }
        let addressed = Set(plan.actions.filter { $0.status != .dropped }.compactMap(\.principle))
        let open = scorecard.principles.filter {
            ($0.gap ?? 0) > 0 && !addressed.contains($0.target.principle!)
        }
        if !open.isEmpty {
            lines.append(
                say(Vocabulary.gapWithoutAction(open.map { name($0.target) }.joined(separator: ", "))))
        } else if scorecard.principles.contains(where: { ($0.gap ?? 0) > 0 }) {
            lines.append(say(Vocabulary.everyGapHasAction))
        }
        lines.append(say(Vocabulary.followUpOn(plan.followUpDate.description)))
        return [.list(lines)]
    }

    private func focusNames(_ plan: DevelopmentPlan) -> [String] {
        plan.focusPrinciples.map { name(.principle($0)) }
            + plan.focusProblemAreas.map { name(.problemArea($0)) }
    }

    private func differenceLine(_ difference: GroupDifference) -> String {
        say(
            Vocabulary.groupDifferenceLine(
                name(difference.target), highest: difference.highestGroup,
                highScore: number(difference.highestScore),
                lowest: difference.lowestGroup, lowScore: number(difference.lowestScore),
                difference: number(difference.difference)))
    }

    // MARK: Principles and problem areas

    private var hasAgreedLevels: Bool { scorecard.principles.contains { $0.consensus != nil } }

    private var principles: DocumentSection {
        var blocks: [Block] = []
        let scores = scorecard.principles
        if scores.count >= 3 {
            let means = scores.map(\.index)
            let agreed = scores.map { $0.consensus.map { scale.index(of: Double($0)) } }
            let targets = scores.map { $0.targetLevel.map { scale.index(of: Double($0)) } }
            var series: [DocumentChart.Series] = []
            if hasAgreedLevels {
                series.append(.init(label: w(.agreedLevel), style: .primary, values: agreed))
                series.append(.init(label: w(.individualMean), style: .secondary, values: means))
            } else {
                series.append(.init(label: w(.individualMean), style: .primary, values: means))
            }
            if targets.contains(where: { $0 != nil }) {
                series.append(.init(label: w(.target), style: .target, values: targets))
            }
            let agreement = scale.minimum == 1 && scale.maximum == 5
            blocks.append(
                .chart(
                    DocumentChart(
                        kind: .radar, title: say(Vocabulary.radarTitle),
                        labels: scores.map { name($0.target) },
                        series: series,
                        scaleLabels: agreement ? ["1", "2", "3", "4", "5"] : ["0", "25", "50", "75", "100"],
                        caption: say(Vocabulary.radarCaption(minimum: scale.minimum, maximum: scale.maximum)),
                        id: "radar-principles")))
        } else {
            blocks.append(
                .chart(bars(scores, title: say(Vocabulary.principleBarsTitle), id: "bars-principles")))
        }
        blocks.append(.table(scoreTable(scores, principles: true)))
        return DocumentSection(id: "principles", title: w(.principles), blocks: blocks)
    }

    private var problemAreas: DocumentSection {
        let scores = scorecard.problemAreas
        return DocumentSection(
            id: "problem-areas", title: w(.problemAreas),
            blocks: [
                .note(say(Vocabulary.problemHighMeansPresent)),
                .chart(bars(scores, title: say(Vocabulary.problemBarsTitle), id: "bars-problem-areas")),
                .table(scoreTable(scores, principles: false)),
            ])
    }

    private func bars(_ scores: [TargetScore], title: String, id: String) -> DocumentChart {
        DocumentChart(
            kind: .bars, title: title, labels: scores.map { name($0.target) },
            series: [
                .init(
                    label: w(.index), style: scores.first?.target.principle != nil ? .primary : .warning,
                    values: scores.map(\.index))
            ], id: id)
    }

    private func scoreTable(_ scores: [TargetScore], principles: Bool) -> DocumentTable {
        var columns: [DocumentTable.Column] = [
            .init(w(principles ? .principle : .problemArea)), .init(w(.score), numeric: true),
            .init(w(.index), numeric: true), .init(w(.spread), numeric: true),
            .init(w(.answers), numeric: true),
        ]
        if principles {
            columns += [
                .init(w(.agreedLevel), numeric: true), .init(w(.target), numeric: true),
                .init(w(.gap), numeric: true),
            ]
        }
        let rows = scores.map { score in
            var cells = [
                name(score.target), value(score.score, withheld: score.withheld),
                value(score.index, withheld: score.withheld, decimals: 0), number(score.spread),
                "\(score.answers)",
            ]
            if principles {
                cells += [
                    score.consensus.map(String.init) ?? "–", score.targetLevel.map(String.init) ?? "–",
                    gap(score.gap),
                ]
            }
            return DocumentTable.Row(cells, flagged: score.flagged)
        }
        return DocumentTable(caption: "", columns: columns, rows: rows)
    }

    // MARK: Disagreement

    private var distributionHeader: String {
        say(Vocabulary.distributionHeader(scale.steps.map { "\($0.value)" }.joined(separator: " · ")))
    }

    private func distribution(_ item: ItemStatistics) -> String {
        guard let counts = item.distribution else {
            return say(Vocabulary.withheld(item.withheld, threshold: threshold))
        }
        return counts.map(String.init).joined(separator: " · ")
    }

    private var disagreement: DocumentSection {
        let flagged = scorecard.flaggedItems
        guard !flagged.isEmpty else {
            return DocumentSection(
                id: "disagreement", title: w(.disagreement),
                blocks: [.paragraph(say(Vocabulary.noDisagreement))])
        }
        let table = DocumentTable(
            caption: "",
            columns: [
                .init(w(.statement)), .init(w(.measures)), .init(w(.range), numeric: true),
                .init(w(.mean), numeric: true), .init(distributionHeader),
            ],
            rows: flagged.map { item in
                DocumentTable.Row([
                    statement(item.itemID), measures(item), "\(item.minimum ?? 0)–\(item.maximum ?? 0)",
                    number(item.mean), distribution(item),
                ])
            })
        return DocumentSection(
            id: "disagreement", title: w(.disagreement),
            blocks: [.paragraph(say(Vocabulary.disagreementIntro)), .table(table)])
    }

    // MARK: Groups

    private var withheldSentence: String? {
        var sentences: [String] = []
        let small = scorecard.groups.filter { $0.withheld && $0.reason != .complement }
        if !small.isEmpty {
            let names = small.map { say(Vocabulary.groupSize($0.group, $0.participants)) }.joined(
                separator: ", ")
            sentences.append(say(Vocabulary.groupsTooSmall(names, threshold: threshold)))
        }
        let complement = scorecard.groups.filter { $0.withheld && $0.reason == .complement }
        if !complement.isEmpty {
            let names = complement.map { say(Vocabulary.groupSize($0.group, $0.participants)) }.joined(
                separator: ", ")
            sentences.append(say(Vocabulary.groupsComplement(names, threshold: threshold)))
        }
        if roster.withoutRole > 0 { sentences.append(say(Vocabulary.withoutRole(roster.withoutRole))) }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    private var groups: DocumentSection {
        var blocks: [Block] = [.paragraph(say(Vocabulary.groupsIntro))]
        if let withheldSentence { blocks.append(.note(withheldSentence)) }
        let shown = scorecard.groups.filter { !$0.withheld }
        if !shown.isEmpty {
            let targets = scorecard.principles.map(\.target) + scorecard.problemAreas.map(\.target)
            let rows = targets.map { target in
                DocumentTable.Row(
                    [name(target)]
                        + shown.map { group in
                            let score = (group.principles + group.problemAreas).first { $0.target == target }
                            return value(score?.score, withheld: score?.withheld)
                        })
            }
            blocks.append(
                .table(
                    DocumentTable(
                        caption: w(.scoreByGroup),
                        columns: [.init(w(.principleOrProblemArea))]
                            + shown.map {
                                .init(say(Vocabulary.groupSize($0.group, $0.participants)), numeric: true)
                            },
                        rows: rows)))
        }
        let differences = scorecard.groupDifferences.prefix(5)
        if !differences.isEmpty {
            blocks.append(.heading(w(.largestGroupDifferences)))
            blocks.append(
                .table(
                    DocumentTable(
                        caption: "",
                        columns: [
                            .init(w(.principleOrProblemArea)), .init(w(.highest)), .init(w(.lowest)),
                            .init(w(.difference), numeric: true),
                        ],
                        rows: differences.map { difference in
                            DocumentTable.Row([
                                name(difference.target),
                                say(
                                    Vocabulary.groupScore(
                                        difference.highestGroup, number(difference.highestScore))),
                                say(
                                    Vocabulary.groupScore(
                                        difference.lowestGroup, number(difference.lowestScore))),
                                number(difference.difference),
                            ])
                        })))
        }
        return DocumentSection(id: "groups", title: w(.groups), blocks: blocks)
    }

    // MARK: Consensus and plan

    private var consensus: DocumentSection? {
        let entries = assessment.consensus.filter {
            $0.score != nil || $0.target != nil || !($0.note ?? "").isBlank
        }
        guard !entries.isEmpty else { return nil }
        let table = DocumentTable(
            caption: "",
            columns: [
                .init(w(.principle)), .init(w(.agreedLevel), numeric: true), .init(w(.target), numeric: true),
                .init(w(.why)),
            ],
            rows: entries.map { entry in
                DocumentTable.Row([
                    name(.principle(entry.principle)), entry.score.map(String.init) ?? "–",
                    entry.target.map(String.init) ?? "–", entry.note ?? "",
                ])
            })
        return DocumentSection(id: "consensus", title: w(.whatTheTeamAgreed), blocks: [.table(table)])
    }

    private var plan: DocumentSection? {
        guard let plan = assessment.plan else { return nil }
        var figures: [KeyFigure] = []
        let focus = focusNames(plan)
        if !focus.isEmpty {
            figures.append(KeyFigure(label: w(.focus), value: focus.joined(separator: ", ")))
        }
        figures.append(KeyFigure(label: w(.followUp), value: plan.followUpDate.description))
        var blocks: [Block] = [.keyFigures(figures)]
        if !plan.actions.isEmpty {
            blocks.append(
                .table(
                    DocumentTable(
                        caption: w(.actions),
                        columns: [
                            .init(w(.action)), .init(w(.concerns)), .init(w(.owner)), .init(w(.due)),
                            .init(w(.status)),
                        ],
                        rows: plan.actions.map { action in
                            let concerns = [
                                action.principle.map { name(.principle($0)) },
                                action.problemArea.map { name(.problemArea($0)) },
                            ].compactMap { $0 }.joined(separator: ", ")
                            return DocumentTable.Row([
                                action.what, concerns, action.owner, action.due?.description ?? "–",
                                w(Term.status(action.status)),
                            ])
                        })))
        }
        return DocumentSection(id: "plan", title: w(.developmentPlan), blocks: blocks)
    }

    // MARK: Statements

    private var statements: DocumentSection {
        var rows: [DocumentTable.Row] = []
        let scored = scorecard.items.filter { isScored($0.itemID) }
        let unscored = scorecard.items.filter { !isScored($0.itemID) }
        var groups = Set(scored.map(\.target)).sorted().map { target in
            (name(target), scored.filter { $0.target == target })
        }
        if !unscored.isEmpty { groups.append((w(.notScored), unscored)) }
        for (heading, items) in groups {
            rows.append(.groupHeading(heading))
            for item in items {
                let range = item.minimum.map { "\($0)–\(item.maximum ?? $0)" } ?? "–"
                rows.append(
                    DocumentTable.Row(
                        [
                            statement(item.itemID), "\(item.answers)", "\(item.dontKnow)",
                            value(item.mean, withheld: item.withheld), number(item.median),
                            number(item.standardDeviation), range, distribution(item),
                        ], flagged: item.flagged))
            }
        }
        let table = DocumentTable(
            caption: say(Vocabulary.statementsCaption),
            columns: [
                .init(w(.statement)), .init(w(.answers), numeric: true), .init(w(.dontKnow), numeric: true),
                .init(w(.mean), numeric: true), .init(w(.median), numeric: true),
                .init(say(Vocabulary.standardDeviationShort), numeric: true), .init(w(.range), numeric: true),
                .init(distributionHeader),
            ],
            rows: rows)
        return DocumentSection(id: "statements", title: w(.statements), blocks: [.table(table)])
    }

    private var howToRead: DocumentSection {
        let sentences = Vocabulary.howToRead(
            minimum: scale.minimum, maximum: scale.maximum, threshold: threshold,
            hasAgreedLevels: hasAgreedLevels,
            hasUnscored: assessment.questionnaire.items.contains { !$0.isScored })
        return DocumentSection(id: "how-to-read", title: w(.howToRead), blocks: [.list(sentences.map(say))])
    }
}
