import TillitCore

/// The declarative table of every command `tillit-assess` has.
///
/// This is the one place commands are listed; parsing, help, usage errors and completions all read it.
enum CommandTable {
    static let root: CommandSpec = CommandSpec(
        "tillit-assess",
        summary: LocalizedText(
            sv: "Självskattning av tillitsbaserad styrning och ledning enligt SOU 2019:43.",
            en: "Self-assessment of trust-based governance and management after SOU 2019:43."),
        subcommands: [
            WorkshopCommand.spec,
            RespondCommand.spec,
            MergeCommand.spec,
            PlanCommand.spec,
            ReportCommand.spec,
            CompareCommand.spec,
            BenchmarkCommand.spec,
            ImportCommand.spec,
            QuestionnaireCommand.spec,
            PrinciplesCommand.spec,
            ProblemsCommand.spec,
            CompletionsCommand.spec,
            ManCommand.spec,
        ],
        run: nil)
}
