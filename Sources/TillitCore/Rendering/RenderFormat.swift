/// The output formats Tillit's renderers produce. Not every renderer offers every format; each command
/// lists the ones it supports.
public enum RenderFormat: String, Sendable, Codable, Hashable, CaseIterable {
    /// Plain text for the terminal, at most 80 columns wide.
    case text
    /// Markdown for a wiki, an e-mail or a printed hand-out.
    case markdown
    /// A self-contained HTML page.
    case html
    /// CSV for a spreadsheet: UTF-8 with BOM, formula-like cells neutralised.
    case csv
    /// JSON for other programs; stable and documented.
    case json
}
