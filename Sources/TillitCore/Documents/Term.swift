/// A word or short label a reader sees, in one place in both languages.
///
/// Every document takes its words from here, so that an action that is done is *Genomförd* on every page
/// and the questionnaire is a *frågeformulär* everywhere. Sentences that carry figures are built by
/// ``Vocabulary``; a test fails when a ported renderer or builder defines its own text.
public enum Term: String, Sendable, Hashable, CaseIterable {
    // The documents and their parts.
    /// *Självskattning*.
    case selfAssessment
    /// The report's kicker.
    case reportKicker
    /// *Sammanfattning*.
    case summary
    /// *Så läser du rapporten*.
    case howToRead
    /// *Ramverk*.
    case framework
    /// The framework's name, SOU 2019:43.
    case frameworkName

    // Title data.
    /// *Datum*.
    case date
    /// *Deltagare*.
    case participants
    /// *Deltog*.
    case tookPart
    /// *Samtalsledare*: who leads the workshop.
    case facilitator
    /// *Frågeformulär*.
    case questionnaire

    // The framework.
    /// *Princip*.
    case principle
    /// *Principer*.
    case principles
    /// *Problemområde*.
    case problemArea
    /// *Problemområden*.
    case problemAreas
    /// *Princip eller problemområde*.
    case principleOrProblemArea
    /// *Principindex*.
    case principleIndex

    // Figures.
    /// *Nivå*: the mean of a target's item means.
    case score
    /// *Index*.
    case index
    /// *Spridning*.
    case spread
    /// *Svar*.
    case answers
    /// *Vet ej*.
    case dontKnow
    /// *Medelvärde*.
    case mean
    /// *Median*.
    case median
    /// *Standardavvikelse*.
    case standardDeviation
    /// *Lägst–högst*.
    case range
    /// *Fördelning*.
    case distribution
    /// *Överenskommen nivå*.
    case agreedLevel
    /// *Mål*.
    case target
    /// *Avstånd till mål*.
    case gap
    /// *Oenighet*.
    case disagreement
    /// *Påstående*.
    case statement
    /// *Påståenden*.
    case statements
    /// *Mäter*.
    case measures
    /// *Ingår inte i någon nivå*: an item shown but not scored.
    case notScored
    /// *Medelvärde av de enskilda svaren*.
    case individualMean

    // Groups.
    /// *Grupper*.
    case groups
    /// *Nivå per grupp*.
    case scoreByGroup
    /// *Största skillnader mellan grupper*.
    case largestGroupDifferences
    /// *Skillnad*.
    case difference
    /// *Högst*.
    case highest
    /// *Lägst*.
    case lowest

    // The team's agreement and plan.
    /// *Gruppens överenskommelse*.
    case whatTheTeamAgreed
    /// *Motivering*.
    case why
    /// *Utvecklingsplan*.
    case developmentPlan
    /// *Fokus*.
    case focus
    /// *Uppföljning*.
    case followUp
    /// *Åtgärder*.
    case actions
    /// *Åtgärd*.
    case action
    /// *Gäller*.
    case concerns
    /// *Ansvarig*.
    case owner
    /// *Klart senast*.
    case due
    /// *Status*.
    case status
    /// *Planerad*.
    case statusPlanned
    /// *Påbörjad*.
    case statusStarted
    /// *Genomförd*.
    case statusDone
    /// *Utgår*.
    case statusDropped

    // The plan.
    /// *Id*: an action's short id, used on the command line.
    case id
    /// *Sikt*.
    case horizon
    /// *Kort sikt*: within three months.
    case horizonShort
    /// *Lång sikt*.
    case horizonLong
    /// *Bygger på*: the measure an action is inspired by.
    case inspiredBy
    /// *Förväntad effekt*.
    case expectedEffect
    /// *Anteckning*.
    case note
    /// *Varför*: why a principle is proposed.
    case reason
    /// *Kopplade problemområden*.
    case relatedProblemAreas
    /// *Ledningsgruppens åtgärder*.
    case teamActions
    /// *Så rangordnades principerna*.
    case howRanked
    /// *Rang*.
    case rank

    // The comparison.
    /// *Före*.
    case before
    /// *Nu*.
    case now
    /// *Ändring*.
    case change
    /// *Ändring index*.
    case indexChange
    /// *Riktning*.
    case direction
    /// *Då*: an action's status in the earlier plan.
    case then
    /// *Påståenden som rört sig mest*.
    case statementsMovedMost
    /// *Den tidigare planens åtgärder*.
    case earlierActions
    /// *försenad*.
    case overdue

    // The summary.
    /// *Starkast*.
    case strongest
    /// *Svagast*.
    case weakest
    /// *Störst avstånd till mål*.
    case largestGaps
    /// *Där gruppen är oenig*.
    case whereTheTeamDisagrees
    /// *Vad planen gör*.
    case whatThePlanDoes

    // Small words.
    /// *ja*.
    case yes
    /// *nej*.
    case no
    /// *kind* column of a CSV file.
    case csvKind
    /// *group* column of a CSV file.
    case csvGroup
    /// *text* column of a CSV file.
    case csvText
    /// *förval*: what is used when nothing is given (never *standard*, which is also a questionnaire).
    case byDefault
    /// *krävs*: must be given.
    case required

    /// The term in both languages.
    public var text: LocalizedText {
        let (sv, en) = Self.words[self]!
        return LocalizedText(sv: sv, en: en)
    }

    /// The term in the given language.
    public func callAsFunction(_ language: Language) -> String { text(language) }

    /// The term for a horizon: one word pair for the plan, the CSV and the command line.
    public static func horizon(_ horizon: Horizon) -> Term {
        switch horizon {
        case .quickWin: .horizonShort
        case .longTerm: .horizonLong
        }
    }

    /// The term for an action's status: one word per status on every page.
    public static func status(_ status: Action.Status) -> Term {
        switch status {
        case .planned: .statusPlanned
        case .started: .statusStarted
        case .done: .statusDone
        case .dropped: .statusDropped
        }
    }

    private static let words: [Term: (String, String)] = [
        .selfAssessment: ("Självskattning", "Self-assessment"),
        .reportKicker: (
            "Självskattning av tillitsbaserad styrning och ledning",
            "Self-assessment of trust-based governance"
        ),
        .summary: ("Sammanfattning", "Summary"),
        .howToRead: ("Så läser du rapporten", "How to read this report"),
        .framework: ("Ramverk", "Framework"),
        .frameworkName: (
            "SOU 2019:43 Med tillit följer bättre resultat", "SOU 2019:43 Med tillit följer bättre resultat"
        ),
        .date: ("Datum", "Date"),
        .participants: ("Deltagare", "Participants"),
        .tookPart: ("Deltog", "Took part"),
        .facilitator: ("Samtalsledare", "Facilitator"),
        .questionnaire: ("Frågeformulär", "Questionnaire"),
        .principle: ("Princip", "Principle"),
        .principles: ("Principer", "Principles"),
        .problemArea: ("Problemområde", "Problem area"),
        .problemAreas: ("Problemområden", "Problem areas"),
        .principleOrProblemArea: ("Princip eller problemområde", "Principle or problem area"),
        .principleIndex: ("Principindex", "Principle index"),
        .score: ("Nivå", "Score"),
        .index: ("Index", "Index"),
        .spread: ("Spridning", "Spread"),
        .answers: ("Svar", "Answers"),
        .dontKnow: ("Vet ej", "Don't know"),
        .mean: ("Medelvärde", "Mean"),
        .median: ("Median", "Median"),
        .standardDeviation: ("Standardavvikelse", "Standard deviation"),
        .range: ("Lägst–högst", "Range"),
        .distribution: ("Fördelning", "Distribution"),
        .agreedLevel: ("Överenskommen nivå", "Agreed level"),
        .target: ("Mål", "Target"),
        .gap: ("Avstånd till mål", "Gap"),
        .disagreement: ("Oenighet", "Disagreement"),
        .statement: ("Påstående", "Statement"),
        .statements: ("Påståenden", "Statements"),
        .measures: ("Mäter", "Measures"),
        .notScored: ("Ingår inte i någon nivå", "Not part of any score"),
        .individualMean: ("Medelvärde av de enskilda svaren", "Mean of the individual answers"),
        .groups: ("Grupper", "Groups"),
        .scoreByGroup: ("Nivå per grupp", "Score by group"),
        .largestGroupDifferences: ("Största skillnader mellan grupper", "Largest differences between groups"),
        .difference: ("Skillnad", "Difference"),
        .highest: ("Högst", "Highest"),
        .lowest: ("Lägst", "Lowest"),
        .whatTheTeamAgreed: ("Gruppens överenskommelse", "What the team agreed"),
        .why: ("Motivering", "Why"),
        .developmentPlan: ("Utvecklingsplan", "Development plan"),
        .focus: ("Fokus", "Focus"),
        .followUp: ("Uppföljning", "Follow-up"),
        .actions: ("Åtgärder", "Actions"),
        .action: ("Åtgärd", "Action"),
        .concerns: ("Gäller", "Concerns"),
        .owner: ("Ansvarig", "Owner"),
        .due: ("Klart senast", "Due"),
        .status: ("Status", "Status"),
        .statusPlanned: ("Planerad", "Planned"),
        .statusStarted: ("Påbörjad", "Started"),
        .statusDone: ("Genomförd", "Done"),
        .statusDropped: ("Utgår", "Dropped"),
        .id: ("Id", "Id"),
        .horizon: ("Sikt", "Horizon"),
        .horizonShort: ("Kort sikt", "Short term"),
        .horizonLong: ("Lång sikt", "Long term"),
        .inspiredBy: ("Bygger på", "Inspired by"),
        .expectedEffect: ("Förväntad effekt", "Expected effect"),
        .note: ("Anteckning", "Note"),
        .reason: ("Varför", "Why"),
        .relatedProblemAreas: ("Kopplade problemområden", "Related problem areas"),
        .teamActions: ("Ledningsgruppens åtgärder", "The team's actions"),
        .howRanked: ("Så rangordnades principerna", "How the principles were ranked"),
        .rank: ("Rang", "Rank"),
        .before: ("Före", "Before"),
        .now: ("Nu", "Now"),
        .change: ("Ändring", "Change"),
        .indexChange: ("Ändring index", "Index change"),
        .direction: ("Riktning", "Direction"),
        .then: ("Då", "Then"),
        .statementsMovedMost: ("Påståenden som rört sig mest", "Statements that moved most"),
        .earlierActions: ("Den tidigare planens åtgärder", "The earlier plan's actions"),
        .overdue: ("försenad", "overdue"),
        .strongest: ("Starkast", "Strongest"),
        .weakest: ("Svagast", "Weakest"),
        .largestGaps: ("Störst avstånd till mål", "Largest gaps to target"),
        .whereTheTeamDisagrees: ("Där gruppen är oenig", "Where the team disagrees"),
        .whatThePlanDoes: ("Vad planen gör", "What the plan does"),
        .yes: ("ja", "yes"),
        .no: ("nej", "no"),
        .csvKind: ("typ", "kind"),
        .csvGroup: ("grupp", "group"),
        .csvText: ("text", "text"),
        .byDefault: ("förval", "default"),
        .required: ("krävs", "required"),
    ]
}
