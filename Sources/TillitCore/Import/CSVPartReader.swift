import Foundation

/// Reads the latter part of a CSV file on a thread of its own, from the start of a line to the end of
/// the file, into a ``CSVRecordPart``.
///
/// The part is read as UTF-8 (the caller cuts only a file it has found to be UTF-8), with a parser of
/// its own whose lines count from 1. Anything that would need the rest of the file to be judged — a
/// malformed character, a quote left open at the end — or a record the part does not take ends the
/// reading without ``completed``, and the caller reads the part again itself.
///
/// Only the worker thread touches the reader's state between ``start()`` and ``join()``, and only the
/// caller after: the ``WorkerThread``'s join orders every access, which is why the class can be handed
/// to the thread (`@unchecked Sendable`). A part that will not be taken in is told so (``cancel()``)
/// and stops at its next chunk.
final class CSVPartReader<Part: CSVRecordPart>: @unchecked Sendable {
    let part: Part
    private var chunks: ChunkSource
    private let parser: CSVParser
    private var decoder = TextDecoder.resumingUTF8()
    private let thread = WorkerThread()
    /// Whether every record up to the end of the file was read and taken.
    private(set) var completed = false
    /// How many records were read.
    private(set) var records = 0

    init(part: Part, chunks: ChunkSource, separator: CSVSeparator) {
        self.part = part
        self.chunks = chunks
        parser = CSVParser(separator: separator)
    }

    /// Starts reading on a new thread.
    func start() {
        thread.start { [self] in read() }
    }

    /// Tells the reading that the part will not be taken in: the first part met a problem.
    func cancel() { thread.cancel() }

    /// Waits until the reading is over; does nothing when it was never started or already joined.
    func join() { thread.join() }

    private func read() {
        var stopped = false
        let part = self.part
        func take(_ record: CSVRecord) -> Bool {
            records += 1
            if !part.take(record) { stopped = true }
            return !stopped
        }
        do {
            while !thread.isCancelled, let (chunk, final) = try chunks.next() {
                let problem = decoder.decode(chunk, final: final) { text in
                    if !stopped, !parser.parse(text, emit: take) { stopped = true }
                }
                if problem != nil || stopped { return }
            }
        } catch {
            return
        }
        if thread.isCancelled || decoder.finish({ _ in }) != nil || parser.isInsideQuotes { return }
        parser.finish(emit: take)
        completed = !stopped
    }
}
