import TillitCore

/// Scored before the day: the response files carry no organisation, so this asks for what the core
/// says is missing, and nothing else, before the group view.
struct MissingDetailsScreen {
    let session: WorkshopSession

    func run() throws {
        let language = session.language
        let assessment = session.workshop.assessment
        session.heading("Tillit · " + WorkshopStep.setup.title(language))
        session.terminal.line(WorkshopText.fileLine(session.path)(language))
        session.wrapped(
            WorkshopText.scoredBefore(
                assessment.participants.count, assessment.questionnaire.title(language))(language))
        session.terminal.line()
        for detail in session.workshop.missingDetails {
            switch detail {
            case .organisation:
                while true {
                    let name = try session.input.ask(WorkshopText.organisation(language)) ?? ""
                    if !name.isEmpty {
                        try session.send(.setField(.organisation(name)))
                        break
                    }
                    session.terminal.line(WorkshopText.organisationNeeded(language))
                }
            }
        }
    }
}
