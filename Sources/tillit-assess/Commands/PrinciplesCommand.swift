import TillitCore

/// `tillit-assess principles`: the eight guiding principles with their definitions.
enum PrinciplesCommand {
    static let spec: CommandSpec = CommandSpec(
        "principles",
        summary: LocalizedText(
            sv: "Visa de åtta vägledande principerna med definitioner och vägledning.",
            en: "Show the eight guiding principles with their definitions and guidance."),
        discussion: LocalizedText(
            sv: "Definitionerna återges ordagrant efter SOU 2019:43 Tabell 3.3. JSON-formatet är stabilt "
                + "och dokumenterat i README.",
            en: "The Swedish definitions are quoted word for word from SOU 2019:43 Tabell 3.3; the English "
                + "are translations. The JSON format is stable and documented in the README."),
        options: [format, CommonOptions.language, CommonOptions.output, CommonOptions.force],
        examples: [
            "principles", "principles --language sv --format json",
            "principles --format markdown -o principer.md",
        ],
        run: { arguments, context in
            let renderer = FrameworkRenderer(
                language: arguments.language(environment: context.environment),
                width: min(context.terminal.columns, 80))
            let format = try arguments[Self.format]
            try Output(arguments).deliver(renderer.principles(as: format), context: context)
            return .success
        })

    static let format = CommonOptions.format(RenderFormat.frameworkFormats)
}
