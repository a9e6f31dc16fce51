extension Questionnaire {
    /// The standard questionnaire: 4–6 statements per principle and 2–4 symptom statements per problem
    /// area, for a full workshop.
    ///
    /// Principle statements describe what a management team would see happen in its own organisation
    /// when the principle is lived; agreement means it is. Problem-area statements describe a symptom;
    /// agreement means the problem is present. The statements are the project's own wording, drawn from
    /// the report section given as each item's source.
    public static let standard = Questionnaire(
        id: "standard", version: 1,
        title: LocalizedText(
            sv: "Självskattning av tillitsbaserad styrning och ledning",
            en: "Self-assessment of trust-based governance and management"),
        scale: .agreement,
        items: [
            // MARK: tillit
            QuestionnaireItem(
                id: "tillit-1", target: .principle(.tillit),
                text: LocalizedText(
                    sv: "Hos oss utgår cheferna från att varje medarbetare vill göra ett bra arbete.",
                    en: "In our organisation, managers start from the "
                        + "assumption that every employee wants to do a good job."),
                source: .sou2019("§3.5.2")),
            QuestionnaireItem(
                id: "tillit-2", target: .principle(.tillit),
                text: LocalizedText(
                    sv: "När vi har delegerat ett ansvar håller vi oss "
                        + "till den uppföljning som vi har kommit överens om.",
                    en: "When we have delegated a responsibility, "
                        + "we keep to the follow-up we have agreed on."),
                source: .sou2019("§3.4.3")),
            QuestionnaireItem(
                id: "tillit-3", target: .principle(.tillit),
                text: LocalizedText(
                    sv: "Hos oss berättar medarbetare för sin närmaste chef om misstag som de har gjort.",
                    en: "In our organisation, employees tell their "
                        + "line manager about mistakes they have made."),
                source: .sou2019("§1.7.1")),
            QuestionnaireItem(
                id: "tillit-4", target: .principle(.tillit),
                text: LocalizedText(
                    sv: "När vi granskar hur ett arbete har utförts "
                        + "gör vi det i dialog med dem som har utfört det.",
                    en: "When we review how a piece of work has been "
                        + "done, we do so in dialogue with those who did it."),
                source: .sou2019("§1.7.1")),
            QuestionnaireItem(
                id: "tillit-5", target: .principle(.tillit),
                text: LocalizedText(
                    sv: "Hos oss litar enheter och yrkesgrupper på "
                        + "varandras bedömningar när ett ärende går mellan dem.",
                    en: "In our organisation, units and professions rely on one "
                        + "another's assessments when a case passes between them."),
                source: .sou2019("§3.4.3")),

            // MARK: medborgarfokus
            QuestionnaireItem(
                id: "medborgarfokus-1", target: .principle(.medborgarfokus),
                text: LocalizedText(
                    sv: "Vi har under det senaste året ändrat en rutin "
                        + "efter synpunkter från dem vi är till för.",
                    en: "In the past year we have changed a routine in "
                        + "response to views from those we are here for."),
                source: .sou2019("§3.4.2")),
            QuestionnaireItem(
                id: "medborgarfokus-2", target: .principle(.medborgarfokus),
                text: LocalizedText(
                    sv: "Vi tar regelbundet reda på hur de vi är till för upplever kontakten med "
                        + "oss, till exempel genom intervjuer, kundresor eller användarundersökningar.",
                    en: "We regularly find out how those we are here for experience their contact "
                        + "with us, for example through interviews, customer journeys or user surveys."),
                source: .sou2019("§3.4.2")),
            QuestionnaireItem(
                id: "medborgarfokus-3", target: .principle(.medborgarfokus),
                text: LocalizedText(
                    sv: "När vi utvecklar en tjänst eller ett arbetssätt "
                        + "är de som berörs med redan från början.",
                    en: "When we develop a service or a way of working, "
                        + "those affected are involved from the very start."),
                source: .sou2019("§1.6.1")),
            QuestionnaireItem(
                id: "medborgarfokus-4", target: .principle(.medborgarfokus),
                text: LocalizedText(
                    sv: "De vi är till för får begriplig information om hur deras ärenden handläggs.",
                    en: "Those we are here for get clear information about how their cases are handled."),
                source: .sou2019("§3.4.2")),
            QuestionnaireItem(
                id: "medborgarfokus-5", target: .principle(.medborgarfokus),
                text: LocalizedText(
                    sv: "Det som medarbetarna lär sig om behoven hos dem vi är "
                        + "till för tas till vara när vi utvecklar verksamheten.",
                    en: "What employees learn about the needs of those we are "
                        + "here for is put to use when we develop our operations."),
                source: .sou2019("§1.6.1")),

            // MARK: helhetssyn
            QuestionnaireItem(
                id: "helhetssyn-1", target: .principle(.helhetssyn),
                text: LocalizedText(
                    sv: "Våra medarbetare kan beskriva hur deras eget "
                        + "arbete bidrar till vårt gemensamma uppdrag.",
                    en: "Our employees can describe how their own work contributes to our shared mission."),
                source: .sou2019("§3.4.4")),
            QuestionnaireItem(
                id: "helhetssyn-2", target: .principle(.helhetssyn),
                text: LocalizedText(
                    sv: "När vi planerar ett större uppdrag kartlägger "
                        + "vi vilka andra aktörer som påverkar resultatet.",
                    en: "When we plan a major assignment, we map which other actors influence the result."),
                source: .sou2019("§3.4.4")),
            QuestionnaireItem(
                id: "helhetssyn-3", target: .principle(.helhetssyn),
                text: LocalizedText(
                    sv: "Våra stödfunktioner är med från början när kärnverksamheten ändrar sitt arbetssätt.",
                    en: "Our support functions are involved from the start "
                        + "when the core operations change how they work."),
                source: .sou2019("§3.4.7")),
            QuestionnaireItem(
                id: "helhetssyn-4", target: .principle(.helhetssyn),
                text: LocalizedText(
                    sv: "När ett problem för dem vi är till för spänner över flera ansvarsområden "
                        + "arbetar vi med det tillsammans med de andra aktörer som berörs.",
                    en: "When a problem for those we are here for spans several areas of "
                        + "responsibility, we work on it together with the other actors concerned."),
                source: .sou2019("§1.6.2")),
            QuestionnaireItem(
                id: "helhetssyn-5", target: .principle(.helhetssyn),
                text: LocalizedText(
                    sv: "Hos oss prioriterar enheterna det som ger bäst resultat "
                        + "för helheten, också när det belastar den egna enheten.",
                    en: "In our organisation, units give priority to what gives the best "
                        + "result for the whole, even when this puts a burden on their own unit."),
                source: .sou2019("§3.3.4")),

            // MARK: handlingsutrymme
            QuestionnaireItem(
                id: "handlingsutrymme-1", target: .principle(.handlingsutrymme),
                text: LocalizedText(
                    sv: "Medarbetare som möter dem vi är till för kan fatta "
                        + "beslut i enskilda ärenden utan att först gå till chefen.",
                    en: "Employees who deal with those we are here for can take decisions "
                        + "in individual cases without first going to their manager."),
                source: .sou2019("§3.4.6")),
            QuestionnaireItem(
                id: "handlingsutrymme-2", target: .principle(.handlingsutrymme),
                text: LocalizedText(
                    sv: "Medarbetarna hos oss vet vilka beslut de själva har mandat att fatta.",
                    en: "Employees in our organisation know which "
                        + "decisions they have the mandate to take themselves."),
                source: .sou2019("§3.5.2")),
            QuestionnaireItem(
                id: "handlingsutrymme-3", target: .principle(.handlingsutrymme),
                text: LocalizedText(
                    sv: "Vi har under det senaste året förenklat en rutin eller "
                        + "mall som begränsade medarbetarnas professionella omdöme.",
                    en: "In the past year we have simplified a routine or template "
                        + "that restricted employees' professional judgement."),
                source: .sou2019("§3.4.6")),
            QuestionnaireItem(
                id: "handlingsutrymme-4", target: .principle(.handlingsutrymme),
                text: LocalizedText(
                    sv: "När vi delegerar ett beslut ser vi till att den "
                        + "som får det har förutsättningar att fatta det.",
                    en: "When we delegate a decision, we make sure that "
                        + "whoever receives it has what is needed to take it."),
                source: .sou2019("§3.4.6")),
            QuestionnaireItem(
                id: "handlingsutrymme-5", target: .principle(.handlingsutrymme),
                text: LocalizedText(
                    sv: "Medarbetarna genomför förbättringar i sitt eget arbete inom ramen för sitt mandat.",
                    en: "Employees make improvements to their own work within the limits of their mandate."),
                source: .sou2019("§3.4.6")),

            // MARK: stod
            QuestionnaireItem(
                id: "stod-1", target: .principle(.stod),
                text: LocalizedText(
                    sv: "Medarbetare som står inför ett svårt ärende får stöd av sina kollegor.",
                    en: "Employees facing a difficult case get support from their colleagues."),
                source: .sou2019("§3.4.7")),
            QuestionnaireItem(
                id: "stod-2", target: .principle(.stod),
                text: LocalizedText(
                    sv: "Den närmaste chefen finns tillgänglig när "
                        + "en medarbetare behöver stöd i sitt arbete.",
                    en: "The line manager is available when an employee needs support in their work."),
                source: .sou2019("§2.7.3")),
            QuestionnaireItem(
                id: "stod-3", target: .principle(.stod),
                text: LocalizedText(
                    sv: "Våra stödfunktioner frågar kärnverksamheten vilket stöd "
                        + "den behöver innan de inför nya rutiner eller system.",
                    en: "Our support functions ask the core operations what support "
                        + "they need before introducing new routines or systems."),
                source: .sou2019("§3.5.2, Tabell 3.3")),
            QuestionnaireItem(
                id: "stod-4", target: .principle(.stod),
                text: LocalizedText(
                    sv: "Medarbetare som har varit med om en påfrestande "
                        + "situation i arbetet erbjuds stöd att bearbeta den.",
                    en: "Employees who have been through a distressing situation "
                        + "at work are offered support in dealing with it."),
                source: .sou2019("§3.5.2, Tabell 3.3")),
            QuestionnaireItem(
                id: "stod-5", target: .principle(.stod),
                text: LocalizedText(
                    sv: "Cheferna har det administrativa stöd som behövs för att "
                        + "de ska kunna lägga huvuddelen av sin tid på att leda.",
                    en: "Managers have the administrative support "
                        + "they need to spend most of their time leading."),
                source: .sou2019("§1.6.5")),

            // MARK: kunskap
            QuestionnaireItem(
                id: "kunskap-1", target: .principle(.kunskap),
                text: LocalizedText(
                    sv: "Hos oss finns avsatt tid för kollegialt lärande, "
                        + "till exempel att gå igenom ärenden tillsammans.",
                    en: "In our organisation, time is set aside for collegial "
                        + "learning, for example reviewing cases together."),
                source: .sou2019("§3.4.7")),
            QuestionnaireItem(
                id: "kunskap-2", target: .principle(.kunskap),
                text: LocalizedText(
                    sv: "Det som ledningsgruppen lär sig av uppföljningar och "
                        + "utvärderingar når ut till medarbetarna i verksamheten.",
                    en: "What the management team learns from follow-up and "
                        + "evaluations reaches employees throughout the organisation."),
                source: .sou2019("§2.6.2")),
            QuestionnaireItem(
                id: "kunskap-3", target: .principle(.kunskap),
                text: LocalizedText(
                    sv: "Medarbetarna får återkoppling på hur deras arbete har fallit ut.",
                    en: "Employees get feedback on how their work turned out."),
                source: .sou2019("§3.4.7")),
            QuestionnaireItem(
                id: "kunskap-4", target: .principle(.kunskap),
                text: LocalizedText(
                    sv: "När vi inför ett nytt arbetssätt tar vi reda på "
                        + "vad forskning och beprövad erfarenhet säger om det.",
                    en: "When we introduce a new way of working, we find out "
                        + "what research and proven experience say about it."),
                source: .sou2019("§3.5.2, Tabell 3.3")),
            QuestionnaireItem(
                id: "kunskap-5", target: .principle(.kunskap),
                text: LocalizedText(
                    sv: "Vi tar till vara andra organisationers "
                        + "erfarenheter när vi utvecklar vår verksamhet.",
                    en: "We draw on other organisations' experience when we develop our operations."),
                source: .sou2019("§3.4.5")),

            // MARK: oppenhet
            QuestionnaireItem(
                id: "oppenhet-1", target: .principle(.oppenhet),
                text: LocalizedText(
                    sv: "Hos oss diskuteras misstag öppet så att vi kan lära av dem.",
                    en: "In our organisation, mistakes are discussed openly so that we can learn from them."),
                source: .sou2019("§3.4.7")),
            QuestionnaireItem(
                id: "oppenhet-2", target: .principle(.oppenhet),
                text: LocalizedText(
                    sv: "När en medarbetare framför en avvikande uppfattning prövas den på allvar.",
                    en: "When an employee puts forward a dissenting "
                        + "view, it is given serious consideration."),
                source: .sou2019("§3.5.2, Tabell 3.3")),
            QuestionnaireItem(
                id: "oppenhet-3", target: .principle(.oppenhet),
                text: LocalizedText(
                    sv: "Ledningsgruppen förklarar skälen till sina beslut för medarbetarna.",
                    en: "The management team explains the reasons for its decisions to employees."),
                source: .sou2019("§2.4.2")),
            QuestionnaireItem(
                id: "oppenhet-4", target: .principle(.oppenhet),
                text: LocalizedText(
                    sv: "I ledningsgruppen tar vi upp problem i verksamheten lika gärna som goda exempel.",
                    en: "In the management team, we raise problems in "
                        + "our operations as readily as good examples."),
                source: .sou2019("§3.4.7")),
            QuestionnaireItem(
                id: "oppenhet-5", target: .principle(.oppenhet),
                text: LocalizedText(
                    sv: "När någon kritiserar hur vi arbetar prövar vi om kritiken är befogad.",
                    en: "When someone criticises how we work, we "
                        + "examine whether the criticism is justified."),
                source: .sou2019("§3.5.2, Tabell 3.3")),

            // MARK: langsiktighet
            QuestionnaireItem(
                id: "langsiktighet-1", target: .principle(.langsiktighet),
                text: LocalizedText(
                    sv: "Vi följer upp effekterna av ett förändrat "
                        + "arbetssätt också några år efter att det infördes.",
                    en: "We still follow up the effects of a changed way "
                        + "of working some years after it was introduced."),
                source: .sou2019("§3.5.2")),
            QuestionnaireItem(
                id: "langsiktighet-2", target: .principle(.langsiktighet),
                text: LocalizedText(
                    sv: "Vår verksamhetsplanering ger utrymme för att pröva nya arbetssätt under året.",
                    en: "Our activity planning leaves room to try out new ways of working during the year."),
                source: .sou2019("§3.4.5")),
            QuestionnaireItem(
                id: "langsiktighet-3", target: .principle(.langsiktighet),
                text: LocalizedText(
                    sv: "När vi prioriterar mellan uppgifter väger vi in hur arbetsmiljön påverkas på sikt.",
                    en: "When we prioritise between tasks, we take into account "
                        + "how the work environment will be affected over time."),
                source: .sou2019("§3.5.2")),
            QuestionnaireItem(
                id: "langsiktighet-4", target: .principle(.langsiktighet),
                text: LocalizedText(
                    sv: "Förändringar som vi har beslutat om får den "
                        + "tid som krävs för att få genomslag i arbetet.",
                    en: "Changes we have decided on are given the time they need to take hold in the work."),
                source: .sou2019("§3.5.2")),
            QuestionnaireItem(
                id: "langsiktighet-5", target: .principle(.langsiktighet),
                text: LocalizedText(
                    sv: "När vi agerar snabbt på ett akut problem väljer "
                        + "vi lösningar som håller även på lång sikt.",
                    en: "When we act quickly on an urgent problem, we "
                        + "choose solutions that also hold up in the long term."),
                source: .sou2019("§3.5.2")),

            // MARK: bristande-medborgarfokus
            QuestionnaireItem(
                id: "bristande-medborgarfokus-1", target: .problemArea(.bristandeMedborgarfokus),
                text: LocalizedText(
                    sv: "Vi utgår från vad vi själva tror att de vi är "
                        + "till för behöver, i stället för att fråga dem.",
                    en: "We go by what we ourselves believe those we "
                        + "are here for need, instead of asking them."),
                source: .sou2019("§3.4.2")),
            QuestionnaireItem(
                id: "bristande-medborgarfokus-2", target: .problemArea(.bristandeMedborgarfokus),
                text: LocalizedText(
                    sv: "Våra processer är utformade mer utifrån våra egna "
                        + "behov än utifrån behoven hos dem vi är till för.",
                    en: "Our processes are designed more around our own "
                        + "needs than around the needs of those we are here for."),
                source: .sou2019("§1.6.1")),
            QuestionnaireItem(
                id: "bristande-medborgarfokus-3", target: .problemArea(.bristandeMedborgarfokus),
                text: LocalizedText(
                    sv: "Hos oss ses de vi är till för främst som mottagare av våra beslut och tjänster.",
                    en: "In our organisation, those we are here for are seen "
                        + "mainly as recipients of our decisions and services."),
                source: .sou2019("§1.6.1")),

            // MARK: franvaro-av-helhetsperspektiv
            QuestionnaireItem(
                id: "franvaro-av-helhetsperspektiv-1", target: .problemArea(.franvaroAvHelhetsperspektiv),
                text: LocalizedText(
                    sv: "Frågor som berör både oss och andra aktörer faller ibland mellan stolarna.",
                    en: "Issues that concern both us and other actors sometimes fall between the cracks."),
                source: .sou2019("§1.6.2")),
            QuestionnaireItem(
                id: "franvaro-av-helhetsperspektiv-2", target: .problemArea(.franvaroAvHelhetsperspektiv),
                text: LocalizedText(
                    sv: "Våra enheter optimerar sin egen del av arbetet på bekostnad av helheten.",
                    en: "Our units optimise their own part of the work at the expense of the whole."),
                source: .sou2019("§3.3.4")),
            QuestionnaireItem(
                id: "franvaro-av-helhetsperspektiv-3", target: .problemArea(.franvaroAvHelhetsperspektiv),
                text: LocalizedText(
                    sv: "Stödfunktionerna och kärnverksamheten har olika bilder av vad vårt uppdrag är.",
                    en: "The support functions and the core operations "
                        + "have different pictures of what our mission is."),
                source: .sou2019("§1.6.2")),

            // MARK: kortsiktig-styrning
            QuestionnaireItem(
                id: "kortsiktig-styrning-1", target: .problemArea(.kortsiktigStyrning),
                text: LocalizedText(
                    sv: "Inriktningen och prioriteringarna i vår verksamhet "
                        + "ändras oftare än vi hinner genomföra dem.",
                    en: "The direction and priorities of our operations "
                        + "change more often than we manage to implement them."),
                source: .sou2019("§1.6.3")),
            QuestionnaireItem(
                id: "kortsiktig-styrning-2", target: .problemArea(.kortsiktigStyrning),
                text: LocalizedText(
                    sv: "Vi tar fram fler styrdokument än vi hinner omsätta i praktiken.",
                    en: "We produce more steering documents than we manage to put into practice."),
                source: .sou2019("§1.6.3")),
            QuestionnaireItem(
                id: "kortsiktig-styrning-3", target: .problemArea(.kortsiktigStyrning),
                text: LocalizedText(
                    sv: "Kortsiktiga uppdrag och tillfälliga medel gör det "
                        + "svårt för oss att planera mer än ett år framåt.",
                    en: "Short-term assignments and temporary funding make "
                        + "it hard for us to plan more than a year ahead."),
                source: .sou2019("§3.4.10")),

            // MARK: betungande-uppfoljning
            QuestionnaireItem(
                id: "betungande-uppfoljning-1", target: .problemArea(.betungandeUppfoljning),
                text: LocalizedText(
                    sv: "En del av de uppgifter som vi samlar in för "
                        + "uppföljning används sedan inte till något.",
                    en: "Some of the data we collect for follow-up is never used for anything."),
                source: .sou2019("§3.4.5")),
            QuestionnaireItem(
                id: "betungande-uppfoljning-2", target: .problemArea(.betungandeUppfoljning),
                text: LocalizedText(
                    sv: "Hos oss har indikatorerna blivit ett mål i sig.",
                    en: "In our organisation, the indicators have become goals in themselves."),
                source: .sou2019("§2.7.3")),
            QuestionnaireItem(
                id: "betungande-uppfoljning-3", target: .problemArea(.betungandeUppfoljning),
                text: LocalizedText(
                    sv: "Återrapporteringen till regeringen och andra "
                        + "myndigheter tillför inget värde för vår egen verksamhet.",
                    en: "Reporting back to the government and other "
                        + "agencies adds no value to our own operations."),
                source: .sou2019("§3.4.8")),

            // MARK: bristande-ledarskap
            QuestionnaireItem(
                id: "bristande-ledarskap-1", target: .problemArea(.bristandeLedarskap),
                text: LocalizedText(
                    sv: "Cheferna lägger så mycket tid på administration "
                        + "att det går ut över tiden med medarbetarna.",
                    en: "Managers spend so much time on administration "
                        + "that it cuts into their time with employees."),
                source: .sou2019("§1.6.5")),
            QuestionnaireItem(
                id: "bristande-ledarskap-2", target: .problemArea(.bristandeLedarskap),
                text: LocalizedText(
                    sv: "Chefer hos oss ansvarar för resultat som de saknar mandat att påverka.",
                    en: "Managers in our organisation are accountable "
                        + "for results they have no mandate to influence."),
                source: .sou2019("§2.7.3")),
            QuestionnaireItem(
                id: "bristande-ledarskap-3", target: .problemArea(.bristandeLedarskap),
                text: LocalizedText(
                    sv: "Chefer som har delegerat ett ansvar fortsätter ändå "
                        + "att efterfråga detaljer om hur uppgiften utförs.",
                    en: "Managers who have delegated a responsibility still "
                        + "keep asking for details of how the task is carried out."),
                source: .sou2019("§3.4.3")),
        ])
}
