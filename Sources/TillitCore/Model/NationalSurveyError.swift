/// Why a national comparison cannot be made.
public enum NationalSurveyError: TillitError, Equatable {
    /// An agency type or department that the survey does not break down by.
    case unknownSegment(breakdown: NationalSurvey.Breakdown, given: String, valid: [String])
    /// The assessment has none of the survey's questions on a yes/no scale.
    case noSurveyQuestions(questionnaire: String)

    /// The message, naming what was given and what is valid.
    public var message: LocalizedText {
        switch self {
        case .unknownSegment(let breakdown, let given, let valid):
            let list = valid.joined(separator: ", ")
            let (sv, en) =
                switch breakdown {
                case .employees: ("storleksklass", "size band")
                case .agencyType: ("myndighetstyp", "agency type")
                case .department: ("departement", "department")
                }
            return LocalizedText(
                sv: "Okänd \(sv) '\(given)'. Giltiga värden: \(list).",
                en: "Unknown \(en) '\(given)'. Valid values: \(list).")
        case .noSurveyQuestions(let questionnaire):
            return LocalizedText(
                sv: "Självskattningen (frågeformulär \(questionnaire)) har inga av enkätens frågor q2–q8 med "
                    + "svaren ja/nej; gör den med frågeformuläret national-2019 för att jämföra med 2019 års enkät.",
                en:
                    "The assessment (questionnaire \(questionnaire)) has none of the survey's questions q2–q8 "
                    + "answered yes/no; use the national-2019 questionnaire to compare with the 2019 survey.")
        }
    }
}
