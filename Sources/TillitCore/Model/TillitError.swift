/// An error from the core that can explain itself to a user in Swedish and English.
///
/// The core never prints; front ends show ``message`` in the user's language. Every error the core
/// throws for bad input conforms, and names the file, line or field and what was expected.
public protocol TillitError: Error, Sendable {
    /// What went wrong and what was expected.
    var message: LocalizedText { get }
}

extension FrameworkError: TillitError {
    public var message: LocalizedText {
        LocalizedText(sv: description, en: description)
    }
}
