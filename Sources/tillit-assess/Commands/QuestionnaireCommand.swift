import Foundation
import TillitCore

/// `tillit-assess questionnaire`: a built-in or custom questionnaire as a paper form, CSV or JSON.
enum QuestionnaireCommand {
    static let spec = CommandSpec(
        "questionnaire",
        summary: LocalizedText(
            sv: "Skriv ut ett frågeformulär som blankett, CSV eller JSON.",
            en: "Print a questionnaire as a paper form, CSV or JSON."),
        discussion: LocalizedText(
            sv:
                "FRÅGEFORMULÄR är \(QuestionnaireChoice.names.sv) eller en JSON-fil med ett eget frågeformulär; "
                + "standard@1 ger version 1, som äldre bedömningar gjordes med. "
                + "Text och Markdown ger en blankett att skriva ut inför en workshop på papper; CSV ger en rad "
                + "per påstående att klistra in i ett enkätverktyg; JSON ger formuläret i det schema som "
                + "README beskriver och som kan läsas in igen som eget frågeformulär.",
            en: "QUESTIONNAIRE is \(QuestionnaireChoice.names.en) or a JSON file holding a custom "
                + "questionnaire; standard@1 gives version 1, which earlier assessments used. Text and Markdown give a form to print for a paper workshop; CSV gives one "
                + "row per statement to paste into a survey tool; JSON gives the questionnaire in the schema "
                + "the README describes, which loads back as a custom questionnaire."),
        arguments: [
            questionnaire.spec
        ],
        options: [
            format, CommonOptions.language, CommonOptions.csvDialect, CommonOptions.output,
            CommonOptions.force,
        ],
        rules: [CommonOptions.csvDialectOnlyWithCSV],
        examples: [
            "questionnaire", "questionnaire quick --format markdown -o blankett.md",
            "questionnaire standard --format csv --language en",
            "questionnaire eget-formular.json --format json",
        ],
        run: { arguments, context in
            let questionnaire = try load(
                arguments.valueIfGiven(Self.questionnaire) ?? "standard", context: context)
            let output = Output(arguments)
            let language = arguments.language(environment: context.environment)
            let renderer = QuestionnaireRenderer(
                questionnaire: questionnaire, language: language,
                width: output.path == nil ? min(context.terminal.columns, 80) : 80,
                csvDialect: arguments.csvDialect(language: language))
            let format = try arguments[Self.format]
            try output.deliver(renderer.render(as: format), context: context)
            return .success
        })

    static let format = CommonOptions.format(RenderFormat.questionnaireFormats)

    static let questionnaire = Argument<String>(
        .questionnaire, .optional, kind: QuestionnaireChoice.kind,
        help: LocalizedText(
            sv: "standard (förval), \(Questionnaire.builtInName("quick", in: .sv)), "
                + "\(Questionnaire.builtInName("national-2019", in: .sv)) eller en JSON-fil",
            en: "standard (the default), quick, national-2019 or a JSON file"))

    /// A built-in questionnaire by id, or a custom one from a JSON file (validated as a whole).
    static func load(_ name: String, context: CommandContext) throws -> Questionnaire {
        if let builtIn = Questionnaire.builtIn(named: name) { return builtIn }
        let url = context.url(for: name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            let names = QuestionnaireChoice.names
            throw CLIError(
                LocalizedText(
                    sv:
                        "kan inte läsa \(name): filen finns inte, och det är inget inbyggt frågeformulär (\(names.sv)).",
                    en: "cannot read \(name): no such file, and not a built-in questionnaire (\(names.en))."),
                code: .noInput)
        }
        return try QuestionnaireLoader.load(context.read(name), file: name)
    }
}
