import Foundation
import TillitCore

/// Reads the assessment files the reporting commands (`report`, `compare`, `benchmark`) take, turning
/// a missing file into exit 66 and bad content into the core's precise error (exit 65).
enum ReportInput {
    /// Reads and validates the assessment at `path`, for commands that only read it.
    static func assessment(at path: String, context: CommandContext) throws -> Assessment {
        try context.openAssessment(path).1
    }

    /// Reads the assessment at `path` and scores it without holding its participants
    /// (``Scorer/readScored(from:file:)``); the roster counts them, and names them while they are few.
    static func scored(
        at path: String, context: CommandContext, scorer: Scorer
    ) throws -> (assessment: Assessment, scorecard: Scorecard, roster: Roster) {
        try scorer.readScored(from: context.url(for: path), file: path)
    }

    /// `--anonymity-threshold N`: the smallest number of people behind any figure that is shown.
    static let anonymityThreshold = DefaultedOption<Int>(
        "anonymity-threshold", kind: .integer(0...1000), valueName: .number, default: 3,
        help: LocalizedText(
            sv: "Minsta antal personer bakom en siffra som visas (minst 3)",
            en: "Smallest number of people behind any figure that is shown (at least 3)"))

    /// The scorer for `--anonymity-threshold`; a threshold under three is a usage error that says why.
    static func scorer(_ arguments: ParsedArguments) throws -> Scorer {
        let threshold = try arguments[anonymityThreshold]
        do {
            return try Scorer(anonymityThreshold: threshold)
        } catch {
            throw CLIError(
                LocalizedText(
                    sv: "--anonymity-threshold: " + error.message.sv,
                    en: "--anonymity-threshold: " + error.message.en),
                code: .usage)
        }
    }
}

extension Assessment {
    /// The assessment with its scorecard, for `report --raw`, which holds every answer anyway.
    func scored(_ scorer: Scorer) -> (assessment: Assessment, scorecard: Scorecard, roster: Roster) {
        (self, scorer.score(self), Roster(participants))
    }
}
