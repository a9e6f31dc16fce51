/// A link from a problem area to a principle that addresses it, with what the link rests on.
///
/// SOU 2019:43 does not map problems to principles explicitly (DOMAIN.md, "unclear places" 7): some
/// links are stated in a passage of chapter 3, others are the project's own reading. Both are useful
/// to a team, but a reader must be able to tell them apart.
public struct PrincipleLink: Sendable, Codable, Hashable {
    /// The principle that addresses the problem area.
    public var principle: PrincipleID
    /// The passage that states the link, or `nil` when the link is the project's own reading.
    public var statedIn: SourceReference?

    /// Creates a link; pass `statedIn: nil` for a link the report does not state.
    public init(principle: PrincipleID, statedIn: SourceReference?) {
        self.principle = principle
        self.statedIn = statedIn
    }

    /// Whether the link is the project's own reading rather than stated in the report.
    public var isInferred: Bool { statedIn == nil }
}
