import TillitCore

/// `tillit-assess compare OLD NEW`: how the team's assessment changed since the last one.
enum CompareCommand {
    static let spec = CommandSpec(
        "compare",
        summary: LocalizedText(
            sv:
                "Jämför två självskattningar: förändring per princip och problemområde, och planens åtgärder.",
            en: "Compare two assessments: change per principle and problem area, and the plan's actions."),
        discussion: LocalizedText(
            sv:
                "Visar per princip och problemområde förändringen i nivå och index och om den är en förbättring, "
                + "de påståenden som rört sig mest och var den tidigare planens åtgärder står. Har "
                + "självskattningarna olika frågeformulär jämförs de på det de har gemensamt, och det som "
                + "skiljer redovisas. En ändring under 1 indexenhet räknas som oförändrad.",
            en:
                "Shows per principle and problem area the change in score and index and whether it is for the "
                + "better, the statements that moved most, and where the earlier plan's actions stand. "
                + "Assessments with different questionnaires are compared on what they share, and what differs "
                + "is listed. A change under 1 index point counts as unchanged."),
        arguments: [
            old.spec, new.spec,
        ],
        options: [
            CommonOptions.format, CommonOptions.output, CommonOptions.force, CommonOptions.language,
            CommonOptions.csvDialect,
            ReportInput.anonymityThreshold,
        ],
        rules: [CommonOptions.csvDialectOnlyWithCSV],
        examples: [
            "compare host-2025.tillit.json var-2026.tillit.json",
            "compare a.tillit.json b.tillit.json --format json",
        ],
        run: { arguments, context in
            let old = try ReportInput.assessment(at: arguments.value(Self.old), context: context)
            let new = try ReportInput.assessment(at: arguments.value(Self.new), context: context)
            let scorer = try ReportInput.scorer(arguments)
            let comparison = Comparison(
                old: old, oldScores: scorer.score(old), new: new, newScores: scorer.score(new))
            let language = arguments.language(environment: context.environment)
            let renderer = ComparisonRenderer(
                comparison: comparison, language: language, width: min(context.terminal.columns, 80),
                csvDialect: arguments.csvDialect(language: language))
            let format = try arguments[CommonOptions.format]
            try Output(arguments).deliver(renderer.render(format), context: context)
            return .success
        })

    static let old = Argument<String>(
        .old, help: LocalizedText(sv: "Den tidigare självskattningen", en: "The earlier assessment"))
    static let new = Argument<String>(
        .new, help: LocalizedText(sv: "Den senare självskattningen", en: "The later assessment"))
}
