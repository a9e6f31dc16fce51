extension Framework {
    /// The ten development areas of SOU 2019:43 §3.4.1–3.4.10.
    ///
    /// The Swedish titles are the section headings word for word. §3.4.1–3.4.7 are counted as internal
    /// (within the agency's own control); §3.4.8–3.4.10 concern external conditions.
    static let developmentAreasSOU2019: [DevelopmentArea] = [
        DevelopmentArea(
            id: "mojligheter-att-utveckla",
            title: LocalizedText(
                sv: "Myndigheterna har stora möjligheter att utveckla sin verksamhet",
                en: "Agencies have great opportunities to develop their operations"),
            summary: LocalizedText(
                sv: "Myndigheterna kan själva göra sin styrning och ledning betydligt mer tillitsbaserad, "
                    + "men flera hinder är svåra att upptäcka: en felletarkultur eller rädd kultur, en "
                    + "helhetssyn man tror sig ha men saknar och detaljstyrning i den egna organisationen. "
                    + "Varje myndighet behöver göra sin egen problemanalys.",
                en: "Agencies can themselves make their governance and management considerably more "
                    + "trust-based, but several obstacles are hard to spot: a fault-finding or fearful "
                    + "culture, a holistic view people believe they have but lack, and detailed steering "
                    + "inside their own organisation. Each agency needs to do its own problem analysis."),
            isInternal: true,
            principles: [.tillit, .handlingsutrymme, .kunskap, .oppenhet],
            problemAreas: [.franvaroAvHelhetsperspektiv, .bristandeLedarskap],
            source: .sou2019("§3.4.1")),
        DevelopmentArea(
            id: "medborgarfokus-helhetssyn",
            title: LocalizedText(
                sv: "Ett tydligare medborgarfokus utifrån en helhetssyn",
                en: "A clearer citizen focus based on a holistic view"),
            summary: LocalizedText(
                sv: "Myndigheterna har generellt svårt att se hur deras arbete påverkar medborgarna, "
                    + "men de flesta ser att de kan bli mycket bättre. Det handlar om förhållningssätt och "
                    + "kultur, om kompetens och metoder för att involvera medborgare och om bättre "
                    + "information. Även myndigheter utan direkt medborgarkontakt behöver perspektivet.",
                en: "Agencies generally find it hard to see how their work affects citizens, yet most see "
                    + "that they could do much better. It concerns attitudes and culture, competence and "
                    + "methods for involving citizens, and better information. Agencies without direct "
                    + "contact with citizens need the perspective too."),
            isInternal: true,
            principles: [.medborgarfokus, .helhetssyn, .handlingsutrymme, .oppenhet],
            problemAreas: [.bristandeMedborgarfokus, .franvaroAvHelhetsperspektiv],
            source: .sou2019("§3.4.2")),
        DevelopmentArea(
            id: "forankrad-styrning",
            title: LocalizedText(
                sv: "En styrning och ledning som är förankrad och används",
                en: "Governance and management that is anchored and used"),
            summary: LocalizedText(
                sv: "En tillitsbaserad styrning måste börja hos den högsta ledningen och genomsyra hela "
                    + "organisationen. Ofta når styrfilosofin inte ut till första linjens chefer och "
                    + "medarbetare, och en praktik som säger emot den, som chefer som fortsätter att "
                    + "efterfråga detaljer, skadar trovärdigheten.",
                en: "Trust-based governance must start with top management and permeate the whole "
                    + "organisation. The steering philosophy often fails to reach first-line managers and "
                    + "employees, and practice that contradicts it, such as managers who keep asking for "
                    + "details, damages its credibility."),
            isInternal: true,
            principles: [.tillit, .handlingsutrymme, .oppenhet, .langsiktighet],
            problemAreas: [.bristandeLedarskap, .kortsiktigStyrning],
            source: .sou2019("§3.4.3")),
        DevelopmentArea(
            id: "gemensam-forstaelse",
            title: LocalizedText(
                sv: "En gemensam förståelse för uppdraget",
                en: "A shared understanding of the mission"),
            summary: LocalizedText(
                sv: "Ökad tillit förutsätter att alla delar förståelsen av myndighetens och den "
                    + "offentliga sektorns uppdrag, med en gemensam målbild på kort och lång sikt. Det är "
                    + "svårt att se sin roll i ett större system, särskilt när myndigheter följs upp som "
                    + "separata enheter.",
                en: "More trust requires that everyone shares an understanding of the agency's and the "
                    + "public sector's mission, with a common picture of goals in the short and long term. "
                    + "It is hard to see one's role in a larger system, especially when agencies are "
                    + "followed up as separate units."),
            isInternal: true,
            principles: [.medborgarfokus, .helhetssyn, .langsiktighet],
            problemAreas: [.franvaroAvHelhetsperspektiv, .bristandeMedborgarfokus],
            source: .sou2019("§3.4.4")),
        DevelopmentArea(
            id: "utvecklande-uppfoljning",
            title: LocalizedText(
                sv: "En styrning och uppföljning som bidrar till utveckling av verksamheten",
                en: "Steering and follow-up that contribute to developing operations"),
            summary: LocalizedText(
                sv: "Dagens styrning har många, ofta kvantitativa, mål och mått, och de som står "
                    + "verksamheten närmast ser dem inte som ändamålsenliga. Myndigheterna behöver pröva "
                    + "vilka mål och indikatorer som är nödvändiga och om budget och "
                    + "verksamhetsplanering lämnar utrymme för utveckling.",
                en: "Today's steering has many, often quantitative, goals and metrics, and those closest "
                    + "to operations do not find them fit for purpose. Agencies need to test which goals "
                    + "and indicators are necessary and whether budget and activity planning leave room "
                    + "for development."),
            isInternal: true,
            principles: [.tillit, .helhetssyn, .handlingsutrymme, .kunskap, .langsiktighet],
            problemAreas: [.betungandeUppfoljning, .kortsiktigStyrning],
            source: .sou2019("§3.4.5")),
        DevelopmentArea(
            id: "medledarskap",
            title: LocalizedText(
                sv: "Förutsättningar för ett ökat medledarskap",
                en: "Conditions for more co-leadership"),
            summary: LocalizedText(
                sv: "Medledarskap innebär att medarbetare tar större ansvar och använder sitt "
                    + "professionella omdöme, inom tydliga och sammanhängande ramar för ansvar och "
                    + "befogenheter. Det ges och tas, är frihet under ansvar men inget fritt mandat, och "
                    + "kräver närvarande chefer.",
                en: "Co-leadership means employees take more responsibility and use their professional "
                    + "judgement, within clear and connected frameworks for responsibility and authority. "
                    + "It is both given and taken, is freedom with responsibility but not a free mandate, "
                    + "and requires managers who are present."),
            isInternal: true,
            principles: [.tillit, .handlingsutrymme, .stod, .kunskap],
            problemAreas: [.bristandeLedarskap],
            source: .sou2019("§3.4.6")),
        DevelopmentArea(
            id: "dialog-kollegial-samverkan",
            title: LocalizedText(
                sv: "Mer dialog och kollegial samverkan",
                en: "More dialogue and collegial collaboration"),
            summary: LocalizedText(
                sv: "Myndigheterna behöver utveckla dialog, kollegialt lärande och kollegial samverkan "
                    + "för att öka tilliten och öppenheten. Ofta finns ett avstånd mellan operativ och "
                    + "strategisk nivå, och medarbetarnas kunskap används eller sprids inte.",
                en: "Agencies need to develop dialogue, collegial learning and collegial collaboration to "
                    + "increase trust and openness. There is often a distance between the operational and "
                    + "strategic levels, and the knowledge employees hold is neither used nor spread."),
            isInternal: true,
            principles: [.helhetssyn, .stod, .kunskap, .oppenhet],
            problemAreas: [.bristandeLedarskap, .franvaroAvHelhetsperspektiv],
            source: .sou2019("§3.4.7")),
        DevelopmentArea(
            id: "extern-uppfoljning",
            title: LocalizedText(
                sv: "En utvecklad extern uppföljning och utvärdering",
                en: "Developed external follow-up and evaluation"),
            summary: LocalizedText(
                sv: "Det vanligaste externa hindret är uppgiftslämnande till andra myndigheter och tid för "
                    + "andras utvärderingar. Återrapporteringen tar tid utan att skapa värde för den egna "
                    + "verksamheten, och ibland missförstår myndigheterna vad som faktiskt krävs.",
                en: "The most common external obstacle is supplying data to other agencies and time spent "
                    + "on others' evaluations. Reporting takes time without creating value for the agency's "
                    + "own operations, and agencies sometimes misunderstand what is actually required."),
            isInternal: false,
            principles: [.tillit, .helhetssyn, .kunskap],
            problemAreas: [.betungandeUppfoljning],
            source: .sou2019("§3.4.8")),
        DevelopmentArea(
            id: "dialog-uppdragsgivaren",
            title: LocalizedText(
                sv: "En utvecklad dialog med uppdragsgivaren",
                en: "Developed dialogue with the principal"),
            summary: LocalizedText(
                sv: "Myndigheterna anser att dialogen med departementet fungerar väl men kan bli djupare "
                    + "och mer tillitsbaserad. Regeringens styrning kan brista i helhetssyn, vara för "
                    + "detaljerad eller kortsiktig, och myndigheterna kan själva vara mer proaktiva.",
                en: "Agencies find that the dialogue with their ministry works well but could be deeper "
                    + "and more trust-based. Government steering can lack a holistic view or be too "
                    + "detailed or short-term, and agencies can themselves be more proactive."),
            isInternal: false,
            principles: [.tillit, .helhetssyn, .oppenhet, .langsiktighet],
            problemAreas: [.kortsiktigStyrning],
            source: .sou2019("§3.4.9")),
        DevelopmentArea(
            id: "finansiell-styrning",
            title: LocalizedText(
                sv: "En utvecklad finansiell styrning",
                en: "Developed financial steering"),
            summary: LocalizedText(
                sv: "Problemet är mindre hur mycket pengar myndigheterna får än hur pengarna når dem. "
                    + "Inomstatliga bidrag och många korta uppdrag kräver omständliga ansökningar och "
                    + "omfattande redovisning och gör planeringen kortsiktig.",
                en: "The problem is less how much money agencies receive than how it reaches them. "
                    + "Intra-state grants and many short assignments require cumbersome applications and "
                    + "extensive reporting, and make planning short-term."),
            isInternal: false,
            principles: [.tillit, .handlingsutrymme, .langsiktighet],
            problemAreas: [.kortsiktigStyrning, .betungandeUppfoljning],
            source: .sou2019("§3.4.10")),
    ]
}
