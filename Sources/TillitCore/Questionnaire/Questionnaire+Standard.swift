extension Questionnaire {
    /// The standard questionnaire: 4–6 statements per principle and 2–4 symptom statements per problem
    /// area, for a full workshop.
    public static let standard = Questionnaire(
        id: "standard", version: 1,
        title: LocalizedText(
            sv: "Självskattning av tillitsbaserad styrning och ledning",
            en: "Self-assessment of trust-based governance and management"),
        scale: .agreement, items: [])
}
