extension Framework {
    /// The five problem areas of SOU 2019:43 §1.6.
    ///
    /// The titles are the headings of §1.6.1–1.6.5 word for word. Summaries and symptoms are the
    /// project's own sentences; each symptom cites the passage that describes it. A principle link
    /// with `statedIn: nil` is the project's reading (DOMAIN.md marks it [inferred]).
    static let problemAreasSOU2019: [ProblemArea] = [
        ProblemArea(
            id: .bristandeMedborgarfokus,
            title: LocalizedText(sv: "Bristande medborgarfokus", en: "Insufficient citizen focus"),
            summary: LocalizedText(
                sv: "Myndigheterna tar inte tillräckligt tillvara medborgarnas erfarenheter och kunskap, "
                    + "och medborgaren ses ofta som en mottagare av tjänster snarare än som en aktör. "
                    + "Utan en gemensam förståelse för medborgarnas olika behov byggs strukturer som är "
                    + "rationella för myndigheten men inte för medborgaren. Utmaningen ligger inom "
                    + "myndigheternas egen rådighet.",
                en: "Agencies make too little use of citizens' experience and knowledge, and the citizen is "
                    + "often treated as a recipient of services rather than as a participant. Without a "
                    + "shared understanding of citizens' differing needs, agencies build structures that "
                    + "are rational for themselves but not for citizens. The challenge is one the agencies "
                    + "control themselves."),
            symptoms: [
                Symptom(
                    text: LocalizedText(
                        sv: "Vi bygger eller ändrar strukturer som är rationella för oss men inte "
                            + "nödvändigtvis för medborgarna.",
                        en: "We build or change structures that are rational for us but not necessarily "
                            + "for the citizens."),
                    source: .sou2019("§1.6.1")),
                Symptom(
                    text: LocalizedText(
                        sv: "Medborgaren ses främst som en passiv mottagare av våra tjänster eller "
                            + "insatser, också i utvecklingsarbetet.",
                        en: "The citizen is seen mainly as a passive recipient of our services or "
                            + "interventions, in development work as well."),
                    source: .sou2019("§1.6.1; §2.4.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Målen för vårt utvecklingsarbete sätts utifrån ett internt myndighetsfokus "
                            + "snarare än utifrån medborgarens behov.",
                        en: "The goals of our development work are set from an internal agency focus "
                            + "rather than from the citizen's needs."),
                    source: .sou2019("§2.3.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi utgår från vad vi tror att medborgare eller företag behöver i stället för "
                            + "att ta reda på det.",
                        en: "We go by what we believe citizens or companies need instead of finding out."),
                    source: .sou2019("§3.4.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "I vår kultur ses medborgaren inte som en relevant källa till information, "
                            + "och ett ökat medborgarfokus uppfattas som ett hot mot nuvarande roller.",
                        en: "In our culture the citizen is not seen as a relevant source of information, "
                            + "and more citizen focus is felt as a threat to current roles."),
                    source: .sou2019("§3.4.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi saknar forum för att föra dialog med dem utanför myndigheten och vet inte "
                            + "hur vi når grupper som inte är organiserade eller resursstarka.",
                        en: "We lack forums for dialogue with people outside the agency and do not know "
                            + "how to reach groups that are not organised or well resourced."),
                    source: .sou2019("§3.4.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vår information om processer och förväntade handläggningstider är inte "
                            + "transparent, enkel eller relevant för den som söker.",
                        en: "Our information about processes and expected processing times is not "
                            + "transparent, simple or relevant to the applicant."),
                    source: .sou2019("§3.4.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi definierar kvalitet internt utan att involvera dem vi är till för.",
                        en: "We define quality internally without involving those we exist for."),
                    source: .sou2019("§2.6.3")),
            ],
            principles: [
                PrincipleLink(principle: .medborgarfokus, statedIn: .sou2019("§3.4.2")),
                PrincipleLink(principle: .helhetssyn, statedIn: .sou2019("§3.4.2")),
                PrincipleLink(principle: .handlingsutrymme, statedIn: .sou2019("§3.4.2")),
                PrincipleLink(principle: .oppenhet, statedIn: nil),
            ],
            source: .sou2019("§1.6.1")),
        ProblemArea(
            id: .franvaroAvHelhetsperspektiv,
            title: LocalizedText(
                sv: "Frånvaro av helhetsperspektiv", en: "Absence of a holistic perspective"),
            summary: LocalizedText(
                sv: "Självständiga myndigheter, sektorisering och ett litet regeringskansli gör den "
                    + "horisontella samordningen svår, trots att myndigheterna är skyldiga att samverka. "
                    + "Samverkansinitiativ läggs ofta ovanpå den gamla styrningen, och inom myndigheterna "
                    + "delar stödfunktioner och kärnverksamhet inte alltid samma bild av uppdraget.",
                en: "Independent agencies, sectorisation and a small Government Offices make horizontal "
                    + "coordination hard, even though agencies are required to cooperate. Collaboration "
                    + "initiatives are often layered on top of the old steering, and within agencies the "
                    + "support functions and core operations do not always share the same picture of the "
                    + "mission."),
            symptoms: [
                Symptom(
                    text: LocalizedText(
                        sv: "Vår verksamhet överlappar andra myndigheters, vilket ger dubbelarbete och "
                            + "otydliga ansvarsgränser.",
                        en: "Our work overlaps with other agencies' work, which means duplicated effort "
                            + "and unclear lines of responsibility."),
                    source: .sou2019("§1.6.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Uppgifter faller mellan stolarna eftersom varje myndighet koncentrerar sig på "
                            + "sina egna kärnuppgifter.",
                        en: "Tasks fall between the cracks because each agency concentrates on its own "
                            + "core tasks."),
                    source: .sou2019("§1.6.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Nya samverkansinitiativ läggs som ett lager ovanpå den tidigare styrningen "
                            + "medan den underliggande strukturen är densamma.",
                        en: "New collaboration initiatives are added as a layer on top of the earlier "
                            + "steering while the underlying structure stays the same."),
                    source: .sou2019("§1.6.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Stödfunktioner och kärnverksamhet har inte samma bild av uppdraget och "
                            + "konkurrerar om resurserna.",
                        en: "Support functions and core operations do not share the same picture of the "
                            + "mission and compete for resources."),
                    source: .sou2019("§1.6.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi följs upp som en separat enhet och har svårt att se var systemet börjar "
                            + "och slutar och vad som ligger inom vårt ansvar.",
                        en: "We are followed up as a separate unit and find it hard to see where the "
                            + "system begins and ends and what lies within our responsibility."),
                    source: .sou2019("§3.4.4")),
                Symptom(
                    text: LocalizedText(
                        sv: "Varje enhet eller länk i kedjan optimerar sin egen del i stället för helheten.",
                        en: "Each unit or link in the chain optimises its own part instead of the whole."),
                    source: .sou2019("§2.3.3; §3.3.4")),
                Symptom(
                    text: LocalizedText(
                        sv: "Omotiverade organisatoriska avstånd mellan enheter skapar administrativa "
                            + "tidstjuvar.",
                        en: "Unwarranted organisational distances between units create administrative "
                            + "time thieves."),
                    source: .sou2019("§2.4.2")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi är inte vana att identifiera alla intressenter i ett uppdrag.",
                        en: "We are not used to identifying all the stakeholders in an assignment."),
                    source: .sou2019("§2.10.2")),
            ],
            principles: [
                PrincipleLink(principle: .helhetssyn, statedIn: .sou2019("§3.4.4")),
                PrincipleLink(principle: .langsiktighet, statedIn: nil),
                PrincipleLink(principle: .stod, statedIn: nil),
            ],
            source: .sou2019("§1.6.2")),
        ProblemArea(
            id: .kortsiktigStyrning,
            title: LocalizedText(
                sv: "Kortsiktig och ryckig styrning", en: "Short-term and erratic steering"),
            summary: LocalizedText(
                sv: "Styrningen sätter ofta kortsiktiga perspektiv före långsiktiga och byter riktning "
                    + "för ofta, vilket den årliga budgetprocessen förstärker. Inom myndigheterna är det "
                    + "svårt att omsätta politiska mål i verksamhetsmål, och det tas fram många "
                    + "styrdokument medan för lite tid läggs på att genomföra planerna.",
                en: "Steering often puts short-term perspectives before long-term ones and changes "
                    + "direction too often, which the annual budget process reinforces. Within agencies "
                    + "it is hard to turn political goals into operational ones, and many steering "
                    + "documents are produced while too little time goes into carrying out the plans."),
            symptoms: [
                Symptom(
                    text: LocalizedText(
                        sv: "Verksamhetens inriktning och prioriteringar ändras för ofta.",
                        en: "The direction and priorities of our operations change too often."),
                    source: .sou2019("§1.6.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Verksamheten är svår att planera, utrymmet för innovation krymper och "
                            + "resurserna används mindre effektivt.",
                        en: "Our operations are hard to plan, the space for innovation shrinks and "
                            + "resources are used less efficiently."),
                    source: .sou2019("§1.6.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi saknar nedbrutna mål eller indikatorer, vilket gör uppföljning och "
                            + "återrapportering svår.",
                        en: "We lack broken-down goals or indicators, which makes follow-up and reporting "
                            + "difficult."),
                    source: .sou2019("§1.6.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi tar fram många styrdokument men lägger lite tid på att genomföra planer "
                            + "och strategier.",
                        en: "We produce many steering documents but spend little time carrying out plans "
                            + "and strategies."),
                    source: .sou2019("§1.6.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Ledningen väger kortsiktiga krav mot långsiktiga behov men bedöms sedan på "
                            + "de kortsiktiga leveranserna.",
                        en: "Management weighs short-term demands against long-term needs but is then "
                            + "judged on the short-term deliveries."),
                    source: .sou2019("§1.6.5")),
                Symptom(
                    text: LocalizedText(
                        sv: "Budget och verksamhetsplanering binder alla resurser ett år i taget och "
                            + "lämnar inget utrymme för att experimentera.",
                        en: "Budget and activity planning tie up all resources one year at a time and "
                            + "leave no room for experimenting."),
                    source: .sou2019("§3.4.5")),
                Symptom(
                    text: LocalizedText(
                        sv: "Uppdragsgivaren styr med löpande ad hoc-förfrågningar och delvis "
                            + "detaljerade krav.",
                        en: "The principal steers through running ad hoc requests and partly detailed "
                            + "demands."),
                    source: .sou2019("§3.4.9")),
                Symptom(
                    text: LocalizedText(
                        sv: "Finansieringen kommer genom många kortsiktiga uppdrag eller ansökningsbaserade "
                            + "bidrag, vilket försvårar långsiktig planering.",
                        en: "Funding arrives through many short-term assignments or application-based "
                            + "grants, which makes long-term planning hard."),
                    source: .sou2019("§3.4.10")),
            ],
            principles: [
                PrincipleLink(principle: .langsiktighet, statedIn: nil),
                PrincipleLink(principle: .helhetssyn, statedIn: .sou2019("§3.4.9")),
                PrincipleLink(principle: .tillit, statedIn: .sou2019("§3.4.9")),
            ],
            source: .sou2019("§1.6.3")),
        ProblemArea(
            id: .betungandeUppfoljning,
            title: LocalizedText(
                sv: "Uppföljning och utvärdering som kan leda till onödig administration",
                en: "Follow-up and evaluation that can lead to unnecessary administration"),
            summary: LocalizedText(
                sv: "Kontroll, uppföljning och utvärdering har ökat, både från regeringen, andra "
                    + "myndigheter och EU och inom myndigheterna själva. Uppföljning kan vara en "
                    + "förutsättning för tillit, men en illa utformad uppföljning tar tid från "
                    + "verksamheten och kan i stället försämra tilliten.",
                en: "Control, follow-up and evaluation have increased, from the government, other "
                    + "agencies and the EU as well as within the agencies themselves. Follow-up can be a "
                    + "precondition for trust, but poorly designed follow-up takes time from the work and "
                    + "can weaken trust instead."),
            symptoms: [
                Symptom(
                    text: LocalizedText(
                        sv: "Mål och mått fokuserar på detaljer och kvantifierbara tal, så kallad "
                            + "pinnjakt, i stället för kvalitativa resonemang om effekter.",
                        en: "Goals and metrics focus on details and countable figures, chasing points, "
                            + "instead of qualitative reasoning about effects."),
                    source: .sou2019("§3.4.5")),
                Symptom(
                    text: LocalizedText(
                        sv: "Indikatorerna väljs utifrån ett centralt perspektiv och stödjer inte "
                            + "medarbetarnas helhetssyn eller handlingsutrymme.",
                        en: "Indicators are chosen from a central perspective and do not support "
                            + "employees' holistic view or room for manoeuvre."),
                    source: .sou2019("§3.4.5")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi har många mål och ett avancerat uppföljningsverktyg men når ändå inte "
                            + "högre måluppfyllelse, samtidigt som systemet blir allt tyngre.",
                        en: "We have many goals and an advanced follow-up tool yet do not reach higher "
                            + "goal attainment, while the system grows ever heavier."),
                    source: .sou2019("§3.4.5")),
                Symptom(
                    text: LocalizedText(
                        sv: "Återrapporteringen till regeringen och andra myndigheter skapar inget värde "
                            + "för vår egen verksamhet.",
                        en: "Reporting to the government and other agencies creates no value for our own "
                            + "operations."),
                    source: .sou2019("§3.4.8")),
                Symptom(
                    text: LocalizedText(
                        sv: "Chefer hittar på egna indikatorer för sådant som är svårt att mäta, och "
                            + "indikatorerna blir målet.",
                        en: "Managers invent their own indicators for things that are hard to measure, "
                            + "and the indicators become the goal."),
                    source: .sou2019("§2.7.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Dialogen mellan chef och överordnad chef handlar bara om siffror.",
                        en: "The dialogue between a manager and their own manager is only about figures."),
                    source: .sou2019("§2.7.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Ängslan leder till att vi rapporterar mer än någon behöver.",
                        en: "Anxiety leads us to report more than anyone needs."),
                    source: .sou2019("§3.4.5")),
                Symptom(
                    text: LocalizedText(
                        sv: "Omvänt finns för lite styrning, uppföljning eller riktlinjer, så att "
                            + "medarbetarna bildar sig egna uppfattningar om uppdraget.",
                        en: "Conversely, there is too little steering, follow-up or guidance, so employees "
                            + "form their own views of the mission."),
                    source: .sou2019("§3.4.5")),
            ],
            principles: [
                PrincipleLink(principle: .tillit, statedIn: .sou2019("§1.6.4")),
                PrincipleLink(principle: .handlingsutrymme, statedIn: .sou2019("§3.4.5")),
                PrincipleLink(principle: .helhetssyn, statedIn: .sou2019("§3.4.5")),
                PrincipleLink(principle: .oppenhet, statedIn: .sou2019("§3.4.5")),
                PrincipleLink(principle: .kunskap, statedIn: nil),
            ],
            source: .sou2019("§1.6.4")),
        ProblemArea(
            id: .bristandeLedarskap,
            title: LocalizedText(
                sv: "Bristande ledarskap och stöd till medarbetarna",
                en: "Insufficient leadership and support for employees"),
            summary: LocalizedText(
                sv: "Ledarskapet är länken mellan politiken och förvaltningen, och om styrningen av "
                    + "myndigheten inte präglas av tillit gör troligen inte heller styrningen inom den det. "
                    + "Medarbetare på flera myndigheter upplever ledarskapet som bristfälligt och för "
                    + "frånvarande, och chefer lägger för mycket tid på administration.",
                en: "Leadership is the link between politics and administration, and if the steering of "
                    + "an agency is not marked by trust, the steering within it probably will not be either. "
                    + "Employees at several agencies find leadership deficient and too absent, and managers "
                    + "spend too much time on administration."),
            symptoms: [
                Symptom(
                    text: LocalizedText(
                        sv: "Ledarskapet upplevs som bristfälligt och för frånvarande, och chefen stödjer "
                            + "inte medarbetarnas utveckling.",
                        en: "Leadership is experienced as deficient and too absent, and managers do not "
                            + "support employees' development."),
                    source: .sou2019("§1.6.5")),
                Symptom(
                    text: LocalizedText(
                        sv: "Cheferna lägger för mycket tid på administration och finns inte på plats när "
                            + "medarbetarna behöver dem.",
                        en: "Managers spend too much time on administration and are not there when "
                            + "employees need them."),
                    source: .sou2019("§1.6.5; §2.7.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Chefer upplever att de har allt ansvar men inget mandat.",
                        en: "Managers feel they have all the responsibility but no mandate."),
                    source: .sou2019("§2.7.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Överordnade efterfrågar detaljer trots att de har delegerat ansvaret.",
                        en: "Superiors keep asking for details even though they have delegated the "
                            + "responsibility."),
                    source: .sou2019("§3.4.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Styrfilosofin når inte första linjens chefer och medarbetare utan upplevs "
                            + "som obefintlig, outtalad eller motstridig.",
                        en: "The steering philosophy does not reach first-line managers and employees and "
                            + "is felt to be absent, unspoken or contradictory."),
                    source: .sou2019("§3.4.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Vi har en felletarkultur, en rädd kultur eller en alltför hierarkisk kultur.",
                        en: "We have a fault-finding culture, a culture of fear or an overly hierarchical "
                            + "culture."),
                    source: .sou2019("§3.4.1; §3.4.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Stödet består mest av manualer, policyer och kurser, och det saknas struktur "
                            + "och tid för kollegialt lärande.",
                        en: "Support consists mostly of manuals, policies and courses, and there is "
                            + "neither structure nor time for collegial learning."),
                    source: .sou2019("§3.4.7; §2.7.3")),
                Symptom(
                    text: LocalizedText(
                        sv: "Chefer har många uppdrag utöver chefskapet, vilket försvårar kommunikationen "
                            + "med medarbetarna.",
                        en: "Managers have many assignments besides managing, which gets in the way of "
                            + "communication with employees."),
                    source: .sou2019("§2.4.1")),
                Symptom(
                    text: LocalizedText(
                        sv: "Information hålls inne utan att det förklaras varför.",
                        en: "Information is withheld without any explanation."),
                    source: .sou2019("§2.4.2")),
            ],
            principles: [
                PrincipleLink(principle: .tillit, statedIn: .sou2019("§1.6.5")),
                PrincipleLink(principle: .stod, statedIn: nil),
                PrincipleLink(principle: .handlingsutrymme, statedIn: .sou2019("§3.4.6")),
                PrincipleLink(principle: .oppenhet, statedIn: .sou2019("§2.4.2")),
            ],
            source: .sou2019("§1.6.5")),
    ]
}
