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
            ArgumentSpec(
                "SHELL", isFile: false,
                help: LocalizedText(sv: "bash, zsh eller fish", en: "bash, zsh or fish"))
        ],
        options: [.output, .force],
        examples: [
            "completions bash", "completions zsh -o _tillit-assess", "completions fish -o tillit-assess.fish",
        ],
        run: { arguments, context in
            guard let shell = CompletionScript.Shell(rawValue: arguments.string("SHELL") ?? "") else {
                throw UsageError(
                    message: LocalizedText(
                        sv: "SHELL ska vara bash, zsh eller fish.", en: "SHELL must be bash, zsh or fish."),
                    commandPath: arguments.commandPath)
            }
            let script = CompletionScript(root: CommandTable.root).script(for: shell)
            try Output(arguments).deliver(script, context: context)
            return .success
        })
}
