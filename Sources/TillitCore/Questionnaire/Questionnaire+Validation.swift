extension Questionnaire {
    /// Every problem that makes this questionnaire unusable, each with its JSON path; empty when it is
    /// valid.
    ///
    /// Checks: a non-empty id and title, a version and a first number of at least 1, a scale of at least two consecutive
    /// steps with labels, at least one item, unique item ids, and Swedish and English text everywhere.
    public func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func issue(_ path: String, sv: String, en: String) {
            issues.append(ValidationIssue(path: path, message: LocalizedText(sv: sv, en: en)))
        }
        func checkText(_ text: LocalizedText, _ path: String) {
            if text.sv.isBlank {
                issue(path + ".sv", sv: "svensk text saknas", en: "Swedish text is missing")
            }
            if text.en.isBlank {
                issue(path + ".en", sv: "engelsk text saknas", en: "English text is missing")
            }
        }
        if id.isBlank { issue("id", sv: "id saknas", en: "the id is missing") }
        if version < 1 {
            issue("version", sv: "versionen ska vara minst 1", en: "the version must be at least 1")
        }
        if firstNumber < 1 {
            issue(
                "firstNumber", sv: "första numret ska vara minst 1", en: "the first number must be at least 1"
            )
        }
        checkText(title, "title")
        if scale.steps.count < 2 {
            issue(
                "scale.steps", sv: "skalan behöver minst två steg", en: "the scale needs at least two steps")
        }
        for (index, step) in scale.steps.enumerated() {
            if index > 0, step.value != scale.steps[index - 1].value + 1 {
                issue(
                    "scale.steps[\(index)].value",
                    sv: "stegen ska ha på varandra följande värden i stigande ordning",
                    en: "steps must have consecutive values in ascending order")
            }
            checkText(step.label, "scale.steps[\(index)].label")
        }
        checkText(scale.dontKnow, "scale.dontKnow")
        if items.isEmpty {
            issue("items", sv: "frågeformuläret har inga påståenden", en: "the questionnaire has no items")
        }
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            if item.id.isBlank { issue("items[\(index)].id", sv: "id saknas", en: "the id is missing") }
            if let first = seen[item.id] {
                issue(
                    "items[\(index)].id",
                    sv: "id '\(item.id)' används redan av items[\(first)]",
                    en: "duplicate item id '\(item.id)', first used by items[\(first)]")
            } else {
                seen[item.id] = index
            }
            checkText(item.text, "items[\(index)].text")
            if let link = item.link { checkText(link.reason, "items[\(index)].link.reason") }
        }
        return issues
    }
}

extension String {
    var isBlank: Bool {
        // A visible ASCII first character settles it without Unicode property look-ups, which matter
        // when 100,000 participants are checked.
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return allSatisfy(\.isWhitespace)
    }
}
