import Foundation
import TillitCore

/// `tillit-assess import FILE`: turns a survey tool's export (CSV or .xlsx) into an assessment file.
///
/// The CLI only gathers the inputs (questionnaire, mapping, options), shows progress on a terminal and
/// writes the result; reading, matching and checking the answers is ``SurveyImporter``'s.
enum ImportCommand {
    static let spec = CommandSpec(
        "import",
        summary: LocalizedText(
            sv: "Läs in svar från ett enkätverktyg (CSV eller .xlsx) till en självskattningsfil.",
            en: "Import answers from a survey tool (CSV or .xlsx) into an assessment file."),
        discussion: LocalizedText(
            sv:
                "En rad per svarande och en kolumn per påstående, som CSV eller .xlsx-arbetsbok (första bladet "
                + "eller --sheet). Kolumnerna matchas mot påståendenas id eller exakta text på svenska eller "
                + "engelska, också inom hakparentes (”Fråga [påstående]”, som Google Forms och LimeSurvey "
                + "skriver rutnät) och över SurveyMonkeys två rubrikrader, eller via --mapping (JSON: "
                + "kolumnrubrik → id). Svar: 1–5, skalans etiketter på svenska eller engelska, LimeSurveys "
                + "A1–A5, eller tomt/”Vet ej” för vet ej. Komma, semikolon eller tabb (och Excels rad sep=;) "
                + "och UTF-8, UTF-16 eller Windows-1252 känns igen automatiskt. Namn och e-postadresser "
                + "sparas aldrig utan --keep-identities; de svarande får pseudonymer (R00001 …). En felaktig "
                + "rad stoppar inläsningen och inget skrivs, om inte --skip-invalid-rows anges.",
            en: "One row per respondent and one column per statement, as CSV or an .xlsx workbook (the first "
                + "sheet or --sheet). Columns are matched to the items by id or exact Swedish or English "
                + "text, also within brackets (“Question [statement]”, as Google Forms and LimeSurvey head "
                + "grids) and across SurveyMonkey's two header rows, or through --mapping (JSON: column "
                + "header → id). Answers: 1–5, the scale's labels in Swedish or English, LimeSurvey's A1–A5, "
                + "or empty/“Don't know” for don't know. Comma, semicolon or tab (and Excel's sep=; line) "
                + "and UTF-8, UTF-16 or Windows-1252 are detected. Names and e-mail addresses are never "
                + "stored without --keep-identities; respondents get pseudonyms (R00001 …). A bad row stops "
                + "the import and nothing is written, unless --skip-invalid-rows is given."),
        arguments: [file.spec],
        options: [
            questionnaire, mapping, output, CommonOptions.force, organisation, unit, date,
            groupColumn, keepIdentities, encoding, sheet, skipInvalidRows, CommonOptions.language,
        ],
        // A CSV file has no sheets and a workbook no encoding; which one FILE is decides the rest.
        rules: [.conflicts(encoding, sheet)],
        examples: [
            "import enkat.csv -q standard -o myndigheten.tillit.json",
            "import forms.csv -q quick --group-column Roll -o svar.json",
            "import svar.xlsx -q standard --sheet Svar -o svar.json",
            "import enkat.csv -q standard --mapping karta.json -o svar.json",
            "import enkat.csv -q eget.json --skip-invalid-rows -o svar.json",
        ],
        run: { arguments, context in
            let language = arguments.language(environment: context.environment)
            let output = try arguments[Self.output]
            let questionnaireName = try arguments[Self.questionnaire]
            // Refuse before the work, not after it: an existing file without --force, an input, a folder,
            // a device or a named pipe.
            let destination = Output(arguments, kind: .assessment)
            try destination.check(context: context)
            let questionnaire = try loadQuestionnaire(questionnaireName, context: context)
            var options = SurveyImportOptions(
                groupColumn: try arguments[Self.groupColumn],
                keepIdentities: arguments[Self.keepIdentities],
                skipInvalidRows: arguments[Self.skipInvalidRows])
            if let mapping = try arguments[Self.mapping] {
                options.mapping = try SurveyMapping.load(
                    read(mapping, context: context), file: mapping, questionnaire: questionnaire)
            }
            let path = try arguments.value(Self.file)
            // A named pipe would block the reader; a folder or device has its own message.
            if let problem = FileBytes.problem(reading: context.url(for: path), file: path) {
                throw CLIError(problem.readingMessage, code: .noInput)
            }
            let progress = ImportProgress(terminal: context.terminal, language: language)
            let assessment = Assessment(
                organisation: try arguments[Self.organisation] ?? "", unit: try arguments[Self.unit] ?? "",
                date: try arguments[Self.date] ?? context.today,
                language: language, questionnaire: questionnaire)
            let reader = SurveyExport.reader(
                url: context.url(for: path),
                encoding: try arguments[Self.encoding], sheet: try arguments[Self.sheet])
            // An option that cannot apply is a mistake to point out, not to ignore.
            if reader is XLSXReader, arguments.isGiven(Self.encoding) {
                throw UsageError(
                    message: LocalizedText(
                        sv:
                            "--encoding gäller CSV-filer; \(path) är en .xlsx-arbetsbok, vars text alltid är Unicode.",
                        en:
                            "--encoding applies to CSV files; \(path) is an .xlsx workbook, whose text is always "
                            + "Unicode."),
                    commandPath: ["import"])
            }
            if reader is CSVReader, arguments.isGiven(Self.sheet) {
                throw UsageError(
                    message: LocalizedText(
                        sv: "--sheet gäller .xlsx-arbetsböcker; \(path) är en textfil (CSV).",
                        en: "--sheet applies to .xlsx workbooks; \(path) is a text file (CSV)."),
                    commandPath: ["import"])
            }
            // To a file, the assessment is written to its temporary file as it is made.
            func importing(writing: ((UnsafeRawBufferPointer) -> Bool)?) throws -> SurveyImportFile {
                defer { progress.finish() }
                do throws(ImportError) {
                    return try SurveyImporter.encode(
                        reader, into: assessment, options: options, progress: progress.update,
                        writing: writing)
                } catch {
                    if case .unreadable(_, let reason) = error {
                        throw CLIError.cannotRead(path, reason: reason)
                    }
                    throw error
                }
            }
            var imported: SurveyImportFile?
            if destination.isStandardOutput {
                imported = try importing(writing: nil)
                try destination.deliver(imported!.data, context: context)
            } else {
                try destination.deliver(context: context) { write in imported = try importing(writing: write)
                }
            }
            report(imported!, path: path, output: output, language: language, terminal: context.terminal)
            return .success
        })

    static let file = Argument<String>(
        .file,
        help: LocalizedText(
            sv: "Enkätexporten som ska läsas in (CSV eller .xlsx)",
            en: "The survey export to import (CSV or .xlsx)"))

    static let questionnaire = RequiredOption<String>(
        "questionnaire", short: "q", kind: QuestionnaireChoice.kind, valueName: .idOrFile,
        help: LocalizedText(
            sv: "Frågeformuläret som enkäten byggde på (inbyggt id eller JSON-fil)",
            en: "The questionnaire the survey used (built-in id or JSON file)"))

    /// `-o FILE`: the assessment file to write; an import has nowhere else to go.
    static let output = RequiredOption<String>(
        "output", short: "o", kind: .file, valueName: .output,
        help: LocalizedText(sv: "Självskattningsfilen som skrivs", en: "The assessment file to write"))

    static let mapping = Option<String>(
        "mapping", kind: .file, valueName: .file,
        help: LocalizedText(
            sv: "JSON-fil från kolumnrubrik till påståendets id",
            en: "JSON file from column header to item id"))

    static let organisation = Option<String>(
        "organisation", valueName: .name,
        help: LocalizedText(sv: "Organisationens namn", en: "The organisation's name"))

    static let unit = Option<String>(
        "unit", valueName: .name,
        help: LocalizedText(sv: "Enheten inom organisationen", en: "The unit within the organisation"))

    static let date = Option<CalendarDate>(
        "date", valueName: .date,
        help: LocalizedText(sv: "Enkätens datum (förval: i dag)", en: "The survey's date (default: today)"))

    static let groupColumn = Option<String>(
        "group-column", valueName: .header,
        help: LocalizedText(
            sv: "Kolumnen med varje svarandes grupp (roll, enhet)",
            en: "The column with each respondent's group (role, unit)"))

    static let keepIdentities = FlagOption(
        "keep-identities",
        help: LocalizedText(
            sv: "Spara namn eller e-postadress i stället för pseudonymer",
            en: "Keep names or e-mail addresses instead of pseudonyms"))

    static let encoding = Option<TextEncoding>(
        "encoding", valueName: .encoding,
        help: LocalizedText(
            sv: "Teckenkodning för en CSV-fil utan byte order mark (förval: UTF-8 eller "
                + "Windows-1252, avgörs av innehållet)",
            en: "Character encoding of a CSV file without a byte order mark (default: UTF-8 or "
                + "Windows-1252, told from the content)"))

    static let sheet = Option<String>(
        "sheet", valueName: .sheet,
        help: LocalizedText(
            sv: "Bladet att läsa i en .xlsx-arbetsbok, med namn eller nummer (förval: det första)",
            en: "The sheet to read in an .xlsx workbook, by name or number (default: the first)"))

    static let skipInvalidRows = FlagOption(
        "skip-invalid-rows",
        help: LocalizedText(
            sv: "Hoppa över felaktiga rader (de redovisas) i stället för att avbryta",
            en: "Leave out bad rows (they are reported) instead of stopping"))

    /// A built-in questionnaire by id, or a custom one from a file.
    static func loadQuestionnaire(_ name: String, context: CommandContext) throws -> Questionnaire {
        if let builtIn = Questionnaire.builtIn(named: name) { return builtIn }
        if !name.contains("/"), !name.hasSuffix(".json"),
            !FileManager.default.fileExists(atPath: context.url(for: name).path)
        {
            throw CLIError(
                LocalizedText(
                    sv:
                        "okänt frågeformulär '\(name)'; ange \(QuestionnaireChoice.names.sv) eller en JSON-fil.",
                    en:
                        "unknown questionnaire '\(name)'; give \(QuestionnaireChoice.names.en) or a JSON file."
                ),
                code: .usage)
        }
        return try QuestionnaireLoader.load(read(name, context: context), file: name)
    }

    /// The bytes of a file named on the command line, or a "cannot read" error (exit 66).
    static func read(_ path: String, context: CommandContext) throws -> Data {
        try context.read(path)
    }

    /// Says what was imported, and lists the rows left out on standard error.
    static func report(
        _ result: SurveyImportFile, path: String, output: String, language: Language, terminal: any Terminal
    ) {
        let count = result.respondents
        let format =
            result.format.sheet.map { language == .sv ? "xlsx, bladet ”\($0)”" : "xlsx, sheet “\($0)”" }
            ?? "\(result.format.separator.name(language)), \(result.format.encoding.name)"
        terminal.line(
            language == .sv
                ? "Läste in \(count) svarande från \(path) (\(format)) till \(output)."
                : "Imported \(count) respondent\(count == 1 ? "" : "s") from \(path) (\(format)) into \(output)."
        )
        if let note = DisclosureText.emptyRows(result.emptyLines) { terminal.line(note(language)) }
        if let warning = DisclosureText.withheldGroups(
            result.scorecard.withheldGroups, threshold: result.scorecard.anonymityThreshold)
        {
            terminal.line(warning(language))
        }
        let scored = result.scorecard.principles.filter { $0.score != nil }
        if let index = result.scorecard.principleIndex,
            let lowest = scored.min(by: { $0.score! < $1.score! }),
            let highest = scored.max(by: { $0.score! < $1.score! })
        {
            // A first look, so that an import that went wrong (a reversed scale, the wrong columns)
            // shows at once.
            func named(_ score: TargetScore) -> String {
                "\(score.target.name(language)) (\(Formatting.decimal(score.score, language: language)))"
            }
            let indexText = Formatting.decimal(index, decimals: 0, language: language)
            let spread =
                lowest.score == highest.score
                ? (language == .sv
                    ? "alla principer på samma nivå (\(Formatting.decimal(lowest.score, language: language)))"
                    : "all principles at the same level (\(Formatting.decimal(lowest.score, language: language)))")
                : "\(Term.lowest(language).lowercased()) \(named(lowest)) · "
                    + "\(Term.highest(language).lowercased()) \(named(highest))"
            terminal.line(Term.principleIndex(language) + " \(indexText) / 100 · \(spread).")
            terminal.line(
                (language == .sv ? "Hela resultatet: " : "The whole result: ")
                    + "tillit-assess report \(output)")
        }
        guard !result.skippedLines.isEmpty else { return }
        let skipped = result.skippedLines.count
        let shown = result.skippedLines.prefix(50).map(String.init).joined(separator: ", ")
        let rest =
            skipped > 50
            ? (language == .sv ? " … och \(skipped - 50) till" : " … and \(skipped - 50) more") : ""
        var text =
            language == .sv
            ? "tillit-assess: \(skipped) rader med fel hoppades över (rad \(shown)\(rest)):\n"
            : "tillit-assess: skipped \(skipped) row\(skipped == 1 ? "" : "s") with problems (line\(skipped == 1 ? "" : "s") \(shown)\(rest)):\n"
        for issue in result.skippedIssues { text += "  \(path): \(issue.message(language))\n" }
        terminal.writeError(text)
    }
}
