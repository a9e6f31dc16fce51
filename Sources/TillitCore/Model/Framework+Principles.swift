extension Framework {
    /// The eight guiding principles of SOU 2019:43 Tabell 3.3, with the guidance of §3.5.2.
    ///
    /// The Swedish definitions are quoted word for word (line-break hyphenation removed; Stöd has no
    /// final full stop in Tabell 3.3, and none here).
    static let principlesSOU2019: [Principle] = [
        Principle(
            id: .tillit,
            name: LocalizedText(sv: "Tillit", en: "Trust"),
            definition: LocalizedText(
                sv: "Sträva efter att som utgångspunkt välja att lita på dem du samarbetar med och ha en "
                    + "positiv inställning i förväntningarna på varandra.",
                en: "Strive, as a starting point, to choose to trust those you work with, and to have a "
                    + "positive attitude in your expectations of one another."),
            guidance: [
                LocalizedText(
                    sv: "Utgångspunkten är att tro på varje individs vilja att göra ett bra arbete.",
                    en: "The starting point is to believe in every individual's will to do a good job."),
                LocalizedText(
                    sv: "Tillit är inte en naiv hållning: ledningen ger mer handlingsutrymme men fortsätter "
                        + "att följa upp och utvärdera, i högre grad kollegialt och i dialog med den granskade.",
                    en: "Trust is not naive: management gives more room for manoeuvre but goes on following "
                        + "up and evaluating, more on a collegial basis and in dialogue with those reviewed."),
                LocalizedText(
                    sv: "Tillit går åt båda hållen: medarbetare behöver också kunna lita på sina chefer.",
                    en: "Trust runs both ways: employees also need to be able to trust their managers."),
                LocalizedText(
                    sv: "Grunden är yrkesetik och professionellt omdöme.",
                    en: "Its foundation is professional ethics and professional judgement."),
            ],
            isNewIn2019: false,
            source: .sou2019("§3.5.2, Tabell 3.3; §1.7.1")),
        Principle(
            id: .medborgarfokus,
            name: LocalizedText(sv: "Medborgarfokus", en: "Citizen focus"),
            definition: LocalizedText(
                sv: "Sätt medborgarens upplevelse och kunskap i fokus och försök förstå vad medborgaren "
                    + "sätter värde på.",
                en: "Put the citizen's experience and knowledge in focus and try to understand what the "
                    + "citizen values."),
            guidance: [
                LocalizedText(
                    sv:
                        "Medborgare är samlingsbegreppet för den som organisationen är till för: den enskilda "
                        + "individen, kunden, brukaren, kommunen eller företaget. Det handlar inte om "
                        + "medborgarskap i juridisk mening.",
                    en: "Citizen is the collective term for whomever the organisation exists for: the "
                        + "individual, the customer, the user, the municipality or the company. It is not "
                        + "citizenship in the legal sense."),
                LocalizedText(
                    sv: "Även verksamheter utan direkt medborgarkontakt behöver ett medborgarperspektiv.",
                    en: "Organisations without direct contact with citizens also need a citizen perspective."),
                LocalizedText(
                    sv: "Medborgarfokus betyder att veta vad som skapar värde för medborgaren, inte att "
                        + "medborgaren alltid har rätt; uppdraget, professionen och medborgaren ska vägas samman.",
                    en:
                        "Citizen focus means knowing what creates value for the citizen, not that the citizen "
                        + "is always right; the mission, the profession and the citizen are weighed together."
                ),
            ],
            isNewIn2019: false,
            source: .sou2019("§3.5.2, Tabell 3.3; §3.4.2; §1.6.1")),
        Principle(
            id: .helhetssyn,
            name: LocalizedText(sv: "Helhetssyn", en: "Holistic view"),
            definition: LocalizedText(
                sv: "Uppmuntra alla i styrkedjan att aktivt och gemensamt ta ansvar för helheten och "
                    + "samverka över gränser.",
                en: "Encourage everyone in the chain of governance to take active, shared responsibility "
                    + "for the whole and to collaborate across boundaries."),
            guidance: [
                LocalizedText(
                    sv: "Många tror att de har en helhetssyn men gör det inte; organisationer är ofta "
                        + "närsynta och ser inte var systemet börjar och slutar.",
                    en: "Many believe they have a holistic view when they do not; organisations are often "
                        + "short-sighted and cannot see where the system begins and ends."),
                LocalizedText(
                    sv: "Helheten omfattar också privata och ideella aktörer, inte bara offentliga.",
                    en: "The whole includes private and non-profit actors, not only public ones."),
                LocalizedText(
                    sv: "Medborgarfokus kräver en helhetssyn på hela den offentliga sektorn.",
                    en: "Citizen focus requires a holistic view of the whole public sector."),
            ],
            isNewIn2019: false,
            source: .sou2019("§3.5.2, Tabell 3.3; §3.4.1; §3.4.4")),
        Principle(
            id: .handlingsutrymme,
            name: LocalizedText(sv: "Handlingsutrymme", en: "Room for manoeuvre"),
            definition: LocalizedText(
                sv: "Delegera handlingsutrymme och välkomna medbestämmande, men var också tydlig kring "
                    + "mandat och att det finns förutsättningar. Tydliggör och säkerställ handlingsutrymme "
                    + "för yrkesutövarens professionella omdöme.",
                en: "Delegate room for manoeuvre and welcome co-determination, but also be clear about "
                    + "mandates and about the necessary conditions being in place. Clarify and secure room "
                    + "for the practitioner's professional judgement."),
            guidance: [
                LocalizedText(
                    sv: "Handlingsutrymme är inte fritt valt arbete där var och en bestämmer vad som ska "
                        + "göras; det är vad som krävs för att utföra uppdraget med så hög kvalitet som möjligt.",
                    en: "Room for manoeuvre is not freely chosen work where everyone decides what to do; it "
                        + "is what it takes to carry out the mission with the highest possible quality."),
                LocalizedText(
                    sv: "Principen omfattar mandat och förutsättningar, och utrymme för det professionella "
                        + "omdömet i förhållande till mandatet, medborgaren och uppdraget.",
                    en: "The principle includes mandate and conditions, and room for professional judgement "
                        + "in relation to the mandate, the citizen and the mission."),
                LocalizedText(
                    sv: "Handlingsutrymme är inget självändamål: vissa organisationer har för mycket, och "
                        + "ibland ger detaljerad styrning bäst resultat.",
                    en: "Room for manoeuvre is not an end in itself: some organisations have too much, and "
                        + "sometimes detailed steering gives the best result."),
            ],
            isNewIn2019: false,
            source: .sou2019("§3.5.2, Tabell 3.3; §3.4.6")),
        Principle(
            id: .stod,
            name: LocalizedText(sv: "Stöd", en: "Support"),
            definition: LocalizedText(
                sv: "Säkerställ ett verksamhetsnära och kvalificerat professionellt, administrativt och "
                    + "psykosocialt stöd i kärnverksamheten",
                en: "Ensure qualified professional, administrative and psychosocial support that is close "
                    + "to the work, in the core operations."),
            guidance: [
                LocalizedText(
                    sv: "Stödet till medarbetare och chefer kan bli mer dialogbaserat och nära verksamheten.",
                    en:
                        "Support to employees and managers can become more dialogue-based and closer to the work."
                ),
                LocalizedText(
                    sv: "Medarbetare efterfrågar stöd från kollegor och närmaste chef, men får oftast "
                        + "manualer, policyer och enstaka utbildningar.",
                    en: "Employees ask for support from colleagues and their line manager, but mostly get "
                        + "manuals, policies and one-off courses."),
            ],
            isNewIn2019: false,
            source: .sou2019("§3.5.2, Tabell 3.3; §3.4.7; §2.7.3")),
        Principle(
            id: .kunskap,
            name: LocalizedText(sv: "Kunskap", en: "Knowledge"),
            definition: LocalizedText(
                sv: "Premiera kunskapsutveckling, lärande och en praktik baserad på vetenskap och beprövad "
                    + "erfarenhet.",
                en: "Reward knowledge development, learning, and a practice based on science and proven "
                    + "experience."),
            guidance: [
                LocalizedText(
                    sv: "Nya lärdomar ska nå hela organisationen, inte bara ledningsgruppen; det kräver "
                        + "mötesplatser där chefer och medarbetare diskuterar dem.",
                    en: "New lessons must reach the whole organisation, not only the management team; that "
                        + "takes meeting places where managers and staff discuss them."),
                LocalizedText(
                    sv: "Återkoppling som hjälper arbetet att bli bättre hör till principen.",
                    en: "Feedback that helps the work improve belongs to the principle."),
                LocalizedText(
                    sv: "Målet är lärande organisationer, helst i större system än den egna verksamheten.",
                    en: "The aim is learning organisations, preferably within larger systems than one's own."),
            ],
            isNewIn2019: false,
            source: .sou2019("§3.5.2, Tabell 3.3; §2.6.2; §3.4.5")),
        Principle(
            id: .oppenhet,
            name: LocalizedText(sv: "Öppenhet", en: "Openness"),
            definition: LocalizedText(
                sv: "Sträva efter öppenhet genom att dela information, välkomna oliktänkande och respektera "
                    + "kritik.",
                en: "Strive for openness by sharing information, welcoming dissenting views and respecting "
                    + "criticism."),
            guidance: [
                LocalizedText(
                    sv: "Att lära av misstag och ha en kultur som tillåter att pröva nytt ligger i linje med "
                        + "principen.",
                    en: "Learning from mistakes and a culture that allows trying new things are in line with "
                        + "the principle."),
                LocalizedText(
                    sv: "Mindre fel möts med en förlåtande och lärande attityd; allvarlig misskötsel kräver "
                        + "åtgärder och ansvarsutkrävande.",
                    en: "Minor errors are met with a forgiving, learning attitude; serious misconduct calls "
                        + "for action and accountability."),
                LocalizedText(
                    sv: "Att alltid visa upp goda exempel i stället för att diskutera problem är ett tecken "
                        + "på bristande öppenhet.",
                    en: "Always showcasing good examples instead of discussing problems is a sign that "
                        + "openness is lacking."),
            ],
            isNewIn2019: false,
            source: .sou2019("§3.5.2, Tabell 3.3; §3.4.7; §3.4.1")),
        Principle(
            id: .langsiktighet,
            name: LocalizedText(sv: "Långsiktighet", en: "Long-term perspective"),
            definition: LocalizedText(
                sv: "Säkerställ att styrning och ledning skapar goda resultat också på lång sikt.",
                en: "Ensure that governance and management produce good results in the long term as well."),
            guidance: [
                LocalizedText(
                    sv: "Det som görs ska fungera under lång tid och inte bara ge snabba vinster.",
                    en: "What is done should work over a long time, not only bring quick gains."),
                LocalizedText(
                    sv:
                        "Långsiktig betyder inte långsam: handling på kort sikt uppmuntras, så länge den inte "
                        + "enbart är kortsiktig.",
                    en: "Long-term does not mean slow: action in the short term is encouraged, as long as it "
                        + "is not only short-term."),
                LocalizedText(
                    sv: "Principen omfattar arbetsmiljön för både medarbetare och chefer.",
                    en: "The principle includes the work environment of both employees and managers."),
            ],
            isNewIn2019: true,
            source: .sou2019("§3.5.2, Tabell 3.3; §3.1")),
    ]
}
