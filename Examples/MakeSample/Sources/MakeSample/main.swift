// Builds the sample assessment of the fictitious agency Exempelmyndigheten and writes it as JSON.
//
// The answers are written out by hand, one string per participant: a digit is an answer on the 1–5
// scale, `x` is *don't know*. The groups are those of the standard questionnaire: five statements for
// each of the eight principles, then three for each of the five problem areas. The management team
// rates itself higher than the unit managers do, most of all on handlingsutrymme, and the team
// disagrees on öppenhet: the kind of picture a workshop should put on the table.
import Foundation
import TillitCore

func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

let people: [(name: String, role: String, answers: String)] = [
    ("Gran", "ledningsgrupp", "45445 34332 33423 44454 34343 44435 45444 22312  232 334 454 343 222"),
    ("Ek", "ledningsgrupp", "44354 3x343 32333 45444 33343 43444 44534 2x322  223 343 445 334 212"),
    ("Björk", "ledningsgrupp", "54444 33423 43332 44544 43334 44344 54445 32221  122 433 544 433 232"),
    ("Lönn", "ledningsgrupp", "44434 x3333 33243 54445 3433x 44443 35444 23222  233 334 454 444 221"),
    ("Rönn", "enhetschefer", "33343 32333 22321 22312 33233 33432 33234 21222  333 444 554 444 334"),
    ("Asp", "enhetschefer", "34332 3x323 23222 32222 32333 3x333 41322 22212  332 443 445 545 323"),
    ("Al", "enhetschefer", "23333 33332 22232 21322 23323 33343 32333 1x222  343 434 455 454 333"),
    ("Lind", "enhetschefer", "33433 23333 32x22 22231 33332 34333 23323 22122  233 344 544 445 243"),
]

let date = day("2026-10-14")
var assessment = Assessment(
    organisation: "Exempelmyndigheten", unit: "Ledningsgruppen med enhetschefer", date: date,
    facilitator: "Karin Lindqvist, HR-avdelningen", language: .sv, questionnaire: .standard)
for (number, person) in people.enumerated() {
    assessment.participants.append(Participant(name: person.name, role: person.role))
    let answers = person.answers.filter { $0 != " " }
    precondition(
        answers.count == assessment.questionnaire.items.count, "\(person.name): \(answers.count) answers")
    for (item, character) in answers.enumerated() {
        try assessment.record(character.wholeNumberValue, participant: number, item: item)
    }
}

let consensus: [(PrincipleID, Int, Int, String)] = [
    (
        .tillit, 3, 4,
        "I ledningsgruppen litar vi på varandra, men enhetscheferna upplever mer kontroll än vi avser."
    ),
    (
        .medborgarfokus, 3, 4,
        "Vi frågar sällan medborgarna själva; deras synpunkter når oss mest genom klagomål."
    ),
    (.helhetssyn, 2, 4, "Avdelningarna optimerar var för sig, och ärenden som går mellan dem blir liggande."),
    (
        .handlingsutrymme, 3, 4,
        "Ledningsgruppens och enhetschefernas bilder skiljer sig mest här; vi behöver förstå varför."
    ),
    (.stod, 3, 4, "Stödfunktionerna uppfattas oftare som kontrollerande än som ett stöd i kärnverksamheten."),
    (.kunskap, 3, 4, "Medarbetarnas kunskap tas till vara i utvecklingsarbetet men sällan när vi styr."),
    (
        .oppenhet, 3, 4,
        "Oenigheten visar att vi inte har samma bild av hur öppet klimatet är; den ska vi tala om."
    ),
    (.langsiktighet, 2, 3, "Årliga uppdrag och skiftande prioriteringar styr mer än våra långsiktiga mål."),
]
for (principle, score, target, note) in consensus {
    try assessment.setConsensus(Consensus(principle: principle, score: score, target: target, note: note))
}

assessment.plan = DevelopmentPlan(
    focusPrinciples: [.handlingsutrymme, .helhetssyn, .langsiktighet],
    focusProblemAreas: [.kortsiktigStyrning, .betungandeUppfoljning],
    actions: [
        Action(
            id: "A1", principle: .handlingsutrymme, measure: "delegera-befogenheter",
            what: "Gå igenom arbetsordningen och delegationsordningen tillsammans med enhetscheferna och "
                + "pröva vilka beslut som kan fattas närmare verksamheten.",
            owner: "Chefen för verksamhetsstöd", due: day("2027-01-29"), horizon: .quickWin,
            expectedEffect: "Enhetscheferna upplever ett tydligare och större handlingsutrymme.",
            followUp: "Enhetscheferna skattar handlingsutrymme på nytt vid uppföljningen i april 2027.",
            status: .started),
        Action(
            id: "A2", principle: .helhetssyn, measure: "team-med-helhetsansvar",
            what: "Utse en ansvarig per ärende som berör flera avdelningar och följ ärendet hela vägen "
                + "till beslut.",
            owner: "Planeringschefen", due: day("2027-06-30"), horizon: .longTerm,
            expectedEffect: "Kortare handläggningstid för ärenden som går mellan avdelningar.",
            followUp: "Handläggningstiden för avdelningsöverskridande ärenden, redovisad varje kvartal.",
            status: .planned),
        Action(
            id: "A3", principle: .langsiktighet, measure: "forenklad-verksamhetsplanering",
            what: "Ta fram en treårig verksamhetsinriktning som de årliga verksamhetsplanerna utgår från.",
            owner: "Generaldirektören", due: day("2027-09-30"), horizon: .longTerm,
            expectedEffect: "Färre prioriteringar som ändras under året och bättre förutsättningar att "
                + "planera på enheterna.",
            followUp: "Ledningsgruppen stämmer av inriktningen vid varje tertialuppföljning.",
            status: .planned),
        Action(
            id: "A4", problemArea: .betungandeUppfoljning, measure: "rensa-mal-och-indikatorer",
            what: "Rensa bland uppföljningens indikatorer och behåll bara dem som någon använder som "
                + "underlag för ett beslut.",
            owner: "Controllerchefen", due: day("2026-12-15"), horizon: .quickWin,
            expectedEffect: "Mindre tid går åt till rapportering i verksamheten.",
            followUp: "Antalet indikatorer före och efter; en kort enkät till enhetscheferna.",
            status: .planned),
        Action(
            id: "A5", principle: .oppenhet, measure: "larande-av-misstag",
            what: "Avsätt en stående punkt på ledningsgruppens möten för misstag och lärdomar, med "
                + "roterande ansvar för att ta upp ett exempel.",
            owner: "Generaldirektören", due: day("2026-11-30"), horizon: .quickWin,
            expectedEffect: "Misstag tas upp tidigare och leder till lärande i stället för skuld.",
            followUp: "Ledningsgruppen utvärderar mötespunkten efter tre månader.",
            status: .started),
    ],
    followUpDate: date.adding(months: 6))

let issues = assessment.validate()
precondition(issues.isEmpty, "the sample is invalid: \(issues)")
let path = CommandLine.arguments.dropFirst().first ?? "sample.tillit.json"
try AssessmentFile.write(assessment, to: URL(fileURLWithPath: path))
print("wrote \(path)")
