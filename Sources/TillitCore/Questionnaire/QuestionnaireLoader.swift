import Foundation

/// Loads custom questionnaires from JSON and reports every problem at once.
///
/// The file has the schema that `tillit-assess questionnaire --format json` writes: `id`, `version`,
/// `title` (`sv`, `en`), `scale` (`id`, `steps` with `value` and `label`, `dontKnow`), and `items` with
/// `id`, `principle` or `problemArea`, `text` (`sv`, `en`), an optional `source` and an optional `link`
/// (`kind` `inferred` or `unscored`, and a `reason` in `sv` and `en`). A missing scale means the
/// built-in 1–5 scale; an optional `firstNumber` gives the number a printed form starts from.
public enum QuestionnaireLoader {
    /// Reads and validates a questionnaire; `file` names it in error messages.
    public static func load(_ data: Data, file: String) throws(QuestionnaireError) -> Questionnaire {
        // Syntax errors with their line and column, and duplicate keys, before the bytes are parsed.
        if let problem = JSONValidator.problem(in: data) {
            throw QuestionnaireError(file: file, issues: [ValidationIssue(path: "", message: problem)])
        }
        let root: JSONValue
        do {
            root = try JSONValue.parse(data)
        } catch {
            throw QuestionnaireError(
                file: file,
                issues: [ValidationIssue(path: "", message: JSONIssue.syntax(error))])
        }
        var issues: [ValidationIssue] = []
        func issue(_ path: String, sv: String, en: String) {
            issues.append(ValidationIssue(path: path, message: LocalizedText(sv: sv, en: en)))
        }
        guard let object = root.object else {
            throw QuestionnaireError(
                file: file,
                issues: [
                    ValidationIssue(
                        path: "",
                        message: LocalizedText(
                            sv: "förväntade ett JSON-objekt", en: "expected a JSON object"))
                ])
        }
        func string(_ value: JSONValue?, _ path: String) -> String {
            guard let value else {
                issue(path, sv: "fältet saknas", en: "the field is missing")
                return ""
            }
            guard let text = value.string else {
                issue(path, sv: "förväntade en text", en: "expected a string")
                return ""
            }
            return text
        }
        func text(_ value: JSONValue?, _ path: String) -> LocalizedText {
            guard let object = value?.object else {
                issue(
                    path, sv: "förväntade ett objekt med \"sv\" och \"en\"",
                    en: "expected an object with \"sv\" and \"en\"")
                return LocalizedText(sv: "-", en: "-")
            }
            return LocalizedText(
                sv: string(object["sv"], path + ".sv"), en: string(object["en"], path + ".en"))
        }
        func integer(_ value: JSONValue?, _ path: String) -> Int {
            guard let exact = value?.integer else {
                issue(path, sv: "förväntade ett heltal", en: "expected a whole number")
                return 0
            }
            return exact
        }

        let id = string(object["id"], "id")
        let version = integer(object["version"], "version")
        let firstNumber = object["firstNumber"].map { integer($0, "firstNumber") } ?? 1
        let title = text(object["title"], "title")
        var scale = AnswerScale.agreement
        if let rawScale = object["scale"] {
            if let scaleObject = rawScale.object {
                let steps = scaleObject["steps"]?.array.map { steps in
                    steps.enumerated().map { index, step in
                        let path = "scale.steps[\(index)]"
                        let stepObject = step.object ?? [:]
                        return ScaleStep(
                            value: integer(stepObject["value"], path + ".value"),
                            label: text(stepObject["label"], path + ".label"))
                    }
                }
                if steps == nil { issue("scale.steps", sv: "förväntade en lista", en: "expected an array") }
                scale = AnswerScale(
                    id: scaleObject["id"]?.string ?? "custom", steps: steps ?? [],
                    dontKnow: scaleObject["dontKnow"].map { text($0, "scale.dontKnow") }
                        ?? AnswerScale.agreement.dontKnow)
            } else if let name = rawScale.string,
                let builtIn = [AnswerScale.agreement, .yesNo].first(where: {
                    $0.id == name
                })
            {
                scale = builtIn
            } else {
                issue(
                    "scale", sv: "förväntade \"agreement-5\", \"yes-no\" eller ett skalobjekt",
                    en: "expected \"agreement-5\", \"yes-no\" or a scale object")
            }
        }
        var items: [QuestionnaireItem] = []
        if let rawItems = object["items"]?.array {
            for (index, rawItem) in rawItems.enumerated() {
                let path = "items[\(index)]"
                guard let item = rawItem.object else {
                    issue(path, sv: "förväntade ett objekt", en: "expected an object")
                    continue
                }
                let itemID = string(item["id"], path + ".id")
                let statement = text(item["text"], path + ".text")
                var target: Target?
                switch (item["principle"], item["problemArea"]) {
                case (let principle?, nil):
                    let name = string(principle, path + ".principle")
                    if let id = PrincipleID(rawValue: name) {
                        target = .principle(id)
                    } else if !name.isEmpty {
                        issue(
                            path + ".principle",
                            sv: "okänd princip '\(name)'; giltiga: "
                                + PrincipleID.allCases.map(\.rawValue).joined(separator: ", "),
                            en: "unknown principle '\(name)'; expected one of: "
                                + PrincipleID.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                case (nil, let area?):
                    let name = string(area, path + ".problemArea")
                    if let id = ProblemAreaID(rawValue: name) {
                        target = .problemArea(id)
                    } else if !name.isEmpty {
                        issue(
                            path + ".problemArea",
                            sv: "okänt problemområde '\(name)'; giltiga: "
                                + ProblemAreaID.allCases.map(\.rawValue).joined(separator: ", "),
                            en: "unknown problem area '\(name)'; expected one of: "
                                + ProblemAreaID.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                case (nil, nil):
                    issue(
                        path, sv: "ange \"principle\" eller \"problemArea\"",
                        en: "give \"principle\" or \"problemArea\"")
                default:
                    issue(
                        path, sv: "ange antingen \"principle\" eller \"problemArea\", inte båda",
                        en: "give either \"principle\" or \"problemArea\", not both")
                }
                var source: SourceReference?
                if let rawSource = item["source"]?.object {
                    source = SourceReference(
                        document: rawSource["document"]?.string ?? "",
                        section: rawSource["section"]?.string ?? "")
                }
                var link: ItemLink?
                if let rawLink = item["link"] {
                    let linkPath = path + ".link"
                    let linkObject = rawLink.object ?? [:]
                    if rawLink.object == nil {
                        issue(linkPath, sv: "förväntade ett objekt", en: "expected an object")
                    }
                    let kindName = string(linkObject["kind"], linkPath + ".kind")
                    let kind = ItemLink.Kind(rawValue: kindName)
                    if kind == nil, !kindName.isEmpty {
                        let kinds = ItemLink.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                        issue(
                            linkPath + ".kind", sv: "okänd typ av koppling '\(kindName)'; giltiga: \(kinds)",
                            en: "unknown kind of link '\(kindName)'; expected one of: \(kinds)")
                    }
                    link = ItemLink(
                        kind: kind ?? .inferred, reason: text(linkObject["reason"], linkPath + ".reason"))
                }
                // An item with a bad target is kept with a stand-in so that later paths keep their indices;
                // its issue is already reported, so the questionnaire is refused anyway.
                items.append(
                    QuestionnaireItem(
                        id: itemID, target: target ?? .principle(.tillit), text: statement, source: source,
                        link: link))
            }
        } else {
            issue("items", sv: "förväntade en lista med påståenden", en: "expected an array of items")
        }
        let questionnaire = Questionnaire(
            id: id, version: version, firstNumber: firstNumber, title: title, scale: scale, items: items)
        // Structural issues found above come first; the semantic checks skip what is already reported.
        let reported = Set(issues.map(\.path))
        issues += questionnaire.validate().filter { !reported.contains($0.path) }
        if !issues.isEmpty { throw QuestionnaireError(file: file, issues: issues) }
        return questionnaire
    }
}

/// Messages for JSON that does not parse.
enum JSONIssue {
    static func syntax(_ error: any Error) -> LocalizedText {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return LocalizedText(sv: "ogiltig JSON: \(detail)", en: "invalid JSON: \(detail)")
    }
}
