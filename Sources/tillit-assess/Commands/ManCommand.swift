import TillitCore

/// `tillit-assess man`: the manual page in roff, derived from the command table.
enum ManCommand {
    static let spec: CommandSpec = CommandSpec(
        "man",
        summary: LocalizedText(
            sv: "Skriv ut manualsidan tillit-assess(1).", en: "Print the manual page tillit-assess(1)."),
        discussion: LocalizedText(
            sv: "Installera till exempel med `tillit-assess man -o ~/.local/share/man/man1/tillit-assess.1`.",
            en: "Install, for example, with `tillit-assess man -o ~/.local/share/man/man1/tillit-assess.1`."),
        options: [CommonOptions.language, CommonOptions.output, CommonOptions.force],
        examples: ["man | man -l -", "man -o ~/.local/share/man/man1/tillit-assess.1"],
        run: { arguments, context in
            let page = ManPage(
                root: CommandTable.root, language: arguments.language(environment: context.environment),
                version: TillitAssess.version)
            try Output(arguments).deliver(page.text, context: context)
            return .success
        })
}
