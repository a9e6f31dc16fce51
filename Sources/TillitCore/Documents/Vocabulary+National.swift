/// The sentences of the comparison with the 2019 agency survey.
extension Vocabulary {
    /// The kicker of the national comparison.
    public static let nationalKicker = LocalizedText(sv: "Nationell jämförelse", en: "National comparison")

    /// Its title.
    public static func nationalTitle(_ year: Int) -> LocalizedText {
        LocalizedText(sv: "Myndighetsenkäten \(year)", en: "The \(year) agency survey")
    }

    /// The source and year, stated on every output.
    public static func nationalSource(_ comparison: NationalComparison) -> LocalizedText {
        let year = comparison.year
        return LocalizedText(
            sv: "Källa: Tillitsdelegationens myndighetsenkät \(year), \(comparison.source) "
                + "(\(comparison.respondents) myndigheters ledningar svarade, maj–juni \(year)).",
            en: "Source: the Trust Delegation's agency survey \(year), \(comparison.source) "
                + "(the leaderships of \(comparison.respondents) agencies answered, May–June \(year)).")
    }

    /// What the mark `*` means.
    public static let smallSegmentNote = LocalizedText(
        sv: "* Färre än \(NationalSurvey.smallSegment) myndigheter i gruppen: jämförelsen är osäker.",
        en: "* Fewer than \(NationalSurvey.smallSegment) agencies in the group: an uncertain comparison.")

    /// What the mark `†` means.
    public static let misprintNote = LocalizedText(
        sv: "† Källans siffror för raden går inte ihop; andelen återges som källan anger den.",
        en: "† The source's figures for this row do not add up; the share is given as the source prints it.")

    /// How the team's share and `n` are to be read.
    public static let nationalExplanation = LocalizedText(
        sv:
            "Ni: andelen ja bland dem som svarade ja eller nej. Enkäten besvarades av myndighetens högsta ledning; "
            + "n är antalet myndigheter som besvarade frågan.",
        en: "Your team: the share of yes among those who answered yes or no. The survey was answered by each "
            + "agency's top management; n is the number of agencies that answered the question.")

    /// *Ni*: the team's own row.
    public static let yourTeam = LocalizedText(sv: "Ni", en: "Your team")

    /// *Fråga 2. …*.
    public static func question(_ number: Int, _ text: String) -> LocalizedText {
        LocalizedText(sv: "Fråga \(number). \(text)", en: "Question \(number). \(text)")
    }

    /// The group column's header.
    public static let nationalGroup = LocalizedText(sv: "Grupp", en: "Group")

    /// The share column's header; a non-breaking space keeps it on one line in a narrow column.
    public static let shareYes = LocalizedText(sv: "Andel\u{00A0}ja", en: "Share\u{00A0}yes")

    /// The section that holds a table per question.
    public static let answersByQuestion = LocalizedText(sv: "Svar per fråga", en: "Answers by question")

    /// The basis column's header.
    public static let basis = LocalizedText(sv: "Underlag", en: "Basis")

    /// A share in per cent, e.g. *75 %*.
    public static func percent(_ value: String) -> LocalizedText {
        LocalizedText(sv: "\(value) %", en: "\(value) %")
    }

    /// The number of agencies behind a figure, with its marks.
    public static func agencies(_ n: Int, marks: String) -> LocalizedText {
        LocalizedText(sv: "(n = \(n))\(marks)", en: "(n = \(n))\(marks)")
    }

    /// The survey's total: every agency that answered.
    public static let allAgencies = LocalizedText(sv: "Alla myndigheter", en: "All agencies")

    /// A segment by number of employees, e.g. *21–50 anställda*.
    public static func employees(_ label: String) -> LocalizedText {
        LocalizedText(sv: "\(label) anställda", en: "\(label) employees")
    }

    /// How the team answered a question.
    public static func teamAnswer(_ team: NationalComparison.TeamAnswer?) -> LocalizedText {
        guard let team else {
            return LocalizedText(sv: "frågan ingår inte i självskattningen", en: "not in the assessment")
        }
        var text: LocalizedText
        if let yes = team.yes {
            text = LocalizedText(
                sv: "\(yes) av \(team.answered) svarade ja", en: "\(yes) of \(team.answered) said yes")
        } else {
            let threshold = DisclosureControl.minimumThreshold
            text = LocalizedText(
                sv: "\(team.answered) svarade ja eller nej; redovisas inte under \(threshold)",
                en: "\(team.answered) answered yes or no; withheld under \(threshold)")
        }
        if team.dontKnow > 0 {
            text = LocalizedText(
                sv: text.sv + ", \(team.dontKnow) vet ej", en: text.en + ", \(team.dontKnow) don't know")
        }
        return text
    }

    /// The header of the national comparison's CSV: question, group, kind, share of yes, yes, no,
    /// don't know, n, fewer than ten agencies, note, source.
    public static let nationalCSVHeader = [
        LocalizedText(sv: "fråga", en: "question"), LocalizedText(sv: "grupp", en: "group"),
        LocalizedText(sv: "typ", en: "kind"), LocalizedText(sv: "andel ja %", en: "share yes %"),
        LocalizedText(sv: "ja", en: "yes"), LocalizedText(sv: "nej", en: "no"),
        LocalizedText(sv: "vet ej", en: "don't know"), LocalizedText(sv: "n", en: "n"),
        LocalizedText(
            sv: "färre än \(NationalSurvey.smallSegment)", en: "fewer than \(NationalSurvey.smallSegment)"),
        LocalizedText(sv: "anmärkning", en: "note"), LocalizedText(sv: "källa", en: "source"),
    ]
}
