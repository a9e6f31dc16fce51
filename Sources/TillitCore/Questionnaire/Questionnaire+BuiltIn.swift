import Foundation

extension Questionnaire {
    /// The standard questionnaire: 4–6 statements per principle and 2–4 symptom statements per problem
    /// area, for a full workshop.
    ///
    /// Principle statements describe what anyone in the organisation would see happen when the
    /// principle is lived; agreement means it is. Problem-area statements describe a symptom; agreement
    /// means the problem is present. Each statement holds one idea and is the project's own wording,
    /// drawn from the report section given as its source. Version 2; version 1 stays readable
    /// (``builtIn(id:version:)``) for assessments made with it.
    public static let standard = builtIn(PackageResources.standard_v2_json, file: "standard-v2.json")

    /// The quick questionnaire: one statement per principle and per problem area, for a ten-minute check.
    ///
    /// Each statement is a statement of ``standard`` with the same wording and source, so that a team
    /// can move on to the standard questionnaire and recognise it; the ids are `q-<target>`.
    public static let quick = builtIn(PackageResources.quick_v2_json, file: "quick-v2.json")

    /// The seven yes/no questions 2–8 of the 2019 national agency survey (SOU 2019:43 Bilaga 5), for
    /// comparing a management team with the agencies that answered in 2019.
    ///
    /// The texts are the survey's own, word for word, including the question mark that the survey puts
    /// after the statements of questions 2 and 3, and the form numbers them 2–8 as the report does.
    /// Questions 4–6 count towards a problem area by the project's reading, marked on each item;
    /// question 7 counts towards no score (see its ``QuestionnaireItem/link``).
    public static let national2019 = builtIn(
        PackageResources.national_2019_v2_json, file: "national-2019-v2.json")

    /// Every version of every built-in questionnaire the program can read: the current ones and the
    /// earlier versions that assessment files may embed.
    public static let allBuiltIn: [Questionnaire] = [
        standard, standard1, quick, quick1, national2019, national1,
    ]

    // The earlier versions, each loaded the first time it is asked for: a command that checks an
    // assessment against the built-in version it names loads that one, not all six.
    private static let standard1 = builtIn(PackageResources.standard_v1_json, file: "standard-v1.json")
    private static let quick1 = builtIn(PackageResources.quick_v1_json, file: "quick-v1.json")
    private static let national1 = builtIn(
        PackageResources.national_2019_v1_json, file: "national-2019-v1.json")

    /// The ids of the built-in questionnaires, in the order a user is offered them.
    public static let builtInIDs = ["standard", "quick", "national-2019"]

    /// What a user types for each built-in questionnaire in each language: `quick` is `snabbkoll` in Swedish.
    ///
    /// The id in a file never changes (files and scripts keep working whatever the language); these are
    /// the names a reader is offered, and ``builtIn(named:)`` accepts either language's.
    public static let builtInNames: [String: LocalizedText] = [
        "standard": LocalizedText(sv: "standard", en: "standard"),
        "quick": LocalizedText(sv: "snabbkoll", en: "quick"),
        "national-2019": LocalizedText(sv: "nationell-2019", en: "national-2019"),
    ]

    /// The name a reader of `language` is offered for a built-in questionnaire's id; the id itself for
    /// any other.
    public static func builtInName(_ id: String, in language: Language) -> String {
        builtInNames[id]?(language) ?? id
    }

    /// The current version of the built-in questionnaire with the given id, or `nil`.
    public static func builtIn(id: String) -> Questionnaire? {
        switch id {
        case "standard": .standard
        case "quick": .quick
        case "national-2019": .national2019
        default: nil
        }
    }

    /// The built-in questionnaire with the given id and version, current or earlier, or `nil`.
    public static func builtIn(id: String, version: Int) -> Questionnaire? {
        switch (id, version) {
        case ("standard", 1): standard1
        case ("standard", 2): standard
        case ("quick", 1): quick1
        case ("quick", 2): quick
        case ("national-2019", 1): national1
        case ("national-2019", 2): national2019
        default: nil
        }
    }

    /// The built-in questionnaire a user names on the command line: `standard` for the current version,
    /// `standard@1` for version 1 (to print it, or to import a survey that was set up with it), by its id
    /// or its name in either language (`snabbkoll@1`); `nil` for any other name.
    public static func builtIn(named name: String) -> Questionnaire? {
        let parts = name.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count <= 2,
            let id = builtInIDs.first(where: { id in
                id == parts[0] || Language.allCases.contains { builtInName(id, in: $0) == parts[0] }
            })
        else { return nil }
        guard parts.count == 2 else { return builtIn(id: id) }
        return Int(parts[1]).flatMap { builtIn(id: id, version: $0) }
    }

    /// Loads a data file compiled into the package through the same validating loader as a custom
    /// questionnaire. The files are part of the program and a test loads every one, so a failure here
    /// is a defect in the build, not bad input.
    private static func builtIn(_ bytes: [UInt8], file: String) -> Questionnaire {
        do {
            return try QuestionnaireLoader.load(Data(bytes), file: file)
        } catch {
            preconditionFailure(error.message.en)
        }
    }
}
