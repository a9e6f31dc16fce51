extension Framework {
    /// The catalogue of measures the reports describe or recommend.
    ///
    /// Each measure is written so that a management team can start on it: what to do and the first
    /// step. Examples name the agencies the reports describe; the source is the section that does.
    static let measuresSOU2019: [Measure] = [
        // MARK: §3.4.1 Myndigheterna har stora möjligheter att utveckla sin verksamhet

        Measure(
            id: "egen-problemanalys",
            title: LocalizedText(
                sv: "Gör en egen problemanalys med principerna som stöd",
                en: "Do your own problem analysis with the principles as support"),
            description: LocalizedText(
                sv: "Välj ett avgränsat fall, till exempel ett möte med den ni är till för eller en "
                    + "intern process, och pröva de vägledande principerna mot det. Identifiera vilka "
                    + "hinder som står i vägen och föreslå tre eller fyra konkreta åtgärder. Sätt samman "
                    + "gruppen så att den representerar hela styrkedjan, från ledning till medarbetare.",
                en: "Pick a delimited case, for example an encounter with those you exist for or an "
                    + "internal process, and test the guiding principles against it. Identify the "
                    + "obstacles in the way and propose three or four concrete measures. Compose the group "
                    + "so that it represents the whole chain of governance, from management to employees."),
            principles: [.helhetssyn, .kunskap, .oppenhet],
            problemAreas: [.franvaroAvHelhetsperspektiv, .bristandeLedarskap],
            developmentArea: "mojligheter-att-utveckla",
            horizon: .quickWin,
            examples: ["Tillitsnätverket"],
            source: .sou2019("§3.4.1; §2.9")),
        Measure(
            id: "granska-egen-detaljstyrning",
            title: LocalizedText(
                sv: "Granska den detaljstyrning ni själva har lagt till",
                en: "Review the detailed steering you have added yourselves"),
            description: LocalizedText(
                sv: "Jämför era interna rutiner, mallar och checklistor med vad lagar, föreskrifter och "
                    + "regleringsbrev faktiskt kräver. Markera det som myndigheten själv har lagt till "
                    + "och pröva för varje punkt om den behövs eller kan ersättas av medarbetarnas "
                    + "professionella omdöme. Börja med den process där medarbetarna upplever mest "
                    + "onödig styrning.",
                en: "Compare your internal routines, templates and checklists with what laws, regulations "
                    + "and appropriation directions actually require. Mark what the agency has added "
                    + "itself and test, item by item, whether it is needed or can be replaced by "
                    + "employees' professional judgement. Start with the process where employees feel "
                    + "the most unnecessary steering."),
            principles: [.tillit, .handlingsutrymme],
            problemAreas: [.betungandeUppfoljning, .bristandeLedarskap],
            developmentArea: "mojligheter-att-utveckla",
            horizon: .quickWin,
            examples: ["IVO"],
            source: .sou2019("§3.4.1; §2.6.2")),
        Measure(
            id: "larande-av-misstag",
            title: LocalizedText(
                sv: "Möt mindre fel med lärande och allvarliga fel med ansvarsutkrävande",
                en: "Meet minor errors with learning and serious ones with accountability"),
            description: LocalizedText(
                sv: "Kom överens i ledningsgruppen om hur fel ska hanteras: mindre misstag gås igenom "
                    + "tillsammans för att se vad alla kan lära, medan allvarlig misskötsel leder till "
                    + "åtgärder. Inför en enkel, regelbunden genomgång efter avslutade ärenden där också "
                    + "det som gick mindre bra lyfts. Chefer visar vägen genom att själva berätta om "
                    + "egna misstag.",
                en: "Agree in the management team how errors are handled: minor mistakes are reviewed "
                    + "together to see what everyone can learn, while serious misconduct leads to action. "
                    + "Introduce a simple, regular debrief after completed cases where what went less well "
                    + "is raised too. Managers lead the way by talking about their own mistakes."),
            principles: [.tillit, .kunskap, .oppenhet],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "mojligheter-att-utveckla",
            horizon: .longTerm,
            examples: ["Säkerhetspolisen"],
            source: .sou2019("§3.4.1; §1.7.1; §2.4.2")),
        Measure(
            id: "principverkstader",
            title: LocalizedText(
                sv: "Tre verkstäder med uppgifter och små tester emellan",
                en: "Three workshops with tasks and small tests in between"),
            description: LocalizedText(
                sv: "Samla en enhet till en första verkstad om vem ni är till för och vilken gemensam "
                    + "utmaning ni vill ta er an. Mellan träffarna undersöker deltagarna, till exempel "
                    + "genom samtal eller korta praktikperioder hos mottagande enhet; i den andra "
                    + "verkstaden prövas principerna mot utmaningen och varje deltagare väljer något att "
                    + "testa. Den tredje verkstaden ägnas åt erfarenhetsutbyte och nästa steg, gärna med "
                    + "en extern, neutral samtalsledare.",
                en: "Bring a unit together for a first workshop on whom you exist for and which shared "
                    + "challenge you want to tackle. Between sessions participants investigate, for "
                    + "example through conversations or short placements at a receiving unit; in the "
                    + "second workshop the principles are tested against the challenge and each "
                    + "participant chooses something to try. The third workshop is for exchanging "
                    + "experience and next steps, preferably with an external, neutral facilitator."),
            principles: [.tillit, .helhetssyn, .kunskap, .oppenhet],
            problemAreas: [.franvaroAvHelhetsperspektiv, .bristandeLedarskap],
            developmentArea: "mojligheter-att-utveckla",
            horizon: .quickWin,
            examples: ["Säkerhetspolisen"],
            source: .sou2019("§2.4.1")),

        // MARK: §3.4.2 Ett tydligare medborgarfokus utifrån en helhetssyn

        Measure(
            id: "intervjua-medborgarna",
            title: LocalizedText(
                sv: "Intervjua dem ni är till för innan ni beslutar",
                en: "Interview those you exist for before you decide"),
            description: LocalizedText(
                sv: "Låt medarbetarna genomföra ett antal pilotintervjuer med sökande, studenter eller "
                    + "andra användare om en process ni tänker förändra. Ställ öppna frågor om vad som "
                    + "skapar värde för dem och vad som fungerar sämre i dag. Sammanställ svaren och låt "
                    + "dem styra vad ni ändrar först.",
                en: "Have employees carry out a few pilot interviews with applicants, students or other "
                    + "users about a process you intend to change. Ask open questions about what creates "
                    + "value for them and what works less well today. Compile the answers and let them "
                    + "decide what you change first."),
            principles: [.medborgarfokus, .kunskap],
            problemAreas: [.bristandeMedborgarfokus],
            developmentArea: "medborgarfokus-helhetssyn",
            horizon: .quickWin,
            examples: [
                "Inspektionen för arbetslöshetsförsäkringen", "Mittuniversitetet", "Mälardalens högskola",
                "Södertörns högskola",
            ],
            source: .sou2019("§3.3.4; §3.4.2")),
        Measure(
            id: "tjanstedesign-prototyp",
            title: LocalizedText(
                sv: "Tjänstedesign med prototyper som testas i verklig miljö",
                en: "Service design with prototypes tested in the real setting"),
            description: LocalizedText(
                sv: "Sammanställ först vad ni redan vet om användarna, och låt sedan en webbpanel och "
                    + "gruppsamtal med användare ta fram idéer förutsättningslöst. Bygg en enkel prototyp "
                    + "och testa den där tjänsten används, med korta intervjuer på plats, och justera i "
                    + "flera varv. Bjud in de andra organisationer som möter samma användare.",
                en: "First compile what you already know about users, then let a web panel and group "
                    + "discussions with users generate ideas freely. Build a simple prototype and test it "
                    + "where the service is used, with short on-site interviews, and adjust over several "
                    + "rounds. Invite the other organisations that meet the same users."),
            principles: [.medborgarfokus, .helhetssyn, .kunskap],
            problemAreas: [.bristandeMedborgarfokus, .franvaroAvHelhetsperspektiv],
            developmentArea: "medborgarfokus-helhetssyn",
            horizon: .longTerm,
            examples: ["Trafikverket"],
            source: .sou2019("§2.5.2")),
        Measure(
            id: "kundresa-ar-bor-gor",
            title: LocalizedText(
                sv: "Kartlägg en kundresa eller livshändelse med alla aktörer",
                en: "Map a customer journey or life event with all the actors"),
            description: LocalizedText(
                sv: "Beskriv processen som en resa ur både medborgarens och professionens perspektiv och "
                    + "visualisera den på en stor arbetsduk. Samla professioner, regioner, "
                    + "patient- eller brukarorganisationer och experter i blandade grupper som går igenom "
                    + "resans faser: hur det är, hur det bör vara och vad som ska göras. Involvera dem "
                    + "som berörs direkt, inte bara deras företrädare.",
                en: "Describe the process as a journey from both the citizen's and the profession's "
                    + "perspective and visualise it on a large working canvas. Gather professions, "
                    + "regions, patient or user organisations and experts in mixed groups that go through "
                    + "the phases of the journey: how it is, how it should be and what is to be done. "
                    + "Involve those directly affected, not only their representatives."),
            principles: [.medborgarfokus, .helhetssyn, .kunskap],
            problemAreas: [.bristandeMedborgarfokus, .franvaroAvHelhetsperspektiv],
            developmentArea: "medborgarfokus-helhetssyn",
            horizon: .longTerm,
            examples: ["Socialstyrelsen"],
            source: .sou2019("§2.8.2; §2.8.3")),
        Measure(
            id: "tillsyn-med-medborgarens-perspektiv",
            title: LocalizedText(
                sv: "Utforma tillsynen utifrån dem den ska skydda",
                en: "Design supervision around those it is meant to protect"),
            description: LocalizedText(
                sv: "Ta reda på vad som skapar värde för de berörda genom intervjuer, ett policylabb och "
                    + "enkäter, och låt dem vara med och definiera kvalitet. Låt inspektörerna alltid "
                    + "möta de berörda vid besök och ge dem större utrymme för professionellt omdöme. "
                    + "Pröva arbetssättet i ett avgränsat antal inspektioner innan det sprids.",
                en: "Find out what creates value for those concerned through interviews, a policy lab and "
                    + "surveys, and let them help define quality. Have inspectors always meet those "
                    + "concerned during visits and give them more room for professional judgement. Try "
                    + "the approach in a limited number of inspections before spreading it."),
            principles: [.medborgarfokus, .handlingsutrymme, .kunskap],
            problemAreas: [.bristandeMedborgarfokus, .betungandeUppfoljning],
            developmentArea: "medborgarfokus-helhetssyn",
            horizon: .longTerm,
            examples: ["IVO"],
            source: .sou2019("§2.6.1; §2.6.2")),
        Measure(
            id: "tydlig-information-handlaggningstider",
            title: LocalizedText(
                sv: "Beskriv processen och den förväntade handläggningstiden",
                en: "Describe the process and the expected processing time"),
            description: LocalizedText(
                sv: "Gå igenom den information och service ni ger utifrån form, innehåll och relevans för "
                    + "den som söker. Beskriv hur ärendet går till och hur lång handläggningstid som kan "
                    + "förväntas, och gör ansökningsinformationen tydligare. Låt några användare läsa "
                    + "texten innan den publiceras.",
                en: "Go through the information and service you provide for form, content and relevance "
                    + "to the applicant. Describe how a case proceeds and what processing time can be "
                    + "expected, and make the application information clearer. Let a few users read the "
                    + "text before it is published."),
            principles: [.medborgarfokus, .oppenhet],
            problemAreas: [.bristandeMedborgarfokus],
            developmentArea: "medborgarfokus-helhetssyn",
            horizon: .quickWin,
            examples: ["Specialpedagogiska skolmyndigheten"],
            source: .sou2019("§3.4.2; §3.3.2")),
        Measure(
            id: "medborgarperspektiv-via-andra",
            title: LocalizedText(
                sv: "Fånga medborgarperspektivet via dem som möter medborgarna",
                en: "Capture the citizen perspective through those who meet citizens"),
            description: LocalizedText(
                sv: "En myndighet utan direkt medborgarkontakt kan hämta kunskap från myndigheter, "
                    + "kommuner, regioner och utförare som möter medborgarna. Vidga målgruppen till "
                    + "professionella, patientorganisationer eller brukarorganisationer. Börja med att "
                    + "lista vilka som möter era slutliga användare och be två av dem om ett samtal.",
                en: "An agency without direct citizen contact can draw on knowledge from agencies, "
                    + "municipalities, regions and providers that meet citizens. Widen the target group to "
                    + "professionals, patient organisations or user organisations. Start by listing who "
                    + "meets your end users and ask two of them for a conversation."),
            principles: [.medborgarfokus, .helhetssyn],
            problemAreas: [.bristandeMedborgarfokus, .franvaroAvHelhetsperspektiv],
            developmentArea: "medborgarfokus-helhetssyn",
            horizon: .quickWin,
            examples: ["E-hälsomyndigheten", "MFoF", "SBU"],
            source: .sou2019("§3.4.2")),
        Measure(
            id: "samverkan-kring-gemensamma-kunder",
            title: LocalizedText(
                sv: "Samverka med myndigheter som hänvisar medborgare till er",
                en: "Work with the agencies that refer citizens to you"),
            description: LocalizedText(
                sv: "Ta reda på vilka myndigheter som skickar vidare medborgare eller kunder till er, och "
                    + "var i kedjan frågor och missförstånd uppstår. Bjud in deras kundtjänst till ett "
                    + "gemensamt möte och kom överens om vem som svarar på vad. Följ upp efter några "
                    + "månader om hänvisningarna har blivit färre eller träffsäkrare.",
                en: "Find out which agencies pass citizens or customers on to you, and where in the chain "
                    + "questions and misunderstandings arise. Invite their customer service to a joint "
                    + "meeting and agree who answers what. Check after a few months whether referrals "
                    + "have become fewer or better aimed."),
            principles: [.medborgarfokus, .helhetssyn],
            problemAreas: [.bristandeMedborgarfokus, .franvaroAvHelhetsperspektiv],
            developmentArea: "medborgarfokus-helhetssyn",
            horizon: .quickWin,
            examples: ["Riksarkivet"],
            source: .sou2019("§3.4.2")),
        Measure(
            id: "strukturer-for-anvandarnas-synpunkter",
            title: LocalizedText(
                sv: "Bygg strukturer som löpande fångar användarnas synpunkter",
                en: "Build structures that capture users' views continuously"),
            description: LocalizedText(
                sv: "Gör användarnas erfarenheter till en stående del av verksamhetsutvecklingen genom "
                    + "fortlöpande användarundersökningar, externa referensgrupper och analys av "
                    + "användarstatistik. Bestäm vem som tar emot synpunkterna och hur de återkopplas till "
                    + "dem som gav dem. Börja med en referensgrupp för en prioriterad tjänst.",
                en: "Make users' experience a standing part of developing operations through continuous "
                    + "user surveys, external reference groups and analysis of user statistics. Decide "
                    + "who receives the views and how they are fed back to those who gave them. Start "
                    + "with a reference group for one priority service."),
            principles: [.medborgarfokus, .kunskap, .langsiktighet],
            problemAreas: [.bristandeMedborgarfokus],
            developmentArea: "medborgarfokus-helhetssyn",
            horizon: .longTerm,
            examples: [],
            source: .sou2019("§3.4.2")),

        // MARK: §3.4.3 En styrning och ledning som är förankrad och används

        Measure(
            id: "styrfilosofi-pa-alla-nivaer",
            title: LocalizedText(
                sv: "Samtala om styrfilosofin på alla nivåer",
                en: "Discuss the steering philosophy at every level"),
            description: LocalizedText(
                sv: "Intervjua chefer och medarbetare om vilken styrfilosofi de uppfattar att myndigheten "
                    + "har, och jämför svaren mellan nivåerna. Låt sedan varje avdelning bryta ner "
                    + "principerna till vad de betyder för just dem och till konkreta aktiviteter. "
                    + "Ledningen börjar med sitt eget samtal och för det vidare nedåt i styrkedjan.",
                en: "Interview managers and employees about which steering philosophy they think the "
                    + "agency has, and compare the answers between levels. Then let each department "
                    + "break the principles down into what they mean for it and into concrete activities. "
                    + "Management starts with its own conversation and carries it down the chain."),
            principles: [.tillit, .helhetssyn, .oppenhet],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "forankrad-styrning",
            horizon: .quickWin,
            examples: ["Bolagsverket"],
            source: .sou2019("§3.4.3; §3.3.1")),
        Measure(
            id: "muntlig-dialog-i-styrkedjan",
            title: LocalizedText(
                sv: "Ersätt skriftlig tertialrapportering med muntlig dialog",
                en: "Replace written four-monthly reports with oral dialogue"),
            description: LocalizedText(
                sv: "Låt myndighetschefen visa riktningen genom att ta bort styrkort ur uppföljningen av "
                    + "avdelningarna och föra tertialuppföljningen som muntlig dialog genom hela "
                    + "styrkedjan. Inför korta, regelbundna pulsmöten mellan chefsnivåerna. Börja med "
                    + "nästa tertialuppföljning och fråga efteråt vad dialogen gav som rapporten inte gav.",
                en: "Let the head of agency set the direction by removing scorecards from the follow-up "
                    + "of departments and holding the four-monthly follow-up as oral dialogue through the "
                    + "whole chain. Introduce short, regular pulse meetings between management levels. "
                    + "Start with the next four-monthly follow-up and ask afterwards what the dialogue "
                    + "gave that the report did not."),
            principles: [.tillit, .handlingsutrymme, .oppenhet],
            problemAreas: [.betungandeUppfoljning, .bristandeLedarskap],
            developmentArea: "forankrad-styrning",
            horizon: .quickWin,
            examples: ["Bolagsverket"],
            source: .sou2019("§3.3.1")),
        Measure(
            id: "tillit-i-ledarprogram",
            title: LocalizedText(
                sv: "För in tillitsbaserad styrning och ledning i ledarprogrammen",
                en: "Bring trust-based governance and management into leadership programmes"),
            description: LocalizedText(
                sv: "Lägg in tillitsbaserad styrning och ledning i myndighetens chefs- och "
                    + "ledarskapsprogram, med reflektionsmaterial som cheferna sedan arbetar med i par. "
                    + "Låt programmet öva förmågan att lyssna aktivt och uppmuntra nyfikenhet, mod och "
                    + "initiativ. Följ upp med chefernas medarbetare om något märks i vardagen.",
                en: "Add trust-based governance and management to the agency's management and "
                    + "leadership programmes, with reflection material that managers then work through "
                    + "in pairs. Let the programme practise active listening and encouraging curiosity, "
                    + "courage and initiative. Follow up with the managers' staff whether anything shows "
                    + "in everyday work."),
            principles: [.tillit, .stod, .kunskap],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "forankrad-styrning",
            horizon: .longTerm,
            examples: ["Bolagsverket"],
            source: .sou2019("§3.4.3; §3.3.3")),
        Measure(
            id: "chefsfrukostar",
            title: LocalizedText(
                sv: "Chefsfrukostar för erfarenhetsutbyte",
                en: "Managers' breakfasts for exchanging experience"),
            description: LocalizedText(
                sv: "Bjud in chefer från olika delar av myndigheten till en regelbunden frukost där de "
                    + "delar erfarenheter av att leda med tillit, också det som har gått mindre bra. "
                    + "Ingen dagordning från ledningen; cheferna turas om att ta med en fråga. Boka de "
                    + "första tre tillfällena direkt.",
                en: "Invite managers from different parts of the agency to a regular breakfast where they "
                    + "share experiences of leading with trust, including what has gone less well. No "
                    + "agenda from top management; managers take turns bringing a question. Book the "
                    + "first three sessions right away."),
            principles: [.stod, .kunskap, .oppenhet],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "forankrad-styrning",
            horizon: .quickWin,
            examples: ["Socialstyrelsen"],
            source: .sou2019("§3.4.3")),
        Measure(
            id: "kravprofiler-for-chefer",
            title: LocalizedText(
                sv: "Nya kravprofiler vid rekrytering av chefer",
                en: "New requirement profiles when recruiting managers"),
            description: LocalizedText(
                sv: "Skriv om kravprofilerna för chefer så att de efterfrågar förmågan att bygga "
                    + "tillitsfulla relationer, främja kollegialt lärande och dialog mellan nivåer och "
                    + "ge medarbetare handlingsutrymme. Använd profilen också i chefsutvecklingen. Börja "
                    + "med nästa chefsrekrytering.",
                en: "Rewrite the requirement profiles for managers so that they ask for the ability to "
                    + "build trusting relationships, foster collegial learning and dialogue between levels, "
                    + "and give employees room for manoeuvre. Use the profile in management development "
                    + "too. Start with the next management recruitment."),
            principles: [.tillit, .stod, .langsiktighet],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "forankrad-styrning",
            horizon: .longTerm,
            examples: [],
            source: .sou2019("§3.4.3")),
        Measure(
            id: "dilemmaverkstad",
            title: LocalizedText(
                sv: "Dilemmaverkstad för chefer och medarbetare tillsammans",
                en: "Dilemma workshop for managers and employees together"),
            description: LocalizedText(
                sv: "Samla lika många chefer och medarbetare från olika kontor en dag och låt dem "
                    + "diskutera ett vardagligt dilemma i par som byts: medarbetare med medarbetare, chef "
                    + "med chef och chef med medarbetare. Använd en isbergsmodell för att synliggöra de "
                    + "normer och strukturer som ligger under ytan. Ta med insikterna till ledningsgruppen.",
                en: "Bring equal numbers of managers and employees from different offices together for a "
                    + "day and let them discuss an everyday dilemma in rotating pairs: employee with "
                    + "employee, manager with manager and manager with employee. Use an iceberg model to "
                    + "bring out the norms and structures beneath the surface. Take the insights to the "
                    + "management team."),
            principles: [.tillit, .stod, .oppenhet],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "forankrad-styrning",
            horizon: .quickWin,
            examples: ["Arbetsförmedlingen"],
            source: .sou2019("§2.7.2; §3.4.3")),

        // MARK: §3.4.4 En gemensam förståelse för uppdraget

        Measure(
            id: "intressentdialog",
            title: LocalizedText(
                sv: "Återkommande intressentdialog på samma villkor",
                en: "Recurring stakeholder dialogue on equal terms"),
            description: LocalizedText(
                sv: "Bjud in myndigheter, intresseorganisationer och företag som berörs av samma process "
                    + "till återkommande öppna möten om helheten snarare än om enskilda frågor. Använd ett "
                    + "dialogverktyg så att alla röster blir hörda och sikta på en gemensam syn på vad ni "
                    + "vill åstadkomma. Räkna med att förtroendet växer över flera träffar.",
                en: "Invite the agencies, interest organisations and companies involved in the same process "
                    + "to recurring open meetings about the whole rather than individual issues. Use a "
                    + "dialogue tool so that every voice is heard and aim for a shared view of what you want "
                    + "to achieve. Expect trust to grow over several meetings."),
            principles: [.tillit, .helhetssyn, .oppenhet],
            problemAreas: [.franvaroAvHelhetsperspektiv],
            developmentArea: "gemensam-forstaelse",
            horizon: .longTerm,
            examples: ["Jordbruksverket"],
            source: .sou2019("§3.3.4; §3.4.4")),
        Measure(
            id: "gemensam-malbild",
            title: LocalizedText(
                sv: "Ta fram en gemensam målbild med andra aktörer",
                en: "Develop a shared picture of goals with other actors"),
            description: LocalizedText(
                sv: "Formulera tillsammans med de aktörer som delar ert uppdrag en gemensam målbild eller "
                    + "problembild, och koppla den till era verksamhetsprocesser. Låt alla bedömas mot "
                    + "samma gemensamma mål i stället för var och en mot sina egna. Börja med en "
                    + "workshop kring en fråga där ni redan är beroende av varandra.",
                en: "Together with the actors who share your mission, formulate a common picture of "
                    + "goals or of the problem, and link it to your operational processes. Let everyone be "
                    + "judged against the same joint goal instead of each against their own. Start with a "
                    + "workshop on an issue where you already depend on each other."),
            principles: [.helhetssyn, .langsiktighet],
            problemAreas: [.franvaroAvHelhetsperspektiv, .kortsiktigStyrning],
            developmentArea: "gemensam-forstaelse",
            horizon: .longTerm,
            examples: ["Migrationsverket", "Trafikverket", "Polisen"],
            source: .sou2019("§3.4.4; §3.4.5; §2.3.1")),
        Measure(
            id: "definiera-systemet",
            title: LocalizedText(
                sv: "Definiera systemet och alla intressenter",
                en: "Define the system and all its stakeholders"),
            description: LocalizedText(
                sv: "Rita upp vilka aktörer, offentliga, privata och ideella, som påverkar resultatet för "
                    + "den ni är till för, och var systemet börjar och slutar. Kontrollera att ingen "
                    + "relevant aktör har fallit bort. Använd kartan för att bestämma vilka som ska "
                    + "bjudas in i nästa utvecklingsarbete.",
                en: "Draw up which actors, public, private and non-profit, affect the outcome for those "
                    + "you exist for, and where the system begins and ends. Check that no relevant actor "
                    + "has been left out. Use the map to decide whom to invite to the next piece of "
                    + "development work."),
            principles: [.medborgarfokus, .helhetssyn],
            problemAreas: [.franvaroAvHelhetsperspektiv],
            developmentArea: "gemensam-forstaelse",
            horizon: .quickWin,
            examples: ["IVO", "Mälardalens högskola"],
            source: .sou2019("§3.4.4; §2.10.1")),

        // MARK: §3.4.5 En styrning och uppföljning som bidrar till utveckling av verksamheten

        Measure(
            id: "rensa-mal-och-indikatorer",
            title: LocalizedText(
                sv: "Pröva vilka mål och indikatorer som behövs",
                en: "Test which goals and indicators are needed"),
            description: LocalizedText(
                sv: "Gå igenom nuvarande mål, indikatorer och uppföljningskrav utifrån ett helhets- och "
                    + "medborgarperspektiv, med ekonomi, it, HR och juridik vid samma bord. Fråga för varje "
                    + "mått vilken administration det skapar och om nyttan motiverar den, och ta bort det "
                    + "som inte behövs. Börja med den uppföljning som tar mest tid.",
                en: "Go through current goals, indicators and follow-up requirements from a whole-system "
                    + "and citizen perspective, with finance, IT, HR and legal at the same table. Ask of "
                    + "each metric what administration it creates and whether its benefit justifies it, "
                    + "and remove what is not needed. Start with the follow-up that takes the most time."),
            principles: [.tillit, .medborgarfokus, .helhetssyn, .handlingsutrymme],
            problemAreas: [.betungandeUppfoljning, .kortsiktigStyrning],
            developmentArea: "utvecklande-uppfoljning",
            horizon: .quickWin,
            examples: [],
            source: .sou2019("§3.4.5")),
        Measure(
            id: "uppfoljning-efter-styrnivans-behov",
            title: LocalizedText(
                sv: "Anpassa uppföljningen efter varje styrnivås verkliga behov",
                en: "Fit follow-up to the real needs of each level"),
            description: LocalizedText(
                sv: "Kartlägg vilken information om resultat som verksamheten, ledningen och en eventuell "
                    + "styrelse faktiskt behöver, och förenkla uppföljningen därefter. Följ upp på den nivå "
                    + "där beslut fattas, till exempel avdelning i stället för enhet, och gör det "
                    + "gemensamt i ledningsgruppen. Sänk frekvensen där det går och lägg tiden på dialog.",
                en: "Map what information on results the operations, the management team and any board "
                    + "actually need, and simplify follow-up to match. Follow up at the level where "
                    + "decisions are made, for example department rather than unit, and do it jointly in "
                    + "the management team. Lower the frequency where possible and spend the time on "
                    + "dialogue."),
            principles: [.tillit, .handlingsutrymme, .kunskap],
            problemAreas: [.betungandeUppfoljning],
            developmentArea: "utvecklande-uppfoljning",
            horizon: .longTerm,
            examples: ["Socialstyrelsen", "Riksgälden"],
            source: .sou2019("§3.4.5; §3.3.4; §2.11.2")),
        Measure(
            id: "effektmal-for-systemet",
            title: LocalizedText(
                sv: "Mät helheten och effekterna i stället för små enheters processer",
                en: "Measure the whole and its effects instead of small units' processes"),
            description: LocalizedText(
                sv: "Flytta uppföljningen från små enheter till hela systemet och från processmål till "
                    + "effektmål för dem ni är till för. Ta hjälp av systemanalys, verksamhetslogik och "
                    + "omvärldsanalys för att beskriva hur insatserna leder till effekt. Pröva först på "
                    + "ett verksamhetsområde.",
                en: "Move follow-up from small units to the whole system and from process goals to "
                    + "outcome goals for those you exist for. Use systems analysis, programme logic and "
                    + "environmental scanning to describe how activities lead to effects. Try it in one "
                    + "area of operations first."),
            principles: [.medborgarfokus, .helhetssyn, .langsiktighet],
            problemAreas: [.betungandeUppfoljning, .franvaroAvHelhetsperspektiv, .kortsiktigStyrning],
            developmentArea: "utvecklande-uppfoljning",
            horizon: .longTerm,
            examples: [],
            source: .sou2019("§3.4.5")),
        Measure(
            id: "uppfoljning-som-stod",
            title: LocalizedText(
                sv: "Uppföljning som stöd för medarbetarnas kompetensutveckling",
                en: "Follow-up as support for employees' competence development"),
            description: LocalizedText(
                sv: "Utforma uppföljningssamtalen så att de handlar om vad medarbetarna har lärt sig och "
                    + "behöver utveckla, snarare än om kontroll och granskning. Låt medarbetarna själva "
                    + "vara med och välja vad som följs upp. Pröva formen i en enhet och fråga efteråt om "
                    + "den upplevdes som stöd.",
                en: "Shape follow-up conversations around what employees have learned and need to "
                    + "develop, rather than around control and review. Let employees take part in choosing "
                    + "what is followed up. Try the format in one unit and ask afterwards whether it felt "
                    + "like support."),
            principles: [.stod, .kunskap],
            problemAreas: [.betungandeUppfoljning, .bristandeLedarskap],
            developmentArea: "utvecklande-uppfoljning",
            horizon: .longTerm,
            examples: ["Svenska ESF-rådet"],
            source: .sou2019("§3.4.5")),
        Measure(
            id: "forenklad-verksamhetsplanering",
            title: LocalizedText(
                sv: "Förenkla verksamhetsplaneringen och korta styrkedjan",
                en: "Simplify activity planning and shorten the chain of governance"),
            description: LocalizedText(
                sv: "Sluta begära in verksamhetsplaner centralt och minska antalet mallar och dokument; "
                    + "avdelningarna lämnar mål med målvärden, en kort beskrivning av verksamheten, "
                    + "budget och eventuella medelsäskanden. Ta bort en målnivå så att varje avdelningsmål "
                    + "kopplar direkt till ett strategiskt mål. Gör omvärldsanalysen gemensamt i "
                    + "ledningsgruppen.",
                en: "Stop requesting activity plans centrally and cut the number of templates and "
                    + "documents; departments submit goals with target values, a short description of "
                    + "operations, the budget and any requests for funds. Remove one goal level so that "
                    + "each department goal links directly to a strategic goal. Do the environmental "
                    + "scanning jointly in the management team."),
            principles: [.helhetssyn, .handlingsutrymme, .langsiktighet],
            problemAreas: [.betungandeUppfoljning, .kortsiktigStyrning],
            developmentArea: "utvecklande-uppfoljning",
            horizon: .longTerm,
            examples: ["Riksgälden"],
            source: .sou2019("§2.11.2")),
        Measure(
            id: "resurssattningsdag",
            title: LocalizedText(
                sv: "Gemensam resurssättningsdag mellan avdelningarna",
                en: "Joint resourcing day between departments"),
            description: LocalizedText(
                sv: "Låt avdelningscheferna träffas en dag i form av speed-dating inför planeringen, där "
                    + "varje par går igenom vad de behöver av varandra under året. Syftet är att upptäcka "
                    + "resurskrockar tidigt i stället för att konkurrera om samma personer. Lägg dagen "
                    + "före nästa planeringsomgång.",
                en: "Let department heads meet for a day in speed-dating form ahead of planning, where each "
                    + "pair goes through what they need from each other during the year. The aim is to spot "
                    + "resource clashes early instead of competing for the same people. Hold the day before "
                    + "the next planning round."),
            principles: [.helhetssyn, .oppenhet],
            problemAreas: [.franvaroAvHelhetsperspektiv],
            developmentArea: "utvecklande-uppfoljning",
            horizon: .quickWin,
            examples: ["Riksgälden"],
            source: .sou2019("§2.11.2")),
        Measure(
            id: "flexiblare-budgetprocess",
            title: LocalizedText(
                sv: "Kortare och mer flexibla budgetcykler med mandat",
                en: "Shorter, more flexible budget cycles with a mandate"),
            description: LocalizedText(
                sv: "Se över om budgeten och verksamhetsplaneringen binder alla resurser ett år i taget, "
                    + "och pröva kortare cykler där budgeten bara följs upp vid stora avvikelser. Fördela "
                    + "inte bara ansvar utan också befogenheter, och avsätt en del av ramen för "
                    + "experiment och nytänkande. Börja i ett resultatområde.",
                en: "Check whether budget and activity planning tie up all resources one year at a time, "
                    + "and try shorter cycles where the budget is followed up only at large deviations. "
                    + "Hand out authority along with responsibility, and set aside part of the budget for "
                    + "experimenting and new thinking. Start in one area of results."),
            principles: [.tillit, .handlingsutrymme, .langsiktighet],
            problemAreas: [.kortsiktigStyrning, .betungandeUppfoljning],
            developmentArea: "utvecklande-uppfoljning",
            horizon: .longTerm,
            examples: ["Jordbruksverket"],
            source: .sou2019("§3.4.5")),

        // MARK: §3.4.6 Förutsättningar för ett ökat medledarskap

        Measure(
            id: "team-med-helhetsansvar",
            title: LocalizedText(
                sv: "Team som planerar, följer upp och förbättrar sitt eget arbete",
                en: "Teams that plan, follow up and improve their own work"),
            description: LocalizedText(
                sv: "Organisera handläggningen i fasta team med ett gemensamt och tydligt uppdrag: teamet "
                    + "planerar sin leverans mot ett överenskommet mål, handlägger sina ärenden, följer upp "
                    + "och förbättrar sitt arbetssätt. Delegera det löpande förbättringsarbetet till "
                    + "teamen och gör tydligt när större frågor ska stämmas av. Använd visuella "
                    + "hjälpmedel för att följa flödet.",
                en: "Organise case handling in fixed teams with a shared, clear mission: the team plans its "
                    + "delivery against an agreed target, handles its cases, follows up and improves how it "
                    + "works. Delegate continuous improvement to the teams and make clear when larger issues "
                    + "are to be checked. Use visual aids to follow the flow."),
            principles: [.handlingsutrymme, .stod, .langsiktighet],
            problemAreas: [.bristandeLedarskap, .betungandeUppfoljning],
            developmentArea: "medledarskap",
            horizon: .longTerm,
            examples: ["Kemikalieinspektionen"],
            source: .sou2019("§3.3.3; §3.4.5; §3.4.6")),
        Measure(
            id: "mandat-i-forsta-linjen",
            title: LocalizedText(
                sv: "Större mandat för den som möter medborgaren, med stöd nära till hands",
                en: "More mandate for those who meet the citizen, with support close at hand"),
            description: LocalizedText(
                sv: "Ge medarbetarna närmast medborgarna mandat att avsluta mer av ärendet direkt, på "
                    + "plats eller i telefon. Se till att de når en erfaren kollega eller beslutsfattare "
                    + "via en jourtelefon när de behöver stöd. Börja med en ärendetyp och låt "
                    + "medarbetarna själva ta fram rutinen.",
                en: "Give the employees closest to citizens the mandate to complete more of a case "
                    + "directly, on the spot or by phone. Make sure they can reach an experienced colleague "
                    + "or decision-maker through an on-call phone when they need support. Start with one "
                    + "type of case and let employees draw up the routine themselves."),
            principles: [.medborgarfokus, .handlingsutrymme, .stod],
            problemAreas: [.bristandeMedborgarfokus, .bristandeLedarskap],
            developmentArea: "medledarskap",
            horizon: .longTerm,
            examples: ["Polisen", "Pensionsmyndigheten"],
            source: .sou2019("§2.3.1; §3.3.3; §3.4.6")),
        Measure(
            id: "delegera-befogenheter",
            title: LocalizedText(
                sv: "Se över besluts- och delegeringsordningen",
                en: "Review the decision-making and delegation rules"),
            description: LocalizedText(
                sv: "Gå igenom arbets-, besluts- och delegeringsordningen och flytta beslut och "
                    + "befogenheter nedåt och utåt i styrkedjan, anpassat till mottagarens kompetens. "
                    + "Säkerställ att tid, kompetens och andra förutsättningar följer med. Tydliggör "
                    + "samtidigt chefsrollen och vad som förväntas av medarbetarna.",
                en: "Go through the rules of procedure, decision-making and delegation and move decisions "
                    + "and powers down and out along the chain of governance, matched to the recipient's "
                    + "competence. Make sure time, competence and other conditions go with them. Clarify "
                    + "the manager role and what is expected of employees at the same time."),
            principles: [.tillit, .handlingsutrymme],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "medledarskap",
            horizon: .longTerm,
            examples: [],
            source: .sou2019("§3.4.6; §3.4.3")),
        Measure(
            id: "signalera-forutsattningar",
            title: LocalizedText(
                sv: "En väg för medarbetare att signalera när förutsättningar saknas",
                en: "A channel for employees to signal when conditions are missing"),
            description: LocalizedText(
                sv: "Kom överens på en arbetsplatsträff om hur medarbetare säger ifrån när mandat, tid "
                    + "eller kompetens saknas för det ansvar de förväntas ta, och hur chefen svarar. Gör "
                    + "det till en stående punkt på dagordningen. Medledarskap ges och tas, och båda "
                    + "sidor behöver kunna påtala när det inte fungerar.",
                en: "Agree at a workplace meeting how employees speak up when mandate, time or competence "
                    + "is missing for the responsibility they are expected to take, and how the manager "
                    + "responds. Make it a standing item on the agenda. Co-leadership is both given and "
                    + "taken, and both sides need to be able to say when it is not working."),
            principles: [.handlingsutrymme, .oppenhet],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "medledarskap",
            horizon: .quickWin,
            examples: [],
            source: .sou2018("Förslag och rekommendationer: medarbetare")),
        Measure(
            id: "chefers-forutsattningar",
            title: LocalizedText(
                sv: "Ge cheferna tid och utrymme att vara chefer",
                en: "Give managers the time and room to be managers"),
            description: LocalizedText(
                sv: "Kartlägg hur cheferna använder sin tid och vilka uppdrag de har utöver chefskapet. "
                    + "Flytta administration till verksamhetsnära stöd, se över antalet medarbetare per "
                    + "chef och ge cheferna mandat att vara grindvakter mot onödig administration. Målet "
                    + "är en närvarande, coachande chef.",
                en: "Map how managers spend their time and which assignments they hold besides managing. "
                    + "Move administration to support close to operations, review the number of staff per "
                    + "manager, and give managers a mandate to act as gatekeepers against unnecessary "
                    + "administration. The aim is a present, coaching manager."),
            principles: [.stod, .langsiktighet],
            problemAreas: [.bristandeLedarskap, .betungandeUppfoljning],
            developmentArea: "medledarskap",
            horizon: .longTerm,
            examples: ["Arbetsförmedlingen", "Säkerhetspolisen"],
            source: .sou2019("§1.6.5; §2.7.3")),

        // MARK: §3.4.7 Mer dialog och kollegial samverkan

        Measure(
            id: "kollegialt-stod",
            title: LocalizedText(
                sv: "Nära kollegialt stöd i stället för bara manualer",
                en: "Close collegial support, not only manuals"),
            description: LocalizedText(
                sv: "Avsätt schemalagd tid för kollegialt lärande, till exempel ärendegenomgångar där "
                    + "medarbetare hjälper varandra med svåra fall, och utse erfarna kollegor som "
                    + "medarbetarna kan vända sig till. Se över det stödmaterial som finns så att det går "
                    + "att hitta och använda. Fråga medarbetarna vilket stöd de saknar.",
                en: "Set aside scheduled time for collegial learning, for example case reviews where "
                    + "employees help each other with difficult cases, and name experienced colleagues "
                    + "employees can turn to. Review the existing support material so that it can be found "
                    + "and used. Ask employees what support they are missing."),
            principles: [.stod, .kunskap],
            problemAreas: [.bristandeLedarskap],
            developmentArea: "dialog-kollegial-samverkan",
            horizon: .longTerm,
            examples: ["Arbetsförmedlingen"],
            source: .sou2019("§3.4.7; §2.7.3")),
        Measure(
            id: "aterkoppling-pa-utfort-arbete",
            title: LocalizedText(
                sv: "Återkoppling till dem som utförde arbetet",
                en: "Feedback to those who did the work"),
            description: LocalizedText(
                sv: "Se till att resultatet av ett ärende återkopplas till alla som arbetade med det, "
                    + "också när utfallet avgörs längre fram i kedjan, till exempel genom att domar skickas "
                    + "till de inblandade poliserna. Inför en systematisk genomgång efter avslutade "
                    + "uppdrag. Återkopplingen ska vara positiv, utvecklande och konstruktiv.",
                en: "Make sure the outcome of a case is fed back to everyone who worked on it, even when it "
                    + "is decided further along the chain, for example by sending judgements to the police "
                    + "officers involved. Introduce a systematic debrief after completed assignments. "
                    + "Feedback should be positive, developing and constructive."),
            principles: [.tillit, .kunskap, .oppenhet],
            problemAreas: [.bristandeLedarskap, .franvaroAvHelhetsperspektiv],
            developmentArea: "dialog-kollegial-samverkan",
            horizon: .quickWin,
            examples: ["Polisen", "Säkerhetspolisen"],
            source: .sou2019("§2.3.1; §2.4.2; §3.4.7")),
        Measure(
            id: "tvarteam",
            title: LocalizedText(
                sv: "Tvärteam som utgår från användarens behov",
                en: "Cross-functional teams built around the user's needs"),
            description: LocalizedText(
                sv: "Sätt samman ett tvärteam med de kompetenser som berör frågan, oavsett organisatorisk "
                    + "tillhörighet, med en samordnare och en namngiven person som kan undanröja hinder. "
                    + "Teamet identifierar intressenterna, beskriver nuläget utifrån vad ni vet om "
                    + "användarna, prövar en hypotes och förankrar förslaget. Arbeta öppet så att teamet "
                    + "inte uppfattas som ett hot mot linjen.",
                en: "Put together a cross-functional team of the competences the issue touches, "
                    + "regardless of organisational home, with a coordinator and a named person who can "
                    + "remove obstacles. The team identifies the stakeholders, describes the current state "
                    + "from what you know about users, tests a hypothesis and anchors the proposal. Work "
                    + "openly so that the team is not seen as a threat to the line."),
            principles: [.medborgarfokus, .helhetssyn, .handlingsutrymme],
            problemAreas: [.franvaroAvHelhetsperspektiv, .bristandeMedborgarfokus],
            developmentArea: "dialog-kollegial-samverkan",
            horizon: .quickWin,
            examples: ["Mälardalens högskola", "Kemikalieinspektionen", "Transportstyrelsen"],
            source: .sou2019("§2.10.1; §3.4.7")),
        Measure(
            id: "stodfunktioner-tidigt",
            title: LocalizedText(
                sv: "Bjud in it och andra stödfunktioner tidigt",
                en: "Invite IT and other support functions early"),
            description: LocalizedText(
                sv: "Låt it, kommunikation eller andra stödfunktioner regelbundet delta i ett av "
                    + "kärnverksamhetens möten, så att de kommer in tidigt i utvecklingsfrågor och "
                    + "relationerna stärks. Fråga gemensamt vad som skapar värde för verksamheten och dem "
                    + "den är till för. Börja med en stående punkt på nästa sektionsmöte.",
                en: "Have IT, communications or other support functions regularly attend one of the core "
                    + "operations' meetings, so that they come in early on development issues and "
                    + "relationships grow stronger. Ask together what creates value for the operations and "
                    + "those they serve. Start with a standing item at the next section meeting."),
            principles: [.helhetssyn, .stod],
            problemAreas: [.franvaroAvHelhetsperspektiv],
            developmentArea: "dialog-kollegial-samverkan",
            horizon: .quickWin,
            examples: ["Statens veterinärmedicinska anstalt"],
            source: .sou2019("§3.4.7")),
        Measure(
            id: "besok-hos-samverkande-enheter",
            title: LocalizedText(
                sv: "Platsbesök och mingelmöten med samverkande enheter",
                en: "Site visits and mingling meetings with partner units"),
            description: LocalizedText(
                sv: "Låt medarbetare besöka de enheter de samarbetar med och berätta om sitt arbete och "
                    + "skälen för sina val. Bjud in samverkande enheter till ett mingelmöte eller en fast "
                    + "punkt på varandras möten. Ta kundens perspektiv som gemensam, neutral "
                    + "utgångspunkt i samtalen.",
                en: "Let employees visit the units they work with and explain their work and the reasons "
                    + "for their choices. Invite partner units to a mingling meeting or a fixed slot at "
                    + "each other's meetings. Use the customer's perspective as a shared, neutral starting "
                    + "point in the conversations."),
            principles: [.helhetssyn, .kunskap, .oppenhet],
            problemAreas: [.franvaroAvHelhetsperspektiv],
            developmentArea: "dialog-kollegial-samverkan",
            horizon: .quickWin,
            examples: ["Mittuniversitetet", "Säkerhetspolisen", "Bolagsverket"],
            source: .sou2019("§3.4.7; §2.4.1")),
        Measure(
            id: "utvecklade-arbetsplatstraffar",
            title: LocalizedText(
                sv: "Utveckla arbetsplatsträffarna till kunskapsutbyte",
                en: "Develop workplace meetings into knowledge exchange"),
            description: LocalizedText(
                sv: "Ändra arbetsplatsträffarna så att en större del av tiden går till att medarbetare "
                    + "från olika verksamhetsdelar berättar om sitt arbete och sina utmaningar. Det ökar "
                    + "förståelsen för varandras arbetssituation, gör ny kompetens synlig och motverkar "
                    + "grupperingar. Pröva formen under en termin och utvärdera den tillsammans.",
                en: "Change workplace meetings so that more of the time goes to staff from different parts "
                    + "of the operations talking about their work and challenges. This builds understanding "
                    + "of each other's situation, makes new competence visible and avoids excessive "
                    + "grouping. Try the format for a term and evaluate it together."),
            principles: [.stod, .kunskap, .oppenhet],
            problemAreas: [.bristandeLedarskap, .franvaroAvHelhetsperspektiv],
            developmentArea: "dialog-kollegial-samverkan",
            horizon: .quickWin,
            examples: ["MFoF"],
            source: .sou2019("§3.3.4; §3.4.7")),
        Measure(
            id: "dialogforum-hela-myndigheten",
            title: LocalizedText(
                sv: "Dialogforum där hela myndigheten möts",
                en: "A dialogue forum where the whole agency meets"),
            description: LocalizedText(
                sv: "Inrätta ett återkommande internt forum där hela myndigheten samlas för dialog, "
                    + "avstämning och samordning. Medarbetarna får inte bara information utan också "
                    + "möjlighet att tycka till om verksamhetsutvecklingen och aktuella beslut. Låt "
                    + "ledningen svara på det som kommer fram vid nästa tillfälle.",
                en: "Set up a recurring internal forum where the whole agency gathers for dialogue, "
                    + "coordination and alignment. Employees get not only information but also a chance "
                    + "to give their views on development work and pending decisions. Have management "
                    + "answer what comes up at the next session."),
            principles: [.tillit, .helhetssyn, .oppenhet],
            problemAreas: [.bristandeLedarskap, .franvaroAvHelhetsperspektiv],
            developmentArea: "dialog-kollegial-samverkan",
            horizon: .quickWin,
            examples: ["TLV", "Länsstyrelsen i Skåne län", "Länsstyrelsen i Östergötlands län"],
            source: .sou2019("§3.4.7")),
        Measure(
            id: "samverkan-med-larosaten",
            title: LocalizedText(
                sv: "Samverka med lärosäten om verksamhetsnära forskning",
                en: "Work with universities on practice-based research"),
            description: LocalizedText(
                sv: "Organisera för samverkan med universitet och högskolor och ge medarbetare utrymme "
                    + "att delta i verksamhetsnära forskning och forskningsprojekt, gärna med egen "
                    + "medfinansiering. Börja med att formulera två frågor där verksamheten behöver ny "
                    + "kunskap och ta kontakt med en forskargrupp.",
                en: "Organise for cooperation with universities and give employees room to take part in "
                    + "practice-based research and research projects, preferably with some co-funding. "
                    + "Start by formulating two questions where the operations need new knowledge and "
                    + "contact a research group."),
            principles: [.kunskap, .langsiktighet],
            problemAreas: [],
            developmentArea: nil,
            horizon: .longTerm,
            examples: [],
            source: .sou2018("Förslag och rekommendationer: kommun- och landstingsledningar")),

        // MARK: §3.4.8–3.4.10 External conditions

        Measure(
            id: "dialog-om-aterrapportering",
            title: LocalizedText(
                sv: "Dialog med dem som begär uppgifter och återrapportering",
                en: "Dialogue with those who request data and reports"),
            description: LocalizedText(
                sv: "Lista de största återrapporteringskraven och ta dialog med de aktörer som initierar "
                    + "dem: vilka uppgifter är nödvändiga, för vem och hur påverkar de verksamheten? Reda "
                    + "ut missförstånd om vad som faktiskt krävs, till exempel med ESV. Sikta på lägre "
                    + "kostnad för rapporteringen eller högre analytiskt värde av det som rapporteras.",
                en: "List the largest reporting requirements and open a dialogue with the actors who "
                    + "initiate them: which data are necessary, for whom, and how do they affect the work? "
                    + "Clear up misunderstandings about what is actually required, for example with ESV. "
                    + "Aim for a lower cost of reporting or a higher analytic value of what is reported."),
            principles: [.tillit, .helhetssyn, .kunskap],
            problemAreas: [.betungandeUppfoljning],
            developmentArea: "extern-uppfoljning",
            horizon: .quickWin,
            examples: ["ESV"],
            source: .sou2019("§3.4.8")),
        Measure(
            id: "proaktiv-dialog-med-departementet",
            title: LocalizedText(
                sv: "Proaktiv och öppen dialog med departementet",
                en: "Proactive, open dialogue with the ministry"),
            description: LocalizedText(
                sv: "Ta initiativ till en nära och öppen dialog med departementet före och efter "
                    + "regeringsbeslut, gärna tillsammans med andra enheter, departement och myndigheter "
                    + "som berörs av samma fråga. Låt dialogen vara löpande och informell medan "
                    + "myndigheten behåller ansvaret för genomförandet. Förbered vad ni vill ta upp i "
                    + "nästa myndighetsdialog.",
                en: "Take the initiative for a close, open dialogue with the ministry before and after "
                    + "government decisions, preferably together with other units, ministries and agencies "
                    + "concerned by the same issue. Keep the dialogue continuous and informal while the "
                    + "agency keeps responsibility for implementation. Prepare what you want to raise in "
                    + "the next agency dialogue."),
            principles: [.tillit, .helhetssyn, .oppenhet, .langsiktighet],
            problemAreas: [.kortsiktigStyrning],
            developmentArea: "dialog-uppdragsgivaren",
            horizon: .longTerm,
            examples: ["Polisen", "Justitiedepartementet"],
            source: .sou2019("§3.4.9; §4.1")),
        Measure(
            id: "aterkoppling-pa-regelverk",
            title: LocalizedText(
                sv: "Återkoppla till uppdragsgivaren när regler inte är ändamålsenliga",
                en: "Tell the principal when rules are not fit for purpose"),
            description: LocalizedText(
                sv: "Samla systematiskt in medarbetarnas iakttagelser av lagar, förordningar och "
                    + "uppdrag som försvårar arbetet eller leder till onödig administration. Följ reglerna, "
                    + "men för fram behoven av förändring i dialogen med departementet. Börja med en "
                    + "enkel inrapportering på arbetsplatsträffarna.",
                en: "Systematically collect employees' observations of laws, ordinances and assignments "
                    + "that hinder the work or lead to unnecessary administration. Follow the rules, but "
                    + "raise the need for change in the dialogue with the ministry. Start with a simple "
                    + "reporting slot at workplace meetings."),
            principles: [.tillit, .kunskap, .oppenhet],
            problemAreas: [.kortsiktigStyrning, .betungandeUppfoljning],
            developmentArea: "dialog-uppdragsgivaren",
            horizon: .quickWin,
            examples: [],
            source: .sou2019("§3.4.9; §1.7.1")),
        Measure(
            id: "kartlagg-finansieringen",
            title: LocalizedText(
                sv: "Kartlägg hur finansieringen styr och ta upp det med uppdragsgivaren",
                en: "Map how funding steers you and raise it with the principal"),
            description: LocalizedText(
                sv: "Sammanställ hur stor del av finansieringen som kommer som inomstatliga bidrag, "
                    + "korta uppdrag eller ansökningsbaserade medel, och vad ansökningar och redovisning "
                    + "kostar i arbetstid. Använd underlaget i dialogen med departementet för att föreslå "
                    + "färre och mer långsiktiga finansieringsformer som stödjer uppdraget.",
                en: "Compile how much of the funding comes as intra-state grants, short assignments or "
                    + "application-based money, and what applications and reporting cost in working time. "
                    + "Use the material in the dialogue with the ministry to propose fewer and more "
                    + "long-term forms of funding that support the mission."),
            principles: [.tillit, .langsiktighet],
            problemAreas: [.kortsiktigStyrning, .betungandeUppfoljning],
            developmentArea: "finansiell-styrning",
            horizon: .longTerm,
            examples: ["Länsstyrelserna", "Trafikverket"],
            source: .sou2019("§3.4.10")),
    ]
}
