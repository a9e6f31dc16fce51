/// The words of the questionnaire's paper form.
extension Vocabulary {
    /// *Instruktioner*.
    public static let instructionsHeading = LocalizedText(sv: "Instruktioner", en: "Instructions")

    /// *Skala*: the heading over the answer scale.
    public static let scaleHeading = LocalizedText(sv: "Skala", en: "Scale")

    /// The scale table's first column: the answer a box stands for.
    public static let scaleAnswer = LocalizedText(sv: "Svar", en: "Answer")

    /// The scale table's second column.
    public static let scaleMeaning = LocalizedText(sv: "Betydelse", en: "Meaning")

    /// The number column of the form.
    public static let itemNumber = LocalizedText(sv: "Nr", en: "No.")

    /// *Fråga*: the column of a form that asks questions.
    public static let questionColumn = LocalizedText(sv: "Fråga", en: "Question")

    /// *Frågor*: the one section of a form that asks questions.
    public static let questions = LocalizedText(sv: "Frågor", en: "Questions")

    /// What *don't know* means on the form, for a question or for a statement.
    public static func cannotJudge(question: Bool) -> LocalizedText {
        question
            ? LocalizedText(sv: "kan inte bedöma frågan", en: "cannot judge the question")
            : LocalizedText(sv: "kan inte bedöma påståendet", en: "cannot judge the statement")
    }

    /// The form's subtitle: its version and how many questions or statements it has.
    public static func formSubtitle(version: Int, count: Int, questions: Bool) -> LocalizedText {
        let one = count == 1
        return questions
            ? LocalizedText(
                sv: "Version \(version) – \(count) \(one ? "fråga" : "frågor")",
                en: "Version \(version) – \(count) \(one ? "question" : "questions")")
            : LocalizedText(
                sv: "Version \(version) – \(count) \(one ? "påstående" : "påståenden")",
                en: "Version \(version) – \(count) \(one ? "statement" : "statements")")
    }

    /// The fields for who answers, each followed by a blank line to write on.
    public static func formFields(blank: String) -> LocalizedText {
        LocalizedText(
            sv: "Namn eller pseudonym: \(blank)   Roll: \(blank)",
            en: "Name or pseudonym: \(blank)   Role: \(blank)")
    }

    /// The answers a question offers, highest first, e.g. *Ja eller Nej*.
    public static func alternatives(_ answers: [String]) -> LocalizedText {
        LocalizedText(sv: answers.joined(separator: " eller "), en: answers.joined(separator: " or "))
    }

    /// How to answer a form of questions.
    public static func questionInstructions(answers: String, dontKnow: String) -> LocalizedText {
        LocalizedText(
            sv: "Läs varje fråga och svara \(answers) utifrån hur det är i er organisation i dag. Kryssa i "
                + "”\(dontKnow)” om du inte kan bedöma frågan; det svaret räknas inte in i resultatet. "
                + "Frågorna är numrerade som i den enkät de kommer från.",
            en: "Read each question and answer \(answers) from how things are in your organisation today. "
                + "Tick “\(dontKnow)” if you cannot judge the question; that answer does not count towards the "
                + "result. The questions are numbered as in the survey they come from.")
    }

    /// How to answer a form of statements.
    public static func statementInstructions(dontKnow: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Läs varje påstående och kryssa i hur väl det stämmer in på er organisation i dag – utifrån vad "
                + "du själv ser och upplever, inte utifrån hur det borde vara. Med ”vi” och ”hos oss” avses hela "
                + "organisationen, och med ”de vi är till för” de medborgare, företag och andra som "
                + "organisationen finns till för. Kryssa i ”\(dontKnow)” om du inte kan bedöma påståendet; det "
                + "svaret räknas inte in i resultatet. Det finns inga rätta eller felaktiga svar, och ingen "
                + "redovisning visar vem som har svarat vad.",
            en: "Read each statement and tick how true it is of your organisation today – from what you "
                + "yourself see and experience, not from how things ought to be. “We” and “our organisation” "
                + "mean the whole organisation, and “the people we serve” the citizens, businesses and others "
                + "the organisation exists for. Tick “\(dontKnow)” if you cannot judge the statement; that answer "
                + "does not count towards the result. There are no right or wrong answers, and no report "
                + "shows who answered what.")
    }

    /// An item that counts towards its target as the report links them.
    public static func countsTowards(_ number: Int, _ name: String) -> LocalizedText {
        LocalizedText(sv: "\(number). Räknas till \(name).", en: "\(number). Counts towards \(name).")
    }

    /// An item that counts towards its target by the project's own reading.
    public static func countsTowardsByReading(_ number: Int, _ name: String) -> LocalizedText {
        LocalizedText(
            sv: "\(number). Räknas till \(name) (projektets tolkning).",
            en: "\(number). Counts towards \(name) (the project's reading).")
    }

    /// An item that counts towards no result.
    public static func countsTowardsNothing(_ number: Int) -> LocalizedText {
        LocalizedText(
            sv: "\(number). Räknas inte in i något resultat.", en: "\(number). Counts towards no result.")
    }

    /// The heading over how each answer counts.
    public static let howAnswersCount = LocalizedText(sv: "Hur svaren räknas", en: "How the answers count")

    /// What the list of how each answer counts shows.
    public static let howAnswersCountLead = LocalizedText(
        sv: "Varje svar räknas till en princip eller ett problemområde. Där kopplingen är projektets egen "
            + "tolkning och inte betänkandets (SOU 2019:43), eller där frågan inte räknas, står skälet.",
        en: "Each answer counts towards a principle or a problem area. Where the link is the project's own "
            + "reading rather than the report's (SOU 2019:43), or where the question does not count, the "
            + "reason is given.")

    /// What a high answer means in the principles' section of the form.
    public static let principlesLead = LocalizedText(
        sv: "Påståendena beskriver hur det ser ut när principen präglar verksamheten: ju bättre "
            + "de stämmer in, desto mer präglar principen er organisation.",
        en: "The statements describe what it looks like when the principle shapes the work: the "
            + "truer they are, the more the principle shapes your organisation.")

    /// What a high answer means in the problem areas' section of the form.
    public static let problemAreasLead = LocalizedText(
        sv: "Påståendena beskriver tecken på problem: ju bättre de stämmer in, desto tydligare "
            + "finns problemet hos er.",
        en: "The statements describe signs of a problem: the truer they are, the more clearly "
            + "the problem is present in your organisation.")
}
