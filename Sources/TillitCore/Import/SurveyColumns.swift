/// Which column of a survey export feeds which item, the group and the respondent's identity.
///
/// A column matches an item when its header is the item's id, its Swedish statement or its English
/// statement (compared as ``SurveyText`` does), or when the mapping says so; the mapping wins for the
/// columns it names. A header that matches nothing as a whole but ends in brackets is matched by what
/// the brackets hold: grid columns are headed `Question [Statement]` by Google Forms and LimeSurvey
/// (full question text), and `G02Q02[SQ001]` by LimeSurvey's codes, where a sub-question coded as the
/// item's id without hyphens (`qtillit` for `q-tillit`) matches it too. Every item needs exactly one
/// column; every problem is collected, so the error lists them all.
struct SurveyColumns: Sendable {
    /// The column of each item, in questionnaire order.
    var itemColumns: [Int]
    /// The group column.
    var groupColumn: Int?
    /// The column with the respondent's name or e-mail address, used only with `keepIdentities`.
    var identityColumn: Int?
    /// The headers of unused columns.
    var ignored: [String]

    /// Headers that hold a respondent's name or e-mail address, normalised.
    static let identityHeaders: [String] = [
        "name", "namn", "full name", "fullständigt namn", "respondent", "email", "e-mail", "email address",
        "e-mail address", "e-post", "e-postadress", "epost", "mail",
    ]

    /// What a normalised header holds in brackets at its end (`grid title [statement]`), if anything.
    static func bracketed(_ key: String) -> String? {
        guard key.hasSuffix("]"), let open = key.lastIndex(of: "[") else { return nil }
        let inner = key[key.index(after: open)..<key.index(before: key.endIndex)]
        let trimmed = inner.drop(while: { $0 == " " })
        return trimmed.isEmpty ? nil : String(trimmed.reversed().drop(while: { $0 == " " }).reversed())
    }

    /// Matches a header line against a questionnaire; throws the list of every problem.
    init(
        header: [String], questionnaire: Questionnaire, options: SurveyImportOptions, file: String
    ) throws(ImportError) {
        let normalized = header.map(SurveyText.normalize)
        var problems: [ColumnProblem] = []

        groupColumn = nil
        if let group = options.groupColumn {
            groupColumn = normalized.firstIndex(of: SurveyText.normalize(group))
            if groupColumn == nil { problems.append(.missingGroupColumn(header: group)) }
        }
        identityColumn = nil
        if options.keepIdentities {
            identityColumn =
                SurveyColumns.identityHeaders.lazy.compactMap { normalized.firstIndex(of: $0) }
                .first
            if identityColumn == nil { problems.append(.missingIdentityColumn) }
        }

        var byKey: [String: Set<Int>] = [:]
        for (index, item) in questionnaire.items.enumerated() {
            for key in [item.id, item.id.filter { $0 != "-" }, item.text.sv, item.text.en] {
                byKey[SurveyText.normalize(key), default: []].insert(index)
            }
        }
        var mapped: [String: String] = [:]
        for (column, id) in options.mapping {
            let key = SurveyText.normalize(column)
            mapped[key] = id
            if !normalized.contains(key) { problems.append(.missingMappedColumn(header: column)) }
        }

        var columnsOfItem = [[Int]](repeating: [], count: questionnaire.items.count)
        var ignored: [String] = []
        for (column, key) in normalized.enumerated() where column != groupColumn {
            let items: [Int]
            if let id = mapped[key] {
                items = questionnaire.index(ofItem: id).map { [$0] } ?? []
            } else {
                items = (byKey[key] ?? SurveyColumns.bracketed(key).flatMap { byKey[$0] } ?? []).sorted()
            }
            switch items.count {
            case 0:
                ignored.append(header[column])
            case 1:
                columnsOfItem[items[0]].append(column)
            default:
                problems.append(
                    .ambiguousColumn(
                        header: header[column], itemIDs: items.map { questionnaire.items[$0].id }))
            }
        }
        var itemColumns: [Int] = []
        for (index, columns) in columnsOfItem.enumerated() {
            let id = questionnaire.items[index].id
            switch columns.count {
            case 0: problems.append(.missing(itemID: id))
            case 1: itemColumns.append(columns[0])
            default: problems.append(.ambiguousItem(itemID: id, headers: columns.map { header[$0] }))
            }
        }
        if !problems.isEmpty { throw .columns(file: file, problems: problems) }
        self.itemColumns = itemColumns
        self.ignored = ignored
    }
}
