import Foundation

/// Reads and writes assessment files (`.tillit.json`).
///
/// Reading is all or nothing: a file of a newer format version, JSON that does not parse, a key that
/// appears twice, a missing or mistyped field, or a value out of range gives an ``AssessmentError`` that
/// names the file, the line and column or the field, and what was expected; never a partial assessment.
/// Writing is atomic (``AtomicFile``).
public enum AssessmentFile {
    /// Decodes and validates an assessment; `file` names it in error messages.
    ///
    /// The bytes are first checked in one pass that builds nothing: syntax, duplicate keys and the
    /// participants' shape (rows of format version 2, or objects of version 1), so a damaged file of any
    /// size is refused quickly, in little memory, with its line and column. Then the participants are
    /// read by a dedicated byte-level reader and the rest of the document by `JSONDecoder`.
    public static func decode(_ data: Data, file: String) throws(AssessmentError) -> Assessment {
        try decode(data, file: file, mapped: false)
    }

    /// Decodes bytes that may be a mapping of the file (``FileBytes``), whose checked pages are then
    /// handed back to the system as the check goes on.
    static func decode(_ data: Data, file: String, mapped: Bool) throws(AssessmentError) -> Assessment {
        var assessment = try open(data, file: file, mapped: mapped) {
            (rows: ParticipantRows) throws(ParticipantRows.Problem) -> [Participant] in
            var participants: [Participant] = []
            // Each character's answer, looked up rather than worked out: this sees every answer.
            let values = (0...255).map { AnswerCode.answer(UInt8($0)) ?? nil }
            try rows.forEach { row in
                let answers = [Int?](unsafeUninitializedCapacity: row.answers.count) { buffer, count in
                    for (index, byte) in row.answers.enumerated() {
                        (buffer.baseAddress! + index).initialize(to: values[Int(byte)])
                    }
                    count = row.answers.count
                }
                participants.append(
                    Participant(name: row.nameText, role: row.group.map { rows.groups[$0] }, answers: answers)
                )
            }
            return participants
        }
        if let participants = assessment.participants { assessment.shell.participants = participants }
        let issues = assessment.shell.validate()
        guard issues.isEmpty else { throw .invalid(file: file, issues: issues) }
        return assessment.shell
    }

    /// Checks the document in one pass, decodes everything but the participants with `JSONDecoder`, and
    /// hands rows of format version 2 to `rows` (whose result becomes the participants); objects of
    /// version 1 are read by ``ParticipantsJSON``. The shell comes back with the current format version
    /// and no participants, unless only `JSONDecoder` could read them; `participants` is `nil` when
    /// there were none to read apart. `visitor` is handed each row as the one pass has checked it, so
    /// that a reader may gather what it needs then and have `rows` read the rows again only when it must.
    static func open(
        _ data: Data, file: String, mapped: Bool, visitor: RowVisitor? = nil,
        rows: (ParticipantRows) throws(ParticipantRows.Problem) -> [Participant]
    ) throws(AssessmentError) -> (shell: Assessment, participants: [Participant]?) {
        let shape: JSONValidator.ParticipantShape
        let located: Range<Int>?
        do {
            (shape, located) = try JSONValidator.check(
                data, assessment: true, releasesPages: mapped, visitor: visitor)
        } catch {
            // A newer format may well look wrong to this version; say that rather than what looks wrong.
            let version = data.withUnsafeBytes {
                ParticipantsJSON.formatVersion($0.bindMemory(to: UInt8.self))
            }
            if let version, version > Assessment.currentFormatVersion {
                throw .newerFormat(file: file, found: version, supported: Assessment.currentFormatVersion)
            }
            throw .malformedAt(
                file: file, line: error.line, column: error.column, path: error.path, reason: error.reason)
        }
        let split: (rest: Data, range: Range<Int>, participants: [Participant]?)? = data.withUnsafeBytes {
            raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let found: (range: Range<Int>, participants: [Participant]?)?
            if shape == .rows {
                found = located.map { ($0, nil) }
            } else {
                found = ParticipantsJSON.read(bytes).map { ($0.range, $0.participants) }
            }
            guard let found else { return nil }
            var rest = Data(UnsafeBufferPointer(rebasing: bytes[..<found.range.lowerBound]))
            rest.append(contentsOf: "[]".utf8)
            rest.append(UnsafeBufferPointer(rebasing: bytes[found.range.upperBound...]))
            return (rest, found.range, found.participants)
        }
        var assessment: Assessment
        var groups: [String] = []
        do {
            let rest = split?.rest ?? data
            assessment = try decodeWithFoundation(rest, file: file)
            if shape == .rows { groups = try decodeGroups(rest, file: file) }
        } catch .malformed(let file, let path, let reason) where !path.isEmpty {
            // JSONDecoder knows the path; the line and column are found in the bytes the user sees.
            guard let (line, column) = JSONValidator.locate(path, in: data) else {
                throw .malformed(file: file, path: path, reason: reason)
            }
            throw .malformedAt(file: file, line: line, column: column, path: path, reason: reason)
        }
        // Rows need a reader of version 2; objects are read in any version, since they are what
        // `JSONEncoder` makes of an ``Assessment``.
        let version = assessment.formatVersion
        if shape == .rows, version < 2 {
            let (line, column) = JSONValidator.locate("participants[0]", in: data) ?? (1, 1)
            throw .malformedAt(
                file: file, line: line, column: column, path: "participants[0]",
                reason: LocalizedText(
                    sv:
                        "filformat \(version) skriver en deltagare som ett objekt med name, role och answers; "
                        + "rader som den här kräver \"formatVersion\" : 2",
                    en: "format version \(version) writes a participant as an object with name, role and "
                        + "answers; rows like this one need \"formatVersion\" : 2"))
        }
        assessment.formatVersion = Assessment.currentFormatVersion
        guard shape == .rows, let split else { return (assessment, split?.participants) }
        let result = data.withUnsafeBytes { raw -> Result<[Participant], ParticipantRows.Problem> in
            let reader = ParticipantRows(
                bytes: raw.bindMemory(to: UInt8.self), range: split.range, groups: groups,
                code: AnswerCode(assessment.questionnaire.scale), questionnaire: assessment.questionnaire,
                releasesPages: mapped)
            do throws(ParticipantRows.Problem) {
                return .success(try rows(reader))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let participants):
            return (assessment, participants)
        case .failure(let problem):
            let (line, column) = data.withUnsafeBytes {
                ParticipantRows.place(of: problem.offset, in: $0.bindMemory(to: UInt8.self))
            }
            throw .malformedAt(
                file: file, line: line, column: column, path: problem.path, reason: problem.reason)
        }
    }

    /// The `groups` of a document of format version 2: the roles its rows' group indices point into.
    private static func decodeGroups(_ data: Data, file: String) throws(AssessmentError) -> [String] {
        struct Groups: Decodable { var groups: [String]? }
        do {
            return try JSONDecoder().decode(Groups.self, from: data).groups ?? []
        } catch {
            throw describe(error, file: file)
        }
    }

    /// Decodes with `JSONDecoder`, refusing a newer format version first; does not validate.
    private static func decodeWithFoundation(_ data: Data, file: String) throws(AssessmentError) -> Assessment
    {
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
        do {
            return try decoder.decode(Assessment.self, from: data)
        } catch {
            throw describe(error, file: file)
        }
    }

    /// Encodes an assessment as stable, readable JSON (sorted keys, pretty-printed).
    ///
    /// The participants are written by a dedicated byte-level writer, one participant a line: in format
    /// version 2 as a row `["name",group,"answers"]` with the groups listed after them, one character per
    /// answer; an assessment whose scale has values other than single digits in version 1. The rest by
    /// `JSONEncoder`.
    public static func encode(_ assessment: Assessment) -> Data {
        encode(assessment, formatVersion: Assessment.currentFormatVersion)
    }

    /// Encodes in format version 1 or 2 (``encode(_:)`` writes the latest that fits; tests write 1 to
    /// check that such files are still read).
    static func encode(_ assessment: Assessment, formatVersion: Int) -> Data {
        let answers = assessment.questionnaire.items.count
        let writer = writer(
            for: assessment, capacity: assessment.participants.count * (32 + answers * 3),
            formatVersion: formatVersion)
        for participant in assessment.participants {
            participant.answers.withUnsafeBufferPointer {
                writer.append(name: participant.name, role: participant.role, answers: $0)
            }
        }
        return finish(writer)
    }

    /// The latest format version an assessment can be written in: ``Assessment/currentFormatVersion``,
    /// or 1 when its scale does not fit one character per answer.
    static func formatVersion(for assessment: Assessment) -> Int {
        AnswerCode.fits(assessment.questionnaire.scale) ? Assessment.currentFormatVersion : 1
    }

    /// A writer holding the document up to its participants array, opened; append the participants,
    /// then ``finish(_:for:)``. This is how an importer streams respondents into a file's bytes.
    static func writer(
        for assessment: Assessment, capacity: Int, formatVersion: Int = Assessment.currentFormatVersion
    ) -> ParticipantsJSON.Writer {
        var assessment = assessment
        assessment.formatVersion = min(formatVersion, Self.formatVersion(for: assessment))
        // Room for the whole document, so that a large one is never copied into a buffer twice its size.
        let (head, tail) = shell(assessment)
        let writer = ParticipantsJSON.Writer(
            capacity: head.count + capacity + tail.count + 8192, rows: assessment.formatVersion >= 2)
        // The tail does not depend on the format version, which sorts before `participants`: it is
        // encoded once, with the head.
        writer.documentTail = tail
        writer.append(head)
        writer.beginArray()
        return writer
    }

    /// Closes the participants array of a writer from ``writer(for:capacity:formatVersion:)`` and
    /// appends the rest of the document: in format version 2 the groups the rows' indices point into come
    /// right after the rows.
    static func finish(_ writer: ParticipantsJSON.Writer) -> Data {
        writer.endArray()
        if writer.rows { writer.append(writer.groupsMember()) }
        writer.append(writer.documentTail)
        return writer.finish()
    }

    /// The document without participants, split around its empty participants array: `head` ends with
    /// `"participants" : `, `tail` follows the array.
    private static func shell(_ assessment: Assessment) -> (head: Data, tail: Data) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var shell = assessment
        shell.participants = []
        // Encoding value types with string keys and finite numbers cannot fail.
        let data = try! encoder.encode(shell)
        // A raw line break followed by two spaces and a quote occurs only before a top-level key (line
        // breaks inside strings are escaped), so this finds the empty participants array; the key is
        // always there, since `participants` is not optional.
        let marker = Data("\n  \"participants\" : ".utf8)
        let key = data.range(of: marker)!
        let close = data[key.upperBound...].firstIndex(of: UInt8(ascii: "]"))!
        return (Data(data[..<key.upperBound]), Data(data[(close + 1)...]))
    }

    /// Reads an assessment from disk.
    public static func read(from url: URL) throws -> Assessment {
        let (data, mapped) = try FileBytes.load(url, file: url.lastPathComponent)
        return try decode(data, file: url.lastPathComponent, mapped: mapped)
    }

    /// Writes an assessment to disk atomically; a new file is created `0600`, since it holds individual
    /// answers. Use an ``AssessmentStore`` to change a file others may be changing too.
    public static func write(_ assessment: Assessment, to url: URL) throws {
        try AtomicFile.write(encode(assessment), to: url, creating: .private)
    }

    /// Turns a decoding error into an error that names the field as a JSON path.
    static func describe(_ error: any Error, file: String) -> AssessmentError {
        guard let error = error as? DecodingError else {
            return .malformed(file: file, path: "", reason: LocalizedText(sv: "\(error)", en: "\(error)"))
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return .malformed(
                file: file, path: "", reason: JSONIssue.syntax(context.underlyingError ?? error))
        case .dataCorrupted(let context):
            return .malformed(
                file: file, path: jsonPath(context.codingPath),
                reason: choiceReason(context.debugDescription)
                    ?? LocalizedText(sv: context.debugDescription, en: context.debugDescription))
        case .keyNotFound(let key, let context):
            return .malformed(
                file: file, path: jsonPath(context.codingPath + [key]),
                reason: LocalizedText(sv: "fältet saknas", en: "the field is missing"))
        case .typeMismatch(let type, let context):
            return .malformed(
                file: file, path: jsonPath(context.codingPath),
                reason: LocalizedText(
                    sv: "förväntade \(describe(type).sv)", en: "expected \(describe(type).en)"))
        case .valueNotFound(let type, let context):
            return .malformed(
                file: file, path: jsonPath(context.codingPath),
                reason: LocalizedText(
                    sv: "förväntade \(describe(type).sv), hittade null",
                    en: "expected \(describe(type).en), found null"))
        @unknown default:
            return .malformed(file: file, path: "", reason: LocalizedText(sv: "\(error)", en: "\(error)"))
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

    private static func describe(_ type: Any.Type) -> LocalizedText {
        switch type {
        case is String.Type: LocalizedText(sv: "en text", en: "a string")
        case is Int.Type, is Int?.Type: LocalizedText(sv: "ett heltal", en: "a whole number")
        case is Bool.Type: LocalizedText(sv: "true eller false", en: "true or false")
        default:
            "\(type)".contains("Array")
                ? LocalizedText(sv: "en lista (array)", en: "an array")
                : LocalizedText(sv: "ett objekt", en: "an object")
        }
    }

    /// The valid values of the enumerations an assessment holds, by type name, for the message when a
    /// file holds another: `status: "weird" is not one of planned, started, done, dropped`.
    private static let choices: [String: [String]] = [
        "Status": Action.Status.allCases.map(\.rawValue),
        "Horizon": Horizon.allCases.map(\.rawValue),
        "Language": Language.allCases.map(\.rawValue),
        "PrincipleID": PrincipleID.allCases.map(\.rawValue),
        "ProblemAreaID": ProblemAreaID.allCases.map(\.rawValue),
    ]

    /// `"weird" is not one of …` for `JSONDecoder`'s "Cannot initialize Status from invalid String value
    /// weird", or `nil` for any other description.
    static func choiceReason(_ description: String) -> LocalizedText? {
        let prefix = "Cannot initialize "
        guard description.hasPrefix(prefix), let from = description.range(of: " from invalid "),
            let value = description.range(of: " value ", range: from.upperBound..<description.endIndex)
        else { return nil }
        let type = String(
            description[description.index(description.startIndex, offsetBy: prefix.count)..<from.lowerBound])
        let found = description[value.upperBound...]
        guard let valid = choices[type] else {
            return LocalizedText(
                sv: "\"\(found)\" är inget giltigt värde", en: "\"\(found)\" is not a valid value")
        }
        let list = valid.joined(separator: ", ")
        return LocalizedText(
            sv: "\"\(found)\" är inte något av \(list)", en: "\"\(found)\" is not one of \(list)")
    }
}
