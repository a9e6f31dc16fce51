/// One way the columns of a survey export fail to fit the questionnaire.
public enum ColumnProblem: Sendable, Hashable {
    /// No column matches the item (by id, Swedish or English statement, or the mapping).
    case missing(itemID: String)
    /// More than one column matches the item; the headers of all of them.
    case ambiguousItem(itemID: String, headers: [String])
    /// One column matches more than one item.
    case ambiguousColumn(header: String, itemIDs: [String])
    /// The column named by `--group-column` is not in the header.
    case missingGroupColumn(header: String)
    /// `--keep-identities` was given but no column holds names or e-mail addresses.
    case missingIdentityColumn
    /// The mapping names a column the header does not have.
    case missingMappedColumn(header: String)
    /// The group column holds identities, not groups: e-mail addresses, personal identity numbers, or
    /// values mostly unique to one respondent.
    case identifyingGroupColumn(header: String, kind: Identity)

    /// What a refused group column's values look like.
    public enum Identity: String, Sendable, Hashable {
        /// E-mail addresses.
        case email
        /// Swedish personal identity numbers (personnummer, samordningsnummer).
        case personalIdentityNumber
        /// Values that are mostly unique to one respondent.
        case unique
    }

    /// What is wrong, for the error listing.
    public var message: LocalizedText {
        switch self {
        case .missing(let item):
            return LocalizedText(
                sv: "påståendet '\(item)' har ingen kolumn", en: "the item '\(item)' has no column")
        case .ambiguousItem(let item, let headers):
            let list = headers.map { "\"\(ColumnProblem.shorten($0))\"" }.joined(separator: ", ")
            return LocalizedText(
                sv: "påståendet '\(item)' matchar flera kolumner: \(list)",
                en: "the item '\(item)' matches more than one column: \(list)")
        case .ambiguousColumn(let header, let items):
            let list = items.map { "'\($0)'" }.joined(separator: ", ")
            return LocalizedText(
                sv: "kolumnen \"\(ColumnProblem.shorten(header))\" matchar flera påståenden: \(list)",
                en: "the column \"\(ColumnProblem.shorten(header))\" matches more than one item: \(list)")
        case .missingGroupColumn(let header):
            return LocalizedText(
                sv: "gruppkolumnen \"\(header)\" finns inte i rubrikraden",
                en: "the group column \"\(header)\" is not in the header")
        case .missingIdentityColumn:
            return LocalizedText(
                sv: "--keep-identities angavs men ingen kolumn heter Namn, Name, E-post eller E-mail",
                en: "--keep-identities was given but no column is called Name, Namn, E-mail or E-post")
        case .identifyingGroupColumn(let header, let kind):
            let what: LocalizedText
            switch kind {
            case .email:
                what = LocalizedText(sv: "ser ut som e-postadresser", en: "look like e-mail addresses")
            case .personalIdentityNumber:
                what = LocalizedText(sv: "ser ut som personnummer", en: "look like personal identity numbers")
            case .unique:
                what = LocalizedText(
                    sv: "är för det mesta unika för en svarande", en: "are mostly unique to one respondent")
            }
            let column = ColumnProblem.shorten(header)
            return LocalizedText(
                sv:
                    "gruppkolumnen \"\(column)\" kan inte användas: värdena \(what.sv), så de pekar ut personer "
                    + "i stället för grupper; ange en kolumn med roller eller enheter som flera delar",
                en: "the group column \"\(column)\" cannot be used: its values \(what.en), so they point out "
                    + "people rather than groups; give a column of roles or units that several share")
        case .missingMappedColumn(let header):
            return LocalizedText(
                sv: "kolumnen \"\(ColumnProblem.shorten(header))\" i mappningen finns inte i rubrikraden",
                en: "the column \"\(ColumnProblem.shorten(header))\" in the mapping is not in the header")
        }
    }

    /// A header cut to 50 characters, so that a long statement does not swamp the message.
    static func shorten(_ header: String) -> String {
        header.count <= 50 ? header : String(header.prefix(49)) + "…"
    }
}
