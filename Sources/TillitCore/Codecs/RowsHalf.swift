import Foundation

/// The later half of an assessment's rows, checked on a second thread while the first thread checks the
/// document up to where this half starts (``JSONValidator``): a machine of two cores reads a large file
/// in about half the time.
///
/// The half is speculative: the second thread starts at what looks like the start of a row and checks
/// rows from there to the `]` that closes the participants. Anything else — a problem, a name out of
/// order, not rows at all — makes it give up, with no message; the first thread then reads that stretch
/// itself, so that every result and every error is exactly that of one thread reading in order.
///
/// Ownership, why `@unchecked Sendable` is sound: between ``start()`` and the end of ``join()`` only the
/// second thread touches `work`, what it reaches (a validator of its own, a ``RowVisitor`` part) and
/// `outcome`; it lets go of `work` and writes `outcome` before the ``WorkerThread`` signals, and the
/// joining thread reads `outcome` only after its join. The bytes both threads read are never written.
/// Only the thread that made the half calls ``start()``, ``cancel()`` and ``join()``.
final class RowsHalf: @unchecked Sendable {
    /// What the second thread found when its half is all rows, in order, up to the participants' end.
    struct Outcome {
        /// The offset just after the `]` that closes the participants.
        var end: Int
        /// How many rows, and how many line breaks from ``RowsHalf/offset`` to `end`.
        var rows: Int
        var lines: Int
        /// The offset where the line of `end` starts.
        var lineStart: Int
        /// The first and the last row's names, plain and in order (``JSONValidator``'s sorted names).
        var first: Range<Int>
        var last: Range<Int>
        /// Adds what the half's rows gave the row visitor after the rows visited so far.
        var merge: () -> Void
    }

    /// The offset of the line break before the half's first row.
    let offset: Int
    private var work: ((RowsHalf) -> Outcome?)?
    private var outcome: Outcome?
    private let thread = WorkerThread()

    /// A half that starts at the line break at `offset`; `work` checks it, on the second thread, and
    /// looks at ``isCancelled`` now and then.
    init(offset: Int, work: @escaping (RowsHalf) -> Outcome?) {
        self.offset = offset
        self.work = work
    }

    /// Starts the second thread.
    func start() {
        thread.start { [self] in
            outcome = work?(self)
            work = nil
        }
    }

    /// Tells the second thread that its half will not be taken (the first thread met a problem, or names
    /// out of order), so that it stops soon rather than check the rest: a damaged file is refused as
    /// quickly as before.
    func cancel() { thread.cancel() }

    /// Whether ``cancel()`` was called.
    var isCancelled: Bool { thread.isCancelled }

    /// Waits for the second thread to finish (at once when it has); what it found, or `nil` when it gave
    /// up. The thread does nothing after its signal, so nothing of the check outlives this call.
    @discardableResult
    func join() -> Outcome? {
        thread.join()
        return outcome
    }
}
