/// An organisation the report names in connection with a measure, and exactly what the report says it
/// did: tried it, plans it, intends or considers it, or only commented on the problem.
///
/// The difference matters to a reader who calls the organisation to ask how it went: a plan has no
/// results yet, and a comment is not a measure at all.
public struct MeasureExample: Sendable, Codable, Hashable {
    /// What the report records about the organisation and the measure.
    public enum Status: String, Sendable, Codable, Hashable, CaseIterable {
        /// The organisation has done it, and the report describes how or with what result.
        case tried
        /// The organisation has decided or planned to do it ("kommer att").
        case planned
        /// The organisation considers it, wants it or has it as an ambition ("funderar på", "bör").
        case intends
        /// The organisation commented on the problem the measure addresses; it did not take the measure.
        case commented

        /// The status as a label before the organisations' names, e.g. *Prövat av*.
        public var label: LocalizedText {
            switch self {
            case .tried: LocalizedText(sv: "Prövat av", en: "Tried by")
            case .planned: LocalizedText(sv: "Planerat av", en: "Planned by")
            case .intends: LocalizedText(sv: "Övervägt av", en: "Considered by")
            case .commented: LocalizedText(sv: "Synpunkter från", en: "Comments from")
            }
        }
    }

    /// The organisation as the report names it, e.g. `Mälardalens högskola`.
    public var organisation: String
    /// What the report says the organisation did.
    public var status: Status
    /// The passage that says so.
    public var source: SourceReference

    /// Creates an example.
    public init(organisation: String, status: Status, source: SourceReference) {
        self.organisation = organisation
        self.status = status
        self.source = source
    }
}
