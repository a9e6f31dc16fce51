import TillitCore

/// Every text the interactive workshop, `respond` and `merge` show, in Swedish and English, in one
/// place so that no screen can forget a language and the wording stays consistent.
enum WorkshopText {
    private static func t(_ sv: String, _ en: String) -> LocalizedText { LocalizedText(sv: sv, en: en) }

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

    static let setupIntro = t(
        "Tryck Enter för att behålla värdet inom hakparentes. Allt kan ändras senare.",
        "Press Enter to keep the value in brackets. Everything can be changed later.")
    static func scoredBefore(_ count: Int, _ title: String) -> LocalizedText {
        t(
            "\(count) deltagare har svarat i förväg (\(title)). Det som saknas före gruppens bild:",
            "\(count) \(count == 1 ? "participant has" : "participants have") scored beforehand (\(title)). What is missing before the group view:"
        )
    }
    static let organisation = t("Organisation", "Organisation")
    static let organisationNeeded = t("Ange organisationens namn.", "Give the organisation's name.")
    static let unit = t("Enhet (valfri)", "Unit (optional)")
    static let facilitator = t("Facilitator (valfri)", "Facilitator (optional)")
    static let language = t("Språk (sv/en)", "Language (sv/en)")
    static let languageHint = t("Svara sv eller en.", "Answer sv or en.")
    static let questionnaireChoices = t(
        "Frågeformulär: standard (55 påståenden, ca 20 min), quick (13, ca 5 min) eller en egen fil.",
        "Questionnaire: standard (55 statements, about 20 min), quick (13, about 5 min) or your own file.")
    static let questionnaire = t("Frågeformulär", "Questionnaire")
    static func fileLine(_ path: String) -> LocalizedText { t("Fil: \(path)", "File: \(path)") }
    static func unknownQuestionnaire(_ choice: String) -> LocalizedText {
        t(
            "’\(choice)’ är varken ett inbyggt frågeformulär (standard, quick, national-2019) eller en fil som går att läsa.",
            "‘\(choice)’ is neither a built-in questionnaire (standard, quick, national-2019) nor a readable file."
        )
    }
    static func questionnaireLocked(_ title: String) -> LocalizedText {
        t(
            "Frågeformulär: \(title) (låst, någon har redan svarat)",
            "Questionnaire: \(title) (locked, answers given)")
    }
    static let participantsIntro = t(
        "Deltagare: namn eller pseudonym; tom rad när alla är med (-2 tar bort nummer 2).",
        "Participants: a name or a pseudonym; an empty line when everyone is in (-2 removes number 2).")
    static func participantName(_ number: Int) -> LocalizedText {
        t("Deltagare \(number), namn", "Participant \(number), name")
    }
    static let role = t(
        "  Roll (valfri, t.ex. chef eller medarbetare)", "  Role (optional, e.g. manager or staff)")
    static func setupSummary(_ count: Int, _ title: String) -> LocalizedText {
        t("\(count) deltagare · \(title)", "\(count) participants · \(title)")
    }
    static let setupChoice = t(
        "Enter: börja den individuella skattningen · r: gör om förberedelserna · q: spara och avsluta",
        "Enter: start individual scoring · r: redo the setup · q: save and quit")
    static let setupChoiceHint = t("Tryck Enter, r eller q.", "Press Enter, r or q.")

    // MARK: Scoring

    static func handover(_ name: String, _ number: Int, _ count: Int) -> LocalizedText {
        t(
            "Nu är det \(name)s tur (deltagare \(number) av \(count)).",
            "It is \(name)'s turn (participant \(number) of \(count)).")
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
    static let principle = t("Princip", "Principle")
    static let problemArea = t("Problemområde", "Problem area")
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
        "Enter: vidare till samsyn · n: lägg till en deltagare som kommit sent · q: spara och avsluta",
        "Enter: on to consensus · n: add a participant who came late · q: save and quit")
    static let latecomerName = t(
        "Deltagare som kommit sent, namn (Enter = ingen)", "Participant who came late, name (Enter = none)")
    static let toStatements = t(
        "Enter: påståendena där ni skiljer er mest · q: spara och avsluta",
        "Enter: the statements where you differ most · q: save and quit")
    static let groupChoiceHint = t("Tryck Enter, n eller q.", "Press Enter, n or q.")

    // MARK: Consensus

    static func consensusTitle(_ number: Int, _ count: Int, _ name: String) -> LocalizedText {
        t("Samsyn \(number)/\(count) · \(name)", "Consensus \(number)/\(count) · \(name)")
    }
    static func individualRound(_ score: String, _ spread: String, _ answers: Int) -> LocalizedText {
        t(
            "Individuella omgången: medel \(score) (spridning \(spread), \(answers) svar)",
            "Individual round: mean \(score) (spread \(spread), \(answers) answers)")
    }
    static let disagreement = t(
        "Gruppen är oenig om minst ett påstående.", "The team disagrees on at least one statement.")
    static let consensusIntro = t(
        "Samtala och enas om var ni står i dag och vart ni vill. b: tillbaka · s: hoppa över · q: avsluta",
        "Discuss and agree where you stand today and where you want to be. b: back · s: skip · q: quit")
    static let agreedScore = t("Nivå i dag (1–5)", "Level today (1–5)")
    static let target = t("Mål (1–5)", "Target (1–5)")
    static let note = t("Motivering (valfri)", "Why (optional)")
    static let levelHint = t("Ange en siffra 1–5, eller b, s eller q.", "Give a number 1–5, or b, s or q.")

    // MARK: Priorities

    static let proposal = t(
        "Förslag (största gapet först, sedan lägst nivå, sedan oenighet):",
        "Proposal (largest gap first, then lowest score, then disagreement):")
    static let ranking = t("Alla principer i rangordning:", "All principles, ranked:")
    static let areas = t(
        "Problemområden (nivå i den individuella omgången):", "Problem areas (individual-round score):")
    static let chooseIntro = t(
        "Välj vad ni ska arbeta med; 2–3 principer brukar vara lagom. * = förslaget. b: tillbaka · q: avsluta",
        "Choose what to work on; 2–3 principles are usually right. * = proposed. b: back · q: quit")
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

    // MARK: Actions

    static func actionsTitle(_ number: Int, _ count: Int, _ name: String) -> LocalizedText {
        t("Åtgärder \(number)/\(count) · \(name)", "Actions \(number)/\(count) · \(name)")
    }
    static let catalogue = t(
        "Förslag ur katalogen (skriv numret för att utgå från ett):",
        "Measures from the catalogue (type a number to start from one):")
    static let decided = t("Beslutade åtgärder:", "Actions decided:")
    static let actionKeys = t(
        "Enter: nästa princip · -A1: ta bort A1 · b: tillbaka · q: spara och avsluta",
        "Enter: next principle · -A1: remove A1 · b: back · q: save and quit")
    static let newAction = t("Ny åtgärd: vad ska göras?", "New action: what will be done?")
    static func removed(_ id: String) -> LocalizedText {
        t("Åtgärd \(id) borttagen.", "Action \(id) removed.")
    }
    static let what = t("  Vad", "  What")
    static let owner = t("  Ansvarig", "  Owner")
    static let ownerNeeded = t("  Ange vem som är ansvarig.", "  Say who is responsible.")
    static let horizon = t(
        "  Tidshorisont: s = snabb vinst (inom 3 månader), l = långsiktig",
        "  Horizon: s = quick win (within 3 months), l = long-term")
    static let horizonHint = t("  Svara s eller l.", "  Answer s or l.")
    static let due = t("  Klart senast (ÅÅÅÅ-MM-DD)", "  Due (YYYY-MM-DD)")
    static let dueHint = t("  Skriv datumet som ÅÅÅÅ-MM-DD.", "  Write the date as YYYY-MM-DD.")
    static let effect = t("  Förväntad effekt", "  Expected effect")
    static let followUp = t("  Hur följs den upp", "  How it is followed up")
    static func followUpDefault(_ date: String) -> LocalizedText {
        t("På uppföljningsmötet \(date)", "At the follow-up meeting \(date)")
    }
    static let quickWin = t("snabb vinst", "quick win")
    static let longTerm = t("långsiktig", "long-term")
    static func added(_ id: String) -> LocalizedText { t("Åtgärd \(id) sparad.", "Action \(id) saved.") }

    // MARK: Summary

    static func savedDocument(_ path: String) -> LocalizedText {
        t("Dokumentet är sparat: \(path)", "The document is saved: \(path)")
    }
    static let summaryChoice = t(
        "Enter: avsluta · b: tillbaka till åtgärderna · e: ändra organisation, enhet, facilitator, datum",
        "Enter: finish · b: back to the actions · e: edit organisation, unit, facilitator, date")
    static let date = t("Datum (ÅÅÅÅ-MM-DD)", "Date (YYYY-MM-DD)")
    static let exportHint = t(
        "Exportera rapporten och planen:", "Export the report and the plan:")

    // MARK: Respond and merge

    static func respondStart(_ name: String, _ path: String) -> LocalizedText {
        t(
            "\(name) svarar enskilt. Svaren sparas löpande i \(path)",
            "\(name) answers alone. Answers are saved as you go in \(path)")
    }
    static func respondDone(_ path: String) -> LocalizedText {
        t(
            "Klart. Skicka \(path) till facilitatorn, som lägger in den med tillit-assess merge.",
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
        "`-o FILE` behövs: filen som svaren sparas i.",
        "`-o FILE` is required: the file the answers are saved in.")
    static let participantRequired = t(
        "`--participant` behövs: deltagarens namn eller pseudonym.",
        "`--participant` is required: the participant's name or pseudonym.")
}
