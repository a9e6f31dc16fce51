import TillitCore

/// The command line's words for what the disclosure rules withhold or leave out, shared by `import` and
/// the workshop's setup so that both warn alike.
enum DisclosureText {
    /// A warning naming the groups that will not be shown and why, or `nil` when every group will be.
    static func withheldGroups(_ groups: [WithheldGroup], threshold: Int) -> LocalizedText? {
        guard !groups.isEmpty else { return nil }
        func list(_ reason: WithheldReason) -> String {
            groups.filter { ($0.reason == .complement) == (reason == .complement) }
                .map { "\($0.group) (\($0.participants))" }.joined(separator: ", ")
        }
        let small = list(.fewerAnswers)
        let complement = list(.complement)
        var sv: [String] = []
        var en: [String] = []
        if !small.isEmpty {
            sv.append(
                "Dessa grupper redovisas inte, eftersom färre än \(threshold) i dem svarar: "
                    + small + ".")
            en.append(
                "These groups will not be shown, since fewer than \(threshold) in them answer: \(small).")
        }
        if !complement.isEmpty {
            sv.append(
                "Inte heller dessa, eftersom helheten minus dem annars skulle visa färre än \(threshold) "
                    + "personers svar: \(complement).")
            en.append(
                "Nor these, since the total minus them would otherwise give away the answers of fewer than "
                    + "\(threshold) people: \(complement).")
        }
        return LocalizedText(sv: sv.joined(separator: " "), en: en.joined(separator: " "))
    }

    /// The note that rows without a single answer were left out, or `nil` when there were none.
    static func emptyRows(_ lines: [Int]) -> LocalizedText? {
        guard !lines.isEmpty else { return nil }
        let count = lines.count
        let listed = lines.prefix(20).map(String.init).joined(separator: ", ") + (count > 20 ? ", …" : "")
        return LocalizedText(
            sv: "\(count) \(count == 1 ? "rad" : "rader") utan ett enda svar hoppades över och räknas inte "
                + "som svarande (rad \(listed)).",
            en: "Skipped \(count) row\(count == 1 ? "" : "s") without a single answer; not counted as "
                + "respondents (line\(count == 1 ? "" : "s") \(listed)).")
    }
}
