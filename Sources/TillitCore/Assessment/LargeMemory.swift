import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Memory for one buffer that may be megabytes long — an assessment's text as an import writes it, a
/// part of a survey held until it is numbered — taken from the system as a mapping and, on Linux, in
/// pages of 2 MB.
///
/// Such a buffer is written from its start to its end once. In pages of 4 KB that is a page fault
/// (and, on a virtual machine, often a fault in the host too) for every 4 KB: for an import of 100,000
/// respondents some 4,000 of them, a few milliseconds. In pages of 2 MB it is a handful. A small buffer
/// comes from `malloc` as usual.
enum LargeMemory {
    /// From this size on, a buffer is a mapping.
    static let mappedFrom = 2 << 20

    /// `byteCount` bytes, 16-byte aligned, not initialised; hand back with ``deallocate(_:byteCount:)``
    /// and the same count. Like the standard library's `allocate`, it stops the program when the system
    /// has no memory left.
    static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        guard byteCount >= mappedFrom else { return .allocate(byteCount: max(byteCount, 1), alignment: 16) }
        guard let mapping = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANON, -1, 0),
            mapping != UnsafeMutableRawPointer(bitPattern: -1)
        else { fatalError("out of memory: \(byteCount) bytes") }
        #if os(Linux)
            madvise(mapping, byteCount, MADV_HUGEPAGE)
        #endif
        return mapping
    }

    /// Hands back memory from ``allocate(byteCount:)``.
    static func deallocate(_ pointer: UnsafeMutableRawPointer, byteCount: Int) {
        if byteCount >= mappedFrom {
            munmap(pointer, byteCount)
        } else {
            pointer.deallocate()
        }
    }
}
