import Synchronization

/// Checks a file's bytes against the SHA-256s of their pieces (``SHA256/pieceDigests(of:)``) as they are
/// first read, instead of all of them before any is read: a command that reads a few places of a large
/// snapshot hashes the pieces that hold them, not the whole file.
///
/// The digests come with the file; the caller has checked them against the digest recorded for it (the
/// SHA-256 of the digests, ``SHA256/digest(ofPieceDigests:)``), so a piece whose hash differs from its digest
/// is damage. Reading goes on after a piece is found damaged (every reader of such bytes stays inside them,
/// whatever they hold); whoever answers from them asks ``damagedPiece`` before the answer counts.
///
/// Safe to use from several threads: a piece is marked checked once its hash was compared, and two threads
/// that check one piece at once both compare the same bytes. (The readers of a snapshot's columns test a
/// piece already checked themselves, inlined: ``ensureQuickly`` in the projections.)
package final class PieceCheck: Sendable {
    /// The bytes the pieces cover.
    package nonisolated(unsafe) let covered: UnsafeRawBufferPointer
    /// The 32-byte digest of each piece, in order.
    private nonisolated(unsafe) let digests: UnsafeRawBufferPointer
    private let pieceCount: Int
    /// ``SHA256/pieceShift``, as a stored number: read from another module, the static one is a call.
    package let pieceShift = SHA256.pieceShift
    /// A bit per piece: set once it was checked (matching or not).
    package nonisolated(unsafe) let checked: UnsafeMutablePointer<Atomic<UInt64>>
    private let wordCount: Int
    /// The first piece found damaged, plus one; 0 while none is.
    private let damage = Atomic<Int>(0)

    /// Checks `covered` against `digests`; nil when there are not 32 bytes of digest for each piece.
    package init?(covering covered: UnsafeRawBufferPointer, digests: UnsafeRawBufferPointer) {
        let pieces = (covered.count + SHA256.pieceBytes - 1) / SHA256.pieceBytes
        guard digests.count == pieces * 32 else { return nil }
        (self.covered, self.digests, pieceCount) = (covered, digests, pieces)
        wordCount = max(1, (pieces + 63) / 64)
        checked = .allocate(capacity: wordCount)
        for word in 0..<wordCount { (checked + word).initialize(to: Atomic(0)) }
    }

    deinit {
        checked.deinitialize(count: wordCount)
        checked.deallocate()
    }

    /// The SHA-256 of the digests: what the writer recorded, if they are the ones it wrote.
    package var digestOfDigests: SHA256Digest {
        SHA256.hash(digests)
    }

    /// The first piece found damaged so far, if any.
    package var damagedPiece: Int? {
        let value = damage.load(ordering: .acquiring)
        return value == 0 ? nil : value - 1
    }

    /// Checks the pieces that hold the `count` bytes at `start` (those within the covered bytes) that no read
    /// checked before.
    package func ensure(_ start: UnsafeRawPointer?, count: Int) {
        guard let start, count > 0, let base = covered.baseAddress else { return }
        let offset = base.distance(to: start)
        guard offset < covered.count, offset + count > 0 else { return }
        let first = max(offset, 0) >> SHA256.pieceShift
        let last = (min(offset + count, covered.count) - 1) >> SHA256.pieceShift
        if first == last, isChecked(first) { return }
        check(from: first, through: last)
    }

    /// Checks the pieces that hold `bytes`.
    package func ensure(_ bytes: UnsafeRawBufferPointer) {
        ensure(bytes.baseAddress, count: bytes.count)
    }

    /// Checks every piece not checked yet, on every core.
    package func ensureAll() {
        check(from: 0, through: pieceCount - 1)
    }

    /// Whether piece `piece` was checked (matching its digest or not).
    package func isChecked(_ piece: Int) -> Bool {
        (checked + (piece >> 6)).pointee.load(ordering: .acquiring) & (1 << UInt64(piece & 63)) != 0
    }

    /// Checks the pieces `first` to `last` not checked yet (``SHA256/hashPieces(_:of:skipping:_:)``: on every
    /// core when there are many, a reader of a whole column).
    private func check(from first: Int, through last: Int) {
        let last = min(last, pieceCount - 1)
        guard first <= last else { return }
        SHA256.hashPieces(first..<(last + 1), of: covered, skipping: isChecked, record)
    }

    /// Compares `found`, the hash of piece `piece`, with its digest, and marks the piece checked.
    private func record(_ piece: Int, found: SHA256Digest) {
        let expected = UnsafeRawBufferPointer(rebasing: digests[(piece * 32)..<(piece * 32 + 32)])
        // The first damaged piece found is the one named.
        if !found.bytes.elementsEqual(expected) {
            _ = damage.compareExchange(expected: 0, desired: piece + 1, ordering: .acquiringAndReleasing)
        }
        (checked + (piece >> 6)).pointee.bitwiseOr(1 << UInt64(piece & 63), ordering: .releasing)
    }
}
