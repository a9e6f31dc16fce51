import TillitCore

/// Every text the interactive workshop, `respond` and `merge` show, in Swedish and English, in one
/// place so that no screen can forget a language and the wording stays consistent.
enum WorkshopText {
    private static func t(_ sv: String, _ en: String) -> LocalizedText { LocalizedText(sv: sv, en: en) }
    /// A shared word from ``Term`` inside a sentence: lower case, in the given language.
    private static func word(_ term: Term, _ language: Language) -> String { term(language).lowercased() }
    /// A quotation in the language's own marks: ”…” in Swedish, “…” in English.
    static func quoted(_ text: String, _ language: Language) -> String {
        language == .sv ? "”\(text)”" : "“\(text)”"
    }

    // MARK: Start and stop

    static func newFile(_ path: String) -> LocalizedText {
        t(
            "Ny självskattning. Allt sparas löpande i \(path)",
            "New assessment. Everything is saved as you go in \(path)")
    }
    static func resumingFile(_ path: String) -> LocalizedText {
        t("Fortsätter självskattningen i \(path)", "Resuming the assessment in \(path)")
    }
    static func saved(_ command: String) -> LocalizedText {
        t(
            "Sparat. Fortsätt där ni slutade med:\n  \(command)",
            "Saved. Continue where you stopped with:\n  \(command)")
    }
    static func interrupted(_ command: String) -> LocalizedText {
        t(
            "Avbrutet. Allt som besvarats är sparat. Fortsätt med:\n  \(command)",
            "Interrupted. Everything answered so far is saved. Continue with:\n  \(command)")
    }
    static func cannotSave(_ path: String, _ reason: String) -> LocalizedText {
        t("kan inte spara \(path): \(reason)", "cannot save \(path): \(reason)")
    }

    // MARK: Setup

    static func setupIntro(_ back: String) -> LocalizedText {
        t(
            "Tryck Enter för att behålla värdet inom hakparentes; \(back) går tillbaka till förra frågan. Allt kan ändras senare.",
            "Press Enter to keep the value in brackets; \(back) goes back to the previous question. Everything can be changed later."
        )
    }
    static let firstPrompt = t("Det här är den första frågan.", "This is the first question.")
    static let yes = t("j", "y")
    static let yesNoHint = t("Svara j eller n.", "Answer y or n.")
    static func sameParticipant(_ existing: String, _ typed: String) -> LocalizedText {
        t(
            "’\(typed)’ liknar ’\(existing)’, som redan är med. Är det samma person? (j = ja, hoppa över; n = lägg till som ny)",
            "‘\(typed)’ looks like ‘\(existing)’, who is already in. The same person? (y = yes, skip; n = add as new)"
        )
    }
    static func sameRole(_ existing: String, _ typed: String) -> LocalizedText {
        t(
            "  Rollen ’\(typed)’ liknar ’\(existing)’. Använd ’\(existing)’? (j = ja; n = ny roll)",
            "  The role ‘\(typed)’ looks like ‘\(existing)’. Use ‘\(existing)’? (y = yes; n = a new role)")
    }
    static func promptPagePosition(_ page: Int, _ count: Int) -> LocalizedText {
        t(
            "Sida \(page)/\(count) · PgDn/↓: nästa · PgUp/↑: förra",
            "Page \(page)/\(count) · PgDn/↓: next · PgUp/↑: previous")
    }
    static let parkPrompt = t(
        "Parkeringsplats: frågan att ta upp senare", "Parking lot: the issue to take up later")
    static func parked(_ note: String) -> LocalizedText {
        t("Parkerad till senare: \(note)", "Parked for later: \(note)")
    }
    static let undone = t("Ångrat.", "Undone.")
    static func pagePosition(_ page: Int, _ count: Int) -> LocalizedText {
        t(
            "Sida \(page)/\(count) · mellanslag/PgDn: nästa · PgUp: förra",
            "Page \(page)/\(count) · space/PgDn: next · PgUp: previous")
    }
    static func scoredBefore(_ count: Int, _ title: String) -> LocalizedText {
        t(
            "\(count) deltagare har svarat i förväg (\(title)). Det som saknas före gruppens bild:",
            "\(count) \(count == 1 ? "participant has" : "participants have") scored beforehand (\(title)). What is missing before the group view:"
        )
    }
    static let organisation = t("Organisation", "Organisation")
    static let organisationNeeded = t("Ange organisationens namn.", "Give the organisation's name.")
    static let unit = t("Enhet (valfri)", "Unit (optional)")
    static let facilitator = t("\(Term.facilitator(.sv)) (valfri)", "\(Term.facilitator(.en)) (optional)")
    static let language = t("Språk (sv/en)", "Language (sv/en)")
    static let languageHint = t("Svara sv eller en.", "Answer sv or en.")
    static var questionnaireChoices: LocalizedText {
        let standard = Questionnaire.standard
        let quick = Questionnaire.quick
        return t(
            "\(Term.questionnaire(.sv)): standard (\(standard.items.count) påståenden, ca \(standard.estimatedMinutes) min per person), \(Questionnaire.builtInName("quick", in: .sv)) (\(quick.items.count), ca \(quick.estimatedMinutes) min) eller en egen fil.",
            "\(Term.questionnaire(.en)): standard (\(standard.items.count) statements, about \(standard.estimatedMinutes) min per person), quick (\(quick.items.count), about \(quick.estimatedMinutes) min) or your own file."
        )
    }
    static let questionnaire = Term.questionnaire.text
    static func fileLine(_ path: String) -> LocalizedText { t("Fil: \(path)", "File: \(path)") }
    static func unknownQuestionnaire(_ choice: String) -> LocalizedText {
        t(
            "’\(choice)’ är varken ett inbyggt frågeformulär (\(QuestionnaireChoice.names.sv)) eller en fil som går att läsa.",
            "‘\(choice)’ is neither a built-in questionnaire (\(QuestionnaireChoice.names.en)) nor a readable file."
        )
    }
    static func questionnaireLocked(_ title: String) -> LocalizedText {
        t(
            "\(Term.questionnaire(.sv)): \(title) (låst, någon har redan svarat)",
            "\(Term.questionnaire(.en)): \(title) (locked, answers given)")
    }
    static let participantsIntro = t(
        "Deltagare: namn eller pseudonym; tom rad när alla är med (-2 tar bort nummer 2, u ångrar).",
        "Participants: a name or a pseudonym; an empty line when everyone is in (-2 removes number 2, u undoes)."
    )
    static func participantName(_ number: Int) -> LocalizedText {
        t("Deltagare \(number), namn", "Participant \(number), name")
    }
    static let role = t(
        "  Roll (valfri, t.ex. chef eller medarbetare)", "  Role (optional, e.g. manager or staff)")
    static func setupSummary(_ count: Int, _ title: String) -> LocalizedText {
        t(
            "\(count) deltagare · \(title)",
            "\(count) \(count == 1 ? "participant" : "participants") · \(title)")
    }
    static let setupChoice = t(
        "Enter: börja den individuella skattningen · r: gör om förberedelserna · u: ångra · q: spara och avsluta",
        "Enter: start individual scoring · r: redo the setup · u: undo · q: save and quit")
    static let setupChoiceHint = t("Tryck Enter, r, u eller q.", "Press Enter, r, u or q.")

    // MARK: Scoring

    static func handover(_ name: String, _ number: Int, _ count: Int) -> LocalizedText {
        t(
            "Nu är det \(genitive(name)) tur (deltagare \(number) av \(count)).",
            "It is \(name)'s turn (participant \(number) of \(count)).")
    }
    /// The Swedish genitive: `Annas`, but `Lars`, `Max`, `Inez` (nothing is added after s, x or z).
    static func genitive(_ name: String) -> String {
        guard let last = name.last?.lowercased() else { return name }
        return ["s", "x", "z"].contains(last) ? name : name + "s"
    }
    static let handoverPrivacy = t(
        "Svaren är enskilda: övriga tittar bort. Ingen ser någon annans svar.",
        "Answers are private: everyone else looks away. Nobody sees anyone else's answers.")
    static func resumeAt(_ position: Int, _ count: Int) -> LocalizedText {
        t(
            "Fortsätter från påstående \(position) av \(count).",
            "Continuing from statement \(position) of \(count).")
    }
    static let pressEnterWhenReady = t("Tryck Enter när du är redo.", "Press Enter when you are ready.")
    static let pressEnter = t("Tryck Enter för att fortsätta.", "Press Enter to continue.")
    static func thanks(_ name: String) -> LocalizedText {
        t("Tack, \(name)! Dina svar är sparade.", "Thank you, \(name)! Your answers are saved.")
    }
    static let handOverNext = t(
        "Tryck Enter, så töms skärmen och du kan lämna över till nästa.",
        "Press Enter to clear the screen and hand over to the next person.")
    static let toGroupView = t(
        "Alla har svarat. Tryck Enter för gruppens bild.",
        "Everyone has answered. Press Enter for the group view.")
    static let principle = Term.principle.text
    static let problemArea = Term.problemArea.text
    static let problemAreaNote = t(
        "(Hög nivå betyder att problemet finns hos oss.)", "(A high score means the problem is present.)")
    static func scoringKeys(_ scale: String, _ dontKnow: String) -> LocalizedText {
        t(
            "\(scale) svara · \(dontKnow) vet ej · ←/b tillbaka · ? om principen · q spara och avsluta",
            "\(scale) answer · \(dontKnow) don't know · ←/b back · ? about the principle · q save and quit")
    }
    static let answerPrompt = t("Svar", "Answer")
    static func answerHint(_ scale: String) -> LocalizedText {
        t(
            "Svara \(scale), 0 eller v för vet ej, b för tillbaka, ? för hjälp, q för att avsluta.",
            "Answer \(scale), 0 or v for don't know, b for back, ? for help, q to quit.")
    }
    static let yourAnswer = t("ditt svar", "your answer")
    static let definition = t("Definition", "Definition")
    static let guidance = t("Så kan principen förstås", "How to read the principle")
    static let symptoms = t("Tecken på problemet", "Signs of the problem")
    static let backToStatement = t(
        "Tryck Enter för att gå tillbaka till påståendet.", "Press Enter to return to the statement.")

    // MARK: Group view

    static let groupChoice = t(
        "Enter: vidare · v: visa påstående för påstående · n: lägg till en deltagare som kommit sent · p: parkera en fråga · q: spara och avsluta",
        "Enter: go on · v: show statement by statement · n: add a participant who came late · p: park an issue · q: save and quit"
    )
    static func presentationTitle(_ number: Int, _ count: Int) -> LocalizedText {
        t("Gruppens bild · påstående \(number) av \(count)", "Group view · statement \(number) of \(count)")
    }
    static let presentationReveal = t(
        "→/mellanslag: visa svaren · ←: förra · Esc/q: tillbaka till gruppens bild",
        "→/space: show the answers · ←: previous · Esc/q: back to the group view")
    static let presentationNext = t(
        "→/mellanslag: nästa påstående · ←: förra · Esc/q: tillbaka till gruppens bild",
        "→/space: next statement · ←: previous · Esc/q: back to the group view")
    static let groupChoiceMore = t(
        "Enter: nästa sida · v: visa påstående för påstående · n: lägg till en deltagare som kommit sent · p: parkera en fråga · q: spara och avsluta",
        "Enter: next page · v: show statement by statement · n: add a participant who came late · p: park an issue · q: save and quit"
    )
    static let latecomerName = t(
        "Deltagare som kommit sent, namn (Enter = ingen)", "Participant who came late, name (Enter = none)")
    static let groupChoiceHint = t("Tryck Enter, v, n, p eller q.", "Press Enter, v, n, p or q.")

    // MARK: Consensus

    static func consensusTitle(_ number: Int, _ count: Int, _ name: String) -> LocalizedText {
        t("Samsyn \(number)/\(count) · \(name)", "Consensus \(number)/\(count) · \(name)")
    }
    static func individualRound(
        _ score: String, _ spread: String, _ answers: Int, _ statements: Int, _ people: Int
    ) -> LocalizedText {
        t(
            "Den individuella omgången: \(word(.mean, .sv)) \(score), en utgångspunkt och inte svaret (\(word(.spread, .sv)) \(spread); \(answers) svar på \(statements) \(statements == 1 ? "påstående" : "påståenden") från \(people) deltagare; vet ej räknas inte).",
            "The individual round: \(word(.mean, .en)) \(score), a starting point, not the answer (\(word(.spread, .en)) \(spread); \(answers) \(answers == 1 ? "answer" : "answers") to \(statements) \(statements == 1 ? "statement" : "statements") from \(people) \(people == 1 ? "participant" : "participants"), don't know not counted)."
        )
    }
    static let statementsHeading = t(
        "Påståendena (antal svar per nivå; ! = oenighet):",
        "The statements (answers per level; ! = disagreement):")
    static func dontKnowCount(_ count: Int) -> LocalizedText {
        t("vet ej: \(count)", "don't know: \(count)")
    }
    static func withheld(_ threshold: Int) -> LocalizedText {
        t(
            "Fördelningen visas inte: färre än \(threshold) svar.",
            "Distribution withheld: fewer than \(threshold) answers.")
    }
    static let levels = t(
        "Nivåerna: 1 efterlevs inte · 2 i liten grad · 3 delvis · 4 i stor grad · 5 fullt ut. Endast hela nivåer.",
        "Levels: 1 not lived · 2 to a small extent · 3 partly · 4 largely · 5 fully. Whole levels, no halves."
    )
    static func consensusIntro(_ back: String) -> LocalizedText {
        t(
            "Samtala och enas om var ni står i dag och vart ni vill. \(back) eller b: tillbaka · s: hoppa över · u: ångra · ?: om principen · +fråga: parkera · q: avsluta",
            "Discuss and agree where you stand today and where you want to be. \(back) or b: back · s: skip · u: undo · ?: about the principle · +issue: park · q: quit"
        )
    }
    static let noHalves = t(
        "Bara hela nivåer 1–5; halva nivåer finns inte. Välj den ni alla kan stå för.",
        "Only whole levels 1–5; there are no halves. Choose the one you can all stand behind.")
    static func targetBelow(_ target: Int, _ score: Int) -> LocalizedText {
        t(
            "Målet \(target) ligger under dagens nivå \(score). Det sparas så, men stämmer det?",
            "The target \(target) is below today's level \(score). Saved as given, but is that what you mean?"
        )
    }
    static let agreedScore = t("Nivå i dag (1–5)", "Level today (1–5)")
    static let target = t("Mål (1–5)", "Target (1–5)")
    static let note = t("\(Term.why(.sv)) (valfri; - tömmer)", "\(Term.why(.en)) (optional; - clears)")
    static let levelHint = t(
        "Ange en siffra 1–5, eller b, s, u eller q.", "Give a number 1–5, or b, s, u or q.")

    // MARK: Priorities

    static let proposal = t(
        "Förslag (störst \(word(.gap, .sv)) först, sedan lägst \(word(.score, .sv)), sedan \(word(.disagreement, .sv))):",
        "Proposal (largest \(word(.gap, .en)) first, then lowest \(word(.score, .en)), then \(word(.disagreement, .en))):"
    )
    static let ranking = t("Alla principer i rangordning:", "All principles, ranked:")
    static let areas = t(
        "\(Term.problemAreas(.sv)) (\(word(.score, .sv)) i den individuella omgången):",
        "\(Term.problemAreas(.en)) (individual-round \(word(.score, .en))):")
    static func chooseIntro(_ back: String) -> LocalizedText {
        t(
            "Välj vad ni ska arbeta med; 2–3 principer brukar vara lagom. * = förslaget. \(back) eller b: tillbaka · u: ångra · +fråga: parkera · q: avsluta",
            "Choose what to work on; 2–3 principles are usually right. * = proposed. \(back) or b: back · u: undo · +issue: park · q: quit"
        )
    }
    static let choosePrinciples = t(
        "Principer, nummer t.ex. 1 3 (Enter = förslaget)", "Principles, numbers e.g. 1 3 (Enter = proposal)")
    static let chooseAreas = t(
        "Problemområden, nummer (Enter = förslaget, - = inga)",
        "Problem areas, numbers (Enter = proposal, - = none)")
    static func numbersHint(_ count: Int) -> LocalizedText {
        t(
            "Ange nummer 1–\(count) med mellanslag emellan, eller b eller q.",
            "Give numbers 1–\(count) separated by spaces, or b or q.")
    }
    static func manyPriorities(_ count: Int) -> LocalizedText {
        t(
            "Ni har valt \(count) principer; 2–3 brukar räcka för att orka hela vägen.",
            "You chose \(count) principles; 2–3 are usually what a team can carry through.")
    }
    static let levelWord = t("nivå", "score")
    static let targetWord = t("mål", "target")
    static let gapWord = t(word(.gap, .sv), word(.gap, .en))

    // MARK: Actions

    static func actionsTitle(_ number: Int, _ count: Int, _ name: String) -> LocalizedText {
        t("Åtgärder \(number)/\(count) · \(name)", "Actions \(number)/\(count) · \(name)")
    }
    static let catalogue = t(
        "Förslag ur katalogen (skriv numret för att utgå från ett):",
        "Measures from the catalogue (type a number to start from one):")
    static let decided = t("Beslutade åtgärder:", "Actions decided:")
    static func actionKeys(_ hasActions: Bool, _ back: String) -> LocalizedText {
        hasActions
            ? t(
                "Skriv en ny åtgärd, ett nummer ur katalogen, A1 för att ändra A1 eller -A1 för att ta bort den. Enter: nästa princip · \(back): tillbaka · u: ångra · +fråga: parkera · q: spara och avsluta",
                "Type a new action, a number from the catalogue, A1 to edit A1 or -A1 to remove it. Enter: next principle · \(back): back · u: undo · +issue: park · q: save and quit"
            )
            : t(
                "Skriv en ny åtgärd eller ett nummer ur katalogen. Enter: nästa princip · \(back): tillbaka · u: ångra · +fråga: parkera · q: spara och avsluta",
                "Type a new action or a number from the catalogue. Enter: next principle · \(back): back · u: undo · +issue: park · q: save and quit"
            )
    }
    static func changed(_ id: String) -> LocalizedText { t("Åtgärd \(id) ändrad.", "Action \(id) changed.") }
    static func noSuchMeasure(_ number: Int, _ count: Int) -> LocalizedText {
        t(
            "Katalogen visar förslag 1–\(count), inte \(number).",
            "The catalogue shows measures 1–\(count), not \(number).")
    }
    static let whatNeeded = t("  Skriv vad som ska göras.", "  Say what will be done.")
    static let newAction = t("Ny åtgärd: vad ska göras?", "New action: what will be done?")
    static func removed(_ id: String) -> LocalizedText {
        t("Åtgärd \(id) borttagen.", "Action \(id) removed.")
    }
    static let what = t("  Vad", "  What")
    static let owner = t("  \(Term.owner(.sv))", "  \(Term.owner(.en))")
    static let ownerNeeded = t("  Ange vem som är ansvarig.", "  Say who is responsible.")
    static let horizon = t(
        "  \(Term.horizon(.sv)): s = \(word(.horizonShort, .sv)) (inom 3 månader), l = \(word(.horizonLong, .sv))",
        "  \(Term.horizon(.en)): s = \(word(.horizonShort, .en)) (within 3 months), l = \(word(.horizonLong, .en))"
    )
    static let horizonHint = t("  Svara s eller l.", "  Answer s or l.")
    static let due = t(
        "  \(Term.due(.sv)) (\(Placeholder.date(.sv)))", "  \(Term.due(.en)) (\(Placeholder.date(.en)))")
    static let dueHint = t(
        "  Skriv datumet som \(Placeholder.date(.sv)).", "  Write the date as \(Placeholder.date(.en)).")
    static let effect = t(
        "  \(Term.expectedEffect(.sv)) (- tömmer)", "  \(Term.expectedEffect(.en)) (- clears)")
    static let followUp = t("  Hur följs den upp (- tömmer)", "  How it is followed up (- clears)")
    static func followUpDefault(_ date: String) -> LocalizedText {
        t("På uppföljningsmötet \(date)", "At the follow-up meeting \(date)")
    }
    static func added(_ id: String) -> LocalizedText { t("Åtgärd \(id) sparad.", "Action \(id) saved.") }

    // MARK: Summary

    static func savedDocument(_ path: String) -> LocalizedText {
        t("Dokumentet är sparat: \(path)", "The document is saved: \(path)")
    }
    static let summaryChoice = t(
        "Enter: avsluta · w: skriv rapport och plan · b: tillbaka till åtgärderna · e: ändra organisation, enhet, \(word(.facilitator, .sv)), datum · p: parkera en fråga · u: ångra",
        "Enter: finish · w: write the report and the plan · b: back to the actions · e: edit organisation, unit, \(word(.facilitator, .en)), date · p: park an issue · u: undo"
    )
    static let summaryChoiceMore = t(
        "Enter: nästa sida · w: skriv rapport och plan · b: tillbaka till åtgärderna · e: ändra uppgifterna · u: ångra",
        "Enter: next page · w: write the report and the plan · b: back to the actions · e: edit the details · u: undo"
    )
    static let summaryChoiceHint = t("Tryck Enter, w, b, e, p eller u.", "Press Enter, w, b, e, p or u.")
    static func focusWithoutAction(_ name: String) -> LocalizedText {
        t(
            "\(name) är prioriterad men har ingen åtgärd än; b går tillbaka till åtgärderna.",
            "\(name) is a priority but has no action yet; b goes back to the actions.")
    }
    static let reportWord = t("rapport", "report")
    static let planWord = t("plan", "plan")
    static let written = t("Sparat bredvid självskattningen:", "Written beside the assessment:")
    static func exists(_ path: String) -> LocalizedText {
        t(
            "\(path) finns redan och skrivs inte över; ta bort den eller använd report/plan med --force.",
            "\(path) already exists and is not overwritten; remove it or use report/plan with --force.")
    }
    static let date = t(
        "\(Term.date(.sv)) (\(Placeholder.date(.sv)))", "\(Term.date(.en)) (\(Placeholder.date(.en)))")

    // MARK: Respond and merge

    static func respondStart(_ name: String, _ path: String) -> LocalizedText {
        t(
            "\(name) svarar enskilt. Svaren sparas löpande i \(path)",
            "\(name) answers alone. Answers are saved as you go in \(path)")
    }
    static func respondIntro(_ count: Int, _ minutes: Int, _ scale: String) -> LocalizedText {
        t(
            "Det här är en självskattning av tillitsbaserad styrning och ledning (SOU 2019:43): \(count) påståenden om hur det är hos er i dag, ca \(minutes) min. Svaren sparas bara i filen, som du skickar till samtalsledaren; i workshopen visas de bara samlat för gruppen, aldrig vem som svarade vad. Svara \(scale) med en tangent, 0 eller v för vet ej (ett bra svar när du inte vet), ←/b går tillbaka, ? förklarar principen, q sparar och avslutar.",
            "This is a self-assessment of trust-based governance and management (SOU 2019:43): \(count) statements about how things are with you today, about \(minutes) min. The answers are kept only in the file, which you send to the facilitator; in the workshop they are shown only together for the team, never who answered what. Answer \(scale) with one key, 0 or v for don't know (a good answer when you don't know), ←/b goes back, ? explains the principle, q saves and quits."
        )
    }
    static func respondDone(_ path: String) -> LocalizedText {
        t(
            "Klart. Skicka \(path) till samtalsledaren, som lägger in den med tillit-assess merge.",
            "Done. Send \(path) to the facilitator, who adds it with tillit-assess merge.")
    }
    static func respondOther(_ path: String) -> LocalizedText {
        t(
            "\(path) finns redan och gäller en annan deltagare eller ett annat frågeformulär; ange --force för att börja om.",
            "\(path) already exists for another participant or questionnaire; give --force to start afresh.")
    }
    static let noSuchFile = t("filen finns inte eller kan inte läsas", "no such file, or it cannot be read")
    static func merged(_ file: String, _ name: String) -> LocalizedText {
        t("Inlagd: \(file) (\(name))", "Merged: \(file) (\(name))")
    }
    static func rejected(_ message: String) -> LocalizedText {
        t("Avvisad: \(message)", "Rejected: \(message)")
    }
    static func mergeSummary(_ merged: Int, _ rejected: Int) -> LocalizedText {
        t(
            "\(merged) \(merged == 1 ? "inlagd" : "inlagda"), \(rejected) \(rejected == 1 ? "avvisad" : "avvisade").",
            "\(merged) merged, \(rejected) rejected.")
    }
    static func created(_ path: String, _ title: String) -> LocalizedText {
        t(
            "Ny självskattning skapad: \(path) (\(title)). Organisation och övriga uppgifter frågas efter i workshopen.",
            "New assessment created: \(path) (\(title)). The organisation and other details are asked for in the workshop."
        )
    }
    static func mergeNext(_ command: String) -> LocalizedText {
        t("Öppna gruppens bild med:\n  \(command)", "Open the group view with:\n  \(command)")
    }
    static func nothingToCreateFrom(_ path: String) -> LocalizedText {
        t(
            "\(path) finns inte, och ingen svarsfil gick att läsa att skapa den från.",
            "\(path) does not exist, and no response file could be read to create it from.")
    }
    static let outputRequired = t(
        "`-o \(Placeholder.file(.sv))` behövs: filen som svaren sparas i.",
        "`-o \(Placeholder.file(.en))` is required: the file the answers are saved in.")
    static let respondNeedsFile = t(
        "`-o -` går inte här: svaren sparas efter varje svar, så de behöver en fil, till exempel `-o anna.json`.",
        "`-o -` does not work here: the answers are saved after every answer, so they need a file, for example "
            + "`-o anna.json`.")
    static let participantRequired = t(
        "`--participant` behövs: deltagarens namn eller pseudonym.",
        "`--participant` is required: the participant's name or pseudonym.")
}
