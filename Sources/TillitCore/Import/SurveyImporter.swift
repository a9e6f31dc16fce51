import Foundation

/// Imports the answers of a survey run in another tool (Microsoft Forms, Google Forms, LimeSurvey,
/// Netigate, Esmaker, SurveyMonkey, …) from its export, CSV (``CSVReader``) or `.xlsx`
/// (``XLSXReader``): one row per respondent, one column per statement, the header in one row or, as
/// SurveyMonkey writes it, two.
///
/// A CSV file is streamed and each answer is read straight from its bytes through a
/// table, so 100,000 respondents import in a fraction of a second with the answers held once. Columns
/// are matched to items by item id, statement text or the mapping. Respondents become participants with
/// pseudonyms (`R00001`, …); names and e-mail addresses are read only with
/// ``SurveyImportOptions/keepIdentities``. A row that cannot be read fails the import, listing the
/// first ``SurveyImportOptions/errorLimit`` problems with line and column, unless
/// ``SurveyImportOptions/skipInvalidRows`` leaves such rows out and reports them.
public enum SurveyImporter {
    /// Imports a survey export against a questionnaire.
    ///
    /// `progress` is called as the file is read with the bytes read so far and the file's size.
    public static func read(
        _ reader: some SurveyTableReader, questionnaire: Questionnaire,
        options: SurveyImportOptions = SurveyImportOptions(),
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(ImportError) -> SurveyImport {
        var state = ImportState(
            questionnaire: questionnaire, options: options, file: reader.file, sink: ParticipantList())
        let format = try run(&state, reader: reader, progress: progress)
        return SurveyImport(
            participants: state.sink.participants, format: format, skippedLines: state.skippedLines,
            skippedIssues: state.issues, ignoredColumns: state.columns?.ignored ?? [],
            emptyLines: state.emptyLines)
    }

    /// Imports a survey export straight into the bytes of an assessment file: `assessment` with its
    /// participants replaced by the respondents, exactly as ``AssessmentFile/encode(_:)`` would write
    /// it.
    ///
    /// The respondents are never held as ``Participant`` values, only as the file's text, which halves
    /// the time and the memory of a large import; this is what `tillit-assess import` uses.
    ///
    /// The respondents are scored in the same pass (``SurveyImportFile/scorecard``), so that the import
    /// can say at once whether the result looks right.
    ///
    /// With `writing`, the bytes are handed to it in order as they are made, a couple of megabytes at a
    /// time, and ``SurveyImportFile/data`` is empty: how `tillit-assess import` writes a large import
    /// to its temporary file while reading the export, instead of holding the whole file first.
    /// `writing` returns `false` once it cannot take more (a full disk, say); nothing more is handed to
    /// it, and the caller reports its own failure.
    public static func encode(
        _ reader: some SurveyTableReader, into assessment: Assessment,
        options: SurveyImportOptions = SurveyImportOptions(), scorer: Scorer = Scorer(),
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil,
        writing: ((UnsafeRawBufferPointer) -> Bool)? = nil
    ) throws(ImportError) -> SurveyImportFile {
        // Without `writing`, room for the file's size twice over: answers and their commas take about as
        // many bytes in the CSV as in JSON, names and keys add the rest; the buffer grows if it must.
        // With it, room for what is handed on at a time.
        let capacity = writing == nil ? (reader.size ?? 0) * 2 : 2 * ParticipantWriter.handedOnAt
        let writer = AssessmentFile.writer(for: assessment, capacity: capacity)
        var state = ImportState(
            questionnaire: assessment.questionnaire, options: options, file: reader.file,
            sink: ParticipantWriter(writer: writer, questionnaire: assessment.questionnaire, output: writing))
        let format = try run(&state, reader: reader, progress: progress)
        var data = AssessmentFile.finish(writer)
        if let writing {
            if state.sink.isWriting { _ = data.withUnsafeBytes(writing) }
            data = Data()
        }
        return SurveyImportFile(
            data: data, respondents: state.sink.count, format: format,
            skippedLines: state.skippedLines, skippedIssues: state.issues,
            ignoredColumns: state.columns?.ignored ?? [], emptyLines: state.emptyLines,
            scorecard: state.sink.tally.scorecard(scorer, consensus: []))
    }

    /// Scores a survey export without keeping any respondent: the CSV is parsed and every answer counted
    /// once, per group too, and nothing else is held — the least an analysis of an organisation-wide
    /// survey needs, and the same work a spreadsheet or a pandas script does.
    public static func score(
        _ reader: some SurveyTableReader, questionnaire: Questionnaire,
        options: SurveyImportOptions = SurveyImportOptions(), scorer: Scorer = Scorer(),
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(ImportError) -> Scorecard {
        var state = ImportState(
            questionnaire: questionnaire, options: options, file: reader.file,
            sink: TallySink(questionnaire: questionnaire))
        _ = try run(&state, reader: reader, progress: progress)
        return state.sink.tally.scorecard(scorer, consensus: [])
    }

    /// Reads every record into `state` and throws what the import as a whole comes to.
    ///
    /// The reader is taken as an existential on purpose: generic over it too, this function would not be
    /// specialised for the sink when the caller's reader is generic, and every record would then look
    /// up the state's generic type at run time.
    private static func run<Sink>(
        _ state: inout ImportState<Sink>, reader: any SurveyTableReader,
        progress: ((_ done: Int, _ total: Int) -> Void)?
    ) throws(ImportError) -> CSVReader.Format {
        let format: CSVReader.Format
        // Only a text file can be cut at a line and read in two parts at once.
        if let text = reader as? CSVReader {
            format = try text.read(progress: progress, into: &state)
        } else {
            format = try reader.read(progress: progress) { record in state.take(record) }
        }
        if let first = state.firstHeaderRow { _ = state.matchColumns(first) }
        if let failure = state.failure { throw failure }
        if state.issues.count > 0, !state.options.skipInvalidRows {
            throw .rows(file: reader.file, issues: state.issues, more: state.moreIssues)
        }
        if state.sink.count == 0 { throw .noRows(file: reader.file) }
        state.countGroups()
        if let column = state.columns?.groupColumn,
            let problem = state.groupCheck.problem(header: state.header[column])
        {
            throw .columns(file: reader.file, problems: [problem])
        }
        return format
    }
}

/// Where imported respondents go.
private protocol ParticipantSink {
    /// How many respondents have been taken.
    var count: Int { get }
    /// Takes one respondent, named `name` or, for `nil`, by the next pseudonym
    /// (``SurveyImporterNames/pseudonym(_:)``); `answers` is valid only during the call.
    mutating func add(name: String?, role: String?, answers: UnsafeBufferPointer<Int?>)
    /// Takes one respondent whose answers are characters (``AnswerCode``), for a scale that fits them;
    /// `codes` is valid only during the call.
    mutating func add(name: String?, role: String?, codes: UnsafeBufferPointer<UInt8>)
    /// Drops what was taken: the import is bound to fail.
    mutating func discard()
    /// Takes the respondents of a later part of the file, read apart (``ImportPart``), after those
    /// taken so far, as if each had been taken in turn.
    mutating func add(_ rows: RowBuffer)
}

extension ParticipantSink {
    mutating func add(_ rows: RowBuffer) {
        rows.forEach { role, codes in add(name: nil, role: role, codes: codes) }
    }
}

/// Respondents as ``Participant`` values, for ``SurveyImporter/read(_:questionnaire:options:progress:)``.
private struct ParticipantList: ParticipantSink {
    var participants: [Participant] = []
    var count: Int { participants.count }

    mutating func add(name: String?, role: String?, answers: UnsafeBufferPointer<Int?>) {
        participants.append(
            Participant(
                name: name ?? SurveyImporterNames.pseudonym(count + 1), role: role, answers: Array(answers)))
    }

    mutating func add(name: String?, role: String?, codes: UnsafeBufferPointer<UInt8>) {
        participants.append(
            Participant(
                name: name ?? SurveyImporterNames.pseudonym(count + 1), role: role,
                answers: codes.map { AnswerCode.answer($0) ?? nil }))
    }

    mutating func discard() { participants = [] }
}

/// Respondents as the text of an assessment file, for
/// ``SurveyImporter/encode(_:into:options:scorer:progress:writing:)``.
private struct ParticipantWriter: ParticipantSink {
    let writer: ParticipantsJSON.Writer
    /// The same answers counted for the scorecard.
    var tally: GroupedTally
    var count = 0
    /// Where the bytes go as they are made, when they are not held (``SurveyImporter/encode(_:into:options:scorer:progress:writing:)``).
    private let output: ((UnsafeRawBufferPointer) -> Bool)?
    /// Whether `output` still takes bytes.
    private(set) var isWriting: Bool

    /// How many bytes the writer holds before it hands them on: one page of 2 MB (``LargeMemory``),
    /// reused, rather than megabytes of fresh memory for the whole file.
    static let handedOnAt = LargeMemory.mappedFrom

    init(
        writer: ParticipantsJSON.Writer, questionnaire: Questionnaire,
        output: ((UnsafeRawBufferPointer) -> Bool)? = nil
    ) {
        self.writer = writer
        self.output = output
        isWriting = output != nil
        tally = GroupedTally(questionnaire)
    }

    /// Hands the bytes made so far on, once there are enough of them.
    private mutating func handOn() {
        guard let output, writer.byteCount >= Self.handedOnAt else { return }
        var taken = isWriting
        writer.drain { bytes in taken = taken && output(bytes) }
        isWriting = taken
    }

    mutating func add(name: String?, role: String?, answers: UnsafeBufferPointer<Int?>) {
        writer.append(name: name ?? SurveyImporterNames.pseudonym(count + 1), role: role, answers: answers)
        tally.add(role: role, answers: answers)
        count += 1
        handOn()
    }

    mutating func add(name: String?, role: String?, codes: UnsafeBufferPointer<UInt8>) {
        if let name {
            writer.appendRow(name: name, role: role, codes: codes)
            count += 1
        } else {
            appendRow(group: role.map { writer.group(of: $0) }, codes: codes)
        }
        tally.add(role: role, codes: codes)
        handOn()
    }

    /// The rows in turn, each group looked up once; the part counted its answers itself.
    mutating func add(_ rows: RowBuffer) {
        let groups = rows.roles.map { role in role.map { writer.group(of: $0) } }
        rows.forEach(index: { index, codes in
            appendRow(group: groups[index], codes: codes)
            handOn()
        })
        tally.add(rows.tally)
    }

    /// Writes the next respondent's row under the next pseudonym, written straight into the text.
    private mutating func appendRow(group: Int?, codes: UnsafeBufferPointer<UInt8>) {
        count += 1
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: SurveyImporterNames.longest) { name in
            let length = SurveyImporterNames.write(count, to: name.baseAddress!)
            writer.appendRow(
                plainName: UnsafeBufferPointer(rebasing: name[..<length]), group: group, codes: codes)
        }
    }

    // The writer's bytes are dropped with it when the import throws.
    mutating func discard() {}
}

/// Respondents only counted, for ``SurveyImporter/score(_:questionnaire:options:scorer:progress:)``.
private struct TallySink: ParticipantSink {
    var tally: GroupedTally
    var count = 0

    init(questionnaire: Questionnaire) {
        tally = GroupedTally(questionnaire)
    }

    mutating func add(name: String?, role: String?, answers: UnsafeBufferPointer<Int?>) {
        tally.add(role: role, answers: answers)
        count += 1
    }

    mutating func add(name: String?, role: String?, codes: UnsafeBufferPointer<UInt8>) {
        tally.add(role: role, codes: codes)
        count += 1
    }

    mutating func add(_ rows: RowBuffer) {
        tally.add(rows.tally)
        count += rows.count
    }

    // A failing import throws; the counts go with it.
    mutating func discard() {}
}

/// What an import has gathered so far; fed one record at a time.
private struct ImportState<Sink: ParticipantSink> {
    let questionnaire: Questionnaire
    let options: SurveyImportOptions
    let file: String
    var answers: AnswerReader
    /// The group names met so far, by their bytes, as an index into `groupNames`.
    var groups: [FieldKey: Int] = [:]
    /// The first few of those keys, in the order of `groupNames`: a survey has a handful of groups,
    /// and comparing a key with each costs less than hashing it on every row.
    var groupKeys: [FieldKey] = []
    /// Those group names and how many respondents each has so far, for ``GroupColumnCheck``, which is
    /// given them once at the end instead of hashing the name on every row.
    var groupNames: [(name: String, respondents: Int)] = []
    var header: [String] = []
    /// A first header row held back until the next row tells whether it continues there.
    var firstHeaderRow: [String]?
    var columns: SurveyColumns? {
        didSet {
            itemColumns = columns?.itemColumns ?? []
            groupColumn = columns?.groupColumn
            identityColumn = columns?.identityColumn
        }
    }
    /// The columns' places, held apart so that a row does not copy ``columns`` (and retain its arrays).
    var itemColumns: [Int] = []
    var groupColumn: Int?
    var identityColumn: Int?
    var failure: ImportError?
    var sink: Sink
    /// One row's answers, reused from row to row: as characters (``AnswerCode``) when the scale's
    /// values are single digits, one byte each and counted through a table, else as numbers.
    var row: [Int?] = []
    var codes: [UInt8] = []
    /// The reader's table for one-byte fields (``AnswerReader/singleCode``), held apart from the reader so
    /// that the row's loop reads it while the reader stays free to learn longer fields.
    let singleCode: [UInt8]
    let compact: Bool
    var issues: [ImportRowIssue] = []
    var moreIssues = 0
    var skippedLines: [Int] = []
    /// The lines of rows without a single answer: not respondents.
    var emptyLines: [Int] = []
    var groupCheck = GroupColumnCheck()
    var names: Set<String> = []
    /// Whether this state reads the latter part of a file on a second thread (``ImportPart``).
    var isPart = false

    init(questionnaire: Questionnaire, options: SurveyImportOptions, file: String, sink: Sink) {
        self.questionnaire = questionnaire
        self.options = options
        self.file = file
        self.sink = sink
        self.answers = AnswerReader(scale: questionnaire.scale)
        singleCode = answers.singleCode
        compact = AnswerCode.fits(questionnaire.scale)
    }

    /// Takes the next record; returns `false` to stop reading.
    mutating func take(_ record: CSVRecord) -> Bool {
        if columns == nil {
            guard let first = firstHeaderRow else {
                // The first row may continue on the next (``SurveyHeaderRows``).
                if SurveyHeaderRows.mayContinue(record.fields) {
                    firstHeaderRow = record.fields
                    return true
                }
                return matchColumns(record.fields)
            }
            firstHeaderRow = nil
            if let combined = SurveyHeaderRows.combine(first, record.fields, isAnswer: answers.isAnswer) {
                return matchColumns(combined)
            }
            guard matchColumns(first) else { return false }
        }
        guard columns != nil else { return false }
        // A row without a single answer is nobody's response (a blank line, a form opened and left):
        // counted, it would fill a small group up to the anonymity threshold.
        if record.count != header.count, record.isBlank {
            emptyLines.append(record.line)
            return true
        }
        guard record.count == header.count else {
            return reject(
                record.line,
                [
                    ImportRowIssue(
                        line: record.line, kind: .ragged(found: record.count, expected: header.count))
                ])
        }
        var problems: [ImportRowIssue] = []
        // Whether any statement's field holds more than white space, found in the same pass.
        var answered = false
        if compact {
            if codes.count != itemColumns.count { codes = Array(repeating: 0, count: itemColumns.count) }
            // Written in place into one reused row: this runs for every answer of every respondent, so a
            // one-byte field, the usual answer, is read here through the reader's table, with the
            // field's place computed from the record's ends without building a buffer for it.
            let single = singleCode
            var bad: [Int] = []
            single.withUnsafeBufferPointer { single in
                codes.withUnsafeMutableBufferPointer { codes in
                    itemColumns.withUnsafeBufferPointer { columns in
                        let ends = record.ends
                        let bytes = record.bytes
                        let gap = record.gap
                        for item in 0..<columns.count {
                            let column = columns[item]
                            let start = column == 0 ? 0 : ends[column - 1] &+ gap
                            let code: UInt8
                            if ends[column] &- start == 1 {
                                let byte = bytes[start]
                                if !answered, byte != 0x20, byte != 0x09, byte != 0x0D, byte != 0x0A {
                                    answered = true
                                }
                                code = single[Int(byte)]
                            } else {
                                let field = record.field(column)
                                if !answered, !CSVRecord.isBlank(field) { answered = true }
                                code = answers.code(field)
                            }
                            codes[item] = code
                            if code == 0 { bad.append(column) }
                        }
                    }
                }
            }
            for column in bad {
                problems.append(
                    ImportRowIssue(
                        line: record.line, column: column + 1, header: header[column],
                        kind: .badValue(String(decoding: record.field(column), as: UTF8.self)),
                        expected: answers.expected))
            }
        } else {
            if row.count != itemColumns.count { row = Array(repeating: nil, count: itemColumns.count) }
            readNumbers(record, columns: itemColumns, answered: &answered, problems: &problems)
        }
        if !problems.isEmpty { return reject(record.line, problems) }
        if !answered {
            emptyLines.append(record.line)
            return true
        }
        return keep(record)
    }

    /// Reads a row's answers as numbers, for a scale whose values are not all single digits.
    private mutating func readNumbers(
        _ record: CSVRecord, columns itemColumns: [Int], answered: inout Bool,
        problems: inout [ImportRowIssue]
    ) {
        var seen = answered
        var found: [ImportRowIssue] = []
        row.withUnsafeMutableBufferPointer { row in
            for (item, column) in itemColumns.enumerated() {
                let field = record.field(column)
                if !seen, !CSVRecord.isBlank(field) { seen = true }
                switch answers.read(field) {
                case .value(let value):
                    row[item] = value
                case .dontKnow:
                    row[item] = nil
                case .invalid:
                    row[item] = nil
                    found.append(
                        ImportRowIssue(
                            line: record.line, column: column + 1, header: header[column],
                            kind: .badValue(String(decoding: field, as: UTF8.self)),
                            expected: answers.expected))
                }
            }
        }
        answered = seen
        problems += found
    }

    /// Keeps a row that reads: its name and group, and its answers handed to the sink.
    private mutating func keep(_ record: CSVRecord) -> Bool {
        // Once the import is bound to fail, keep reading only to report every problem.
        guard issues.isEmpty || options.skipInvalidRows else { return true }
        var name: String?
        if let column = identityColumn {
            let pseudonym = SurveyImporterNames.pseudonym(sink.count + 1)
            let identity = record[column].trimmingWhitespace
            let chosen =
                identity.isEmpty
                ? pseudonym : names.contains(identity) ? "\(identity) (\(pseudonym))" : identity
            names.insert(chosen)
            name = chosen
        }
        var role: String?
        if let column = groupColumn {
            let field = record.field(column)
            let key = FieldKey(field)
            if let key, let group = groupKeys.count < 8 ? groupKeys.firstIndex(of: key) : groups[key] {
                role = groupNames[group].name
                groupNames[group].respondents += 1
            } else {
                let group = String(decoding: field, as: UTF8.self).trimmingWhitespace
                if isPart, key != nil, groups.count >= 1024 { return false }
                if let key, groups.count < 1024 {
                    groups[key] = groupNames.count
                    if groupKeys.count < 8 { groupKeys.append(key) }
                    groupNames.append((group, 1))
                } else {
                    groupCheck.add(group)
                }
                role = group
            }
            if role?.isEmpty == true { role = nil }
        }
        if compact {
            codes.withUnsafeBufferPointer { sink.add(name: name, role: role, codes: $0) }
        } else {
            row.withUnsafeBufferPointer { sink.add(name: name, role: role, answers: $0) }
        }
        return true
    }

    /// Hands the group names counted by their bytes to the check.
    mutating func countGroups() {
        for group in groupNames { groupCheck.add(group.name, respondents: group.respondents) }
        groupNames = []
        groups = [:]
        groupKeys = []
    }

    /// Matches the header to the questionnaire; returns `false`, keeping the failure, when it does not fit.
    mutating func matchColumns(_ header: [String]) -> Bool {
        self.header = header
        do {
            columns = try SurveyColumns(
                header: header, questionnaire: questionnaire, options: options, file: file)
            return true
        } catch {
            failure = error
            return false
        }
    }

    /// Leaves a row out, recording its problems up to the limit; returns whether to read on. A part of
    /// the file read on a second thread (``ImportPart``) stops at the first row with a problem instead:
    /// the file is then read on from the cut in one pass, which places and counts every problem.
    private mutating func reject(_ line: Int, _ problems: [ImportRowIssue]) -> Bool {
        if isPart { return false }
        if options.skipInvalidRows { skippedLines.append(line) } else { sink.discard() }
        for problem in problems {
            if issues.count < options.errorLimit { issues.append(problem) } else { moreIssues += 1 }
        }
        return true
    }
}

extension ImportState: CSVRecordTaker {
    /// A state for the latter part of the file, with this one's columns and answer reader, when the
    /// rows can be read apart: answers one character each, pseudonyms (a name in the file would have
    /// to be compared with every earlier one), and nothing gone wrong so far.
    func makePart(byteCount: Int) -> ImportPart? {
        guard compact, let columns, identityColumn == nil, failure == nil, issues.isEmpty,
            firstHeaderRow == nil
        else { return nil }
        // The part's state shares no array with this one (its own answer reader, its own copies of the
        // header and the columns): a row retains and releases some of them, and two threads doing so on
        // one array would take turns at the cache line of its reference count.
        var part = ImportState<RowBuffer>(
            questionnaire: questionnaire, options: options, file: file,
            sink: RowBuffer(questionnaire: questionnaire, width: itemColumns.count, byteCount: byteCount))
        part.header = header.map { $0 }
        part.columns = columns
        part.itemColumns = itemColumns.map { $0 }
        part.isPart = true
        return ImportPart(part)
    }

    /// Takes in the part's respondents after this state's own, numbered on from them, its groups
    /// counted with these, and its rows without answers at their lines in the file. A part whose new
    /// groups would take the count of groups past what is counted by name is left to one pass, where the
    /// order the groups are met in decides which are counted so.
    mutating func absorb(_ part: ImportPart, lineOffset: Int) -> Bool {
        let other = part.state
        var keyOf = [FieldKey?](repeating: nil, count: other.groupNames.count)
        for (key, index) in other.groups { keyOf[index] = key }
        let new = keyOf.count { key in key.map { groups[$0] == nil } ?? false }
        guard groups.count + new <= 1024 else { return false }
        for (index, group) in other.groupNames.enumerated() {
            guard let key = keyOf[index] else { continue }
            if let known = groups[key] {
                groupNames[known].respondents += group.respondents
            } else {
                groups[key] = groupNames.count
                if groupKeys.count < 8 { groupKeys.append(key) }
                groupNames.append(group)
            }
        }
        groupCheck.add(other.groupCheck)
        emptyLines += other.emptyLines.map { $0 + lineOffset }
        sink.add(other.sink)
        return true
    }
}

/// The state of the latter part of a file, read on the reader's second thread (``CSVRecordTaker``).
/// Touched by one thread at a time, the worker's until it is joined.
final class ImportPart: CSVRecordPart, @unchecked Sendable {
    fileprivate var state: ImportState<RowBuffer>

    fileprivate init(_ state: ImportState<RowBuffer>) {
        self.state = state
    }

    func take(_ record: CSVRecord) -> Bool { state.take(record) }
}

/// The respondents of a part of the file, held compactly until the respondents before them have been
/// numbered: each row its group's place in ``roles`` (four bytes) and its answers' characters. Their
/// answers are counted as they come, on the part's thread.
private struct RowBuffer: ParticipantSink {
    /// The rows' bytes, in memory sized once from the part's length (``LargeMemory``): a row takes at
    /// least a byte and a separator per statement in the file, so the part holds no more rows than its
    /// bytes over the statements and one; the memory grows only for a file that breaks that.
    final class Storage {
        private(set) var base: UnsafeMutableRawPointer
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = LargeMemory.allocate(byteCount: self.capacity)
        }

        deinit { LargeMemory.deallocate(base, byteCount: capacity) }

        /// Appends a row: the group's place and the answers.
        func append(group: Int, codes: UnsafeBufferPointer<UInt8>) {
            if count + 4 + codes.count > capacity {
                let larger = max(capacity * 2, count + 4 + codes.count)
                let moved = LargeMemory.allocate(byteCount: larger)
                moved.copyMemory(from: base, byteCount: count)
                LargeMemory.deallocate(base, byteCount: capacity)
                base = moved
                capacity = larger
            }
            (base + count).storeBytes(of: UInt32(group).littleEndian, as: UInt32.self)
            if let address = codes.baseAddress {
                (base + count + 4).copyMemory(from: address, byteCount: codes.count)
            }
            count += 4 + codes.count
        }
    }

    let width: Int
    var count = 0
    private(set) var roles: [String?] = []
    private(set) var tally: GroupedTally
    private let rows: Storage

    init(questionnaire: Questionnaire, width: Int, byteCount: Int) {
        self.width = width
        tally = GroupedTally(questionnaire)
        rows = Storage(capacity: (byteCount / (width + 1) + 1) * (width + 4))
    }

    mutating func add(name: String?, role: String?, answers: UnsafeBufferPointer<Int?>) {
        let codes = answers.map { AnswerCode.character($0) }
        codes.withUnsafeBufferPointer { add(name: name, role: role, codes: $0) }
    }

    mutating func add(name: String?, role: String?, codes: UnsafeBufferPointer<UInt8>) {
        // A survey has a handful of groups, met again on every row: compared, not hashed.
        let index = roles.firstIndex(of: role) ?? roles.count
        if index == roles.count { roles.append(role) }
        rows.append(group: index, codes: codes)
        tally.add(role: role, codes: codes)
        count += 1
    }

    mutating func discard() {}

    /// Each row's group (its place in ``roles``) and answers, in the order taken.
    func forEach(index body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var offset = 0
        while offset < rows.count {
            let index = Int(UInt32(littleEndian: (rows.base + offset).loadUnaligned(as: UInt32.self)))
            let codes = (rows.base + offset + 4).assumingMemoryBound(to: UInt8.self)
            body(index, UnsafeBufferPointer(start: codes, count: width))
            offset += 4 + width
        }
    }

    /// Each row's group and answers, in the order taken.
    func forEach(_ body: (String?, UnsafeBufferPointer<UInt8>) -> Void) {
        forEach(index: { index, codes in body(roles[index], codes) })
    }
}

/// The pseudonyms imported respondents get.
enum SurveyImporterNames {
    /// `R00001` for the first respondent: unique, and saying nothing about who answered.
    static func pseudonym(_ number: Int) -> String {
        String(unsafeUninitializedCapacity: longest) { write(number, to: $0.baseAddress!) }
    }

    /// The most bytes a pseudonym takes.
    static let longest = 20

    /// Writes the pseudonym numbered `number` at `out` (at most ``longest`` bytes), digit by digit;
    /// returns how many bytes it took. This runs once per respondent, and the importer writes the bytes
    /// straight into the file's text.
    static func write(_ number: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var width = 1
        var limit = 10
        while number >= limit, width < 19 {
            width += 1
            limit &*= 10
        }
        width = max(width, 5)
        out[0] = UInt8(ascii: "R")
        var rest = number
        for index in stride(from: width, through: 1, by: -1) {
            out[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        return width + 1
    }
}

extension String {
    /// The text without leading and trailing white space.
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
