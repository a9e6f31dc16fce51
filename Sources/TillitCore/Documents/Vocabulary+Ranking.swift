import Foundation

/// The planner's reasons in words.
extension Vocabulary {
    /// One sentence for a principle's place in the ranking, e.g. *Stöd: avstånd till målet 3,0 (nuläge 2,0,
    /// mål 5) – störst avstånd till målet.*
    public static func ranking(_ reason: RankingReason) -> LocalizedText {
        func number(_ value: Double?, _ language: Language) -> String {
            Formatting.decimal(value, language: language)
        }
        let name = reason.name
        guard let standing = reason.standing else {
            return LocalizedText(
                sv: "\(name.sv): vald av gruppen; självskattningen mäter den inte.",
                en: "\(name.en): chosen by the team; the assessment does not measure it.")
        }
        let target = reason.target.map(String.init) ?? "–"
        var facts: LocalizedText
        switch standing {
        case .belowTarget:
            facts = LocalizedText(
                sv:
                    "avstånd till målet \(number(reason.gap, .sv)) (nuläge \(number(reason.current, .sv)), mål \(target))",
                en:
                    "gap \(number(reason.gap, .en)) (current level \(number(reason.current, .en)), target \(target))"
            )
        case .noTarget:
            facts = LocalizedText(
                sv: "nuläge \(number(reason.current, .sv)), inget mål satt",
                en: "current level \(number(reason.current, .en)), no target set")
        case .targetReached:
            facts = LocalizedText(
                sv: "målet \(target) är nått (nuläge \(number(reason.current, .sv))); föreslås inte",
                en:
                    "the target \(target) is reached (current level \(number(reason.current, .en))); not proposed"
            )
        case .notScored:
            facts = LocalizedText(
                sv: "mål \(target) men inget nuläge att jämföra med; kan inte rangordnas",
                en: "target \(target) but no current level to compare it with; cannot be ranked")
        }
        if let qualifier = reason.qualifier.map(words) {
            facts = LocalizedText(sv: facts.sv + " – " + qualifier.sv, en: facts.en + " – " + qualifier.en)
        }
        if reason.flagged {
            facts = LocalizedText(
                sv: facts.sv + "; gruppen är oenig om minst ett påstående",
                en: facts.en + "; the team disagrees on at least one statement")
        }
        return LocalizedText(sv: "\(name.sv): \(facts.sv).", en: "\(name.en): \(facts.en).")
    }

    private static func words(_ qualifier: RankingReason.Qualifier) -> LocalizedText {
        func spreads(_ spread: Double, _ other: Double) -> LocalizedText {
            LocalizedText(
                sv: "spridning \(Formatting.decimal(spread, language: .sv)) mot "
                    + "\(Formatting.decimal(other, language: .sv))",
                en: "spread \(Formatting.decimal(spread, language: .en)) against "
                    + "\(Formatting.decimal(other, language: .en))")
        }
        func same(_ name: LocalizedText, byGap: Bool) -> LocalizedText {
            byGap
                ? LocalizedText(
                    sv: "samma avstånd till målet och nuläge som \(name.sv)",
                    en: "the same gap and level as \(name.en)")
                : LocalizedText(sv: "samma nivå som \(name.sv)", en: "the same level as \(name.en)")
        }
        switch qualifier {
        case .largestGap:
            return LocalizedText(sv: "störst avstånd till målet", en: "the largest gap")
        case .lowestLevel:
            return LocalizedText(sv: "den lägsta nivån", en: "the lowest level")
        case .lowestWithoutTarget:
            return LocalizedText(
                sv: "den lägsta nivån bland principerna utan mål",
                en: "the lowest level among principles without a target")
        case .sameGapLowerLevel(let name):
            return LocalizedText(
                sv: "samma avstånd till målet som \(name.sv), men lägre nuläge",
                en: "the same gap as \(name.en), but a lower current level")
        case .sameGapHigherLevel(let name):
            return LocalizedText(
                sv: "samma avstånd till målet som \(name.sv), men högre nuläge",
                en: "the same gap as \(name.en), but a higher current level")
        case .moreDisagreement(let name, let byGap, let spread, let otherSpread):
            let base = same(name, byGap: byGap)
            let figures = spreads(spread, otherSpread)
            return LocalizedText(
                sv: base.sv + ", men gruppen är mer oenig (\(figures.sv))",
                en: base.en + ", but the team disagrees more (\(figures.en))")
        case .lessDisagreement(let name, let byGap, let spread, let otherSpread):
            let base = same(name, byGap: byGap)
            let figures = spreads(spread, otherSpread)
            return LocalizedText(
                sv: base.sv + ", men gruppen är mer enig (\(figures.sv))",
                en: base.en + ", but the team agrees more (\(figures.en))")
        case .sameFigures(let name):
            return LocalizedText(
                sv: "samma värden som \(name.sv); ordnade som i betänkandet",
                en: "the same figures as \(name.en); listed in the report's order")
        }
    }
}

extension RankingReason {
    /// The reason in words, in the given language (``Vocabulary/ranking(_:)``).
    public func callAsFunction(_ language: Language) -> String { Vocabulary.ranking(self)(language) }

    /// The reason in Swedish.
    public var sv: String { Vocabulary.ranking(self).sv }

    /// The reason in English.
    public var en: String { Vocabulary.ranking(self).en }
}
