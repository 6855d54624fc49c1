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
    /// The file mapped, if any.
    package let path: String?
    /// The check of the bytes' pieces as they are read (``ensure(_:count:)``), if one was asked for and the
    /// bytes end with a digest of each piece.
    package let pieces: PieceCheck?

    /// The whole file at `path`, mapped (`mmap(2)`, private, its pages read in at once); with
    /// `checkingPiecesOf`, its first that many bytes are checked piece by piece as they are read against the
    /// digests of their pieces that follow them, 32 bytes each, to the end (``pieces`` is nil when what
    /// follows is not one digest per piece).
    package init(mapping path: String, checkingPiecesOf covered: Int? = nil) throws(StoreError) {
        let file = try FileDescriptor(path: path, flags: O_RDONLY)
        let size = try file.size()
        self.path = path
        guard size > 0 else {
            (bytes, isMapped, pieces) = (UnsafeRawBufferPointer(start: nil, count: 0), false, nil)
            return
        }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.raw, 0)
        guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw .io(path: path, operation: "map", errno: errno)
        }
        let mapped = UnsafeRawBufferPointer(start: address, count: size)
        (bytes, isMapped) = (mapped, true)
        pieces = covered.flatMap { Self.check(mapped, covering: $0) }
    }

    /// A copy of `array`, checked as ``init(mapping:checkingPiecesOf:)`` checks a file.
    package init(copying array: [UInt8], checkingPiecesOf covered: Int? = nil) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: array.count, alignment: 8)
        copy.copyBytes(from: array)
        (bytes, isMapped, path) = (UnsafeRawBufferPointer(copy), false, nil)
        pieces = covered.flatMap { Self.check(UnsafeRawBufferPointer(copy), covering: $0) }
    }

    private static func check(_ bytes: UnsafeRawBufferPointer, covering covered: Int) -> PieceCheck? {
        guard covered >= 0, covered <= bytes.count else { return nil }
        return PieceCheck(
            covering: UnsafeRawBufferPointer(rebasing: bytes[..<covered]),
            digests: UnsafeRawBufferPointer(rebasing: bytes[covered...]))
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

    /// Checks the pieces that hold the `count` bytes at `start`, those not checked yet (nothing, without a
    /// check).
    package func ensure(_ start: UnsafeRawPointer?, count: Int) {
        pieces?.ensure(start, count: count)
    }

    /// Checks the pieces that hold `bytes`.
    package func ensure(_ bytes: UnsafeBufferPointer<UInt8>) {
        pieces?.ensure(UnsafeRawPointer(bytes.baseAddress), count: bytes.count)
    }

    /// The first piece found damaged so far, if any.
    package var damagedPiece: Int? { pieces?.damagedPiece }

    /// That damage as the error a command's answer is voided by, if a piece was found damaged.
    package var damage: StoreError? {
        damagedPiece.map { .snapshotDamaged(path: path ?? "", offset: $0 * SHA256.pieceBytes) }
    }
}

/// Whether two runs of bytes are the same (compared as memory, with `memcmp`).
@inline(__always)
package func sameBytes(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
    guard left.count == right.count else { return false }
    guard let a = left.baseAddress, let b = right.baseAddress else { return true }
    return memcmp(a, b, left.count) == 0
}
