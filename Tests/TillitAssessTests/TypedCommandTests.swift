import Foundation
import Testing
import TillitCore

@testable import tillit_assess

/// The promises of the typed command table: commands get typed values, closed sets are spelled in both
/// languages, rules are the parser's, and every example in help is a command line that parses.
@Suite("Typed commands: values in the user's language, checked in one place")
struct TypedCommandTests {
    let parser = ArgumentParser(root: CommandTable.root)

    func parsed(_ arguments: [String]) throws -> ParsedArguments {
        guard case .run(let parsed) = try parser.parse(arguments) else {
            Issue.record("expected a command to run for \(arguments)")
            throw UsageError(message: .init(sv: "", en: ""), commandPath: [])
        }
        return parsed
    }

    func usageError(_ arguments: [String]) -> UsageError? {
        do {
            _ = try parser.parse(arguments)
            return nil
        } catch {
            return error
        }
    }

    @Test("no command reads an option by its name or force-unwraps a parsed value")
    func noLookupsByName() throws {
        let folder = CLI.packageRoot.appendingPathComponent("Sources/tillit-assess/Commands")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".swift")
        }
        #expect(files.count >= 13)
        let forbidden = [
            "arguments.string(", "arguments.strings(", "arguments.flag(", "arguments.integer(",
            "arguments.values[", ".values[\"", "(rawValue: arguments", ")!", "\")!", "]!",
        ]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for pattern in forbidden {
                #expect(!text.contains(pattern), "\(file) contains `\(pattern)`")
            }
        }
    }

    @Test(
        "a status is accepted in Swedish or English, as the plan prints it", arguments: Action.Status.allCases
    )
    func statusInBothLanguages(status: Action.Status) throws {
        let label = Term.status(status).text
        for word in [status.rawValue, label.sv, label.sv.lowercased(), label.en] {
            let arguments = try parsed(["plan", "f.tillit.json", "set-status", "A2", word])
            #expect(try arguments.value(PlanCommand.status) == status, "\(word)")
        }
    }

    @Test("a principle is accepted with or without å, ä and ö; an unknown one lists the valid ones")
    func principles() throws {
        // Composed or decomposed å (as some keyboards and file systems give it), any case.
        let decomposed = "la\u{030A}ngsiktighet"
        for word in ["långsiktighet", "langsiktighet", "LÅNGSIKTIGHET", decomposed] {
            let arguments = try parsed([
                "plan", "f", "add-action", "--what", "x", "--owner", "y", "--principle", word,
            ])
            #expect(try arguments[ActionOptions.principle] == .langsiktighet)
        }
        let stöd = try parsed([
            "plan", "f", "add-action", "--what", "x", "--owner", "y", "--principle", "stöd",
        ])
        #expect(try stöd[ActionOptions.principle] == .stod)
        let area = try parsed([
            "plan", "f", "add-action", "--what", "x", "--owner", "y", "--problem-area",
            "betungande-uppföljning",
        ])
        #expect(try area[ActionOptions.problemArea] == .betungandeUppfoljning)
        let error = try #require(
            usageError([
                "plan", "f", "add-action", "--what", "x", "--owner", "y", "--principle", "långsiktig",
            ]))
        #expect(error.message.sv.contains("tillit, medborgarfokus, helhetssyn, handlingsutrymme, stöd"))
        #expect(error.message.sv.contains("menade du `långsiktighet`?"))
        #expect(error.message.en.contains("handlingsutrymme, stod, kunskap, oppenhet, langsiktighet"))
        #expect(error.message.en.contains("did you mean `langsiktighet`?"))
    }

    @Test("an unknown status names the valid ones in the user's language, with a hint from either")
    func unknownStatus() throws {
        let swedish = try #require(usageError(["plan", "f", "set-status", "A1", "klr"]))
        #expect(
            swedish.message.sv
                == "`STATUS` ska vara en av planerad, påbörjad, genomförd, utgår; fick `klr`; menade du `genomförd`?"
        )
        #expect(
            swedish.message.en
                == "`STATUS` must be one of planned, started, done, dropped; got `klr`; did you mean `done`?")
        let english = try #require(usageError(["plan", "f", "set-status", "A1", "dnoe"]))
        #expect(english.message.sv.hasSuffix("menade du `genomförd`?"))
        #expect(english.message.en.hasSuffix("did you mean `done`?"))
        #expect(
            usageError(["plan", "f", "set-status", "A1", "finished"])?.message.en.hasSuffix("`finished`.")
                == true)
    }

    @Test("an empty or hostile value is refused with the list, never taken for a choice")
    func hostileValues() throws {
        for word in ["", " ", "klar\u{1B}[2J", "done;rm -rf", "*"] {
            let error = try #require(usageError(["plan", "f", "set-status", "A1", word]), "\(word)")
            #expect(error.message.en.contains("planned, started, done, dropped"))
        }
        #expect(
            usageError(["principles", "--format="])?.message.en.contains("text, markdown, html, json") == true
        )
    }

    @Test("--format markdown and the other formats parse to the command's own type")
    func formats() throws {
        #expect(try parsed(["principles", "--format", "markdown"])[PrinciplesCommand.format] == .markdown)
        #expect(try parsed(["principles"])[PrinciplesCommand.format] == .text)
        #expect(try parsed(["report", "f", "-f", "HTML"])[CommonOptions.format] == .html)
        #expect(usageError(["principles", "--format", "csv"]) != nil)
        #expect(try parsed(["questionnaire", "--format", "csv"])[QuestionnaireCommand.format] == .csv)
    }

    @Test("rules across options are the parser's: --raw only with --format csv, --encoding not with --sheet")
    func rules() throws {
        #expect(try parsed(["report", "f", "--raw"])[ReportCommand.raw])
        #expect(try parsed(["report", "f", "--raw", "--format", "csv"])[ReportCommand.raw])
        let raw = try #require(usageError(["report", "f", "--raw", "--format", "json"]))
        #expect(raw.message.en == "`--raw` goes only with `--format csv`; got `--format json`.")
        #expect(raw.commandPath == ["report"])
        let both = try #require(
            usageError(["import", "x.csv", "-q", "quick", "-o", "y", "--encoding", "utf-8", "--sheet", "1"]))
        #expect(both.message.en == "`--encoding` and `--sheet` cannot be given together.")
        let dialect = try #require(
            usageError(["plan", "f", "--format", "html", "--csv-dialect", "standard"]))
        #expect(dialect.message.sv == "`--csv-dialect` går bara med `--format csv`; fick `--format html`.")
        #expect(
            try parsed(["report", "f", "--raw", "--csv-dialect", "standard"])[CommonOptions.csvDialect]
                == .standard)
        #expect(
            try parsed(["compare", "a", "b", "-f", "csv", "--csv-dialect", "EXCEL-SV"])[
                CommonOptions.csvDialect] == .excelSwedish)
        let missing = try #require(usageError(["import", "x.csv", "-q", "quick"]))
        #expect(missing.message.sv == "`--output` krävs.")
        // Help is still there for a command line that breaks a rule.
        guard case .help(let path) = try parser.parse(["report", "f", "--raw", "-f", "json", "--help"]) else {
            Issue.record("expected help")
            return
        }
        #expect(path == ["report"])
    }

    @Test("every example in every command's help parses into a command to run")
    func examplesParse() throws {
        var count = 0
        func visit(_ command: CommandSpec) throws {
            for example in command.examples {
                // `man | man -l -`: the part before a pipe is the command line.
                let line = example.components(separatedBy: " | ")[0]
                let words = Self.shellWords(line)
                guard case .run = try parser.parse(words) else {
                    Issue.record("`\(example)` does not run a command")
                    continue
                }
                count += 1
            }
            for sub in command.subcommands { try visit(sub) }
        }
        try visit(CommandTable.root)
        #expect(count >= 30)
    }

    /// Splits a command line as a POSIX shell would for these examples: words, and double-quoted text.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                inWord = true
            } else if character == " ", !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
