import Foundation

/// Work run on a thread of its own and waited for: how the later part of a large file is read while
/// the caller's thread reads the first part (``CSVPartReader`` for a survey export, ``RowsHalf`` for an
/// assessment's rows).
///
/// The work hands its results over through memory both threads can reach. The thread signals a
/// semaphore after the work and ``join()`` waits on it, which orders every access: what the work wrote
/// is seen whole after the join, and the thread does nothing after its signal, so nothing of the work
/// outlives the join. Between ``start(_:)`` and the join the only thing both threads touch is the
/// cancellation flag, under its lock. Only the thread that made the worker calls ``start(_:)``,
/// ``cancel()`` and ``join()``, which is why the class can be handed to the thread (`@unchecked
/// Sendable`).
final class WorkerThread: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var running = false
    private let lock = NSLock()
    private var cancelled = false

    /// Runs `work` on a new thread.
    func start(_ work: @escaping @Sendable () -> Void) {
        running = true
        Thread { [self] in
            work()
            finished.signal()
        }.start()
    }

    /// Tells the work that its result will not be used, so that it can stop soon (``isCancelled``).
    func cancel() {
        lock.withLock { cancelled = true }
    }

    /// Whether ``cancel()`` was called; the work looks now and then.
    var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    /// Waits until the work is over; does nothing when it was never started or already joined.
    func join() {
        guard running else { return }
        finished.wait()
        running = false
    }
}
