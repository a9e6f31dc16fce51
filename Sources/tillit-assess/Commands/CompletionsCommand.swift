import TillitCore

/// `tillit-assess completions bash|zsh|fish`: a shell completion script derived from the command table.
enum CompletionsCommand {
    static let spec: CommandSpec = CommandSpec(
        "completions",
        summary: LocalizedText(
            sv: "Skriv ut ett skript för kommandokomplettering i bash, zsh eller fish.",
            en: "Print a shell completion script for bash, zsh or fish."),
        discussion: LocalizedText(
            sv: "Installera till exempel med `tillit-assess completions bash > "
                + "~/.local/share/bash-completion/completions/tillit-assess`.",
            en: "Install, for example, with `tillit-assess completions bash > "
                + "~/.local/share/bash-completion/completions/tillit-assess`."),
        arguments: [
            shell.spec
        ],
        options: [CommonOptions.language, CommonOptions.output, CommonOptions.force],
        examples: [
            "completions bash", "completions zsh -o _tillit-assess", "completions fish -o tillit-assess.fish",
        ],
        run: { arguments, context in
            let script = CompletionScript(
                root: CommandTable.root, language: arguments.language(environment: context.environment)
            ).script(for: try arguments.value(Self.shell))
            try Output(arguments).deliver(script, context: context)
            return .success
        })

    static let shell = Argument<CompletionScript.Shell>(
        .shell, help: LocalizedText(sv: "Skalet skriptet är för", en: "The shell the script is for"))
}
