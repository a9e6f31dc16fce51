/// One block of a ``Document``: what it says, not how it looks.
public indirect enum Block: Sendable, Hashable {
    /// A heading inside a section, level 3 (the section's own title is level 2).
    case heading(String)
    /// A paragraph of running text.
    case paragraph(String)
    /// A few figures a reader takes in at a glance: an index, a count, a date.
    case keyFigures([KeyFigure])
    /// A table with a caption, columns and rows.
    case table(DocumentTable)
    /// A bulleted list of short texts.
    case list([String])
    /// A side remark, e.g. why a figure is withheld; set apart from running text.
    case note(String)
    /// A passage quoted word for word, with where it comes from, e.g. a principle's definition.
    case quote(String, source: String)
    /// A chart; every format that cannot draw it shows the table that accompanies it.
    case chart(DocumentChart)
    /// A titled part of the document.
    case section(DocumentSection)

    /// Every text the block shows, depth first.
    public var texts: [String] {
        switch self {
        case .heading(let text), .paragraph(let text), .note(let text): [text]
        case .quote(let text, let source): [text, source]
        case .keyFigures(let figures): figures.flatMap { [$0.label, $0.value, $0.detail] }
        case .table(let table): table.texts
        case .list(let items): items
        case .chart(let chart): [chart.title]
        case .section(let section): [section.title] + section.blocks.flatMap(\.texts)
        }
    }
}
