import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One strict pass over a JSON document's bytes before anything is built from them.
///
/// It checks the syntax (RFC 8259, UTF-8), refuses duplicate keys (other JSON readers disagree on which
/// one wins, so a document with two is ambiguous) and, in an assessment, the shape of every participant:
/// in format version 1 an object with only `name`, `role` and `answers`, answers whole numbers or
/// `null`; in version 2 a row `["name", group, "answers"]` — text, a group index or `null`, and text of
/// digits and `-` (``AnswerCode``) — with no name twice. The first problem is reported
/// with its line, column and JSON path, without a copy of the document and without building a value,
/// so a damaged file of any size is refused quickly and in little memory. When the bytes are a mapping
/// of a large file, the pages already checked are handed back to the system as the pass goes on.
struct JSONValidator {
    /// How the participants of an assessment are written.
    enum ParticipantShape: Sendable, Equatable {
        /// There are none (or the document is not an assessment).
        case none
        /// Format version 1: objects.
        case objects
        /// Format version 2: rows.
        case rows
    }

    /// The first problem found.
    struct Problem: Error, Equatable {
        /// The line (from 1) and column (from 1, in bytes) where it is.
        var line: Int
        var column: Int
        /// The JSON path of the value, e.g. `participants[3].answers[7]`; empty at the top.
        var path: String
        /// What is wrong and what was expected.
        var reason: LocalizedText
    }

    private enum Component {
        case key(Range<Int>)
        case index(Int)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var path: [Component] = []
    /// The answer being checked, which follows the path in messages.
    private var answer: Int?
    /// For ``locate(_:in:)``: the path looked for, its number of components, and where it was found.
    private var target: String?
    private var targetDepth = 0
    private var located: (line: Int, column: Int)?
    /// The keys of each open object, by depth, reused from object to object.
    private var keys: [[(range: Range<Int>, line: Int, column: Int)]] = []
    /// For objects with many keys, the hashes of their names, by depth.
    private var keyHashes: [Set<UInt64>] = []
    /// Whether to hand checked pages of a mapped file back to the system, and how far that has gone.
    private let releasesPages: Bool
    private var released = 0
    private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// How the participants are written, once the first is seen.
    private var shape = ParticipantShape.none
    /// The bytes of the participants array, `[` to `]`, once checked.
    private var participantsRange: Range<Int>?
    /// Where the participants array starts. A row's name must be unique: while the names come sorted
    /// (``sortedNames``) each is compared with the one before; after, the names so far are kept in a
    /// filter of fixed size (``NameFilter``), the hashes of those it may have seen before (suspects,
    /// rare) in a set, and ``confirmNames()`` compares the suspects' names after the pass.
    private var rowsStart = 0
    private let nameFilterSize: Int?
    /// Made at the first row: a document without rows (a questionnaire, a response) maps nothing.
    private var names: NameFilter?
    private var suspects: Set<UInt64> = []
    /// How many rows' names have been read.
    private var namesSeen = 0
    /// Whether every name so far is plain (``isPlain(_:)``) and follows the one before in the order of
    /// ``follows(_:_:)``: names in that order cannot repeat, so none is given to the filter, which is not
    /// even made. Files that `import` writes name their participants R00001, R00002, … in this order. At
    /// the first name that breaks it, the names before go into the filter (``fillNameFilter()``) and this
    /// turns false for good.
    private var sortedNames: Bool
    /// The last name read while the names are sorted.
    private var lastName: Range<Int>?
    /// The later half of the rows, checked on a second thread until this pass reaches its start and
    /// joins it (``takeHalf()``); `nil` once joined, or when there is none.
    private var half: RowsHalf? {
        didSet { halfOffset = half?.offset ?? -1 }
    }
    /// Where `half` starts, or -1: compared at every row, without touching the half itself.
    private var halfOffset = -1
    /// Whether this pass is such a half's, on the second thread: its names must stay sorted, and it
    /// gives up at the first that is not.
    private var speculative = false
    /// How many rows a half read that this pass took as read.
    private var rowsApart = 0
    /// Where this pass may start handing pages back: a half's pass hands back only its own.
    private var releaseFloor = 0
    /// Called with every row once it has been checked (``Row``): how `report` counts the answers in the
    /// same pass that checks them, instead of reading the rows a second time.
    private let visit: ((Row) -> Void)?

    /// A row of format version 2 as the check has read it, valid during the call: its name's text
    /// (between the quotes, escapes as written), its group's index and its answers' characters.
    struct Row {
        var name: UnsafeBufferPointer<UInt8>
        var group: Int?
        var answers: UnsafeBufferPointer<UInt8>
    }

    /// Objects and arrays deeper than this are refused rather than risk the stack.
    static let maximumDepth = 200

    private init(
        bytes: UnsafeBufferPointer<UInt8>, releasesPages: Bool,
        nameFilterSize: Int? = nil, sortedNames: Bool = true, visit: ((Row) -> Void)? = nil
    ) {
        self.bytes = bytes
        self.releasesPages = releasesPages
        self.nameFilterSize = nameFilterSize
        self.sortedNames = sortedNames
        self.visit = visit
    }

    /// Checks a whole document; `assessment` adds the participants' shape. `releasesPages` only for
    /// bytes mapped from a file (``FileBytes``), never for memory the process owns.
    @discardableResult
    static func check(
        _ bytes: UnsafeBufferPointer<UInt8>, assessment: Bool, releasesPages: Bool = false
    ) throws(Problem) -> ParticipantShape {
        try participants(bytes, assessment: assessment, releasesPages: releasesPages).shape
    }

    /// Checks a whole document; returns how its participants are written and where their array is.
    static func participants(
        _ bytes: UnsafeBufferPointer<UInt8>, assessment: Bool, releasesPages: Bool = false,
        visitor: RowVisitor? = nil
    ) throws(Problem) -> (shape: ParticipantShape, range: Range<Int>?) {
        let pass = try run(bytes, assessment: assessment, releasesPages: releasesPages, visitor: visitor)
        return (pass.shape, pass.range)
    }

    /// Whether a check may read the later half of an assessment's rows on a second thread (``RowsHalf``).
    enum Split: Equatable {
        /// Never.
        case never
        /// When the document is at least ``JSONValidator/splitSize`` bytes, from its middle.
        case automatic
        /// From the first row that starts on a line of its own at or after this offset, whatever the
        /// size: for tests, to split small documents where they choose.
        case from(Int)
    }

    /// The size from which a document's rows are read on two threads: below it, starting a thread costs
    /// more than it saves.
    static let splitSize = 1 << 20

    /// What a pass found: how the participants are written and where their array is, and for tests how
    /// it went.
    struct Pass: Equatable {
        var shape: ParticipantShape
        var range: Range<Int>?
        /// Whether the rows' names needed the filter, not being sorted.
        var filtered: Bool
        /// How many rows were read on the second thread and taken as read (0 when none).
        var rowsApart: Int
    }

    /// Checks a whole document. `nameFilterSize` is the size of the filter of rows' names
    /// (``NameFilter``), by default sized by the document; tests make it tiny, and turn `sortedNames` off
    /// to have every name go through the filter.
    /// `split` says whether the later half of the rows may be read on a second thread; the result is
    /// the same either way.
    static func run(
        _ bytes: UnsafeBufferPointer<UInt8>, assessment: Bool, releasesPages: Bool = false,
        nameFilterSize: Int? = nil, sortedNames: Bool = true, split: Split = .automatic,
        visitor: RowVisitor? = nil
    ) throws(Problem) -> Pass {
        var validator = JSONValidator(
            bytes: bytes, releasesPages: releasesPages, nameFilterSize: nameFilterSize,
            sortedNames: sortedNames, visit: visitor?.visit)
        if assessment, sortedNames {
            validator.half = laterHalf(
                of: bytes, split: split, releasesPages: releasesPages, visitor: visitor)
            validator.half?.start()
        }
        do {
            try validator.document(assessment: assessment)
        } catch {
            // No thread outlives the check, whatever it found.
            validator.half?.cancel()
            validator.half?.join()
            // A name repeated before the problem is the first problem, as it would be if each name were
            // confirmed where it is.
            try validator.confirmNames()
            throw error
        }
        // A half not taken by now never will be.
        validator.half?.cancel()
        validator.half?.join()
        try validator.confirmNames()
        return Pass(
            shape: validator.shape, range: validator.participantsRange, filtered: validator.names != nil,
            rowsApart: validator.rowsApart)
    }

    /// ``run(_:assessment:releasesPages:nameFilterSize:sortedNames:split:visitor:)`` on the bytes of
    /// `data`.
    static func run(
        _ data: Data, assessment: Bool, nameFilterSize: Int? = nil, sortedNames: Bool = true,
        split: Split = .automatic, visitor: RowVisitor? = nil
    ) throws(Problem) -> Pass {
        let result = data.withUnsafeBytes { raw -> Result<Pass, Problem> in
            do throws(Problem) {
                return .success(
                    try run(
                        raw.bindMemory(to: UInt8.self), assessment: assessment,
                        nameFilterSize: nameFilterSize,
                        sortedNames: sortedNames, split: split, visitor: visitor))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The later half of a document's rows, to be checked on a second thread (not started yet), or `nil`
    /// when the document is too small or has no line that starts a row where the split looks.
    private static func laterHalf(
        of bytes: UnsafeBufferPointer<UInt8>, split: Split, releasesPages: Bool, visitor: RowVisitor?
    ) -> RowsHalf? {
        let from: Int
        switch split {
        case .never: return nil
        case .automatic:
            guard bytes.count >= splitSize else { return nil }
            from = bytes.count / 2
        case .from(let offset): from = max(0, offset)
        }
        guard let offset = rowLine(in: bytes, from: from) else { return nil }
        // The part is made here, on the first thread; it is then used on the second only.
        let part = visitor?.part()
        return RowsHalf(offset: offset) { half in
            var validator = JSONValidator(
                bytes: bytes, releasesPages: releasesPages, sortedNames: true, visit: part?.visit)
            validator.speculative = true
            // The pages up to the line break are the first thread's to hand back.
            validator.releaseFloor = (offset / validator.pageSize + 1) * validator.pageSize
            validator.released = validator.releaseFloor
            return validator.laterRows(from: offset, of: half).map {
                RowsHalf.Outcome(
                    end: $0.end, rows: $0.rows, lines: $0.lines, lineStart: $0.lineStart, first: $0.first,
                    last: $0.last, merge: part?.merge ?? {})
            }
        }
    }

    /// The offset of the first line break at or after `from` that is followed by spaces and `["`: where a
    /// row of format version 2 starts on a line of its own, as Tillit writes them. JSON text cannot hold
    /// a line break, so it is white space between two values.
    private static func rowLine(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var cursor = from
        while cursor < bytes.count, let found = memchr(base + cursor, 0x0A, bytes.count - cursor) {
            let lineBreak = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            var next = lineBreak + 1
            while next < bytes.count, bytes[next] == 0x20 { next += 1 }
            if next + 1 < bytes.count, bytes[next] == UInt8(ascii: "["), bytes[next + 1] == UInt8(ascii: "\"")
            {
                return lineBreak
            }
            cursor = lineBreak + 1
        }
        return nil
    }

    /// The second thread's pass: rows from the line break at `start` to the `]` that closes the
    /// participants, checked as the first thread checks rows, with names in order. `nil` at anything
    /// else, or soon after `half` is cancelled.
    private mutating func laterRows(from start: Int, of half: RowsHalf) -> (
        end: Int, rows: Int, lines: Int, lineStart: Int, first: Range<Int>, last: Range<Int>
    )? {
        index = start
        lineStart = start
        var rows = 0
        var first: Range<Int>?
        do throws(Problem) {
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
                try row()
                guard sortedNames, let last = lastName else { return nil }
                if first == nil { first = last }
                rows += 1
                if rows & 4095 == 0, half.isCancelled { return nil }
                releasePages()
                skipWhitespace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "]")), let first else { return nil }
                return (index, rows, line - 1, lineStart, first, last)
            }
        } catch {
            return nil
        }
    }

    /// At the start of the later half, on the first thread: joins the second thread and, when its rows
    /// follow this pass's in order (this pass's names sorted and its last before the half's first), takes
    /// them as read and moves to the end of the participants. Returns whether it did; if not, this pass
    /// reads the half's rows itself.
    private mutating func takeHalf() -> Bool {
        guard let half else { return false }
        self.half = nil
        guard let outcome = half.join(), shape == .rows, sortedNames, let lastName,
            follows(outcome.first, lastName)
        else { return false }
        outcome.merge()
        namesSeen += outcome.rows
        self.lastName = outcome.last
        rowsApart = outcome.rows
        line += outcome.lines
        lineStart = outcome.lineStart
        index = outcome.end
        return true
    }

    /// What is wrong with a JSON document, placed at its line, column and path, or `nil` when it is well
    /// formed and has no duplicate key: for readers of other JSON files (questionnaires, mappings,
    /// response files) to call before they parse.
    static func problem(in data: Data) -> LocalizedText? {
        do {
            try check(data, assessment: false)
            return nil
        } catch {
            let path = error.path.isEmpty ? "" : ", \(error.path)"
            return LocalizedText(
                sv: "rad \(error.line), kolumn \(error.column)\(path): \(error.reason.sv)",
                en: "line \(error.line), column \(error.column)\(path): \(error.reason.en)")
        }
    }

    /// How an assessment's participants are written, and where their array is.
    typealias Participants = (shape: ParticipantShape, range: Range<Int>?)

    /// Checks a whole document held in `data`; returns how its participants are written and where.
    @discardableResult
    static func check(
        _ data: Data, assessment: Bool, releasesPages: Bool = false, nameFilterSize: Int? = nil,
        visitor: RowVisitor? = nil
    ) throws(Problem) -> Participants {
        let result = data.withUnsafeBytes { raw -> Result<Participants, Problem> in
            do throws(Problem) {
                let pass = try run(
                    raw.bindMemory(to: UInt8.self), assessment: assessment, releasesPages: releasesPages,
                    nameFilterSize: nameFilterSize, visitor: visitor)
                return .success((pass.shape, pass.range))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The line and column where the value at `path` (as ``AssessmentFile`` writes paths, e.g.
    /// `plan.actions[0].status`) starts in a document that passed ``check(_:assessment:releasesPages:nameFilterSize:)``,
    /// or, when there is no such value (a missing field), where its closest enclosing value starts.
    /// Used only to place an error found later, so its cost does not matter.
    static func locate(_ path: String, in data: Data) -> (line: Int, column: Int)? {
        var target = path
        while true {
            let found = data.withUnsafeBytes { raw -> (line: Int, column: Int)? in
                var validator = JSONValidator(bytes: raw.bindMemory(to: UInt8.self), releasesPages: false)
                validator.target = target
                let keys = target.split(separator: ".").count
                validator.targetDepth = target.isEmpty ? 0 : keys + target.filter { $0 == "[" }.count
                do throws(Problem) {
                    try validator.document(assessment: false)
                } catch {
                    return validator.located
                }
                return nil
            }
            if let found { return found }
            // A missing field: the object that lacks it.
            guard let cut = target.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            target = String(target[..<cut])
        }
    }

    // MARK: - Grammar

    private mutating func document(assessment: Bool) throws(Problem) {
        // A UTF-8 byte order mark is not JSON, but editors on Windows add one; refuse it by name.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw problem(
                sv: "filen börjar med ett byte order mark (BOM); spara den som UTF-8 utan BOM",
                en: "the file starts with a byte order mark (BOM); save it as UTF-8 without one")
        }
        skipWhitespace()
        guard index < bytes.count else {
            throw problem(
                sv: "filen är tom; förväntade ett JSON-objekt",
                en: "the file is empty; expected a JSON object")
        }
        if assessment {
            guard bytes[index] == UInt8(ascii: "{") else {
                throw problem(
                    sv: "förväntade ett JSON-objekt, hittade \(found().sv)",
                    en: "expected a JSON object, found \(found().en)")
            }
            try object(topLevel: true)
        } else {
            try value()
        }
        skipWhitespace()
        if index < bytes.count {
            throw problem(
                sv: "hittade \(found().sv) efter dokumentets slut",
                en: "unexpected \(found().en) after the end of the document")
        }
    }

    private mutating func value() throws(Problem) {
        if let target, path.count == targetDepth, pathText() == target {
            located = (line, index - lineStart + 1)
            throw problem(sv: "hittad", en: "found")
        }
        guard index < bytes.count else { throw endOfFile() }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(topLevel: false)
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            throw problem(
                sv: "förväntade ett värde, hittade \(found().sv)", en: "expected a value, found \(found().en)"
            )
        }
    }

    private mutating func object(topLevel: Bool) throws(Problem) {
        try enter()
        index += 1
        let depth = path.count
        while keys.count <= depth {
            keys.append([])
            keyHashes.append([])
        }
        keys[depth].removeAll(keepingCapacity: true)
        if !keyHashes[depth].isEmpty { keyHashes[depth].removeAll(keepingCapacity: true) }
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return }
        while true {
            let key = try member(depth: depth).key
            if topLevel, equals(key, "participants") {
                try participants()
            } else {
                try value()
            }
            guard try nextMember() else { return }
        }
    }

    /// A member's key and the colon after it: the key checked against the object's others and pushed
    /// on the path. Returns where the key began, for a message about it.
    private mutating func member(depth: Int) throws(Problem) -> (key: Range<Int>, line: Int, column: Int) {
        skipWhitespace()
        guard index < bytes.count else { throw endOfFile() }
        guard bytes[index] == UInt8(ascii: "\"") else {
            throw problem(
                sv: "förväntade en nyckel inom citattecken, hittade \(found().sv)",
                en: "expected a key in double quotes, found \(found().en)")
        }
        let (keyLine, keyColumn) = (line, index - lineStart + 1)
        let key = try string()
        try remember(key, depth: depth, line: keyLine, column: keyColumn)
        skipWhitespace()
        guard take(UInt8(ascii: ":")) else {
            throw problem(
                sv: "förväntade : efter nyckeln, hittade \(found().sv)",
                en: "expected : after the key, found \(found().en)")
        }
        skipWhitespace()
        path.append(.key(key))
        return (key, keyLine, keyColumn)
    }

    /// After a member's value: `true` at a comma (another member follows), `false` at the closing brace.
    private mutating func nextMember() throws(Problem) -> Bool {
        path.removeLast()
        return try next(before: UInt8(ascii: "}"), after: LocalizedText(sv: "ett värde", en: "a value"))
    }

    private mutating func array() throws(Problem) {
        try enter()
        index += 1
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return }
        var position = 0
        while true {
            skipWhitespace()
            path.append(.index(position))
            try value()
            path.removeLast()
            position += 1
            guard try nextElement(after: LocalizedText(sv: "ett värde", en: "a value")) else { return }
        }
    }

    /// After an array's element: `true` at a comma (another element follows), `false` at the closing
    /// bracket; `what` names the element in the message when neither follows.
    private mutating func nextElement(after what: LocalizedText) throws(Problem) -> Bool {
        try next(before: UInt8(ascii: "]"), after: what)
    }

    /// After a member or an element: `true` at a comma, `false` at `closing`, the object's or array's
    /// end; `what` names what came before in the message when neither follows.
    private mutating func next(before closing: UInt8, after what: LocalizedText) throws(Problem) -> Bool {
        skipWhitespace()
        if take(UInt8(ascii: ",")) { return true }
        if take(closing) { return false }
        let end = Character(Unicode.Scalar(closing))
        throw index < bytes.count
            ? problem(
                sv: "förväntade , eller \(end) efter \(what.sv), hittade \(found().sv)",
                en: "expected , or \(end) after \(what.en), found \(found().en)") : endOfFile()
    }

    // MARK: - Participants

    /// The `participants` array of an assessment: objects with `name` (text), `role` (text or null) and
    /// `answers` (whole numbers or null), nothing else; or rows (format version 2), all alike.
    private mutating func participants() throws(Problem) {
        guard index < bytes.count else { throw endOfFile() }
        guard bytes[index] == UInt8(ascii: "[") else {
            throw problem(
                sv: "förväntade en lista (array), hittade \(found().sv)",
                en: "expected an array, found \(found().en)")
        }
        try enter()
        rowsStart = index
        index += 1
        skipWhitespace()
        if take(UInt8(ascii: "]")) {
            participantsRange = rowsStart..<index
            return
        }
        var position = 0
        while true {
            if index == halfOffset, takeHalf() {
                participantsRange = rowsStart..<index
                return
            }
            skipWhitespace()
            path.append(.index(position))
            guard index < bytes.count else { throw endOfFile() }
            let isRow = bytes[index] == UInt8(ascii: "[")
            switch (shape, isRow) {
            case (.objects, true):
                throw problem(
                    sv: "förväntade en deltagare skriven som de föregående (ett objekt), hittade en rad",
                    en: "expected a participant written like the ones before it (an object), found a row")
            case (.rows, false) where bytes[index] == UInt8(ascii: "{"):
                throw problem(
                    sv: "förväntade en deltagare skriven som de föregående (en rad [\"namn\", grupp, "
                        + "\"svar\"]), hittade ett objekt",
                    en: "expected a participant written like the ones before it (a row [\"name\", group, "
                        + "\"answers\"]), found an object")
            case (.rows, false):
                throw problem(
                    sv: "förväntade en deltagarrad [\"namn\", grupp, \"svar\"], hittade \(found().sv)",
                    en: "expected a participant row [\"name\", group, \"answers\"], found \(found().en)")
            default:
                break
            }
            if isRow {
                shape = .rows
                try row()
            } else {
                shape = .objects
                try participant()
            }
            path.removeLast()
            position += 1
            releasePages()
            guard try nextElement(after: LocalizedText(sv: "en deltagare", en: "a participant")) else {
                participantsRange = rowsStart..<index
                return
            }
        }
    }

    private mutating func participant() throws(Problem) {
        guard index < bytes.count else { throw endOfFile() }
        guard bytes[index] == UInt8(ascii: "{") else {
            throw problem(
                sv: "förväntade en deltagare (ett objekt med namn och svar), hittade \(found().sv)",
                en: "expected a participant (an object with name and answers), found \(found().en)")
        }
        try enter()
        index += 1
        let depth = path.count
        while keys.count <= depth {
            keys.append([])
            keyHashes.append([])
        }
        keys[depth].removeAll(keepingCapacity: true)
        if !keyHashes[depth].isEmpty { keyHashes[depth].removeAll(keepingCapacity: true) }
        var hasName = false
        var hasAnswers = false
        skipWhitespace()
        if !take(UInt8(ascii: "}")) {
            while true {
                let (key, keyLine, keyColumn) = try member(depth: depth)
                guard index < bytes.count else { throw endOfFile() }
                if equals(key, "name") {
                    guard bytes[index] == UInt8(ascii: "\"") else {
                        throw problem(
                            sv: "förväntade text, hittade \(found().sv)",
                            en: "expected text, found \(found().en)")
                    }
                    _ = try string()
                    hasName = true
                } else if equals(key, "role") {
                    if bytes[index] == UInt8(ascii: "n") {
                        try literal("null")
                    } else {
                        guard bytes[index] == UInt8(ascii: "\"") else {
                            throw problem(
                                sv: "förväntade text eller null, hittade \(found().sv)",
                                en: "expected text or null, found \(found().en)")
                        }
                        _ = try string()
                    }
                } else if equals(key, "answers") {
                    try answers()
                    hasAnswers = true
                } else {
                    throw Problem(
                        line: keyLine, column: keyColumn, path: pathText(),
                        reason: LocalizedText(
                            sv: "okänt fält \"\(text(key))\"; en deltagare har bara name, role och answers",
                            en:
                                "unknown field \"\(text(key))\"; a participant has only name, role and answers"
                        ))
                }
                guard try nextMember() else { break }
            }
        }
        for (present, field) in [(hasName, "name"), (hasAnswers, "answers")] where !present {
            var missing = problem(sv: "fältet saknas", en: "the field is missing", before: 1)
            missing.path += "." + field
            throw missing
        }
    }

    /// A participant as format version 2 writes one: `["name", group, "answers"]`, the group an index
    /// into the document's `groups` or `null`, the answers one character each (``AnswerCode``).
    private mutating func row() throws(Problem) {
        try enter()
        index += 1
        skipWhitespace()
        guard index < bytes.count else { throw endOfFile() }
        guard bytes[index] == UInt8(ascii: "\"") else {
            throw problem(
                sv: "förväntade deltagarens namn som text, hittade \(found().sv)",
                en: "expected the participant's name as text, found \(found().en)")
        }
        let name = try string()
        rememberName(name)
        try separator(LocalizedText(sv: "efter namnet", en: "after the name"))
        guard index < bytes.count else { throw endOfFile() }
        let byte = bytes[index]
        var group: Int?
        if byte == UInt8(ascii: "n") {
            try literal("null")
        } else if byte >= 0x30, byte <= 0x39 {
            let start = index
            if try !number() || index - start > 18 {
                let literal = text(start..<index)
                index = start
                throw problem(
                    sv: "\(literal) är ingen grupp: förväntade numret på en grupp i groups (0, 1, …)",
                    en: "\(literal) is not a group: expected the index of a group in groups (0, 1, …)")
            }
            // At most 18 digits, all of them digits (a whole number): no overflow.
            group = bytes[start..<index].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        } else {
            throw problem(
                sv:
                    "förväntade numret på deltagarens grupp i groups (0, 1, …) eller null, hittade \(found().sv)",
                en:
                    "expected the index of the participant's group in groups (0, 1, …) or null, found \(found().en)"
            )
        }
        try separator(LocalizedText(sv: "efter gruppen", en: "after the group"))
        guard index < bytes.count else { throw endOfFile() }
        guard bytes[index] == UInt8(ascii: "\"") else {
            throw problem(
                sv: "förväntade svaren som text, till exempel \"41-3\", hittade \(found().sv)",
                en: "expected the answers as text such as \"41-3\", found \(found().en)")
        }
        index += 1
        let start = index
        let count = bytes.count
        // Eight answers at a time while all eight are digits or `-`; the loop below takes the rest from
        // the first eight that are not, so it finds the closing quote and says what is wrong as always.
        if let base = bytes.baseAddress {
            while index + 8 <= count,
                Self.allAnswers(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte &- 0x30 < 10 || byte == UInt8(ascii: "-") {
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                break
            } else {
                let what =
                    byte == UInt8(ascii: "\\")
                    ? LocalizedText(sv: "ett omvänt snedstreck", en: "a backslash")
                    : byte < 0x80 ? found() : LocalizedText(sv: "byte \(byte)", en: "byte \(byte)")
                throw problem(
                    sv:
                        "svar \(index - start + 1) är \(what.sv); ett svar är en siffra på skalan, eller - för "
                        + "vet ej",
                    en:
                        "answer \(index - start + 1) is \(what.en); an answer is one digit of the scale, or - for "
                        + "don't know")
            }
        }
        guard index < count else {
            throw endOfFile(
                detail: LocalizedText(sv: "svaren avslutas aldrig", en: "the answers are never closed"))
        }
        let answers = start..<index
        index += 1
        skipWhitespace()
        guard take(UInt8(ascii: "]")) else {
            throw index < bytes.count
                ? problem(
                    sv:
                        "förväntade ] efter svaren (en rad innehåller ett namn, en grupp och svaren), hittade \(found().sv)",
                    en:
                        "expected ] after the answers (a row holds a name, a group and the answers), found \(found().en)"
                )
                : endOfFile()
        }
        if let visit {
            visit(
                Row(
                    name: UnsafeBufferPointer(rebasing: bytes[name]), group: group,
                    answers: UnsafeBufferPointer(rebasing: bytes[answers])))
        }
    }

    /// Whether each of the eight bytes of `word` is a digit or `-`, the characters of answers: one test
    /// instead of eight. A byte is a digit when, less `0`, it is below 10, which adding 0x76 carries into
    /// its top bit (after clearing that bit, so that no byte carries into the next); a byte is `-` when,
    /// exclusive-or `-`, it is zero, which adding 0x7F to its low seven bits leaves without its top bit.
    @inline(__always)
    private static func allAnswers(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let digits = word ^ 0x3030_3030_3030_3030
        let notDigit = (((digits & low) &+ 0x7676_7676_7676_7676) | digits) & high
        let dashes = word ^ 0x2D2D_2D2D_2D2D_2D2D
        let notDash = (((dashes & low) &+ low) | dashes) & high
        return notDigit & notDash == 0
    }

    /// White space, a comma, white space.
    private mutating func separator(_ place: LocalizedText) throws(Problem) {
        skipWhitespace()
        guard take(UInt8(ascii: ",")) else {
            throw index < bytes.count
                ? problem(
                    sv: "förväntade , \(place.sv), hittade \(found().sv)",
                    en: "expected , \(place.en), found \(found().en)") : endOfFile()
        }
        skipWhitespace()
    }

    /// Notes a row's name: while the names are sorted, by comparing it with the one before; after, by
    /// giving it to the filter of names, where one it may have seen before is a suspect.
    private mutating func rememberName(_ name: Range<Int>) {
        if sortedNames {
            if isPlain(name), lastName.map({ follows(name, $0) }) ?? true {
                lastName = name
                namesSeen += 1
                return
            }
            sortedNames = false
            // A half on the second thread gives up instead (``laterRows(from:of:)``); one of this pass's
            // can no longer be taken.
            if speculative { return }
            half?.cancel()
            fillNameFilter()
        }
        insertName(name)
        namesSeen += 1
    }

    /// Gives a name to the filter of names, made at the first; one it may have seen before is a suspect.
    private mutating func insertName(_ name: Range<Int>) {
        let hash = nameHash(name)
        if names == nil {
            names = NameFilter(byteCount: nameFilterSize ?? NameFilter.byteCount(forDocumentOf: bytes.count))
        }
        if names?.insert(hash) == false { suspects.insert(hash) }
    }

    /// Gives the filter the names of the rows read while they were sorted, read again from the start of
    /// the participants, once the names stop being sorted.
    private mutating func fillNameFilter() {
        var cursor = rowsStart + 1
        for row in 0..<namesSeen { insertName(name(ofRow: row, from: &cursor).name) }
    }

    /// Whether a name is written in plain ASCII without an escape: then its text is its bytes, in the one
    /// canonical form there is, so two such names are the same exactly when their bytes are.
    private func isPlain(_ name: Range<Int>) -> Bool {
        for byte in UnsafeBufferPointer(rebasing: bytes[name])
        where byte >= 0x80 || byte == UInt8(ascii: "\\") {
            return false
        }
        return true
    }

    /// Whether the plain name `name` comes after `earlier` in one total order: the shorter first, names of
    /// one length by their bytes. R9 comes before R10, and R00009 before R00010.
    private func follows(_ name: Range<Int>, _ earlier: Range<Int>) -> Bool {
        if name.count != earlier.count { return name.count > earlier.count }
        return memcmp(
            bytes.baseAddress! + name.lowerBound, bytes.baseAddress! + earlier.lowerBound, name.count) > 0
    }

    /// The hash of a name's text. Names are the same when their text is, as Swift compares text: with
    /// escapes resolved, and composed and decomposed letters (å as one character or as a and a ring)
    /// alike; a name of plain ASCII, as pseudonyms are, is hashed as it is written.
    private func nameHash(_ name: Range<Int>) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in UnsafeBufferPointer(rebasing: bytes[name]) {
            if byte == UInt8(ascii: "\\") || byte >= 0x80 {
                return self.hash(Array(canonical(name).utf8))
            }
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        return hash
    }

    /// A name's text in one canonical form (composed), for its hash.
    private func canonical(_ name: Range<Int>) -> String {
        String(decoding: self.name(of: name), as: UTF8.self).precomposedStringWithCanonicalMapping
    }

    /// Refuses the first row whose name an earlier row has, if the filter of names found suspects: the
    /// names of the rows checked are read again and the suspects' compared as text with the earlier
    /// names of the same hash. The problem is placed at the second name and names the first, as if each
    /// name had been checked where it is. No suspect, no second pass; a suspect that is no repeat costs
    /// this pass and nothing else.
    private mutating func confirmNames() throws(Problem) {
        guard !suspects.isEmpty else { return }
        var earlier: [UInt64: [(row: Int, quote: Int, text: String)]] = [:]
        released = rowsStart / pageSize * pageSize
        var cursor = rowsStart + 1
        for row in 0..<namesSeen {
            let (quote, name) = self.name(ofRow: row, from: &cursor)
            releasePages(before: quote)
            let hash = nameHash(name)
            guard suspects.contains(hash) else { continue }
            let text = String(decoding: self.name(of: name), as: UTF8.self)
            guard let first = earlier[hash]?.first(where: { $0.text == text }) else {
                earlier[hash, default: []].append((row, quote, text))
                continue
            }
            let (line, column) = place(of: quote)
            let (earlierLine, earlierColumn) = place(of: first.quote)
            throw Problem(
                line: line, column: column, path: "participants[\(row)]",
                reason: LocalizedText(
                    sv:
                        "namnet \"\(self.text(name))\" har redan participants[\(first.row)] (rad \(earlierLine), "
                        + "kolumn \(earlierColumn)); varje deltagare behöver ett eget namn",
                    en:
                        "the name \"\(self.text(name))\" is already participants[\(first.row)]'s (line \(earlierLine), "
                        + "column \(earlierColumn)); every participant needs a name of their own"))
        }
    }

    /// The name of row `row` of those already checked, read again from `cursor`, which starts after the
    /// participants' `[` and is left after the name: the offset of its opening quote and its text.
    private func name(ofRow row: Int, from cursor: inout Int) -> (quote: Int, name: Range<Int>) {
        func skipSpace() {
            while cursor < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[cursor]) { cursor += 1 }
        }
        if row > 0 {
            // The rest of the row before, which holds no ] before its own (a group and digits), and the
            // comma.
            while bytes[cursor] != UInt8(ascii: "]") { cursor += 1 }
            cursor += 1
            skipSpace()
            cursor += 1
        }
        skipSpace()
        cursor += 1  // [
        skipSpace()
        let quote = cursor
        cursor += 1
        while bytes[cursor] != UInt8(ascii: "\"") {
            cursor += bytes[cursor] == UInt8(ascii: "\\") ? 2 : 1
        }
        return (quote, (quote + 1)..<cursor)
    }

    /// The line and column of a byte offset.
    private func place(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var start = 0
        for position in 0..<offset where bytes[position] == 0x0A {
            line += 1
            start = position + 1
        }
        return (line, offset - start + 1)
    }

    private mutating func answers() throws(Problem) {
        guard bytes[index] == UInt8(ascii: "[") else {
            throw problem(
                sv: "förväntade en lista med svar, hittade \(found().sv)",
                en: "expected an array of answers, found \(found().en)")
        }
        index += 1
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return }
        // The position is kept apart from the path, which is only extended when there is a problem: this
        // loop sees every answer of every participant.
        defer { answer = nil }
        var position = 0
        let count = bytes.count
        while true {
            answer = position
            guard index < count else { throw endOfFile() }
            let byte = bytes[index]
            // The common case first: one digit followed by a comma or the end of the array.
            if byte &- 0x30 < 10, index + 1 < count,
                bytes[index + 1] == UInt8(ascii: ",") || bytes[index + 1] == UInt8(ascii: "]")
            {
                index += 1
            } else if byte == UInt8(ascii: "n") {
                try literal("null")
            } else if byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39) {
                let start = index
                let whole = try number()
                if !whole || index - start > 18 {
                    let literal = text(start..<index)
                    index = start
                    throw problem(
                        sv: "\(literal) är inget heltal; ett svar är ett heltal på skalan (till exempel 1–5) "
                            + "eller null för vet ej",
                        en:
                            "\(literal) is not a whole number; an answer is a whole number on the scale (e.g. 1–5) "
                            + "or null for don't know")
                }
            } else if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                skipWhitespace()
                continue
            } else {
                throw problem(
                    sv: "förväntade ett heltal eller null för vet ej, hittade \(found().sv)",
                    en: "expected a whole number or null for don't know, found \(found().en)")
            }
            position += 1
            if index < count, bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                continue
            }
            skipWhitespace()
            if take(UInt8(ascii: ",")) {
                skipWhitespace()
                continue
            }
            if take(UInt8(ascii: "]")) { return }
            answer = nil
            throw index < count
                ? problem(
                    sv: "förväntade , eller ] efter ett svar, hittade \(found().sv)",
                    en: "expected , or ] after an answer, found \(found().en)") : endOfFile()
        }
    }

    // MARK: - Tokens

    /// A string; returns the range of its raw bytes between the quotes.
    private mutating func string() throws(Problem) -> Range<Int> {
        let open = index
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return start..<(index - 1)
            }
            if byte == UInt8(ascii: "\\") {
                try escape()
            } else if byte < 0x20 {
                throw problem(
                    byte == 0x0A
                        ? LocalizedText(
                            sv:
                                "texten som börjar i kolumn \(open - lineStart + 1) avslutas inte på sin rad (ett \" saknas)",
                            en:
                                "the text that starts at column \(open - lineStart + 1) is not closed on its line (a \" is missing)"
                        )
                        : LocalizedText(
                            sv:
                                "ett styrtecken (byte \(byte)) i en text måste skrivas som en escape-sekvens, till exempel \\u00\(hex(byte))",
                            en:
                                "a control character (byte \(byte)) inside text must be written as an escape such as \\u00\(hex(byte))"
                        )
                )
            } else if byte < 0x80 {
                index += 1
            } else {
                try utf8Sequence()
            }
        }
        index = open
        throw endOfFile(
            detail: LocalizedText(
                sv: "texten som börjar här avslutas aldrig", en: "the text that starts here is never closed"))
    }

    private mutating func escape() throws(Problem) {
        guard index + 1 < bytes.count else {
            index = bytes.count
            throw endOfFile()
        }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: index + 2)
            index += 6
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"),
                    (0xDC00...0xDFFF).contains(try hexUnit(at: index + 2))
                else {
                    throw problem(
                        sv: "en \\u-sekvens med första halvan av ett surrogatpar måste följas av den andra",
                        en:
                            "a \\u escape of the first half of a surrogate pair must be followed by the second"
                    )
                }
                index += 6
            } else if (0xDC00...0xDFFF).contains(unit) {
                index -= 6
                throw problem(
                    sv: "en \\u-sekvens med andra halvan av ett surrogatpar står ensam",
                    en: "a \\u escape of the second half of a surrogate pair stands alone")
            }
        default:
            index += 1
            throw problem(
                sv: "\\\(found().sv) är ingen escape-sekvens; skriv \\\\ för ett omvänt snedstreck",
                en: "\\\(found().en) is not an escape; use \\\\ for a backslash")
        }
    }

    private mutating func hexUnit(at start: Int) throws(Problem) -> Int {
        var unit = 0
        for offset in 0..<4 {
            guard start + offset < bytes.count else {
                index = bytes.count
                throw endOfFile()
            }
            let byte = bytes[start + offset]
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte - 0x30)
            case 0x41...0x46: digit = Int(byte - 0x41 + 10)
            case 0x61...0x66: digit = Int(byte - 0x61 + 10)
            default:
                index = start + offset
                throw problem(
                    sv: "en \\u-sekvens behöver fyra hexadecimala siffror",
                    en: "a \\u escape needs four hexadecimal digits")
            }
            unit = unit * 16 + digit
        }
        return unit
    }

    /// One multi-byte UTF-8 character, checked as RFC 3629 defines it.
    private mutating func utf8Sequence() throws(Problem) {
        let first = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default:
            throw problem(
                sv: "texten är inte UTF-8 (byte \(first)); spara filen som UTF-8",
                en: "the text is not UTF-8 (byte \(first)); save the file as UTF-8")
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else {
                index = bytes.count
                throw endOfFile()
            }
            let byte = bytes[index + offset]
            let (lower, upper) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lower, byte <= upper else {
                throw problem(
                    sv: "texten är inte UTF-8 (byte \(first)); spara filen som UTF-8",
                    en: "the text is not UTF-8 (byte \(first)); save the file as UTF-8")
            }
        }
        index += length
    }

    /// A number as JSON writes it; returns whether it is whole (no fraction or exponent).
    private mutating func number() throws(Problem) -> Bool {
        _ = take(UInt8(ascii: "-"))
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else {
            throw index < bytes.count
                ? problem(
                    sv: "förväntade en siffra, hittade \(found().sv)",
                    en: "expected a digit, found \(found().en)") : endOfFile()
        }
        if bytes[index] == 0x30, index + 1 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
            throw problem(sv: "ett tal får inte börja med 0", en: "a number must not start with 0")
        }
        digits()
        var whole = true
        if take(UInt8(ascii: ".")) {
            guard digits() > 0 else {
                throw problem(
                    sv: "förväntade en siffra efter decimaltecknet",
                    en: "expected a digit after the decimal point")
            }
            whole = false
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else {
                throw problem(sv: "förväntade en siffra i exponenten", en: "expected a digit in the exponent")
            }
            whole = false
        }
        return whole
    }

    @discardableResult
    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: StaticString) throws(Problem) {
        let count = word.utf8CodeUnitCount
        for offset in 0..<count {
            guard index + offset < bytes.count else {
                index = bytes.count
                throw endOfFile()
            }
            guard bytes[index + offset] == word.utf8Start[offset] else {
                throw problem(
                    sv: "förväntade ett värde, hittade \(found().sv)",
                    en: "expected a value, found \(found().en)")
            }
        }
        index += count
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    // MARK: - Keys, depth, pages

    private mutating func remember(_ key: Range<Int>, depth: Int, line keyLine: Int, column: Int)
        throws(Problem)
    {
        // Small objects (every participant) are searched without allocating; large ones through a set of
        // hashes, so that a hostile object of a million keys is not quadratic. Keys are compared as the
        // text they stand for, so "n\u0061me" is the same key as "name".
        func same(_ earlier: Range<Int>) -> Bool {
            if equals(earlier, key) { return true }
            guard hasEscape(earlier) || hasEscape(key) else { return false }
            return name(of: earlier) == name(of: key)
        }
        var duplicate: (range: Range<Int>, line: Int, column: Int)?
        if keys[depth].count < 16 {
            duplicate = keys[depth].first { same($0.range) }
        } else {
            if keys[depth].count == 16 {
                // The set starts with the keys seen before it was needed.
                for earlier in keys[depth] { keyHashes[depth].insert(hash(name(of: earlier.range))) }
            }
            if !keyHashes[depth].insert(hash(name(of: key))).inserted {
                duplicate = keys[depth].first { same($0.range) }
            }
        }
        if let earlier = duplicate {
            throw Problem(
                line: keyLine, column: column, path: pathText(),
                reason: LocalizedText(
                    sv:
                        "nyckeln \"\(text(key))\" förekommer två gånger i samma objekt (först på rad \(earlier.line), "
                        + "kolumn \(earlier.column)); vilken som gäller vore en gissning, så ta bort den ena",
                    en:
                        "the key \"\(text(key))\" appears twice in the same object (first at line \(earlier.line), "
                        + "column \(earlier.column)); which one counts would be a guess, so remove one"))
        }
        keys[depth].append((key, keyLine, column))
    }

    private func hasEscape(_ key: Range<Int>) -> Bool {
        UnsafeBufferPointer(rebasing: bytes[key]).contains(UInt8(ascii: "\\"))
    }

    private func hash(_ name: [UInt8]) -> UInt64 {
        name.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    /// The text a key stands for, as bytes: the raw bytes, or with escapes resolved when it has any.
    private func name(of key: Range<Int>) -> [UInt8] {
        let raw = UnsafeBufferPointer(rebasing: bytes[key])
        guard raw.contains(UInt8(ascii: "\\")) else { return Array(raw) }
        let quoted = Data(UnsafeBufferPointer(rebasing: bytes[(key.lowerBound - 1)..<(key.upperBound + 1)]))
        return (try? JSONDecoder().decode(String.self, from: quoted)).map { Array($0.utf8) } ?? Array(raw)
    }

    private mutating func enter() throws(Problem) {
        if path.count >= Self.maximumDepth {
            throw problem(
                sv: "nästlad i mer än \(Self.maximumDepth) nivåer",
                en: "nested more than \(Self.maximumDepth) levels deep")
        }
    }

    /// Hands the pages before the current position back to the system, a few megabytes at a time.
    private mutating func releasePages() {
        releasePages(before: index)
    }

    /// Hands the pages before `position` back to the system, a few megabytes at a time.
    private mutating func releasePages(before position: Int) {
        guard releasesPages, let base = bytes.baseAddress else { return }
        // Never the pages of a half the second thread may still be reading.
        let end = (min(position, half?.offset ?? position) - 4096) / pageSize * pageSize
        guard end - released >= 4 << 20 else { return }
        // From the start (of this pass's pages) each time, as ParticipantRows does: the system may map
        // again pages already handed back. The mapping starts on a page boundary, so `end` is a
        // page-aligned address.
        madvise(
            UnsafeMutableRawPointer(mutating: base + releaseFloor), end - releaseFloor, Int32(MADV_DONTNEED))
        released = end
    }

    // MARK: - Reporting

    private func equals(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        return memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, a.count) == 0
    }

    private func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return memcmp(bytes.baseAddress! + range.lowerBound, word.utf8Start, range.count) == 0
    }

    private func text(_ range: Range<Int>) -> String {
        let clipped = range.lowerBound..<min(range.upperBound, range.lowerBound + 80)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[clipped]), as: UTF8.self)
    }

    private func hex(_ byte: UInt8) -> String {
        String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
    }

    private func found() -> LocalizedText {
        guard index < bytes.count else { return LocalizedText(sv: "filens slut", en: "the end of the file") }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): return LocalizedText(sv: "text", en: "text")
        case UInt8(ascii: "{"): return LocalizedText(sv: "ett objekt", en: "an object")
        case UInt8(ascii: "["): return LocalizedText(sv: "en lista (array)", en: "an array")
        default: break
        }
        if byte >= 0x21, byte < 0x7F {
            let shown = "'\(Character(Unicode.Scalar(byte)))'"
            return LocalizedText(sv: shown, en: shown)
        }
        if byte == 0x20 { return LocalizedText(sv: "ett mellanslag", en: "a space") }
        return LocalizedText(sv: "byte \(byte)", en: "byte \(byte)")
    }

    private func pathText() -> String {
        var text = ""
        for component in path {
            switch component {
            case .index(let position): text += "[\(position)]"
            case .key(let key): text += (text.isEmpty ? "" : ".") + self.text(key)
            }
        }
        if let answer { text += "[\(answer)]" }
        return text
    }

    private func problem(_ reason: LocalizedText, before: Int = 0) -> Problem {
        let position = max(0, index - before)
        return Problem(line: line, column: max(1, position - lineStart + 1), path: pathText(), reason: reason)
    }

    private func problem(sv: String, en: String, before: Int = 0) -> Problem {
        problem(LocalizedText(sv: sv, en: en), before: before)
    }

    private func endOfFile(detail: LocalizedText? = nil) -> Problem {
        Problem(
            line: line, column: max(1, index - lineStart + 1), path: pathText(),
            reason: detail.map {
                LocalizedText(
                    sv: "\($0.sv); filen tar slut innan dess (är den avkortad?)",
                    en: "\($0.en); the file ends first (is it cut short?)")
            }
                ?? LocalizedText(
                    sv: "filen tar slut mitt i dokumentet (är den avkortad?)",
                    en: "the file ends in the middle of the document (is it cut short?)"))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
