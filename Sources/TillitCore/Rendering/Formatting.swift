import Foundation

/// Number formatting shared by all renderers, so a score reads the same in every format.
public enum Formatting {
    /// A number with a fixed count of decimals and a point, e.g. `3.25`; independent of locale so that
    /// files are the same on every machine.
    public static func decimal(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// A number for a reader in the given language: `3,3` in Swedish, `3.3` in English; `–` for none.
    public static func decimal(_ value: Double?, decimals: Int = 1, language: Language) -> String {
        guard let value else { return "–" }
        let text = decimal(value, decimals: decimals)
        return language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
