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

    /// A warning when the whole team is smaller than the threshold: the group view and the report will
    /// show no figure at all, which the facilitator must know before the team starts scoring; `nil`
    /// otherwise.
    static func teamTooSmall(_ participants: Int, threshold: Int) -> LocalizedText? {
        guard participants > 0, participants < threshold else { return nil }
        return LocalizedText(
            sv: "Med \(participants) deltagare visar gruppens bild och "
                + "rapporten inga siffror: ett resultat redovisas först när minst \(threshold) har svarat, så "
                + "att ingen kan räkna fram någon annans svar. Lägg till fler deltagare (r), eller låt fler "
                + "skatta i förväg och lägg in deras svar med merge.",
            en:
                "With \(participants) participant\(participants == 1 ? "" : "s"), the group view and the report "
                + "show no figures: a result is shown only once at least \(threshold) have answered, so that no "
                + "one can work out anyone else's answers. Add participants (r), or let more score beforehand "
                + "and add their answers with merge.")
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
