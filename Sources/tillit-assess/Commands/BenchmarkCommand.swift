import TillitCore

/// `tillit-assess benchmark FILE`: the team's answers beside the 2019 national agency survey.
enum BenchmarkCommand {
    static let spec = CommandSpec(
        "benchmark",
        summary: LocalizedText(
            sv: "Jämför svaren på frågeformuläret national-2019 med 2019 års myndighetsenkät.",
            en: "Compare answers to the national-2019 questionnaire with the 2019 agency survey."),
        discussion: LocalizedText(
            sv: "Visar per fråga (2–8) andelen ja i gruppen bredvid andelen ja bland alla myndigheter som "
                + "svarade 2019 (SOU 2019:43 Bilaga 5) och, när de anges, bland myndigheter av samma storlek, "
                + "typ och departement. Grupper med färre än 10 myndigheter markeras. Storleksklasser: färre än "
                + "20, 21–50, 51–100, 101–500, 501–1000, över 1000 anställda.",
            en: "Shows per question (2–8) the team's share of yes beside the share among all agencies that "
                + "answered in 2019 (SOU 2019:43 Bilaga 5) and, when given, among agencies of the same size, type "
                + "and department. Groups of fewer than 10 agencies are marked. Size bands: fewer than 20, "
                + "21–50, 51–100, 101–500, 501–1000, over 1000 employees."),
        arguments: [
            file.spec
        ],
        options: [
            CommonOptions.format, CommonOptions.output, CommonOptions.force, CommonOptions.language,
            CommonOptions.csvDialect, employees, agencyType, department,
        ],
        rules: [CommonOptions.csvDialectOnlyWithCSV],
        examples: [
            "benchmark enkat.tillit.json",
            "benchmark svar.tillit.json --employees 350 --agency-type domstol",
            "benchmark enkat.tillit.json --department finansdepartementet",
        ],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let assessment = try ReportInput.assessment(at: arguments.value(Self.file), context: context)
            let comparison: NationalComparison
            do {
                comparison = try NationalComparison(
                    assessment: assessment, employees: arguments[Self.employees],
                    agencyType: arguments[Self.agencyType], department: arguments[Self.department])
            } catch let error as NationalSurveyError {
                // An agency type or department the survey does not know is a mistake on the command line.
                if case .unknownSegment = error { throw CLIError(error.message, code: .usage) }
                throw error
            }
            let renderer = NationalComparisonRenderer(
                comparison: comparison, language: language, width: min(context.terminal.columns, 80),
                csvDialect: arguments.csvDialect(language: language))
            let format = try arguments[CommonOptions.format]
            try Output(arguments).deliver(renderer.render(format), context: context)
            return .success
        })

    static let file = Argument<String>(
        .file,
        help: LocalizedText(
            sv: "Självskattningen, gjord med frågeformuläret nationell-2019 (national-2019)",
            en: "The assessment, made with the national-2019 questionnaire"))

    static let employees = Option<Int>(
        "employees", kind: .integer(1...10_000_000), valueName: .number,
        help: LocalizedText(
            sv: "Antal anställda i myndigheten, för jämförelse med samma storleksklass",
            en: "The agency's number of employees, to compare with its size band"))

    static let agencyType = Option<String>(
        "agency-type", kind: .choice(ChoiceList(agencyTypes)), valueName: .type,
        help: LocalizedText(sv: "Myndighetstyp", en: "Agency type"))

    static let department = Option<String>(
        "department", valueName: .name,
        help: LocalizedText(
            sv: "Departement som myndigheten hör till, t.ex. finansdepartementet",
            en: "The government department, e.g. finansdepartementet"))

    /// The survey's agency types, each with its name.
    private static var agencyTypes: [Choice] {
        NationalSurvey.survey2019.questions[0].agencyTypes.map { Choice($0.id, help: $0.label) }
    }
}
