/// One statement of a questionnaire, scored against exactly one principle or problem area.
public struct QuestionnaireItem: Sendable, Hashable, Identifiable {
    /// A stable id, unique within the questionnaire, e.g. `handlingsutrymme-2`.
    public var id: String
    /// The principle or problem area the item measures.
    public var target: Target
    /// The statement a participant rates.
    public var text: LocalizedText
    /// What in the reports the statement is written from.
    public var source: SourceReference?
    /// How the item bears on its target when it was not written to measure it; `nil` for a statement
    /// written for its target.
    public var link: ItemLink?

    /// Creates an item.
    public init(
        id: String, target: Target, text: LocalizedText, source: SourceReference? = nil, link: ItemLink? = nil
    ) {
        self.id = id
        self.target = target
        self.text = text
        self.source = source
        self.link = link
    }

    /// Whether the item counts towards its target's score; only an ``ItemLink/Kind/unscored`` link
    /// keeps it out.
    public var isScored: Bool { link?.kind != .unscored }
}

extension QuestionnaireItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, principle, problemArea, text, source, link
    }

    /// Decodes the file form, in which the target is either `"principle"` or `"problemArea"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        if let principle = try container.decodeIfPresent(PrincipleID.self, forKey: .principle) {
            target = .principle(principle)
        } else {
            target = .problemArea(try container.decode(ProblemAreaID.self, forKey: .problemArea))
        }
        text = try container.decode(LocalizedText.self, forKey: .text)
        source = try container.decodeIfPresent(SourceReference.self, forKey: .source)
        link = try container.decodeIfPresent(ItemLink.self, forKey: .link)
    }

    /// Encodes the file form: `id`, then `principle` or `problemArea`, `text`, `source` and `link`
    /// (the last two only when present, so that files written before links existed read back the same).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        switch target {
        case .principle(let id): try container.encode(id, forKey: .principle)
        case .problemArea(let id): try container.encode(id, forKey: .problemArea)
        }
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(link, forKey: .link)
    }
}
