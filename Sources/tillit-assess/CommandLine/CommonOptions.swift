import TillitCore

/// The options many commands share, declared once with their types.
enum CommonOptions {
    /// `--language sv|en`: the language of everything the command prints.
    static let language = Option<Language>(
        "language", valueName: .language,
        help: LocalizedText(
            sv: "Språk för utskriften (förval: från LC_ALL/LANG)",
            en: "Language of the output (default: from LC_ALL/LANG)"))

    /// `-o, --output OUT`: write to a file instead of standard output.
    static let output = Option<String>(
        "output", short: "o", kind: .file, valueName: .output,
        help: LocalizedText(
            sv: "Skriv till filen UTFIL i stället för till standard ut",
            en: "Write to the file OUT instead of standard output"))

    /// `--force`: allow replacing an existing output file.
    static let force = FlagOption(
        "force",
        help: LocalizedText(sv: "Skriv över en befintlig utdatafil", en: "Overwrite an existing output file"))

    /// `--csv-dialect excel-sv|standard`: semicolons and decimal commas for Swedish Excel, or commas and
    /// points; without it, the language decides (Swedish gives `excel-sv`).
    static let csvDialect = Option<CSVDialect>(
        "csv-dialect", valueName: .csvDialect,
        help: LocalizedText(
            sv: "CSV för svenskt Excel (semikolon, decimalkomma) eller standard (komma, decimalpunkt); "
                + "förval: efter språket",
            en: "CSV for Swedish Excel (semicolon, decimal comma) or standard (comma, decimal point); "
                + "default: from the language"))

    /// `--csv-dialect` means nothing to a format other than CSV; given with one, it is a mistake.
    static let csvDialectOnlyWithCSV = OptionRule.only(csvDialect, with: format, being: [.csv])

    /// `-f, --format`: the formats of a document (report, plan, comparison), plain text first.
    static let format = format(RenderFormat.allCases)

    /// `-f, --format` for a command that writes only some formats, the first being the default.
    static func format(_ formats: [RenderFormat]) -> DefaultedOption<RenderFormat> {
        DefaultedOption(
            "format", short: "f", kind: .choice(ChoiceList(formats.map { Choice($0.argumentName) })),
            valueName: .format,
            default: formats.first ?? .text, help: LocalizedText(sv: "Utdataformat", en: "Output format"))
    }
}

extension RenderFormat {
    /// The formats of the framework's own texts (`principles`, `problems`): no table to export, so no
    /// CSV; the renderer says which it writes.
    static let frameworkFormats: [RenderFormat] = FrameworkRenderer.formats
    /// The formats of a questionnaire: a form to print (text, Markdown, HTML), rows for a survey tool, or
    /// the schema; the renderer says which it writes.
    static let questionnaireFormats: [RenderFormat] = QuestionnaireRenderer.formats
}
