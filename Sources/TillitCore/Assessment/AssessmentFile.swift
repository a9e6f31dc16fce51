import Foundation

/// Reads and writes assessment files (`.tillit.json`).
///
/// Reading is all or nothing: a file of a newer format version, JSON that does not parse, a missing or
/// mistyped field, or a value out of range gives an ``AssessmentError`` that names the file and the
/// field, never a partial assessment. Writing is atomic (``AtomicFile``).
public enum AssessmentFile {
    /// Decodes and validates an assessment; `file` names it in error messages.
    public static func decode(_ data: Data, file: String) throws(AssessmentError) -> Assessment {
        struct Probe: Decodable { var formatVersion: Int? }
        let decoder = JSONDecoder()
        do {
            let probe = try decoder.decode(Probe.self, from: data)
            if let version = probe.formatVersion, version > Assessment.currentFormatVersion {
                throw AssessmentError.newerFormat(
                    file: file, found: version, supported: Assessment.currentFormatVersion)
            }
        } catch let error as AssessmentError {
            throw error
        } catch {
            throw describe(error, file: file)
        }
        let assessment: Assessment
        do {
            assessment = try decoder.decode(Assessment.self, from: data)
        } catch {
            throw describe(error, file: file)
        }
        let issues = assessment.validate()
        guard issues.isEmpty else { throw .invalid(file: file, issues: issues) }
        return assessment
    }

    /// Encodes an assessment as stable, readable JSON (sorted keys, pretty-printed).
    public static func encode(_ assessment: Assessment) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding value types with string keys and finite numbers cannot fail.
        return try! encoder.encode(assessment)
    }

    /// Reads an assessment from disk.
    public static func read(from url: URL) throws -> Assessment {
        let data = try Data(contentsOf: url)
        return try decode(data, file: url.lastPathComponent)
    }

    /// Writes an assessment to disk atomically.
    public static func write(_ assessment: Assessment, to url: URL) throws {
        try AtomicFile.write(encode(assessment), to: url)
    }

    /// Turns a decoding error into an error that names the field as a JSON path.
    static func describe(_ error: any Error, file: String) -> AssessmentError {
        guard let error = error as? DecodingError else {
            return .malformed(file: file, path: "", reason: "\(error)")
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return .malformed(file: file, path: "", reason: JSONIssue.syntax(context.underlyingError ?? error).en)
        case .dataCorrupted(let context):
            return .malformed(file: file, path: jsonPath(context.codingPath), reason: context.debugDescription)
        case .keyNotFound(let key, let context):
            return .malformed(
                file: file, path: jsonPath(context.codingPath + [key]), reason: "the field is missing")
        case .typeMismatch(let type, let context):
            return .malformed(
                file: file, path: jsonPath(context.codingPath), reason: "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return .malformed(
                file: file, path: jsonPath(context.codingPath), reason: "expected \(describe(type)), found null")
        @unknown default:
            return .malformed(file: file, path: "", reason: "\(error)")
        }
    }

    /// `participants[2].answers[5]` from a coding path.
    static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return path
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int?.Type: "a whole number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "an array" : "an object"
        }
    }
}
