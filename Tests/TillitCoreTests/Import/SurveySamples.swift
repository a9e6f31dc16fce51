import Foundation

@testable import TillitCore

/// Small survey exports for the import tests, written the way real tools write them.
enum SurveySamples {
    /// Three statements, one with a comma, so that headers need quoting in comma-separated files.
    static let questionnaire = Questionnaire(
        id: "prov", version: 1, title: LocalizedText(sv: "Prov", en: "Sample"), scale: .agreement,
        items: [
            QuestionnaireItem(
                id: "tillit-1", target: .principle(.tillit),
                text: LocalizedText(sv: "Cheferna litar på medarbetarna.", en: "Managers trust employees.")),
            QuestionnaireItem(
                id: "stod-1", target: .principle(.stod),
                text: LocalizedText(
                    sv: "Stödet hjälper kärnverksamheten.", en: "Support helps the core work.")),
            QuestionnaireItem(
                id: "oppenhet-1", target: .principle(.oppenhet),
                text: LocalizedText(
                    sv: "Vi säger vad vi tycker, även när det är obekvämt.",
                    en: "We say what we think, even when it is awkward.")),
        ])

    /// A CSV text: fields holding the separator, a quote or a line break are quoted, quotes doubled.
    static func csv(_ rows: [[String]], separator: String = ";", newline: String = "\r\n") -> String {
        rows.map { row in
            row.map { field in
                guard
                    field.contains(separator) || field.contains("\"") || field.contains("\n")
                        || field.contains("\r")
                else { return field }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: separator)
        }.joined(separator: newline) + newline
    }

    /// UTF-8 bytes, with a byte order mark when asked.
    static func utf8(_ text: String, bom: Bool = false) -> Data {
        (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
    }

    /// UTF-16 bytes with a byte order mark.
    static func utf16(_ text: String, bigEndian: Bool = false) -> Data {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in text.utf16 {
            let bytes =
                bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    /// Imports bytes against the sample questionnaire (or another).
    static func read(
        _ data: Data, questionnaire: Questionnaire = questionnaire,
        options: SurveyImportOptions = SurveyImportOptions(), chunkSize: Int = 1 << 20
    ) throws(ImportError) -> SurveyImport {
        try SurveyImporter.read(
            CSVReader(data: data, file: "enkat.csv", chunkSize: chunkSize), questionnaire: questionnaire,
            options: options)
    }

    /// The error an import throws, or `nil` when it succeeds.
    static func failure(
        _ data: Data, questionnaire: Questionnaire = questionnaire,
        options: SurveyImportOptions = SurveyImportOptions()
    ) -> ImportError? {
        do {
            _ = try read(data, questionnaire: questionnaire, options: options)
            return nil
        } catch {
            return error
        }
    }
}
