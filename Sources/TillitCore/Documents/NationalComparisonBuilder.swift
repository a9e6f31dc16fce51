/// Builds a ``NationalComparison`` into a ``Document``: per question a table of the team's share of
/// *yes* beside the national share and the shares in the agency's own segments, with the source and
/// year and the marks for small segments and misprinted rows.
public struct NationalComparisonBuilder: Sendable {
    /// The comparison.
    public var comparison: NationalComparison
    /// The language of the document.
    public var language: Language

    /// Creates a builder.
    public init(comparison: NationalComparison, language: Language) {
        self.comparison = comparison
        self.language = language
    }

    private func say(_ text: LocalizedText) -> String { text(language) }

    /// A segment's label; an employee-count segment says that it counts employees.
    func label(_ figure: NationalComparison.Figure) -> String {
        guard let text = figure.label?(language) else { return say(Vocabulary.allAgencies) }
        return figure.kind == NationalSurvey.Breakdown.employees.rawValue
            ? say(Vocabulary.employees(text)) : text
    }

    /// A figure's marks: `*` for a small segment, `†` for a row whose source figures do not add up.
    func marks(_ figure: NationalComparison.Figure) -> String {
        (figure.small ? "*" : "") + (figure.note != nil ? "†" : "")
    }

    private func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return say(Vocabulary.percent(Formatting.decimal(value, decimals: 0)))
    }

    /// The comparison as a document.
    public var document: Document {
        var questions: [Block] = []
        for row in comparison.rows {
            let rows =
                [
                    DocumentTable.Row([
                        say(Vocabulary.yourTeam), percent(row.team?.yesPercent),
                        say(Vocabulary.teamAnswer(row.team)),
                    ])
                ]
                + row.figures.map { figure in
                    DocumentTable.Row([
                        label(figure), say(Vocabulary.percent("\(figure.yesPercent)")),
                        say(Vocabulary.agencies(figure.n, marks: marks(figure))),
                    ])
                }
            questions.append(
                .section(
                    DocumentSection(
                        id: row.id, title: say(Vocabulary.question(row.number, row.text(language))),
                        blocks: [
                            .table(
                                DocumentTable(
                                    caption: "",
                                    columns: [
                                        .init(say(Vocabulary.nationalGroup)),
                                        .init(say(Vocabulary.shareYes), numeric: true),
                                        .init(say(Vocabulary.basis)),
                                    ],
                                    rows: rows))
                        ])))
        }
        // The questions are sentences: under a section of their own they are written as asked, not as
        // headings in capitals.
        var blocks: [Block] = [
            .paragraph(say(Vocabulary.nationalSource(comparison))),
            .section(
                DocumentSection(id: "questions", title: say(Vocabulary.answersByQuestion), blocks: questions)),
        ]
        let figures = comparison.rows.flatMap(\.figures)
        var notes: [String] = []
        if figures.contains(where: \.small) { notes.append(say(Vocabulary.smallSegmentNote)) }
        if figures.contains(where: { $0.note != nil }) { notes.append(say(Vocabulary.misprintNote)) }
        notes.append(say(Vocabulary.nationalExplanation))
        blocks += notes.map(Block.note)
        return Document(
            language: language, kicker: say(Vocabulary.nationalKicker),
            title: say(Vocabulary.nationalTitle(comparison.year)),
            blocks: blocks, footer: say(Vocabulary.footer))
    }
}
