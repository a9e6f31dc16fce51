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

    /// Creates a renderer.
    public init(
        questionnaire: Questionnaire, framework: Framework = .sou2019_43, language: Language, width: Int = 80
    ) {
        self.questionnaire = questionnaire
        self.framework = framework
        self.language = language
        self.width = width
    }

    /// The formats the questionnaire comes in.
    public static let formats: [RenderFormat] = [.text, .markdown, .csv, .json]

    /// The questionnaire in the given format.
    ///
    /// - `text`: a paper form at most ``width`` columns wide.
    /// - `markdown`: the same form with one table per principle or problem area.
    /// - `csv`: a header `id,target,statement` and one row per item in questionnaire order, the
    ///   statement in ``language``.
    /// - `json`: the questionnaire schema, both languages, exactly as ``QuestionnaireLoader`` reads it.
    ///
    /// HTML is refused with ``UnsupportedFormat`` rather than answered with the text form, so that a
    /// caller never saves text under an `.html` name.
    public func render(as format: RenderFormat) throws(UnsupportedFormat) -> String {
        switch format {
        case .json: JSONOutput.string(questionnaire)
        case .csv: csv()
        case .markdown: markdown()
        case .text: text()
        case .html: throw UnsupportedFormat(format: format, supported: Self.formats)
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
        lines.append(say(Vocabulary.instructionsHeading).uppercased())
        lines += TextLayout.wrap(instructions, width: width, first: "  ", rest: "  ")
        lines.append("")
        if !asksQuestions {
            lines.append(say(Vocabulary.scaleHeading).uppercased())
            let keyWidth = (scale.steps.map { key(for: $0).count } + [0]).max()!
            for step in scale.steps {
                lines.append("  \(TextLayout.fit(key(for: step), width: keyWidth))  \(step.label(language))")
            }
            lines += TextLayout.wrap(
                scale.dontKnow(language) + " – " + cannotJudge, width: width, first: "  ", rest: "  ")
        }
        let numberWidth = String(questionnaire.number(ofItemAt: questionnaire.items.count - 1)).count
        let indent = String(repeating: " ", count: numberWidth + 3)
        for section in sections {
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
        let notes = linkNotes
        if !notes.isEmpty {
            lines.append("")
            lines.append(linkHeading.uppercased())
            lines += TextLayout.wrap(linkLead, width: width)
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
        out += "## \(say(Vocabulary.instructionsHeading))\n\n\(escape(instructions))\n"
        if !asksQuestions {
            out += "\n## \(say(Vocabulary.scaleHeading))\n\n"
            out += "| \(say(Vocabulary.scaleAnswer)) | \(say(Vocabulary.scaleMeaning)) |\n|---|---|\n"
            for step in scale.steps {
                out += "| \(escape(key(for: step))) | \(escape(step.label(language))) |\n"
            }
            out +=
                "| \(escape(scale.dontKnow(language))) | \(cannotJudge.prefix(1).uppercased() + cannotJudge.dropFirst()) |\n"
        }
        let keys = scale.steps.map { escape(key(for: $0)) } + [escape(scale.dontKnow(language))]
        let header =
            "| \(say(Vocabulary.itemNumber)) | \(asksQuestions ? say(Vocabulary.questionColumn) : Term.statement(language)) | "
            + keys.joined(separator: " | ") + " |\n"
        let rule = "|---:|---|" + String(repeating: ":-:|", count: keys.count) + "\n"
        let boxes = String(repeating: " ☐ |", count: keys.count)
        for section in sections {
            out += "\n## \(escape(section.heading))\n"
            if let lead = section.lead { out += "\n\(escape(lead))\n" }
            for group in section.groups {
                out += (group.name.map { "\n### \(escape($0))\n" } ?? "") + "\n" + header + rule
                for (number, item) in group.items {
                    out += "| \(number) | \(escape(item.text(language))) |" + boxes + "\n"
                }
            }
        }
        let notes = linkNotes
        if !notes.isEmpty {
            out += "\n## \(escape(linkHeading))\n\n\(escape(linkLead))\n\n"
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

    /// Whether the questionnaire asks questions (a scale of short words such as *Ja*/*Nej*) rather than
    /// asking how well statements fit.
    private var asksQuestions: Bool {
        scale.steps.allSatisfy { key(for: $0) == $0.label(language) }
    }

    private var cannotJudge: String { say(Vocabulary.cannotJudge(question: asksQuestions)) }

    private var subtitle: String {
        say(
            Vocabulary.formSubtitle(
                version: questionnaire.version, count: questionnaire.items.count, questions: asksQuestions))
    }

    private func fields(blank: String) -> String { say(Vocabulary.formFields(blank: blank)) }

    private var instructions: String {
        let dontKnow = scale.dontKnow(language)
        if asksQuestions {
            // Highest first: *Ja eller Nej* is how a question is put.
            let answers = say(Vocabulary.alternatives(scale.steps.reversed().map { $0.label(language) }))
            return say(Vocabulary.questionInstructions(answers: answers, dontKnow: dontKnow))
        }
        return say(Vocabulary.statementInstructions(dontKnow: dontKnow))
    }

    /// When any item carries a link, one line per item: its number, what it counts towards, and for a
    /// linked item whether that is the project's reading, and why. Empty when no item has a link, as in
    /// a questionnaire whose statements are written for their targets.
    private var linkNotes: [(head: String, reason: String)] {
        guard questionnaire.items.contains(where: { $0.link != nil }) else { return [] }
        return questionnaire.items.enumerated().map { index, item in
            let number = questionnaire.number(ofItemAt: index)
            let name = item.target.name(in: framework)(language)
            switch item.link?.kind {
            case nil: return (say(Vocabulary.countsTowards(number, name)), "")
            case .inferred:
                return (say(Vocabulary.countsTowardsByReading(number, name)), item.link!.reason(language))
            case .unscored: return (say(Vocabulary.countsTowardsNothing(number)), item.link!.reason(language))
            }
        }
    }

    private var linkHeading: String { say(Vocabulary.howAnswersCount) }

    private var linkLead: String { say(Vocabulary.howAnswersCountLead) }

    /// A part of the form: the principles, the problem areas, or all the questions in order.
    private struct Section {
        var heading: String
        /// What a high answer means here; `nil` for questions.
        var lead: String?
        /// The statements per target, or one unnamed group of questions.
        var groups: [(name: String?, items: [(number: Int, item: QuestionnaireItem)])]
    }

    /// Questions in order in one section; statements grouped by target in the framework's order,
    /// principles first. Either way each item keeps its number in the questionnaire.
    private var sections: [Section] {
        let numbered = questionnaire.items.indices.map {
            (number: questionnaire.number(ofItemAt: $0), item: questionnaire.items[$0])
        }
        if asksQuestions {
            return [Section(heading: say(Vocabulary.questions), lead: nil, groups: [(nil, numbered)])]
        }
        func groups(_ targets: [Target]) -> [(name: String?, items: [(number: Int, item: QuestionnaireItem)])]
        {
            targets.map { target in
                (target.name(in: framework)(language), numbered.filter { $0.item.target == target })
            }
        }
        // Every target an item points to, scored or not, so that no statement is left off the form.
        let targets = Set(questionnaire.items.map(\.target)).sorted()
        let principles = targets.filter { $0.principle != nil }
        let problemAreas = targets.filter { $0.problemArea != nil }
        var sections: [Section] = []
        if !principles.isEmpty {
            sections.append(
                Section(
                    heading: Term.principles(language), lead: say(Vocabulary.principlesLead),
                    groups: groups(principles)))
        }
        if !problemAreas.isEmpty {
            sections.append(
                Section(
                    heading: Term.problemAreas(language), lead: say(Vocabulary.problemAreasLead),
                    groups: groups(problemAreas)))
        }
        return sections
    }

    private func say(_ text: LocalizedText) -> String { text(language) }
}
