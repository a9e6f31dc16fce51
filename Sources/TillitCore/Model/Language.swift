/// A language in which Tillit speaks to its users.
///
/// The workshop is run in Swedish or English; every text a user reads exists in both, so the
/// language is a choice of presentation and never changes what is stored.
public enum Language: String, Sendable, Codable, Hashable, CaseIterable {
    /// Swedish, the language of the source reports and of most workshops.
    case sv
    /// English, for international staff and for readers outside Sweden.
    case en

    /// The language implied by a POSIX locale string such as `sv_SE.UTF-8`.
    ///
    /// Swedish for every locale beginning with `sv`, English otherwise, so that a machine set up for
    /// Swedish speaks Swedish without any option.
    public init(locale: String?) {
        if let locale, locale.lowercased().hasPrefix("sv") {
            self = .sv
        } else {
            self = .en
        }
    }

    /// The language a process should use given its environment: `LC_ALL` wins over `LANG`, as in POSIX.
    public init(environment: [String: String]) {
        let lcAll = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
        self.init(locale: lcAll ?? environment["LANG"])
    }
}
