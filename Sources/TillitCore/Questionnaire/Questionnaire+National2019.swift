extension Questionnaire {
    /// The seven yes/no questions 2–8 of the 2019 national agency survey (SOU 2019:43 Bilaga 5), for
    /// comparing a management team with the agencies that answered in 2019.
    public static let national2019 = Questionnaire(
        id: "national-2019", version: 1,
        title: LocalizedText(
            sv: "Tillitsdelegationens myndighetsenkät 2019",
            en: "The Trust Delegation's agency survey 2019"),
        scale: .yesNo, items: [])
}
