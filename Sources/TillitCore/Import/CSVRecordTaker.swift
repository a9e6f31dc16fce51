/// What takes the records of a CSV file from ``CSVReader``, and may take the latter part of a large
/// file on a second core at the same time (``CSVRecordPart``).
///
/// A survey export of a hundred thousand rows is mostly parsing, one row at a time; the rows do not
/// depend on one another, so the file's second half can be read while the first is. Whether the two
/// halves fit together is known only when the first reaches the cut — a quote could have been open
/// there — so the second half is speculative: when anything about it is unusual, it is dropped and the
/// file is read on from the cut as if it had never been cut. The result is always the one-pass result.
protocol CSVRecordTaker {
    associatedtype Part: CSVRecordPart
    /// Takes the next record; returns `false` to stop reading.
    mutating func take(_ record: CSVRecord) -> Bool
    /// A taker for the latter part of the file, `byteCount` bytes long, asked for once the header has
    /// been read; `nil` to read the file in one pass.
    func makePart(byteCount: Int) -> Part?
    /// Takes in what `part` took, whose records followed this taker's last and whose lines count from 1
    /// at line `lineOffset + 1` of the file; returns `false`, having changed nothing, when the part cannot
    /// be taken in exactly as if its records had been taken one by one — the file is then read on from
    /// the cut.
    mutating func absorb(_ part: Part, lineOffset: Int) -> Bool
}

/// A taker of the latter part of a CSV file, on the reader's second thread.
///
/// Used by one thread at a time: by the worker (``CSVPartReader``) while it runs, by the caller of
/// ``CSVReader`` once the worker has been joined. It returns `false` from ``take(_:)`` at anything it
/// would rather leave to the one-pass reading (a row with a problem, say), which drops the part.
protocol CSVRecordPart: AnyObject, Sendable {
    /// Takes the next record of the part; returns `false` to drop the part.
    func take(_ record: CSVRecord) -> Bool
}

/// A taker that is a closure: the file read in one pass (``CSVReader/read(progress:_:)``).
struct CSVClosureTaker: CSVRecordTaker {
    /// Never made: a closure takes every record itself.
    final class NoPart: CSVRecordPart {
        func take(_ record: CSVRecord) -> Bool { false }
    }

    let body: (CSVRecord) -> Bool

    func take(_ record: CSVRecord) -> Bool { body(record) }
    func makePart(byteCount: Int) -> NoPart? { nil }
    func absorb(_ part: NoPart, lineOffset: Int) -> Bool { false }
}
