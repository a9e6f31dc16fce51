/// One of the eight guiding principles of trust-based governance and management.
///
/// The principles characterise trust-based governance and management; the report offers them as a
/// starting point for an organisation to reflect on and analyse its own challenges (SOU 2019:43
/// §3.3.5), which is exactly what a self-assessment does with them.
public struct Principle: Sendable, Codable, Hashable, Identifiable {
    /// The stable id, e.g. `handlingsutrymme`.
    public var id: PrincipleID
    /// The name: `Handlingsutrymme` / `Room for manoeuvre`.
    public var name: LocalizedText
    /// The definition. The Swedish text is word for word as in SOU 2019:43 Tabell 3.3; the English is
    /// a faithful translation.
    public var definition: LocalizedText
    /// How the report says the principle is to be understood (§3.5.2 and the sections it draws on):
    /// the points a facilitator reads out when a participant asks what the principle means.
    public var guidance: [LocalizedText]
    /// Whether the principle was new in 2019 (only långsiktighet is; the other seven come from
    /// SOU 2018:47).
    public var isNewIn2019: Bool
    /// Where the definition and guidance come from.
    public var source: SourceReference

    /// Creates a principle.
    public init(
        id: PrincipleID, name: LocalizedText, definition: LocalizedText, guidance: [LocalizedText],
        isNewIn2019: Bool, source: SourceReference
    ) {
        self.id = id
        self.name = name
        self.definition = definition
        self.guidance = guidance
        self.isNewIn2019 = isNewIn2019
        self.source = source
    }
}
