import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the participants of an assessment file of format version 2 one row at a time, straight from
/// the file's bytes: `["R00001",2,"2153143532"]` — a name, an index into the document's `groups` (or
/// `null`), and one character per answered item (``AnswerCode``).
///
/// The rows have passed ``JSONValidator`` (their syntax, and no name twice); this reader checks what
/// needs the rest of the document — the group exists, there are no more answers than items, every digit
/// is on the scale, the name is not blank — and hands each row on, to become a ``Participant``, or to
/// have its name and place kept by `merge`. `report` counts the rows in the check pass itself
/// (``RowTally``) and uses this reader only to say which row breaks a rule.
struct ParticipantRows {
    /// One row, valid during the call: the name's raw bytes between the quotes (escapes as written), the
    /// group's index, and the answers' characters.
    struct Row {
        var index: Int
        var name: UnsafeBufferPointer<UInt8>
        var group: Int?
        var answers: UnsafeBufferPointer<UInt8>
        /// The row's bytes in the document, `[` to `]`.
        var span: Range<Int>

        /// The name as text, escapes resolved.
        var nameText: String { ParticipantRows.text(ofName: name) }
    }

    /// A name's text from its bytes between the quotes, escapes resolved.
    static func text(ofName name: UnsafeBufferPointer<UInt8>) -> String {
        guard name.contains(UInt8(ascii: "\\")) else { return String(decoding: name, as: UTF8.self) }
        let quoted = Data([UInt8(ascii: "\"")] + Array(name) + [UInt8(ascii: "\"")])
        return (try? JSONDecoder().decode(String.self, from: quoted)) ?? String(decoding: name, as: UTF8.self)
    }

    /// Whether a name may be blank, told from its first byte: a digit or an ASCII letter says it is not,
    /// which settles it for pseudonyms and most names without decoding the text.
    static func mayBeBlank(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.isEmpty || !(name[0] &- 0x30 < 10 || (name[0] | 0x20) &- 0x61 < 26)
    }

    /// What is wrong with a row, at a byte offset.
    struct Problem: Error {
        var offset: Int
        var path: String
        var reason: LocalizedText
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// The participants array, `[` to `]`.
    let range: Range<Int>
    let groups: [String]
    let code: AnswerCode
    let questionnaire: Questionnaire
    /// Whether the bytes are a mapping of the file (``FileBytes``), whose pages are handed back to the
    /// system a few megabytes at a time once read, so that reading a large file does not keep it all.
    var releasesPages = false

    /// Calls `body` with every row, in order; throws the first problem.
    func forEach(_ body: (Row) -> Void) throws(Problem) {
        let problem = code.steps.withUnsafeBufferPointer { steps -> Problem? in
            do throws(Problem) {
                try scan(steps: steps, body)
                return nil
            } catch {
                return error
            }
        }
        if let problem { throw problem }
    }

    private func scan(steps: UnsafeBufferPointer<UInt8>, _ body: (Row) -> Void) throws(Problem) {
        var index = range.lowerBound + 1
        let end = range.upperBound
        var row = 0
        var released = range.lowerBound / Self.pageSize * Self.pageSize
        let itemCount = questionnaire.items.count
        let scale = questionnaire.scale
        func skipSpace() {
            while index < end {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
                index += 1
            }
        }
        while true {
            skipSpace()
            // The array's end (or a row's separating comma): the validator has seen the rest.
            guard index < end, bytes[index] != UInt8(ascii: "]") else { return }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            let rowStart = index
            index += 1  // [
            skipSpace()
            index += 1  // "
            let nameStart = index
            while bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
            let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<index])
            index += 1
            skipSpace()
            index += 1  // ,
            skipSpace()
            let groupStart = index
            var group: Int?
            if bytes[index] == UInt8(ascii: "n") {
                index += 4
            } else {
                var value = 0
                while bytes[index] &- 0x30 < 10 {
                    value = value * 10 + Int(bytes[index] &- 0x30)
                    index += 1
                }
                guard value < groups.count else {
                    throw Problem(
                        offset: groupStart, path: "participants[\(row)]",
                        reason: groups.isEmpty
                            ? LocalizedText(
                                sv: "gruppen \(value) finns inte: filen anger inga grupper",
                                en: "the group \(value) does not exist: the file lists no groups")
                            : LocalizedText(
                                sv: "gruppen \(value) finns inte: filen anger \(groups.count) grupper, "
                                    + "räknade från 0",
                                en:
                                    "the group \(value) does not exist: the file lists \(groups.count) groups, "
                                    + "counted from 0"))
                }
                group = value
            }
            skipSpace()
            index += 1  // ,
            skipSpace()
            index += 1  // "
            let answersStart = index
            while bytes[index] != UInt8(ascii: "\"") {
                if steps[Int(bytes[index])] == AnswerCode.invalid {
                    throw Problem(
                        offset: index, path: "participants[\(row)]",
                        reason: LocalizedText(
                            sv:
                                "svar \(index - answersStart + 1) är \(Character(Unicode.Scalar(bytes[index]))), "
                                + "som inte finns på skalan \(scale.minimum)–\(scale.maximum) (eller - för vet ej)",
                            en:
                                "answer \(index - answersStart + 1) is \(Character(Unicode.Scalar(bytes[index]))), "
                                + "which is not on the scale \(scale.minimum)–\(scale.maximum) (or - for don't know)"
                        ))
                }
                index += 1
            }
            let answers = UnsafeBufferPointer(rebasing: bytes[answersStart..<index])
            guard answers.count <= itemCount else {
                throw Problem(
                    offset: answersStart, path: "participants[\(row)]",
                    reason: LocalizedText(
                        sv: "\(answers.count) svar men frågeformuläret har \(itemCount) påståenden",
                        en: "\(answers.count) answers but the questionnaire has \(itemCount) items"))
            }
            index += 1
            skipSpace()
            index += 1  // ]
            if Self.mayBeBlank(name) {
                let text = Row(
                    index: row, name: name, group: group, answers: answers,
                    span: rowStart..<index
                ).nameText
                if text.isBlank {
                    throw Problem(
                        offset: nameStart - 1, path: "participants[\(row)]",
                        reason: LocalizedText(sv: "namnet saknas", en: "the name is missing"))
                }
            }
            if releasesPages, index - released >= 4 << 20 {
                // From the start each time: the system may map again pages already handed back (it maps
                // a cached file in large runs), and a page left so every few megabytes adds up to the
                // file's size; handing back pages that are not there costs next to nothing.
                released = Self.release(bytes, from: range.lowerBound, to: index)
            }
            body(
                Row(
                    index: row, name: name, group: group, answers: answers,
                    span: rowStart..<index))
            row += 1
        }
    }

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Hands the whole pages of a mapping between two offsets back to the system (they are read again
    /// from the file if touched); returns where the next release starts.
    @discardableResult
    static func release(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let first = start / pageSize * pageSize
        let last = end / pageSize * pageSize
        guard last > first else { return start }
        // The mapping starts on a page boundary, so these offsets are page-aligned addresses.
        madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, Int32(MADV_DONTNEED))
        return last
    }

    /// The line and column (from 1, in bytes) of a byte offset, for messages.
    static func place(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var start = 0
        for position in 0..<min(offset, bytes.count) where bytes[position] == 0x0A {
            line += 1
            start = position + 1
        }
        return (line, offset - start + 1)
    }
}
