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
        lines.append(t(sv: "INSTRUKTIONER", en: "INSTRUCTIONS"))
        lines += TextLayout.wrap(instructions, width: width, first: "  ", rest: "  ")
        lines.append("")
        if !asksQuestions {
            lines.append(t(sv: "SKALA", en: "SCALE"))
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
        out += "## \(t(sv: "Instruktioner", en: "Instructions"))\n\n\(escape(instructions))\n"
        if !asksQuestions {
            out += "\n## \(t(sv: "Skala", en: "Scale"))\n\n"
            out += "| \(t(sv: "Svar", en: "Answer")) | \(t(sv: "Betydelse", en: "Meaning")) |\n|---|---|\n"
            for step in scale.steps {
                out += "| \(escape(key(for: step))) | \(escape(step.label(language))) |\n"
            }
            out +=
                "| \(escape(scale.dontKnow(language))) | \(cannotJudge.prefix(1).uppercased() + cannotJudge.dropFirst()) |\n"
        }
        let keys = scale.steps.map { escape(key(for: $0)) } + [escape(scale.dontKnow(language))]
        let header =
            "| \(t(sv: "Nr", en: "No.")) | \(asksQuestions ? t(sv: "Fråga", en: "Question") : t(sv: "Påstående", en: "Statement")) | "
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

    private var cannotJudge: String {
        asksQuestions
            ? t(sv: "kan inte bedöma frågan", en: "cannot judge the question")
            : t(sv: "kan inte bedöma påståendet", en: "cannot judge the statement")
    }

    private var subtitle: String {
        let count = questionnaire.items.count
        let version = t(sv: "Version \(questionnaire.version)", en: "Version \(questionnaire.version)")
        if asksQuestions {
            return version
                + t(sv: " – \(count) \(count == 1 ? "fråga" : "frågor")", en: " – \(count) question")
                + (language == .en && count != 1 ? "s" : "")
        }
        return version
            + t(sv: " – \(count) \(count == 1 ? "påstående" : "påståenden")", en: " – \(count) statement")
            + (language == .en && count != 1 ? "s" : "")
    }

    private func fields(blank: String) -> String {
        t(sv: "Namn eller pseudonym: ", en: "Name or pseudonym: ") + blank + "   "
            + t(sv: "Roll: ", en: "Role: ") + blank
    }

    private var instructions: String {
        let dontKnow = scale.dontKnow(language)
        if asksQuestions {
            // Highest first: *Ja eller Nej* is how a question is put.
            let answers = scale.steps.reversed().map { $0.label(language) }.joined(
                separator: t(sv: " eller ", en: " or "))
            return t(
                sv:
                    "Läs varje fråga och svara \(answers) utifrån hur det är i er organisation i dag. Kryssa i "
                    + "”\(dontKnow)” om du inte kan bedöma frågan; det svaret räknas inte in i resultatet. "
                    + "Frågorna är numrerade som i den enkät de kommer från.",
                en:
                    "Read each question and answer \(answers) from how things are in your organisation today. "
                    + "Tick “\(dontKnow)” if you cannot judge the question; that answer does not count towards the "
                    + "result. The questions are numbered as in the survey they come from.")
        }
        return t(
            sv:
                "Läs varje påstående och kryssa i hur väl det stämmer in på er organisation i dag – utifrån vad "
                + "du själv ser och upplever, inte utifrån hur det borde vara. Med ”vi” och ”hos oss” avses hela "
                + "organisationen, och med ”de vi är till för” de medborgare, företag och andra som "
                + "organisationen finns till för. Kryssa i ”\(dontKnow)” om du inte kan bedöma påståendet; det "
                + "svaret räknas inte in i resultatet. Det finns inga rätta eller felaktiga svar, och ingen "
                + "redovisning visar vem som har svarat vad.",
            en: "Read each statement and tick how true it is of your organisation today – from what you "
                + "yourself see and experience, not from how things ought to be. “We” and “our organisation” "
                + "mean the whole organisation, and “the people we serve” the citizens, businesses and others "
                + "the organisation exists for. Tick “\(dontKnow)” if you cannot judge the statement; that answer "
                + "does not count towards the result. There are no right or wrong answers, and no report "
                + "shows who answered what.")
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
            case nil:
                return (
                    t(sv: "\(number). Räknas till \(name).", en: "\(number). Counts towards \(name)."), ""
                )
            case .inferred:
                return (
                    t(
                        sv: "\(number). Räknas till \(name) (projektets tolkning).",
                        en: "\(number). Counts towards \(name) (the project's reading)."),
                    item.link!.reason(language)
                )
            case .unscored:
                return (
                    t(
                        sv: "\(number). Räknas inte in i något resultat.",
                        en: "\(number). Counts towards no result."),
                    item.link!.reason(language)
                )
            }
        }
    }

    private var linkHeading: String { t(sv: "Hur svaren räknas", en: "How the answers count") }

    private var linkLead: String {
        t(
            sv:
                "Varje svar räknas till en princip eller ett problemområde. Där kopplingen är projektets egen "
                + "tolkning och inte betänkandets (SOU 2019:43), eller där frågan inte räknas, står skälet.",
            en:
                "Each answer counts towards a principle or a problem area. Where the link is the project's own "
                + "reading rather than the report's (SOU 2019:43), or where the question does not count, the "
                + "reason is given.")
    }

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
            return [Section(heading: t(sv: "Frågor", en: "Questions"), lead: nil, groups: [(nil, numbered)])]
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
                    heading: t(sv: "Principer", en: "Principles"),
                    lead: t(
                        sv:
                            "Påståendena beskriver hur det ser ut när principen präglar verksamheten: ju bättre "
                            + "de stämmer in, desto mer präglar principen er organisation.",
                        en:
                            "The statements describe what it looks like when the principle shapes the work: the "
                            + "truer they are, the more the principle shapes your organisation."),
                    groups: groups(principles)))
        }
        if !problemAreas.isEmpty {
            sections.append(
                Section(
                    heading: t(sv: "Problemområden", en: "Problem areas"),
                    lead: t(
                        sv:
                            "Påståendena beskriver tecken på problem: ju bättre de stämmer in, desto tydligare "
                            + "finns problemet hos er.",
                        en:
                            "The statements describe signs of a problem: the truer they are, the more clearly "
                            + "the problem is present in your organisation."),
                    groups: groups(problemAreas)))
        }
        return sections
    }

    private func t(sv: String, en: String) -> String { language == .sv ? sv : en }
}
