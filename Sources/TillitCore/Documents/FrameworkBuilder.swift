/// Builds the framework's two hand-outs into ``Document``s: the eight principles with their definitions
/// quoted and the report's guidance, and the five problem areas with their symptoms and the principles
/// that address them. Every format is written from these, so the terminal and the printed page say the
/// same.
public struct FrameworkBuilder: Sendable {
    /// The framework.
    public var framework: Framework
    /// The language of the documents.
    public var language: Language

    /// Creates a builder.
    public init(framework: Framework = .sou2019_43, language: Language) {
        self.framework = framework
        self.language = language
    }

    private func say(_ text: LocalizedText) -> String { text(language) }

    /// The principles: each a section with its definition quoted word for word and its guidance.
    public var principles: Document {
        let sections = framework.principles.enumerated().map { index, principle in
            Block.section(
                DocumentSection(
                    id: principle.id.rawValue,
                    title: say(
                        Vocabulary.principleHeading(
                            index + 1, principle.name(language), isNew: principle.isNewIn2019)),
                    blocks: [
                        .quote(principle.definition(language), source: principle.source.description),
                        .list(principle.guidance.map { $0(language) }),
                    ]))
        }
        return Document(
            language: language, kicker: "", title: say(Vocabulary.principlesTitle),
            subtitle: say(Vocabulary.principlesReference),
            blocks: [.paragraph(say(Vocabulary.principlesIntro))] + sections)
    }

    /// The problem areas: each a section with its summary, its symptoms and its linked principles, an
    /// inferred link marked `*` and the mark explained once at the end.
    public var problemAreas: Document {
        var blocks: [Block] = [.paragraph(say(Vocabulary.problemAreasIntro))]
        for (index, area) in framework.problemAreas.enumerated() {
            let symptoms = area.symptoms.map { symptom in
                say(
                    Vocabulary.symptom(
                        symptom.text(language), citation: citation(symptom.source, within: area.source)))
            }
            let links = area.principles.map { link in
                framework.principle(link.principle).name(language) + (link.isInferred ? "*" : "")
            }
            blocks.append(
                .section(
                    DocumentSection(
                        id: area.id.rawValue,
                        title: say(Vocabulary.numbered(index + 1, area.title(language))),
                        blocks: [
                            .paragraph(area.summary(language)),
                            .heading(say(Vocabulary.symptoms)), .list(symptoms),
                            .heading(say(Vocabulary.addressingPrinciples)), .list(links),
                            .paragraph(say(Vocabulary.source(area.source.description))),
                        ])))
        }
        if framework.problemAreas.contains(where: { $0.principles.contains(where: \.isInferred) }) {
            blocks.append(.note(say(Vocabulary.inferredLink)))
        }
        return Document(
            language: language, kicker: "", title: say(Vocabulary.problemAreasTitle),
            subtitle: say(Vocabulary.problemAreasReference), blocks: blocks)
    }

    /// A reference as short as the context allows: the section alone when it is in the same document.
    private func citation(_ source: SourceReference, within context: SourceReference) -> String {
        source.document == context.document && !source.section.isEmpty ? source.section : source.description
    }
}
