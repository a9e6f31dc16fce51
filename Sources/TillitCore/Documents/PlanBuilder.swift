/// Builds a development plan into a ``Document``: the team's own actions first, then the follow-up, the
/// principles in focus with the measures the report proposes, the problem areas and how the principles
/// were ranked. Words come from ``Term`` and ``Vocabulary``.
public struct PlanBuilder: Sendable {
    /// The plan as the planner sees it.
    public var plan: PlanOverview
    /// The language of the document.
    public var language: Language
    /// The framework the principles, problem areas and measures are looked up in.
    public var framework: Framework

    /// Creates a builder.
    public init(plan: PlanOverview, language: Language, framework: Framework = .sou2019_43) {
        self.plan = plan
        self.language = language
        self.framework = framework
    }

    /// The plan as a document.
    public var document: Document {
        var blocks: [Block] = []
        if !plan.isAgreed {
            blocks.append(.note(say(Vocabulary.proposalOnly)))
        }
        blocks.append(.section(actions))
        blocks.append(
            .section(
                DocumentSection(
                    id: "follow-up", title: w(.followUp),
                    blocks: [.paragraph(say(Vocabulary.followUpText(plan.followUpDate.description)))])))
        blocks.append(.section(focus))
        if !plan.problemAreas.isEmpty { blocks.append(.section(problemAreas)) }
        if let parked = plan.parkingLot, !parked.isEmpty {
            blocks.append(
                .section(
                    DocumentSection(
                        id: "parking-lot", title: say(Vocabulary.parkingLotHeading), blocks: [.list(parked)]))
            )
        }
        if !plan.ranking.isEmpty { blocks.append(.section(ranking)) }
        return Document(
            language: language, kicker: say(Vocabulary.planKicker), title: who,
            subtitle: meta.joined(separator: " · "), blocks: blocks, footer: say(Vocabulary.planFooter))
    }

    // MARK: Words

    private func w(_ term: Term) -> String { term(language) }
    private func say(_ text: LocalizedText) -> String { text(language) }
    private func number(_ value: Double) -> String { Formatting.decimal(value, language: language) }
    func principleName(_ id: PrincipleID) -> String { framework.principle(id).name(language) }
    func areaTitle(_ id: ProblemAreaID) -> String { framework.problemArea(id).title(language) }
    func measureTitle(_ id: String) -> String? { (try? framework.measure(id: id))?.title(language) }

    /// `Exempelmyndigheten, Ledningsgruppen`.
    private var who: String {
        let organisation = plan.organisation.trimmingCharacters(in: .whitespacesAndNewlines)
        let unit = plan.unit.trimmingCharacters(in: .whitespacesAndNewlines)
        return unit.isEmpty ? organisation : "\(organisation), \(unit)"
    }

    private var meta: [String] {
        var parts = [say(Vocabulary.assessedOn(plan.date.description))]
        if !plan.facilitator.trimmingCharacters(in: .whitespaces).isEmpty {
            parts.append(say(Vocabulary.ledBy(plan.facilitator)))
        }
        parts.append(say(Vocabulary.participantCount(plan.respondents)))
        parts.append(say(Vocabulary.followUpOn(plan.followUpDate.description)))
        return parts
    }

    // MARK: Actions

    private var actions: DocumentSection {
        guard !plan.actions.isEmpty else {
            return DocumentSection(
                id: "actions", title: w(.teamActions), blocks: [.paragraph(say(Vocabulary.noActions))])
        }
        var blocks: [Block] = [
            .table(
                DocumentTable(
                    caption: "",
                    columns: [
                        .init(w(.id)), .init(w(.action)), .init(w(.owner)), .init(w(.due)),
                        .init(w(.horizon)),
                        .init(w(.principle)), .init(w(.status)),
                    ],
                    rows: plan.actions.map { action in
                        DocumentTable.Row([
                            action.id, action.what, action.owner, action.due?.description ?? "–",
                            w(Term.horizon(action.horizon)), action.principle.map(principleName) ?? "–",
                            w(Term.status(action.status)),
                        ])
                    }))
        ]
        for action in plan.actions {
            let details = details(action)
            guard !details.isEmpty else { continue }
            // The table above holds the whole text; the heading names the action in a few words.
            let words = action.what.split(separator: " ")
            let short = words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
            blocks.append(.heading("\(action.id) · \(short)"))
            blocks.append(.list(details.map { say(Vocabulary.labelled($0.0, $0.1)) }))
        }
        return DocumentSection(id: "actions", title: w(.teamActions), blocks: blocks)
    }

    /// The fields that do not fit a table row, each with its label; empty ones left out.
    private func details(_ action: Action) -> [(String, String)] {
        var details: [(String, String)] = []
        if let area = action.problemArea { details.append((w(.problemArea), areaTitle(area))) }
        if let title = action.measure.flatMap(measureTitle) { details.append((w(.inspiredBy), title)) }
        if !action.expectedEffect.isEmpty { details.append((w(.expectedEffect), action.expectedEffect)) }
        if !action.followUp.isEmpty { details.append((w(.followUp), action.followUp)) }
        if let note = action.note, !note.isEmpty { details.append((w(.note), note)) }
        return details
    }

    // MARK: Focus

    private var focus: DocumentSection {
        var blocks: [Block] = []
        if plan.focus.isEmpty {
            blocks.append(.paragraph(say(Vocabulary.noFocus(anyRanked: !plan.ranking.isEmpty))))
        }
        for (number, focus) in plan.focus.enumerated() {
            let principle = framework.principle(focus.principle)
            var inner: [Block] = [
                .quote(principle.definition(language), source: principle.source.description),
                .paragraph(say(Vocabulary.labelled(w(.reason), why(focus)))),
                .paragraph(say(Vocabulary.labelled(w(.relatedProblemAreas), relatedAreas(focus)))),
            ]
            // A principle the team chose but gave no action is pointed out, so that it is not forgotten.
            if plan.isAgreed, !plan.actions.contains(where: { $0.principle == focus.principle }) {
                inner.append(.note(say(Vocabulary.noActionForFocus)))
            }
            let measures = focus.measures.compactMap { try? framework.measure(id: $0) }
            if !measures.isEmpty { inner.append(.heading(say(Vocabulary.proposedMeasures))) }
            for horizon in Horizon.allCases {
                let group = measures.filter { $0.horizon == horizon }
                guard !group.isEmpty else { continue }
                inner.append(.heading(say(Vocabulary.horizonHeading(horizon))))
                inner.append(
                    .list(
                        group.map { measure in
                            "\(measure.title(language)): \(measure.description(language)) \(measureSource(measure))"
                        }))
            }
            blocks.append(
                .section(
                    DocumentSection(
                        id: "focus-\(number + 1)", title: "\(number + 1). \(principleName(focus.principle))",
                        blocks: inner)))
        }
        return DocumentSection(
            id: "focus", title: say(Vocabulary.focusHeading(agreed: plan.isAgreed)), blocks: blocks)
    }

    /// The focus's reason without the principle's name in front, which its heading already shows.
    private func why(_ focus: FocusProposal) -> String {
        let reason = focus.reason(language)
        let prefix = principleName(focus.principle) + ": "
        guard reason.hasPrefix(prefix) else { return reason }
        let rest = reason.dropFirst(prefix.count)
        return rest.prefix(1).uppercased() + rest.dropFirst()
    }

    private func relatedAreas(_ focus: FocusProposal) -> String {
        guard !focus.relatedProblemAreas.isEmpty else {
            return say(Vocabulary.noRelatedAreas(measured: !plan.problemAreaLevels.isEmpty))
        }
        let names = focus.relatedProblemAreas.map { id in
            areaTitle(id) + (plan.level(of: id).map { " (\(number($0)))" } ?? "")
        }.joined(separator: "; ")
        return plan.problemAreaLevels.isEmpty ? say(Vocabulary.unmeasuredAreas(names)) : names
    }

    /// The organisations the report names with a measure, grouped by what the report says they did, each
    /// with its section, then the measure's source.
    private func measureSource(_ measure: Measure) -> String {
        var text = ""
        for status in MeasureExample.Status.allCases {
            let examples = measure.examples.filter { $0.status == status }
            guard !examples.isEmpty else { continue }
            let names = examples.map { "\($0.organisation) (\($0.source.section))" }
            text += status.label(language) + " " + names.joined(separator: ", ") + ". "
        }
        return text + say(Vocabulary.source(measure.source.description))
    }

    // MARK: Problem areas and ranking

    private var problemAreas: DocumentSection {
        let measured = !plan.problemAreaLevels.isEmpty
        let table = DocumentTable(
            caption: "",
            columns: [.init(w(.problemArea))]
                + (measured ? [.init(say(Vocabulary.howPresent), numeric: true)] : []),
            rows: plan.problemAreas.map { id in
                DocumentTable.Row([areaTitle(id)] + (measured ? [plan.level(of: id).map(number) ?? "–"] : []))
            })
        return DocumentSection(
            id: "problem-areas", title: say(Vocabulary.problemAreasHeading(agreed: plan.isAgreed)),
            blocks: [.table(table)])
    }

    private var ranking: DocumentSection {
        DocumentSection(
            id: "ranking", title: w(.howRanked),
            blocks: [
                .paragraph(say(Vocabulary.rankingRule)),
                .table(
                    DocumentTable(
                        caption: "", columns: [.init(w(.rank), numeric: true), .init(w(.reason))],
                        rows: plan.ranking.map { DocumentTable.Row(["\($0.rank).", $0.reason(language)]) })),
            ])
    }
}
