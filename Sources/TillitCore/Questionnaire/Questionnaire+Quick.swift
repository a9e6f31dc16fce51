extension Questionnaire {
    /// The quick questionnaire: one statement per principle and per problem area, for a ten-minute check.
    ///
    /// Each statement is the most telling one of its target in ``standard``, with the same wording, so
    /// that a team can move on to the standard questionnaire and recognise it.
    public static let quick = Questionnaire(
        id: "quick", version: 1,
        title: LocalizedText(
            sv: "Snabbkoll av tillitsbaserad styrning och ledning",
            en: "Quick check of trust-based governance and management"),
        scale: .agreement,
        items: [
            QuestionnaireItem(
                id: "q-tillit", target: .principle(.tillit),
                text: LocalizedText(
                    sv: "Hos oss utgår cheferna från att varje medarbetare vill göra ett bra arbete.",
                    en: "In our organisation, managers start from the "
                        + "assumption that every employee wants to do a good job."),
                source: .sou2019("§3.5.2")),
            QuestionnaireItem(
                id: "q-medborgarfokus", target: .principle(.medborgarfokus),
                text: LocalizedText(
                    sv: "Vi har under det senaste året ändrat en rutin "
                        + "efter synpunkter från dem vi är till för.",
                    en: "In the past year we have changed a routine in "
                        + "response to views from those we are here for."),
                source: .sou2019("§3.4.2")),
            QuestionnaireItem(
                id: "q-helhetssyn", target: .principle(.helhetssyn),
                text: LocalizedText(
                    sv: "Hos oss prioriterar enheterna det som ger bäst resultat "
                        + "för helheten, också när det belastar den egna enheten.",
                    en: "In our organisation, units give priority to what gives the best "
                        + "result for the whole, even when this puts a burden on their own unit."),
                source: .sou2019("§3.3.4")),
            QuestionnaireItem(
                id: "q-handlingsutrymme", target: .principle(.handlingsutrymme),
                text: LocalizedText(
                    sv: "Medarbetare som möter dem vi är till för kan fatta "
                        + "beslut i enskilda ärenden utan att först gå till chefen.",
                    en: "Employees who deal with those we are here for can take decisions "
                        + "in individual cases without first going to their manager."),
                source: .sou2019("§3.4.6")),
            QuestionnaireItem(
                id: "q-stod", target: .principle(.stod),
                text: LocalizedText(
                    sv: "Den närmaste chefen finns tillgänglig när "
                        + "en medarbetare behöver stöd i sitt arbete.",
                    en: "The line manager is available when an employee needs support in their work."),
                source: .sou2019("§2.7.3")),
            QuestionnaireItem(
                id: "q-kunskap", target: .principle(.kunskap),
                text: LocalizedText(
                    sv: "Hos oss finns avsatt tid för kollegialt lärande, "
                        + "till exempel att gå igenom ärenden tillsammans.",
                    en: "In our organisation, time is set aside for collegial "
                        + "learning, for example reviewing cases together."),
                source: .sou2019("§3.4.7")),
            QuestionnaireItem(
                id: "q-oppenhet", target: .principle(.oppenhet),
                text: LocalizedText(
                    sv: "Hos oss diskuteras misstag öppet så att vi kan lära av dem.",
                    en: "In our organisation, mistakes are discussed openly so that we can learn from them."),
                source: .sou2019("§3.4.7")),
            QuestionnaireItem(
                id: "q-langsiktighet", target: .principle(.langsiktighet),
                text: LocalizedText(
                    sv: "När vi agerar snabbt på ett akut problem väljer "
                        + "vi lösningar som håller även på lång sikt.",
                    en: "When we act quickly on an urgent problem, we "
                        + "choose solutions that also hold up in the long term."),
                source: .sou2019("§3.5.2")),
            QuestionnaireItem(
                id: "q-bristande-medborgarfokus", target: .problemArea(.bristandeMedborgarfokus),
                text: LocalizedText(
                    sv: "Vi utgår från vad vi själva tror att de vi är "
                        + "till för behöver, i stället för att fråga dem.",
                    en: "We go by what we ourselves believe those we "
                        + "are here for need, instead of asking them."),
                source: .sou2019("§3.4.2")),
            QuestionnaireItem(
                id: "q-franvaro-av-helhetsperspektiv", target: .problemArea(.franvaroAvHelhetsperspektiv),
                text: LocalizedText(
                    sv: "Frågor som berör både oss och andra aktörer faller ibland mellan stolarna.",
                    en: "Issues that concern both us and other actors sometimes fall between the cracks."),
                source: .sou2019("§1.6.2")),
            QuestionnaireItem(
                id: "q-kortsiktig-styrning", target: .problemArea(.kortsiktigStyrning),
                text: LocalizedText(
                    sv: "Inriktningen och prioriteringarna i vår verksamhet "
                        + "ändras oftare än vi hinner genomföra dem.",
                    en: "The direction and priorities of our operations "
                        + "change more often than we manage to implement them."),
                source: .sou2019("§1.6.3")),
            QuestionnaireItem(
                id: "q-betungande-uppfoljning", target: .problemArea(.betungandeUppfoljning),
                text: LocalizedText(
                    sv: "Hos oss har indikatorerna blivit ett mål i sig.",
                    en: "In our organisation, the indicators have become goals in themselves."),
                source: .sou2019("§2.7.3")),
            QuestionnaireItem(
                id: "q-bristande-ledarskap", target: .problemArea(.bristandeLedarskap),
                text: LocalizedText(
                    sv: "Cheferna lägger så mycket tid på administration "
                        + "att det går ut över tiden med medarbetarna.",
                    en: "Managers spend so much time on administration "
                        + "that it cuts into their time with employees."),
                source: .sou2019("§1.6.5")),
        ])
}
