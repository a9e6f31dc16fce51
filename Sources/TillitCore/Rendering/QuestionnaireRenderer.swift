/// Renders a questionnaire for people and for other tools: a printable paper form (text or Markdown)
/// for a workshop without computers, CSV to paste into a survey tool, and JSON in the schema that
/// ``QuestionnaireLoader`` reads back.
///
/// The paper form groups the statements by principle and problem area but numbers them in
/// questionnaire order, so that answers collected on paper can be typed in item by item. Each
/// statement gets a row of boxes, one per scale step plus *don't know*. The boxes show the step's
/// value (`☐ 1 … ☐ 5`) with the labels explained once under *Scale*; a scale whose labels are all
/// short words, such as *Ja*/*Nej*, shows the labels in the boxes instead, since bare values like 0
/// and 1 mean nothing on paper.
public struct QuestionnaireRenderer: Sendable {
    /// The questionnaire to render.
    public var questionnaire: Questionnaire
    /// The framework that names the principles and problem areas.
    public var framework: Framework
    /// The language of the form and of the CSV statements; JSON always holds both.
    public var language: Language
    /// The width of text output in columns.
    public var width: Int

    /// Creates a renderer.
    public init(
        questionnaire: Questionnaire, framework: Framework = .sou2019_43, language: Language, width: Int = 80
    ) {
        self.questionnaire = questionnaire
        self.framework = framework
        self.language = language
        self.width = width
    }

    /// The questionnaire in the given format.
    ///
    /// - `text`: a paper form at most ``width`` columns wide (HTML is not offered and falls back to it).
    /// - `markdown`: the same form with one table per principle or problem area.
    /// - `csv`: a header `id,target,statement` and one row per item in questionnaire order, the
    ///   statement in ``language``.
    /// - `json`: the questionnaire schema, both languages, exactly as ``QuestionnaireLoader`` reads it.
    public func render(as format: RenderFormat) -> String {
        switch format {
        case .json: JSONOutput.string(questionnaire)
        case .csv: csv()
        case .markdown: markdown()
        case .text, .html: text()
        }
    }

    // MARK: CSV

    private func csv() -> String {
        var writer = CSVWriter(header: ["id", "target", "statement"])
        for item in questionnaire.items {
            writer.append([item.id, item.target.id, item.text(language)])
        }
        return writer.text
    }

    // MARK: Text

    private func text() -> String {
        var lines = TextLayout.wrap(questionnaire.title(language).uppercased(), width: width)
        lines += TextLayout.wrap(subtitle, width: width)
        lines.append("")
        lines.append(fields(blank: String(repeating: "_", count: 22)))
        lines.append("")
        lines.append(t(sv: "INSTRUKTIONER", en: "INSTRUCTIONS"))
        lines += TextLayout.wrap(instructions, width: width, first: "  ", rest: "  ")
        lines.append("")
        lines.append(t(sv: "SKALA", en: "SCALE"))
        let keyWidth = (scale.steps.map { key(for: $0).count } + [0]).max()!
        for step in scale.steps {
            let key = key(for: step)
            let label = step.label(language)
            lines.append(key == label ? "  \(label)" : "  \(TextLayout.fit(key, width: keyWidth))  \(label)")
        }
        lines += TextLayout.wrap(
            scale.dontKnow(language) + " – "
                + t(sv: "kan inte bedöma påståendet", en: "cannot judge the statement"),
            width: width, first: "  ", rest: "  ")
        let numberWidth = String(questionnaire.items.count).count
        let indent = String(repeating: " ", count: numberWidth + 3)
        for section in sections {
            lines.append("")
            lines.append(section.heading.uppercased())
            if let lead = section.lead { lines += TextLayout.wrap(lead, width: width) }
            for group in section.groups {
                lines.append("")
                lines.append(group.name)
                lines.append(String(repeating: "-", count: min(group.name.count, width)))
                for (number, item) in group.items {
                    lines.append("")
                    let label = TextLayout.right("\(number).", width: numberWidth + 1) + " "
                    lines += TextLayout.wrap(
                        item.text(language), width: width, first: " " + label, rest: indent)
                    lines += boxRows(indent: indent)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The row of boxes under a statement, wrapped onto further lines if a long scale needs it.
    private func boxRows(indent: String) -> [String] {
        let cells = scale.steps.map { "☐ " + key(for: $0) } + ["☐ " + scale.dontKnow(language)]
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
        var out = "# \(escape(questionnaire.title(language)))\n\n_\(escape(subtitle))_\n\n"
        out += fields(blank: "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_") + "\n\n"
        out += "## \(t(sv: "Instruktioner", en: "Instructions"))\n\n\(escape(instructions))\n\n"
        out += "## \(t(sv: "Skala", en: "Scale"))\n\n"
        out += "| \(t(sv: "Svar", en: "Answer")) | \(t(sv: "Betydelse", en: "Meaning")) |\n|---|---|\n"
        for step in scale.steps {
            out += "| \(escape(key(for: step))) | \(escape(step.label(language))) |\n"
        }
        out +=
            "| \(escape(scale.dontKnow(language))) | "
            + t(sv: "kan inte bedöma påståendet", en: "cannot judge the statement") + " |\n"
        let keys = scale.steps.map { escape(key(for: $0)) } + [escape(scale.dontKnow(language))]
        let header =
            "| \(t(sv: "Nr", en: "No.")) | \(t(sv: "Påstående", en: "Statement")) | "
            + keys.joined(separator: " | ") + " |\n"
        let rule = "|---:|---|" + String(repeating: ":-:|", count: keys.count) + "\n"
        let boxes = String(repeating: " ☐ |", count: keys.count)
        for section in sections {
            out += "\n## \(escape(section.heading))\n"
            if let lead = section.lead { out += "\n\(escape(lead))\n" }
            for group in section.groups {
                out += "\n### \(escape(group.name))\n\n" + header + rule
                for (number, item) in group.items {
                    out += "| \(number) | \(escape(item.text(language))) |" + boxes + "\n"
                }
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

    // MARK: Shared

    private var scale: AnswerScale { questionnaire.scale }

    /// What a box shows for a step: the label when every label of the scale is one short word, else the
    /// value.
    private func key(for step: ScaleStep) -> String {
        let labelsAreShort = scale.steps.allSatisfy {
            $0.label(language).count <= 6 && !$0.label(language).contains(" ")
        }
        return labelsAreShort ? step.label(language) : String(step.value)
    }

    private var subtitle: String {
        let count = questionnaire.items.count
        return t(
            sv: "Frågeformulär \(questionnaire.id), version \(questionnaire.version) – \(count) påståenden",
            en: "Questionnaire \(questionnaire.id), version \(questionnaire.version) – \(count) statement"
                + (count == 1 ? "" : "s"))
    }

    private func fields(blank: String) -> String {
        t(sv: "Namn eller pseudonym: ", en: "Name or pseudonym: ") + blank + "   "
            + t(sv: "Roll: ", en: "Role: ") + blank
    }

    private var instructions: String {
        let dontKnow = scale.dontKnow(language)
        return t(
            sv: "Läs varje påstående och kryssa i den ruta som bäst beskriver hur det är i er organisation "
                + "i dag – utifrån vad du själv ser och upplever, inte hur det borde vara. Kryssa i \(dontKnow) "
                + "om du inte kan bedöma påståendet; det svaret räknas inte in i resultatet. Det finns inga "
                + "rätta eller felaktiga svar, och ingen redovisning visar vem som har svarat vad.",
            en: "Read each statement and tick the box that best describes how things are in your "
                + "organisation today – from what you yourself see and experience, not how things ought to "
                + "be. Tick \(dontKnow) if you cannot judge the statement; that answer does not count towards "
                + "the result. There are no right or wrong answers, and no report shows who answered what.")
    }

    /// A part of the form: the principles, or the problem areas.
    private struct Section {
        var heading: String
        /// What agreeing means here; `nil` on a two-step scale, which asks questions rather than rating
        /// statements.
        var lead: String?
        var groups: [(name: String, items: [(number: Int, item: QuestionnaireItem)])]
    }

    /// The statements grouped by target in the framework's order, principles first, each numbered by
    /// its position in the questionnaire.
    private var sections: [Section] {
        let numbered = questionnaire.items.enumerated().map { (number: $0.offset + 1, item: $0.element) }
        func groups(_ targets: [Target]) -> [(name: String, items: [(number: Int, item: QuestionnaireItem)])]
        {
            targets.map { target in
                (target.name(in: framework)(language), numbered.filter { $0.item.target == target })
            }
        }
        let targets = questionnaire.targets
        let principles = targets.filter { $0.principle != nil }
        let problemAreas = targets.filter { $0.problemArea != nil }
        let rates = scale.steps.count > 2
        var sections: [Section] = []
        if !principles.isEmpty {
            sections.append(
                Section(
                    heading: t(sv: "Principer", en: "Principles"),
                    lead: !rates
                        ? nil
                        : t(
                            sv:
                                "Påståendena beskriver hur det ser ut när principen präglar verksamheten: ju mer "
                                + "du instämmer, desto mer lever ni efter principen.",
                            en:
                                "The statements describe what it looks like when the principle shapes the work: "
                                + "the more you agree, the more you live by the principle."),
                    groups: groups(principles)))
        }
        if !problemAreas.isEmpty {
            sections.append(
                Section(
                    heading: t(sv: "Problemområden", en: "Problem areas"),
                    lead: !rates
                        ? nil
                        : t(
                            sv:
                                "Påståendena beskriver tecken på problem: ju mer du instämmer, desto tydligare "
                                + "finns problemet hos er.",
                            en: "The statements describe signs of a problem: the more you agree, the more "
                                + "clearly the problem is present in your organisation."),
                    groups: groups(problemAreas)))
        }
        return sections
    }

    private func t(sv: String, en: String) -> String { language == .sv ? sv : en }
}
