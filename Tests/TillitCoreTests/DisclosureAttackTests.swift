import Foundation
import Testing

@testable import TillitCore

/// The attacker: over many seeded random assessments, collect every figure the outputs show and solve
/// the linear equations they make (sums recovered from mean × count, over totals, groups, statements,
/// principles and differences over time), then check that no withheld person's or group's answer can be
/// worked out exactly.
///
/// The attacker is given more than any reader has: who answered which statement (not how), who belongs to
/// which group, and which statements every score rests on. What it must not get is any one answer, or
/// the sum of a withheld group's or of the participants without a role's answers when they are fewer
/// than the threshold. Non-linear inference — a distribution where everyone gave the same answer — is
/// out of scope, as the README says.
@Suite("Disclosure: the attacker's linear algebra finds no withheld answer")
struct DisclosureAttackTests {
    /// Two tillit statements, one stöd and one problem area: few unknowns, every kind of target.
    static let questionnaire = Questionnaire(
        id: "attack", version: 1, title: LocalizedText(sv: "A", en: "A"), scale: .agreement,
        items: [
            item("a", .principle(.tillit)), item("b", .principle(.tillit)), item("c", .principle(.stod)),
            item("d", .problemArea(.kortsiktigStyrning)),
        ])

    static func item(_ id: String, _ target: Target) -> QuestionnaireItem {
        QuestionnaireItem(id: id, target: target, text: LocalizedText(sv: id, en: id))
    }

    /// One participant's random answers: now and then none at all, else *don't know* one time in four.
    static func answers(_ random: inout SeededGenerator, empty: Bool = true) -> [Int?] {
        if empty, Int.random(in: 0..<10, using: &random) == 0 { return [] }
        return questionnaire.items.map { _ in
            Int.random(in: 0..<4, using: &random) == 0 ? nil : Int.random(in: 1...5, using: &random)
        }
    }

    /// A random assessment: up to three groups of 1–8, up to three without a role.
    static func randomAssessment(_ random: inout SeededGenerator, prefix: String = "p") -> Assessment {
        var participants: [Participant] = []
        let groups = Int.random(in: 0...3, using: &random)
        for group in 0..<groups {
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                participants.append(
                    Participant(
                        name: "\(prefix)\(participants.count)", role: "g\(group)", answers: answers(&random)))
            }
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            participants.append(
                Participant(name: "\(prefix)\(participants.count)", answers: answers(&random)))
        }
        return Assessment(
            organisation: "O", date: CalendarDate(year: 2026, month: 1, day: 1)!,
            questionnaire: questionnaire,
            participants: participants)
    }

    /// The unknowns: one per scored answer, by participant name and statement; the same person giving
    /// the same answer in two states or files is the same unknown.
    struct Unknowns {
        var columns: [String: Int] = [:]
        mutating func column(_ key: String) -> Int {
            if let known = columns[key] { return known }
            columns[key] = columns.count
            return columns.count - 1
        }
    }

    /// The key of a participant's answer to statement `item`, or `nil` when it is not scored.
    static func key(_ participant: Participant, _ item: Int, version: String = "") -> String? {
        guard case .some(.some(let value)) = participant.answer(at: item) else { return nil }
        return "\(version)\(participant.name)#\(item)#\(value)"
    }

    /// A published sum as coefficients over unknown keys.
    typealias Equation = [String: Int64]

    /// The sum over the given participants' scored answers to one statement, scaled by `1 / n` when
    /// `mean` (a mean is the sum over its count, which the attacker knows).
    static func cell(_ people: [Participant], item: Int, mean: Bool, version: String = "") -> Equation {
        let keys = people.compactMap { key($0, item, version: version) }
        let weight = mean ? LinearSpan.inverse(Int64(max(1, keys.count))) : 1
        return Dictionary(keys.map { ($0, weight) }, uniquingKeysWith: +)
    }

    static func sum(_ equations: [Equation]) -> Equation {
        equations.reduce(into: [:]) { total, equation in
            total.merge(equation) { ($0 + $1) % LinearSpan.prime }
        }
    }

    /// Every sum one JSON report shows, read back from the JSON text as a consumer reads it.
    static func published(_ assessment: Assessment, json: String, version: String = "") throws -> [Equation] {
        let document = try JSONDecoder().decode(ReportDocument.self, from: Data(json.utf8))
        let index = Dictionary(
            uniqueKeysWithValues: assessment.questionnaire.items.enumerated().map { ($1.id, $0) })
        let everyone = assessment.participants
        var equations: [Equation] = []
        for item in document.items where item.mean != nil {
            equations.append(cell(everyone, item: index[item.id]!, mean: false, version: version))
        }
        func target(_ entry: ReportDocument.TargetEntry, people: [Participant]) -> Equation? {
            guard entry.score != nil else { return nil }
            return sum(entry.scoredItems.map { cell(people, item: index[$0]!, mean: true, version: version) })
        }
        equations += (document.principles + document.problemAreas).compactMap { target($0, people: everyone) }
        for group in document.groups where !group.withheld {
            let members = everyone.filter { $0.role == group.name }
            equations += (group.principles + group.problemAreas).compactMap { target($0, people: members) }
        }
        return equations
    }

    /// What must stay hidden: every single answer, each withheld group cell, and the participants
    /// without a role on a statement when they are fewer than the threshold.
    static func secrets(_ assessment: Assessment, json: String, version: String = "") throws -> [(
        String, Equation
    )] {
        let document = try JSONDecoder().decode(ReportDocument.self, from: Data(json.utf8))
        var secrets: [(String, Equation)] = []
        for participant in assessment.participants {
            for item in assessment.questionnaire.items.indices {
                if let key = key(participant, item, version: version) { secrets.append((key, [key: 1])) }
            }
        }
        for group in document.groups {
            let members = assessment.participants.filter { $0.role == group.name }
            let scored = Set(
                (group.principles + group.problemAreas).filter { $0.score != nil }.flatMap(\.scoredItems))
            for (item, statement) in assessment.questionnaire.items.enumerated()
            where !scored.contains(statement.id) {
                let cell = cell(members, item: item, mean: false, version: version)
                if !cell.isEmpty { secrets.append(("group \(group.name) on \(statement.id)", cell)) }
            }
        }
        let withoutRole = assessment.participants.filter { $0.role == nil }
        for item in assessment.questionnaire.items.indices {
            let cell = cell(withoutRole, item: item, mean: false, version: version)
            if !cell.isEmpty, cell.count < 3 { secrets.append(("no role on \(item)", cell)) }
        }
        return secrets
    }

    /// The secrets the equations give away.
    static func derivable(_ equations: [Equation], _ secrets: [(String, Equation)]) -> [String] {
        var unknowns = Unknowns()
        for equation in equations { for key in equation.keys { _ = unknowns.column(key) } }
        for (_, secret) in secrets { for key in secret.keys { _ = unknowns.column(key) } }
        func vector(_ equation: Equation) -> [Int64] {
            var vector = [Int64](repeating: 0, count: unknowns.columns.count)
            for (key, value) in equation { vector[unknowns.columns[key]!] = value }
            return vector
        }
        var span = LinearSpan(width: unknowns.columns.count)
        for equation in equations { span.add(vector(equation)) }
        return secrets.filter { span.contains(vector($0.1)) }.map(\.0)
    }

    @Test("one assessment: totals, groups, participants without a role and don't know", arguments: 0..<6)
    func oneAssessment(batch: UInt64) throws {
        for seed in (batch * 50)..<((batch + 1) * 50) {
            var random = SeededGenerator(seed: seed)
            let assessment = Self.randomAssessment(&random)
            let card = Scorer().score(assessment)
            let renderer = ReportRenderer(assessment: assessment, scorecard: card, language: .en)
            let json = renderer.json()
            let found = Self.derivable(
                try Self.published(assessment, json: json), try Self.secrets(assessment, json: json))
            #expect(found.isEmpty, "seed \(seed): \(found)")
            // Every format renders whatever is withheld, and the group view lists no withheld statement.
            for format in [RenderFormat.text, .markdown, .html] { #expect(!renderer.render(format).isEmpty) }
            let view = GroupViewRenderer(language: .en, maximumItems: 20).statements(
                card, questionnaire: Self.questionnaire)
            for item in card.items where item.withheld != nil {
                #expect(!view.contains("\n  \(item.itemID)\n"), "seed \(seed)")
            }
            // Every other format shows the same cells: a statistic in the CSV exactly where the JSON has one.
            let document = renderer.document
            for row in CSVParser.parse(renderer.csv()).dropFirst() where row[0] == "item" {
                let entry = try #require(document.items.first { $0.id == row[2] })
                #expect(row[7].isEmpty == (entry.mean == nil), "seed \(seed), \(row[2])")
            }
        }
    }

    @Test("the group view over latecomers, one at a time", arguments: 0..<4)
    func latecomers(batch: UInt64) throws {
        for seed in (batch * 25)..<((batch + 1) * 25) {
            var random = SeededGenerator(seed: 10_000 + seed)
            var workshop = Workshop(
                new: Assessment(
                    organisation: "O", date: CalendarDate(year: 2026, month: 1, day: 1)!,
                    questionnaire: Self.questionnaire))
            let first = Int.random(in: 3...6, using: &random)
            for number in 0..<first {
                try workshop.handle(
                    .addParticipant(name: "p\(number)", role: Bool.random(using: &random) ? "g" : nil))
            }
            try workshop.handle(.next)
            func score(_ count: Int) throws {
                for answer in Self.answers(&random, empty: false) { try workshop.handle(.answer(answer)) }
            }
            for _ in 0..<first { try score(1) }
            var equations: [Equation] = []
            var secrets: [(String, Equation)] = []
            func look() throws {
                #expect(workshop.step == .groupView)
                var shown = workshop.assessment
                let included = Set(workshop.groupViewCohort.included)
                shown.participants = shown.participants.filter { included.contains($0.name) }
                let json = ReportRenderer(assessment: shown, scorecard: workshop.scorecard, language: .en)
                    .json()
                equations += try Self.published(shown, json: json)
            }
            try look()
            let late = Int.random(in: 1...5, using: &random)
            for number in 0..<late {
                try workshop.handle(
                    .addParticipant(name: "late\(number)", role: Bool.random(using: &random) ? "g" : nil))
                try score(1)
                try look()
            }
            secrets += try Self.secrets(
                workshop.assessment,
                json: ReportRenderer(
                    assessment: workshop.assessment, scorecard: Scorer().score(workshop.assessment),
                    language: .en
                ).json()
            )
            .filter { !$0.0.hasPrefix("group") }
            let found = Self.derivable(equations, secrets)
            #expect(found.isEmpty, "seed \(seed): \(found)")
        }
    }

    @Test("compare: newcomers and leavers between two assessments, by name and by count", arguments: 0..<4)
    func compare(batch: UInt64) throws {
        for seed in (batch * 25)..<((batch + 1) * 25) {
            var random = SeededGenerator(seed: 20_000 + seed)
            let old = Self.randomAssessment(&random)
            var new = old
            // Some leave, some come, some change their answers.
            new.participants.removeAll { _ in Int.random(in: 0..<5, using: &random) == 0 }
            for number in 0..<Int.random(in: 0...3, using: &random) {
                new.participants.append(
                    Participant(name: "n\(number)", role: "g0", answers: Self.answers(&random)))
            }
            for index in new.participants.indices where Int.random(in: 0..<4, using: &random) == 0 {
                new.participants[index].answers = Self.answers(&random)
            }
            let pseudonyms = Bool.random(using: &random)
            var oldFile = old
            var newFile = new
            if pseudonyms {
                // As imported: R00001, … says nothing about who is who, so only counts can be compared.
                for index in oldFile.participants.indices {
                    oldFile.participants[index].name = SurveyImporterNames.pseudonym(index + 1)
                }
                for index in newFile.participants.indices {
                    newFile.participants[index].name = SurveyImporterNames.pseudonym(index + 1)
                }
            }
            let scorer = Scorer()
            let comparison = Comparison(
                old: oldFile, oldScores: scorer.score(oldFile), new: newFile, newScores: scorer.score(newFile)
            )
            let json = ComparisonRenderer(comparison: comparison, language: .en).render(.json)
            let shown = try JSONDecoder().decode(ComparisonExport.self, from: Data(json.utf8))
            // Unknowns by the real names: the same person with the same answer is one unknown.
            var equations: [Equation] = []
            let index = Dictionary(
                uniqueKeysWithValues: Self.questionnaire.items.enumerated().map { ($1.id, $0) })
            for item in shown.items {
                if item.oldMean != nil {
                    equations.append(Self.cell(old.participants, item: index[item.id]!, mean: false))
                }
                if item.newMean != nil {
                    equations.append(Self.cell(new.participants, item: index[item.id]!, mean: false))
                }
            }
            let oldCard = scorer.score(old)
            let newCard = scorer.score(new)
            for change in shown.principles + shown.problemAreas {
                let target = try Target(parsing: change.id)
                if change.oldScore != nil, let score = oldCard.score(for: target) {
                    equations.append(
                        Self.sum(
                            score.scoredItemIDs.map {
                                Self.cell(old.participants, item: index[$0]!, mean: true)
                            }))
                }
                if change.newScore != nil, let score = newCard.score(for: target) {
                    equations.append(
                        Self.sum(
                            score.scoredItemIDs.map {
                                Self.cell(new.participants, item: index[$0]!, mean: true)
                            }))
                }
            }
            // Secret: the answers of everyone in only one of the two, alone, and together when fewer than three.
            let oldNames = Set(old.participants.map(\.name))
            let newNames = Set(new.participants.map(\.name))
            let movers =
                old.participants.filter { !newNames.contains($0.name) }
                + new.participants.filter { !oldNames.contains($0.name) }
            var secrets: [(String, Equation)] = []
            for item in Self.questionnaire.items.indices {
                let keys = movers.compactMap { Self.key($0, item) }
                for key in keys { secrets.append((key, [key: 1])) }
                if keys.count > 1, keys.count < 3 {
                    secrets.append(
                        ("movers on \(item)", Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: +)))
                }
            }
            let found = Self.derivable(equations, secrets)
            #expect(found.isEmpty, "seed \(seed), pseudonyms \(pseudonyms): \(found)")
        }
    }
}
