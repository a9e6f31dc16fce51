/// Renders a questionnaire for people and for other tools: a printable paper form (text or Markdown)
/// for a workshop without computers, CSV to paste into a survey tool, and JSON in the schema that
/// ``QuestionnaireLoader`` reads back.
///
/// The paper form groups the statements by principle and problem area but numbers them in
/// questionnaire order, so that answers collected on paper can be typed in item by item. Each
/// statement gets a row of boxes, one per scale step plus *don't know*. The boxes show the step's
/// value (`☐ 1 … ☐ 5`) with the labels explained once under *Scale*. A questionnaire on a scale whose
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
    /// - `text`: a paper form at most ``width`` columns wide.
    /// - `markdown`: the same form with one table per principle or problem area.
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

    // MARK: Text

    private func text() -> String {
        var lines = TextLayout.wrap(questionnaire.title(language).uppercased(), width: width)
        lines += TextLayout.wrap(form.subtitle, width: width)
        lines.append("")
        lines.append(form.fields(blank: String(repeating: "_", count: 22)))
        lines.append("")
        lines.append(say(Vocabulary.instructionsHeading).uppercased())
        lines += TextLayout.wrap(form.instructions, width: width, first: "  ", rest: "  ")
        lines.append("")
        if !form.asksQuestions {
            lines.append(say(Vocabulary.scaleHeading).uppercased())
            let keyWidth = (form.scale.steps.map { form.key(for: $0).count } + [0]).max()!
            for step in form.scale.steps {
                lines.append(
                    "  \(TextLayout.fit(form.key(for: step), width: keyWidth))  \(step.label(language))")
            }
            lines += TextLayout.wrap(
                form.scale.dontKnow(language) + " – " + form.cannotJudge, width: width, first: "  ",
                rest: "  ")
        }
        let numberWidth = String(questionnaire.number(ofItemAt: questionnaire.items.count - 1)).count
        let indent = String(repeating: " ", count: numberWidth + 3)
        for section in form.sections {
            if !lines.last!.isEmpty { lines.append("") }
            lines.append(section.heading.uppercased())
            if let lead = section.lead { lines += TextLayout.wrap(lead, width: width) }
            for group in section.groups {
                if let name = group.name {
                    lines.append("")
                    lines.append(name)
                    lines.append(String(repeating: "-", count: min(name.count, width)))
                }
                for (number, item) in group.items {
                    lines.append("")
                    let label = TextLayout.right("\(number).", width: numberWidth + 1) + " "
                    lines += TextLayout.wrap(
                        item.text(language), width: width, first: " " + label, rest: indent)
                    lines += boxRows(indent: indent)
                }
            }
        }
        let notes = form.linkNotes
        if !notes.isEmpty {
            lines.append("")
            lines.append(form.linkHeading.uppercased())
            lines += TextLayout.wrap(form.linkLead, width: width)
            lines.append("")
            for note in notes {
                lines += TextLayout.wrap(note.head, width: width, first: "", rest: "    ")
                if !note.reason.isEmpty {
                    lines += TextLayout.wrap(note.reason, width: width, first: "    ", rest: "    ")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The row of boxes under a statement, wrapped onto further lines if a long form.scale needs it.
    private func boxRows(indent: String) -> [String] {
        let cells = form.scale.steps.map { "☐ " + form.key(for: $0) } + ["☐ " + form.scale.dontKnow(language)]
        var rows: [String] = []
        var current = indent
        for cell in cells {
            if current.count > indent.count, current.count + 3 + cell.count > width {
                rows.append(current)
                current = indent
            }
            current += (current.count > indent.count ? "   " : "") + cell
        }
        rows.append(current)
        return rows
    }

    // MARK: Markdown

    private func markdown() -> String {
        var out = "# \(escape(questionnaire.title(language)))\n\n_\(escape(form.subtitle))_\n\n"
        out += form.fields(blank: "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_") + "\n\n"
        out += "## \(say(Vocabulary.instructionsHeading))\n\n\(escape(form.instructions))\n"
        if !form.asksQuestions {
            out += "\n## \(say(Vocabulary.scaleHeading))\n\n"
            out += "| \(say(Vocabulary.scaleAnswer)) | \(say(Vocabulary.scaleMeaning)) |\n|---|---|\n"
            for step in form.scale.steps {
                out += "| \(escape(form.key(for: step))) | \(escape(step.label(language))) |\n"
            }
            out +=
                "| \(escape(form.scale.dontKnow(language))) | \(form.cannotJudge.prefix(1).uppercased() + form.cannotJudge.dropFirst()) |\n"
        }
        let keys =
            form.scale.steps.map { escape(form.key(for: $0)) } + [escape(form.scale.dontKnow(language))]
        let header =
            "| \(say(Vocabulary.itemNumber)) | \(form.asksQuestions ? say(Vocabulary.questionColumn) : Term.statement(language)) | "
            + keys.joined(separator: " | ") + " |\n"
        let rule = "|---:|---|" + String(repeating: ":-:|", count: keys.count) + "\n"
        let boxes = String(repeating: " ☐ |", count: keys.count)
        for section in form.sections {
            out += "\n## \(escape(section.heading))\n"
            if let lead = section.lead { out += "\n\(escape(lead))\n" }
            for group in section.groups {
                out += (group.name.map { "\n### \(escape($0))\n" } ?? "") + "\n" + header + rule
                for (number, item) in group.items {
                    out += "| \(number) | \(escape(item.text(language))) |" + boxes + "\n"
                }
            }
        }
        let notes = form.linkNotes
        if !notes.isEmpty {
            out += "\n## \(escape(form.linkHeading))\n\n\(escape(form.linkLead))\n\n"
            for note in notes {
                out +=
                    "- **\(escape(note.head))**" + (note.reason.isEmpty ? "" : " \(escape(note.reason))")
                    + "\n"
            }
        }
        return out
    }

    /// Escapes the characters that would break a Markdown table cell or start formatting.
    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\|*_`[]<>#".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }

    private func say(_ text: LocalizedText) -> String { text(language) }
}
