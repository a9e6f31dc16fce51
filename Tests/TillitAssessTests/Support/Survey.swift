import Foundation
import TillitCore

/// A survey of generated respondents for tests of large files: `R00000`, `R00001` … each answering every
/// statement of the quick questionnaire (1–5 in turn) in the group `role(index)`.
enum Survey {
    static func assessment(_ count: Int, role: (Int) -> String?) -> Assessment {
        Assessment(
            organisation: "Myndigheten", date: CalendarDate(year: 2026, month: 11, day: 28)!,
            questionnaire: .quick,
            participants: (0..<count).map { index in
                Participant(
                    name: String(format: "R%05d", index), role: role(index),
                    answers: (0..<Questionnaire.quick.items.count).map { (index + $0) % 5 + 1 })
            })
    }
}
