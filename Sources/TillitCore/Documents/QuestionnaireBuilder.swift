/// Builds a questionnaire's paper form: its words, its scale and its sections in the order a team fills
/// them in, shared by every format so that the printed form and the Markdown hand-out ask the same.
public struct QuestionnaireBuilder: Sendable {
    /// The questionnaire.
    public var questionnaire: Questionnaire
    /// The framework that names the principles and problem areas.
    public var framework: Framework
    /// The language of the form.
    public var language: Language

    /// Creates a builder.
    public init(questionnaire: Questionnaire, framework: Framework = .sou2019_43, language: Language) {
        self.questionnaire = questionnaire
        self.framework = framework
        self.language = language
    }

    private func say(_ text: LocalizedText) -> String { text(language) }

    var scale: AnswerScale { questionnaire.scale }

    /// What a box shows for a step: the label when every label of the scale is one short word, else the
    /// value.
    func key(for step: ScaleStep) -> String {
        let labelsAreShort = scale.steps.allSatisfy {
            $0.label(language).count <= 6 && !$0.label(language).contains(" ")
        }
        return labelsAreShort ? step.label(language) : String(step.value)
    }

    /// Whether the questionnaire asks questions (a scale of short words such as *Ja*/*Nej*) rather than
    /// asking how well statements fit.
    var asksQuestions: Bool {
        scale.steps.allSatisfy { key(for: $0) == $0.label(language) }
    }

    var cannotJudge: String { say(Vocabulary.cannotJudge(question: asksQuestions)) }

    var subtitle: String {
        say(
            Vocabulary.formSubtitle(
                version: questionnaire.version, count: questionnaire.items.count, questions: asksQuestions))
    }

    func fields(blank: String) -> String { say(Vocabulary.formFields(blank: blank)) }

    var instructions: String {
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
    var linkNotes: [(head: String, reason: String)] {
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

    var linkHeading: String { say(Vocabulary.howAnswersCount) }

    var linkLead: String { say(Vocabulary.howAnswersCountLead) }

    /// A part of the form: the principles, the problem areas, or all the questions in order.
    struct Section {
        var heading: String
        /// What a high answer means here; `nil` for questions.
        var lead: String?
        /// The statements per target, or one unnamed group of questions.
        var groups: [(name: String?, items: [(number: Int, item: QuestionnaireItem)])]
    }

    /// Questions in order in one section; statements grouped by target in the framework's order,
    /// principles first. Either way each item keeps its number in the questionnaire.
    var sections: [Section] {
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

    /// The form as a document for a printed page: the fields, the instructions, the scale, a table per
    /// principle or problem area with a box per answer, and how each answer counts.
    public var document: Document {
        var blocks: [Block] = [
            .paragraph(fields(blank: String(repeating: "_", count: 22))),
            .section(
                DocumentSection(
                    id: "instructions", title: say(Vocabulary.instructionsHeading),
                    blocks: [.paragraph(instructions)])
            ),
        ]
        if !asksQuestions {
            let meaning = cannotJudge.prefix(1).uppercased() + cannotJudge.dropFirst()
            let rows =
                scale.steps.map { DocumentTable.Row([key(for: $0), $0.label(language)]) }
                + [DocumentTable.Row([scale.dontKnow(language), meaning])]
            let table = DocumentTable(
                caption: "",
                columns: [.init(say(Vocabulary.scaleAnswer)), .init(say(Vocabulary.scaleMeaning))], rows: rows
            )
            blocks.append(
                .section(
                    DocumentSection(id: "scale", title: say(Vocabulary.scaleHeading), blocks: [.table(table)])
                ))
        }
        let keys = scale.steps.map { key(for: $0) } + [scale.dontKnow(language)]
        let columns =
            [
                DocumentTable.Column(say(Vocabulary.itemNumber), numeric: true),
                .init(asksQuestions ? say(Vocabulary.questionColumn) : Term.statement(language)),
            ] + keys.map { DocumentTable.Column($0) }
        for (index, section) in sections.enumerated() {
            var inner: [Block] = section.lead.map { [.paragraph($0)] } ?? []
            for group in section.groups {
                let rows = group.items.map { entry in
                    DocumentTable.Row(["\(entry.number)", entry.item.text(language)] + keys.map { _ in "☐" })
                }
                inner.append(.table(DocumentTable(caption: group.name ?? "", columns: columns, rows: rows)))
            }
            blocks.append(
                .section(DocumentSection(id: "part-\(index + 1)", title: section.heading, blocks: inner)))
        }
        let notes = linkNotes
        if !notes.isEmpty {
            let items = notes.map { $0.reason.isEmpty ? $0.head : $0.head + " " + $0.reason }
            blocks.append(
                .section(
                    DocumentSection(
                        id: "how-answers-count", title: linkHeading,
                        blocks: [.paragraph(linkLead), .list(items)])))
        }
        return Document(
            language: language, kicker: Term.questionnaire(language), title: questionnaire.title(language),
            subtitle: subtitle, blocks: blocks)
    }
}
