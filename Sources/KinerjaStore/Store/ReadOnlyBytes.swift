#if canImport(Glibc)
    import Glibc
#endif

/// Bytes that are never written while anything holds them: a file mapped into memory read-only, or a copy of
/// an array. What is made from them (a snapshot's ids, read in place) keeps them alive by holding this object.
///
/// A mapped file must be one that is written whole once and never changed in place, as snapshots are
/// (written to a temporary file, then renamed): reading past the end of a mapped file cut short meanwhile
/// would fault. Removing or replacing the file leaves the mapping as it was.
package final class ReadOnlyBytes: @unchecked Sendable {
    /// The bytes, valid while this object lives.
    package let bytes: UnsafeRawBufferPointer
    /// Whether `bytes` were mapped (unmapped on release) or allocated (freed on release).
    private let isMapped: Bool

    /// The whole file at `path`, mapped (`mmap(2)`, private, its pages read in at once).
    package init(mapping path: String) throws(StoreError) {
        let file = try FileDescriptor(path: path, flags: O_RDONLY)
        let size = try file.size()
        guard size > 0 else {
            (bytes, isMapped) = (UnsafeRawBufferPointer(start: nil, count: 0), false)
            return
        }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.raw, 0)
        guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw .io(path: path, operation: "map", errno: errno)
        }
        (bytes, isMapped) = (UnsafeRawBufferPointer(start: address, count: size), true)
    }

    /// A copy of `array`.
    package init(copying array: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: array.count, alignment: 8)
        copy.copyBytes(from: array)
        (bytes, isMapped) = (UnsafeRawBufferPointer(copy), false)
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    /// The bytes as `UInt8`s.
    package var buffer: UnsafeBufferPointer<UInt8> {
        bytes.assumingMemoryBound(to: UInt8.self)
    }
}
