import Foundation

/// An open file, closed when the last copy of its reader is gone.
///
/// Shared by the two readers of a file read in two parts at once (``CSVPartReader``): both read with
/// `pread(2)` at their own offsets, which no other reader moves.
final class FileDescriptor: Sendable {
    let value: Int32
    init(_ value: Int32) { self.value = value }
    deinit { close(value) }
}
