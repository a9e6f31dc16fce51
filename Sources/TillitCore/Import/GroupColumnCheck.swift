/// Whether the values of a survey's group column identify people rather than groups — e-mail
/// addresses, Swedish personal identity numbers, or values that are mostly unique — in which case the
/// column is refused: it would put identities into the file meant for sharing, and every group would be
/// a group of one.
///
/// Fed one value per respondent as the import reads them; decided once at the end.
struct GroupColumnCheck: Sendable {
    /// How often each value occurs.
    private var counts: [String: Int] = [:]
    /// The first value that looks like an e-mail address or a personal identity number.
    private(set) var identifying: (value: String, kind: ColumnProblem.Identity)?
    /// The respondents with a value.
    private var total = 0

    /// Counts `respondents` respondents' value (already trimmed; empty for none).
    mutating func add(_ value: String, respondents: Int = 1) {
        guard !value.isEmpty, respondents > 0 else { return }
        total += respondents
        let seen = counts[value, default: 0]
        counts[value] = seen + respondents
        // Each distinct value is looked at once: a survey has few groups and many rows.
        if seen == 0, identifying == nil, let kind = GroupColumnCheck.identity(value) {
            identifying = (value, kind)
        }
    }

    /// Counts what `other` counted after what this check has: the values of a later part of the file.
    mutating func add(_ other: GroupColumnCheck) {
        for (value, respondents) in other.counts { counts[value, default: 0] += respondents }
        total += other.total
        if identifying == nil { identifying = other.identifying }
    }

    /// The problem with the column, or `nil` when its values look like groups.
    func problem(header: String) -> ColumnProblem? {
        if let identifying { return .identifyingGroupColumn(header: header, kind: identifying.kind) }
        // Mostly unique: more than half the respondents with a value have a value no one else has.
        let alone = counts.values.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
        if total >= 4, alone * 2 > total { return .identifyingGroupColumn(header: header, kind: .unique) }
        return nil
    }

    /// What kind of identity a value looks like, if any.
    static func identity(_ value: String) -> ColumnProblem.Identity? {
        let scalars = Array(value.unicodeScalars)
        if let at = scalars.firstIndex(of: "@"), at > 0, scalars[(at + 1)...].contains("."),
            !scalars.contains(" ")
        {
            return .email
        }
        // A personnummer or samordningsnummer: YYMMDD or YYYYMMDD, optionally - or +, then four digits.
        let digits = scalars.filter { $0 != "-" && $0 != "+" && $0 != " " }
        let separators = scalars.count - digits.count
        guard separators <= 1, digits.count == 10 || digits.count == 12,
            digits.allSatisfy({ $0.isASCII && $0.properties.numericType == .decimal })
        else { return nil }
        // The birth date must be one: month 01–12, day 01–31 (or 61–91 for a samordningsnummer).
        let numbers = digits.map { Int($0.value) - 48 }
        let start = digits.count - 8
        let month = numbers[start] * 10 + numbers[start + 1]
        let day = numbers[start + 2] * 10 + numbers[start + 3]
        guard (1...12).contains(month), (1...31).contains(day) || (61...91).contains(day) else { return nil }
        return .personalIdentityNumber
    }
}
