extension NationalSurvey {
    /// Tillitsdelegationen's 2019 survey of central-government agencies' leaderships
    /// (SOU 2019:43 Bilaga 5): totals and segments for the yes/no questions 2–8.
    ///
    /// The figures live in `Sources/TillitCore/Resources/NationalSurvey/survey-2019.json`, written by
    /// `scripts/generate-national-survey.py` from the project's transcription of Bilaga 5 and compiled into
    /// the binary. The test suite loads and checks the file, so a failure here is a defect in the build.
    public static let survey2019: NationalSurvey = {
        do {
            return try load(PackageResources.survey_2019_json, file: "survey-2019.json")
        } catch {
            fatalError("the built-in 2019 survey does not load: \(error)")
        }
    }()
}
