/// A disclosure rule that cannot be used.
public enum DisclosureError: TillitError, Equatable {
    /// The anonymity threshold asked for is below ``DisclosureControl/minimumThreshold``.
    case thresholdTooLow(given: Int, minimum: Int)

    public var message: LocalizedText {
        switch self {
        case .thresholdTooLow(let given, let minimum):
            LocalizedText(
                sv: "anonymitetsgränsen kan inte vara \(given); den ska vara minst \(minimum), eftersom var "
                    + "och en av två personer kan räkna ut den andras svar ur sina egna.",
                en: "the anonymity threshold cannot be \(given); it must be at least \(minimum), since each "
                    + "of two people can work out the other's answers from their own.")
        }
    }
}
