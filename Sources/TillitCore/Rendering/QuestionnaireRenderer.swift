/// Renders a questionnaire for people and for other tools: a printable paper form (text, Markdown or
/// HTML, all written from the one document ``QuestionnaireBuilder`` makes) for a workshop without
/// computers, CSV to paste into a survey tool, and JSON in the schema that ``QuestionnaireLoader`` reads
/// back.
///
/// The paper form groups the statements by principle and problem area but numbers them in
/// questionnaire order, so that answers collected on paper can be typed in item by item. Each
/// statement gets a box per scale step plus *don't know*, under columns headed by the step's value
/// (`1 … 5`) with the labels explained once under *Scale*. A questionnaire on a scale whose
/// labels are all short words, such as *Ja*/*Nej*, asks questions rather than rating statements: its
/// form lists the questions in order, numbered from ``Questionnaire/firstNumber`` as the survey they
/// come from numbers them, shows the labels in the boxes (bare values like 0 and 1 mean nothing on
/// paper) and needs no scale table. Items linked to their target by the project's own reading, or not
/// scored, are listed at the end with the reason, so that nobody takes the link for the report's.
public struct QuestionnaireRenderer: Sendable {
    /// The questionnaire to render.
    public var questionnaire: Questionnaire
    /// The framework that names the principles and problem areas.
    public var framework: Framework
    /// The language of the form and of the CSV statements; JSON always holds both.
    public var language: Language
    /// The width of text output in columns.
    public var width: Int
    /// How CSV is written: separator and decimal mark.
    public var csvDialect: CSVDialect

    /// Creates a renderer; the CSV dialect defaults from the language (Swedish Excel's for Swedish).
    public init(
        questionnaire: Questionnaire, framework: Framework = .sou2019_43, language: Language, width: Int = 80,
        csvDialect: CSVDialect? = nil
    ) {
        self.questionnaire = questionnaire
        self.framework = framework
        self.language = language
        self.width = width
        self.csvDialect = csvDialect ?? CSVDialect(language: language)
    }

    /// The formats the questionnaire comes in.
    public static let formats: [RenderFormat] = [.text, .markdown, .html, .csv, .json]

    /// The questionnaire in the given format.
    ///
    /// - `text`: the paper form at most ``width`` columns wide, one table per principle or problem area.
    /// - `markdown`: the same form for a wiki.
    /// - `html`: the form as a page to print, built by ``QuestionnaireBuilder`` and written by
    ///   ``HTMLWriter``, with a box per answer.
    /// - `csv`: a header in ``language`` (`id,target,statement`; `id;mäter;påstående`) and one row per
    ///   item in questionnaire order, the statement in ``language``, in the ``csvDialect``.
    /// - `json`: the questionnaire schema, both languages, exactly as ``QuestionnaireLoader`` reads it.
    public func render(as format: RenderFormat) -> String {
        switch format {
        case .json: JSONOutput.string(questionnaire)
        case .csv: csv()
        case .markdown: markdown()
        case .text: text()
        case .html: HTMLWriter().write(form.document)
        }
    }

    /// What every format of the form shares: its words, its scale and its sections.
    private var form: QuestionnaireBuilder {
        QuestionnaireBuilder(questionnaire: questionnaire, framework: framework, language: language)
    }

    // MARK: CSV

    private func csv() -> String {
        var writer = CSVWriter(
            header: Vocabulary.questionnaireCSVHeader.map { $0(language) }, dialect: csvDialect)
        for item in questionnaire.items {
            writer.append([item.id, item.target.id, item.text(language)])
        }
        return writer.text
    }

    // MARK: Text and Markdown

    /// The form for the terminal or a plain-text print: the document, a table per principle or problem
    /// area with a box per answer, at most ``width`` columns.
    private func text() -> String { TextWriter(width: width).write(form.document) }

    /// The form as Markdown: the same document, every text escaped.
    private func markdown() -> String { MarkdownWriter().write(form.document) }
}
