import TillitCore

/// `tillit-assess problems`: the five problem areas with their symptoms and principles.
enum ProblemsCommand {
    static let spec: CommandSpec = CommandSpec(
        "problems",
        summary: LocalizedText(
            sv: "Visa de fem problemområdena med tecken och kopplade principer.",
            en: "Show the five problem areas with their symptoms and linked principles."),
        discussion: LocalizedText(
            sv: "Problemområdena beskrivs i SOU 2019:43 §1.6. En koppling till en princip som "
                + "betänkandet inte anger är markerad med * och är projektets egen tolkning.",
            en: "The problem areas are described in SOU 2019:43 §1.6. A link to a principle that the "
                + "report does not state is marked * and is the project's own reading."),
        options: [format, CommonOptions.language, CommonOptions.output, CommonOptions.force],
        examples: ["problems", "problems --format json"],
        run: { arguments, context in
            let renderer = FrameworkRenderer(
                language: arguments.language(environment: context.environment),
                width: min(context.terminal.columns, 80))
            let format = try arguments[Self.format]
            try Output(arguments).deliver(renderer.problemAreas(as: format), context: context)
            return .success
        })

    static let format = CommonOptions.format(RenderFormat.frameworkFormats)
}
