/// Renders the principles and problem areas of a framework for reading: text for the terminal,
/// Markdown for a hand-out, JSON for other tools.
public struct FrameworkRenderer: Sendable {
    /// The framework to render.
    public var framework: Framework
    /// The language of the output.
    public var language: Language
    /// The width of text output in columns.
    public var width: Int

    /// Creates a renderer.
    public init(framework: Framework = .sou2019_43, language: Language, width: Int = 80) {
        self.framework = framework
        self.language = language
        self.width = width
    }

    /// The eight principles with their definitions and guidance.
    ///
    /// JSON is an array of objects with `id`, `name`, `definition`, `guidance` (array of strings),
    /// `newIn2019` and `source`, in the report's order.
    public func principles(as format: RenderFormat) -> String {
        switch format {
        case .json:
            return JSONOutput.string(framework.principles.map { PrincipleJSON($0, language) })
        case .markdown:
            var out = "# \(t(sv: "Åtta vägledande principer", en: "Eight guiding principles"))\n\n"
            out += t(
                sv: "Tillitsdelegationens vägledande principer för tillitsbaserad styrning och ledning, ur "
                    + "\(Self.reportTitle) (SOU 2019:43). Definitionen av varje princip citeras ordagrant ur "
                    + "Tabell 3.3. Punkterna under definitionen sammanfattar med egna ord hur betänkandet "
                    + "beskriver principen, med hänvisning till avsnitten.\n",
                en:
                    "The Trust Delegation's guiding principles for trust-based governance and management, from "
                    + "\(Self.reportTitle) (SOU 2019:43). Each definition translates Tabell 3.3 of the report, which "
                    + "the Swedish edition quotes word for word. The points below it summarise in our own words how "
                    + "the report describes the principle, with references to its sections.\n")
            for principle in framework.principles {
                out += "\n## \(principle.name(language))"
                out += principle.isNewIn2019 ? " _(\(t(sv: "ny 2019", en: "new in 2019")))_\n\n" : "\n\n"
                out += "> \(principle.definition(language))\n\n"
                for point in principle.guidance { out += "- \(point(language))\n" }
                out += "\n_\(t(sv: "Källa", en: "Source")): \(principle.source)_\n"
            }
            return out
        case .text, .html, .csv:
            var lines = [
                t(sv: "ÅTTA VÄGLEDANDE PRINCIPER", en: "EIGHT GUIDING PRINCIPLES")
                    + " (SOU 2019:43 Tabell 3.3)", "",
            ]
            for (number, principle) in framework.principles.enumerated() {
                let new = principle.isNewIn2019 ? "  [\(t(sv: "ny 2019", en: "new in 2019"))]" : ""
                lines.append("\(number + 1). \(principle.name(language))\(new)")
                lines += TextLayout.wrap(
                    quoted(principle.definition(language)), width: width, rest: "   ")
                for point in principle.guidance {
                    lines += TextLayout.wrap(point(language), width: width, first: "   - ", rest: "     ")
                }
                lines.append("   \(principle.source)")
                lines.append("")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// The five problem areas with their summaries, symptoms and linked principles.
    ///
    /// JSON is an array of objects with `id`, `title`, `summary`, `symptoms` (`text`, `source`),
    /// `principles` (`id`, `stated`, `source`) and `source`, in the report's order.
    public func problemAreas(as format: RenderFormat) -> String {
        switch format {
        case .json:
            return JSONOutput.string(framework.problemAreas.map { ProblemAreaJSON($0, language) })
        case .markdown:
            var out = "# \(t(sv: "Fem problemområden", en: "Five problem areas"))\n\n"
            out += t(
                sv: "De fem problemområden som \(Self.reportTitle) (SOU 2019:43) beskriver i avsnitt 1.6. "
                    + "Rubrikerna är betänkandets egna; sammanfattningarna och tecknen är skrivna utifrån "
                    + "betänkandet så att en ledningsgrupp kan fråga sig om de känner igen dem, och varje tecken "
                    + "hänvisar till det avsnitt som beskriver det.\n",
                en: "The five problem areas that \(Self.reportTitle) (SOU 2019:43) describes in section 1.6. "
                    + "The headings are the report's own; the summaries and symptoms are written from the report "
                    + "so that a management team can ask whether it recognises them, and each symptom refers to "
                    + "the section that describes it.\n")
            for area in framework.problemAreas {
                out += "\n## \(area.title(language))\n\n\(area.summary(language))\n\n"
                out += "**\(t(sv: "Tecken", en: "Symptoms"))**\n\n"
                for symptom in area.symptoms {
                    out += "- \(symptom.text(language)) (\(citation(symptom.source, within: area.source)))\n"
                }
                out +=
                    "\n**\(t(sv: "Principer som motverkar problemet", en: "Principles that address it")):** "
                    + linkList(area, marker: "\\*") + "\n"
                out += "\n_\(t(sv: "Källa", en: "Source")): \(area.source)_\n"
            }
            if hasInferredLinks { out += "\n---\n\n\\" + inferredLegend + "\n" }
            return out
        case .text, .html, .csv:
            var lines = [t(sv: "FEM PROBLEMOMRÅDEN", en: "FIVE PROBLEM AREAS") + " (SOU 2019:43 §1.6)", ""]
            for (number, area) in framework.problemAreas.enumerated() {
                lines += TextLayout.wrap(
                    area.title(language).uppercased(), width: width, first: "\(number + 1). ", rest: "   ")
                lines += TextLayout.wrap(area.summary(language), width: width, rest: "   ")
                lines.append("   \(t(sv: "Tecken", en: "Symptoms")):")
                for symptom in area.symptoms {
                    lines += TextLayout.wrap(
                        symptom.text(language), width: width, first: "   - ", rest: "     ")
                }
                lines += TextLayout.wrap(
                    "\(t(sv: "Principer", en: "Principles")): " + linkList(area), width: width, first: "   ",
                    rest: "   ")
                lines.append("   \(area.source)")
                lines.append("")
            }
            if hasInferredLinks { lines += TextLayout.wrap(inferredLegend, width: width) }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Whether any problem area has a link the report does not state, so the `*` needs its legend.
    private var hasInferredLinks: Bool {
        framework.problemAreas.contains { $0.principles.contains(where: \.isInferred) }
    }

    /// The title of SOU 2019:43 as a hand-out cites it.
    static let reportTitle =
        "_Med tillit följer bättre resultat – tillitsbaserad styrning och ledning i staten_"

    /// A reference as short as the context allows: the section alone when it is in the same document.
    private func citation(_ source: SourceReference, within context: SourceReference) -> String {
        source.document == context.document && !source.section.isEmpty ? source.section : source.description
    }

    /// What the `*` after a principle's name means; every format that prints the marker prints this.
    private var inferredLegend: String {
        t(
            sv: "* Kopplingen anges inte i betänkandet; den är projektets egen tolkning.",
            en: "* The report does not state this link; it is the project's own reading.")
    }

    /// The linked principles' names, an inferred link marked (escaped as `\\*` in Markdown).
    private func linkList(_ area: ProblemArea, marker: String = "*") -> String {
        area.principles.map { link in
            framework.principle(link.principle).name(language) + (link.isInferred ? marker : "")
        }.joined(separator: ", ")
    }

    /// A quotation in the language's own marks: ”…” in Swedish, “…” in English.
    private func quoted(_ text: String) -> String { language == .sv ? "”\(text)”" : "“\(text)”" }

    private func t(sv: String, en: String) -> String { language == .sv ? sv : en }
}

private struct PrincipleJSON: Encodable {
    var id: String
    var name: String
    var definition: String
    var guidance: [String]
    var newIn2019: Bool
    var source: String

    init(_ principle: Principle, _ language: Language) {
        id = principle.id.rawValue
        name = principle.name(language)
        definition = principle.definition(language)
        guidance = principle.guidance.map { $0(language) }
        newIn2019 = principle.isNewIn2019
        source = principle.source.description
    }
}

private struct ProblemAreaJSON: Encodable {
    struct SymptomJSON: Encodable {
        var text: String
        var source: String
    }

    struct LinkJSON: Encodable {
        var id: String
        var stated: Bool
        var source: String?
    }

    var id: String
    var title: String
    var summary: String
    var symptoms: [SymptomJSON]
    var principles: [LinkJSON]
    var source: String

    init(_ area: ProblemArea, _ language: Language) {
        id = area.id.rawValue
        title = area.title(language)
        summary = area.summary(language)
        symptoms = area.symptoms.map { SymptomJSON(text: $0.text(language), source: $0.source.description) }
        principles = area.principles.map {
            LinkJSON(id: $0.principle.rawValue, stated: !$0.isInferred, source: $0.statedIn?.description)
        }
        source = area.source.description
    }
}
