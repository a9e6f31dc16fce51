import TillitCore

/// `tillit-assess report FILE`: the scored result of an assessment in the format the reader needs.
enum ReportCommand {
    static let spec = CommandSpec(
        "report",
        summary: LocalizedText(
            sv: "Visa resultatet av en självskattning som tabell, Markdown, HTML, CSV eller JSON.",
            en: "Show the result of an assessment as a table, Markdown, HTML, CSV or JSON."),
        discussion: LocalizedText(
            sv: "Rapporten visar principernas och problemområdenas nivå, index och spridning, de påståenden "
                + "där gruppen är oenig och, när deltagarna har roller, grupperna sida vid sida. HTML-rapporten "
                + "är en enda fil med diagram som går att skriva ut på A4. --raw exporterar de enskilda svaren "
                + "som CSV för samtalsledarens egen analys; den filen visar vem som svarat vad och ska inte "
                + "spridas. JSON-formatet är dokumenterat i README.",
            en: "The report shows the score, index and spread of the principles and problem areas, the "
                + "statements the team disagrees on and, when participants carry roles, the groups side by "
                + "side. The HTML report is one file with charts that prints on A4. --raw exports the "
                + "individual answers as CSV for the facilitator's own analysis; that file shows who answered "
                + "what and is not for circulation. The JSON format is documented in the README."),
        arguments: [
            file.spec
        ],
        options: [
            CommonOptions.format, CommonOptions.output, CommonOptions.force, CommonOptions.language,
            CommonOptions.csvDialect,
            ReportInput.anonymityThreshold,
            raw,
        ],
        rules: [.only(raw, with: CommonOptions.format, being: [.csv]), CommonOptions.csvDialectOnlyWithCSV],
        examples: [
            "report ledning.tillit.json", "report ledning.tillit.json --format html -o rapport.html",
            "report ledning.tillit.json --format json", "report ledning.tillit.json --raw -o svar.csv",
        ],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let scorer = try ReportInput.scorer(arguments)
            // Scored as the file is read, the participants only counted; only --raw, which lists every
            // answer, holds them.
            let (assessment, scorecard, roster) =
                arguments[Self.raw]
                ? try ReportInput.assessment(at: arguments.value(Self.file), context: context).scored(scorer)
                : try ReportInput.scored(at: arguments.value(Self.file), context: context, scorer: scorer)
            let format = try arguments[CommonOptions.format]
            let renderer = ReportRenderer(
                assessment: assessment, scorecard: scorecard, language: language,
                width: min(context.terminal.columns, 80),
                useColor: format == .text && arguments.isGiven(CommonOptions.output) == false
                    && context.terminal.usesColor,
                csvDialect: arguments.csvDialect(language: language), roster: roster)
            let text = arguments[Self.raw] ? renderer.rawCSV() : renderer.render(format)
            try Output(arguments, kind: arguments[Self.raw] ? .individualAnswers : .report).deliver(
                text, context: context)
            return .success
        })

    static let file = Argument<String>(
        .file, help: LocalizedText(sv: "Självskattningsfilen", en: "The assessment file"))

    static let raw = FlagOption(
        "raw",
        help: LocalizedText(
            sv: "Exportera enskilda svar (deltagare × påstående) som CSV",
            en: "Export individual answers (participant × statement) as CSV"))
}
