import Testing
import TillitCore

@testable import tillit_assess

@Suite("The command line is parsed from the declarative command table")
struct ArgumentParserTests {
    let parser = ArgumentParser(root: CommandTable.root)

    func run(_ arguments: [String]) throws -> ParsedArguments {
        guard case .run(let parsed) = try parser.parse(arguments) else {
            Issue.record("expected a command to run for \(arguments)")
            throw UsageError(message: .init(sv: "", en: ""), commandPath: [])
        }
        return parsed
    }

    @Test("accepts --name value, --name=value and short options alike")
    func optionSpellings() throws {
        #expect(try run(["principles", "--format", "json"]).string("format") == "json")
        #expect(try run(["principles", "--format=markdown"]).string("format") == "markdown")
        #expect(try run(["principles", "-f", "json"]).string("format") == "json")
        #expect(try run(["principles", "-fjson"]).string("format") == "json")
    }

    @Test("falls back to the declared default when an option is absent")
    func defaults() throws {
        let parsed = try run(["principles"])
        #expect(parsed.string("format") == "text")
        #expect(parsed.flag("force") == false)
    }

    @Test("suggests the option the user probably meant")
    func didYouMean() {
        #expect {
            _ = try parser.parse(["principles", "--fromat", "json"])
        } throws: { error in
            (error as? UsageError)?.message.en == "unknown option `--fromat`; did you mean `--format`?"
        }
    }

    @Test("suggests the command the user probably meant")
    func unknownCommand() {
        #expect {
            _ = try parser.parse(["principels"])
        } throws: { error in
            (error as? UsageError)?.message.en == "unknown command `principels`; did you mean `principles`?"
        }
    }

    @Test("rejects a value outside the choices and names them")
    func badChoice() {
        #expect {
            _ = try parser.parse(["problems", "--format", "jsno"])
        } throws: { error in
            let message = (error as? UsageError)?.message.en ?? ""
            return message.contains("text, markdown, html, json") && message.contains("did you mean `json`")
        }
    }

    @Test("rejects a missing value, a repeated option and a value given to a flag")
    func malformedOptions() {
        #expect(throws: UsageError.self) { try parser.parse(["principles", "--format"]) }
        #expect(throws: UsageError.self) { try parser.parse(["principles", "-f", "json", "-f", "text"]) }
        #expect(throws: UsageError.self) { try parser.parse(["principles", "--force=yes"]) }
        #expect(throws: UsageError.self) { try parser.parse(["principles", "extra"]) }
    }

    @Test("treats everything after -- as arguments, not options")
    func doubleDash() {
        #expect {
            _ = try parser.parse(["principles", "--", "--format"])
        } throws: { error in
            (error as? UsageError)?.message.en == "unexpected argument `--format`."
        }
    }

    @Test("answers help and version before anything else")
    func helpAndVersion() throws {
        guard case .help(let path) = try parser.parse(["principles", "--format", "json", "--help"]) else {
            Issue.record("expected help")
            return
        }
        #expect(path == ["principles"])
        guard case .help(let helpPath) = try parser.parse(["help", "problems"]) else {
            Issue.record("expected help")
            return
        }
        #expect(helpPath == ["problems"])
        guard case .version = try parser.parse(["--version"]) else {
            Issue.record("expected the version")
            return
        }
    }

    @Test("measures edit distance with transpositions")
    func distance() {
        #expect(Suggestion.distance("fromat", "format") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.closest(to: "zzzzzz", among: ["format", "output"]) == nil)
    }
}

@Suite("Help is derived from the command table")
struct HelpFormatterTests {
    @Test("lists every command, option and example within 80 columns", arguments: [Language.sv, .en])
    func fits(language: Language) {
        let formatter = HelpFormatter(root: CommandTable.root, language: language)
        var texts = [formatter.help(for: [])]
        for command in CommandTable.root.subcommands {
            let help = formatter.help(for: [command.name])
            texts.append(help)
            for option in command.allOptions { #expect(help.contains("--\(option.name)")) }
            for example in command.examples { #expect(help.contains(example)) }
            #expect(formatter.help(for: []).contains(command.name))
        }
        for line in texts.joined().split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }
}

@Suite("Subcommands own their options")
struct SubcommandParsingTests {
    let parser = ArgumentParser(root: CommandTable.root)

    @Test("help takes the command path up to the first option")
    func helpPath() throws {
        guard case .help(let path) = try parser.parse(["help", "plan", "add-action", "--language", "sv"])
        else {
            Issue.record("expected help")
            return
        }
        #expect(path == ["plan", "add-action"])
    }

    @Test("an option of the parent given before the subcommand word is an error, not ignored")
    func parentOptionRefused() {
        #expect {
            _ = try parser.parse(["plan", "x.tillit.json", "--format", "json", "set-status", "A1", "done"])
        } throws: { error in
            (error as? UsageError)?.message.en == "`--format` does not apply to `plan set-status`."
        }
    }

    @Test("the man page shows a subcommand's usage with its parent's arguments")
    func manUsage() {
        let page = ManPage(root: CommandTable.root, language: .en, version: "test").text
        #expect(page.contains("tillit\\-assess plan FILE add\\-action"))
    }
}

@Suite("The command table is well formed")
struct CommandTableTests {
    @Test("names every command, subcommand and option once")
    func unique() {
        func check(_ command: CommandSpec) {
            let names = command.subcommands.map(\.name)
            #expect(Set(names).count == names.count, "duplicate subcommand of \(command.name)")
            let options = command.allOptions.map(\.name)
            #expect(Set(options).count == options.count, "duplicate option of \(command.name)")
            let shorts = command.allOptions.compactMap(\.short)
            #expect(Set(shorts).count == shorts.count, "duplicate short option of \(command.name)")
            for sub in command.subcommands { check(sub) }
        }
        check(CommandTable.root)
    }

    @Test("gives every command a summary, every runnable command an example, in both languages")
    func documented() {
        for command in CommandTable.root.subcommands {
            #expect(!command.summary.sv.isEmpty && !command.summary.en.isEmpty)
            #expect(!command.examples.isEmpty, "\(command.name) has no example")
        }
    }
}
