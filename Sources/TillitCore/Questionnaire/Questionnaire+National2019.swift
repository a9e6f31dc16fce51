extension Questionnaire {
    /// The seven yes/no questions 2–8 of the 2019 national agency survey (SOU 2019:43 Bilaga 5), for
    /// comparing a management team with the agencies that answered in 2019.
    ///
    /// The texts are the survey's own, word for word, including the question mark that the survey puts
    /// after the statements of questions 2 and 3. Each question is scored against the principle or
    /// problem area closest to it; as for a problem-area statement, *yes* to questions 4–6 means that
    /// there is a problem.
    public static let national2019 = Questionnaire(
        id: "national-2019", version: 1,
        title: LocalizedText(
            sv: "Tillitsdelegationens myndighetsenkät 2019",
            en: "The Trust Delegation's agency survey 2019"),
        scale: .yesNo,
        items: [
            // Why: the question asks whether the management team knows what trust-based governance
            // is, which is knowledge (§3.3.1).
            QuestionnaireItem(
                id: "q2", target: .principle(.kunskap),
                text: LocalizedText(
                    sv: "I myndighetens ledningsgrupp finns en god kännedom "
                        + "om vad tillitsbaserad styrning och ledning är?",
                    en: "The agency's management team has good knowledge "
                        + "of what trust-based governance and management is."),
                source: .sou2019("Bilaga 5, Fråga 2")),
            // Why: whether the management team sees trust-based governance as relevant is its
            // stance on trust as the principle that spans all the others (§3.5.2); the approach
            // must begin with top management (§3.4.3).
            QuestionnaireItem(
                id: "q3", target: .principle(.tillit),
                text: LocalizedText(
                    sv: "Tillitsbaserad styrning och ledning uppfattas "
                        + "av ledningsgruppen som relevant för myndigheten?",
                    en: "Trust-based governance and management is perceived "
                        + "by the management team as relevant for the agency."),
                source: .sou2019("Bilaga 5, Fråga 3")),
            // Why: the areas the agencies named as having particularly large development
            // potential were simpler internal follow-up and less administration (§3.4.5);
            // a yes means, as with a problem-area statement, that there is a problem.
            QuestionnaireItem(
                id: "q4", target: .problemArea(.betungandeUppfoljning),
                text: LocalizedText(
                    sv: "Finns det specifika områden inom er verksamhet som har särskilt stor "
                        + "utvecklingspotential för att uppnå en mer tillitsbaserad styrning och ledning?",
                    en: "Are there specific areas within your operations that have particularly large "
                        + "development potential for achieving more trust-based governance and management?"),
                source: .sou2019("Bilaga 5, Fråga 4")),
            // Why: the internal obstacles the report names are a steering philosophy that
            // does not reach managers and employees and a hindering culture, which it
            // treats under leadership (§3.4.1, §3.4.3).
            QuestionnaireItem(
                id: "q5", target: .problemArea(.bristandeLedarskap),
                text: LocalizedText(
                    sv: "Finns det interna hinder för att bedriva en "
                        + "tillitsbaserad styrning och ledning i er myndighet?",
                    en: "Are there internal obstacles to conducting "
                        + "trust-based governance and management in your agency?"),
                source: .sou2019("Bilaga 5, Fråga 5")),
            // Why: the external obstacles come from the principal's steering, which the
            // agencies describe as short-term, detailed and funded through temporary
            // grants (§3.4.9, §3.4.10); external reporting (§3.4.8) would also fit.
            QuestionnaireItem(
                id: "q6", target: .problemArea(.kortsiktigStyrning),
                text: LocalizedText(
                    sv: "Finns det externa hinder för att utveckla en "
                        + "tillitsbaserad styrning och ledning i er myndighet?",
                    en: "Are there external obstacles to developing "
                        + "trust-based governance and management in your agency?"),
                source: .sou2019("Bilaga 5, Fråga 6")),
            // Why: a need for external support is the closest the survey comes to the principle
            // of support (§3.5.3).
            QuestionnaireItem(
                id: "q7", target: .principle(.stod),
                text: LocalizedText(
                    sv: "Finns det ett behov av externt stöd till er myndighet "
                        + "för att utveckla en tillitsbaserad styrning och ledning?",
                    en: "Is there a need for external support to your agency "
                        + "to develop trust-based governance and management?"),
                source: .sou2019("Bilaga 5, Fråga 7")),
            // Why: introductory training is how new employees gain knowledge of the civil-servant
            // role and of governance and management (§4.2.2).
            QuestionnaireItem(
                id: "q8", target: .principle(.kunskap),
                text: LocalizedText(
                    sv: "Finns det en introduktionsutbildning för nyanställda vid er myndighet?",
                    en: "Is there an introductory training programme for new employees at your agency?"),
                source: .sou2019("Bilaga 5, Fråga 8")),
        ])
}
