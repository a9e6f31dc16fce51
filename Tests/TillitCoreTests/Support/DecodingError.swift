import Foundation

@testable import TillitCore

/// The error that decoding `text` as an assessment file (named `a.json`) throws, or `nil` when it
/// decodes: what the tests of damaged files ask of every text they try.
func decodingError(_ text: String) -> AssessmentError? {
    do {
        _ = try AssessmentFile.decode(Data(text.utf8), file: "a.json")
        return nil
    } catch {
        return error
    }
}
