/// Builds the end of a workshop into a ``Document``: the principles with the individual round, the
/// agreed level, the target and the gap; the problem areas; the development plan with its actions; and
/// the parking lot.
///
/// It is what the team sees before it leaves the room, so it is short; the full report and the plan are
/// documents of their own.
public struct WorkshopSummaryBuilder: Sendable {
    /// The assessment, with its consensus and plan.
    public var assessment: Assessment
    /// Its scores.
    public var scorecard: Scorecard
    /// The language of the document.
    public var language: Language
    /// The framework the names come from.
    public var framework: Framework

    /// Creates a builder.
    public init(
        assessment: Assessment, scorecard: Scorecard, language: Language, framework: Framework = .sou2019_43
    ) {
        self.assessment = assessment
        self.scorecard = scorecard
        self.language = language
        self.framework = framework
    }

    private func say(_ text: LocalizedText) -> String { text(language) }

    private func number(_ value: Double?) -> String { Formatting.decimal(value, language: language) }

    /// The summary as a document.
    public var document: Document {
        var blocks: [Block] = [.table(principles)]
        if !scorecard.problemAreas.isEmpty {
            blocks.append(
                .table(
                    DocumentTable(
                        caption: "",
                        columns: [
                            .init(Term.problemArea(language)),
                            .init(say(Vocabulary.individualRound), numeric: true),
                        ],
                        rows: scorecard.problemAreas.map {
                            DocumentTable.Row(
                                [$0.target.name(language, in: framework), number($0.score)],
                                flagged: $0.flagged)
                        })))
        }
        blocks.append(.note(say(Vocabulary.workshopSummaryKey)))
        blocks.append(
            .section(DocumentSection(id: "plan", title: Term.developmentPlan(language), blocks: plan)))
        if let parked = assessment.parkingLot, !parked.isEmpty {
            blocks.append(
                .section(
                    DocumentSection(
                        id: "parking-lot", title: say(Vocabulary.parkingLotHeading), blocks: [.list(parked)]))
            )
        }
        let place = [assessment.organisation, assessment.unit].filter { !$0.isEmpty }.joined(separator: ", ")
        // Without an organisation yet, the kicker stands alone as the title (``Document``).
        return Document(
            language: language, kicker: say(Vocabulary.workshopResults), title: place,
            subtitle: assessment.date.description + " · "
                + say(Vocabulary.participantCount(scorecard.respondents)),
            blocks: blocks)
    }

    /// A row per principle: the individual round, what the team agreed and how far it is from the target.
    private var principles: DocumentTable {
        DocumentTable(
            caption: "",
            columns: [
                .init(Term.principle(language)), .init(say(Vocabulary.individualRound), numeric: true),
                .init(Term.agreedLevel(language), numeric: true), .init(Term.target(language), numeric: true),
                .init(Term.gap(language), numeric: true),
            ],
            rows: scorecard.principles.map { score in
                let agreed = score.target.principle.flatMap { assessment.consensus(for: $0) }
                let gap = agreed?.gap.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "–"
                return DocumentTable.Row(
                    [
                        score.target.name(language, in: framework), number(score.score),
                        agreed?.score.map(String.init) ?? "–", agreed?.target.map(String.init) ?? "–", gap,
                    ], flagged: score.flagged)
            })
    }

    /// The plan: its focus and follow-up as key figures, then the actions, or that there are none yet.
    private var plan: [Block] {
        guard let plan = assessment.plan else { return [.paragraph(say(Vocabulary.noPlanYet))] }
        var facts = [
            KeyFigure(
                label: Term.focus(language),
                value: plan.focusPrinciples.map { framework.principle($0).name(language) }.joined(
                    separator: ", "))
        ]
        if !plan.focusProblemAreas.isEmpty {
            facts.append(
                KeyFigure(
                    label: Term.problemAreas(language),
                    value: plan.focusProblemAreas.map { framework.problemArea($0).title(language) }.joined(
                        separator: ", ")))
        }
        facts.append(KeyFigure(label: say(Vocabulary.followUpMeeting), value: plan.followUpDate.description))
        guard !plan.actions.isEmpty else {
            return [.keyFigures(facts), .paragraph(say(Vocabulary.noActions))]
        }
        let actions = DocumentTable(
            caption: Term.actions(language),
            columns: [
                .init(Term.id(language)), .init(Term.action(language)), .init(Term.owner(language)),
                .init(Term.due(language)), .init(Term.horizon(language)),
                .init(Term.expectedEffect(language)),
                .init(Term.followUp(language)),
            ],
            rows: plan.actions.map { action in
                let what =
                    action.principle.map {
                        say(Vocabulary.forPrinciple(framework.principle($0).name(language), action.what))
                    } ?? action.what
                return DocumentTable.Row([
                    action.id, what, action.owner, action.due?.description ?? "",
                    Term.horizon(action.horizon)(language), action.expectedEffect, action.followUp,
                ])
            })
        return [.keyFigures(facts), .table(actions)]
    }
}
