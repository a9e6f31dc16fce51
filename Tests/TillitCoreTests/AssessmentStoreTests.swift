import Foundation
import Testing

@testable import TillitCore

@Suite("An assessment store never overwrites changes made by someone else")
struct AssessmentStoreTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tillit-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func assessment(_ organisation: String) -> Assessment {
        Assessment(
            organisation: organisation, date: CalendarDate(year: 2026, month: 11, day: 23)!,
            questionnaire: .quick,
            participants: [Participant(name: "Anna")])
    }

    @Test("saves again and again while nobody else touches the file")
    func repeatedSaves() throws {
        let url = try folder().appendingPathComponent("a.tillit.json")
        var store = AssessmentStore.new(url, file: "a.tillit.json")
        var current = assessment("Myndigheten")
        try store.save(current)
        for answer in [3, 4, 5] {
            try current.record(answer, participant: 0, item: current.participants[0].answers.count)
            try store.save(current)
        }
        let (_, reopened) = try AssessmentStore.open(url, file: "a.tillit.json")
        #expect(reopened.participants[0].answers == [3, 4, 5])
    }

    @Test("refuses to save over a file that changed on disk since it was read, and leaves it as it is")
    func changedOnDisk() throws {
        let url = try folder().appendingPathComponent("a.tillit.json")
        try AssessmentFile.write(assessment("Myndigheten"), to: url)
        var (store, mine) = try AssessmentStore.open(url, file: "a.tillit.json")
        // Another facilitator merges into the same file.
        var (other, theirs) = try AssessmentStore.open(url, file: "a.tillit.json")
        theirs.participants.append(Participant(name: "Bo", answers: [4]))
        try other.save(theirs)
        let onDisk = try Data(contentsOf: url)
        mine.unit = "Ledningsgruppen"
        #expect(throws: StoreError.changedOnDisk(file: "a.tillit.json")) { try store.save(mine) }
        #expect(try Data(contentsOf: url) == onDisk)
    }

    @Test("refuses to replace a file that appeared after a new store was made")
    func appeared() throws {
        let url = try folder().appendingPathComponent("new.tillit.json")
        var store = AssessmentStore.new(url, file: "new.tillit.json")
        try AssessmentFile.write(assessment("Någon annan"), to: url)
        #expect(throws: StoreError.changedOnDisk(file: "new.tillit.json")) {
            try store.save(assessment("Jag"))
        }
    }

    @Test("names a missing file as not found")
    func missing() throws {
        let url = try folder().appendingPathComponent("none.tillit.json")
        #expect(throws: StoreError.notFound(file: "none.tillit.json")) {
            _ = try AssessmentStore.open(url, file: "none.tillit.json")
        }
    }
}
