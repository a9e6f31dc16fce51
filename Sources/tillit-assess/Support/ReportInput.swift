import Foundation
import TillitCore

/// Reads the assessment files the reporting commands (`report`, `compare`, `benchmark`) take, turning
/// a missing file into exit 66 and bad content into the core's precise error (exit 65).
enum ReportInput {
    /// Reads and validates the assessment at `path`, for commands that only read it.
    static func assessment(at path: String, context: CommandContext) throws -> Assessment {
        try context.openAssessment(path).1
    }

    /// `--anonymity-threshold N`: the smallest group or answer count that is shown.
    static let anonymityThreshold = OptionSpec(
        "anonymity-threshold", value: .integer(1...1000), valueName: "N", defaultValue: "3",
        help: LocalizedText(
            sv: "Minsta antal svar för att visa fördelningar och gruppresultat",
            en: "Smallest number of answers for which distributions and group scores are shown"))
}
