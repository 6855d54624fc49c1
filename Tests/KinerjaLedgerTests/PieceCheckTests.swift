import KinerjaStore
import Testing

/// A snapshot's pieces are checked against their digests when first read, only those read: a damaged piece
/// is found when a read reaches it, and not before; digests that do not fit the bytes set up no check.
@Suite struct PieceCheckTests {
    /// Four whole pieces and part of a fifth, with the digest of each piece after them, as a snapshot file
    /// ends; `damaging` flips a byte of the covered bytes first (after the digests were made).
    static func file(damaging offset: Int? = nil) -> (bytes: ReadOnlyBytes, covered: Int, recorded: SHA256Digest) {
        let covered = 4 * SHA256.pieceBytes + 1000
        var content = SHA256Tests.pattern(count: covered)
        let digests = content.withUnsafeBytes { SHA256.pieceDigests(of: $0) }
        if let offset { content[offset] ^= 0x40 }
        return (
            ReadOnlyBytes(copying: content + digests.flatMap(\.bytes), checkingPiecesOf: covered), covered,
            SHA256.digest(ofPieceDigests: digests)
        )
    }

    @Test func theDigestOfTheDigestsIsTheRecordedOneAndNothingIsCheckedBeforeItIsRead() throws {
        let (bytes, _, recorded) = Self.file()
        let pieces = try #require(bytes.pieces)
        #expect(pieces.digestOfDigests == recorded)
        #expect((0..<5).allSatisfy { !pieces.isChecked($0) })
    }

    @Test func aReadChecksThePiecesItReachesOnly() throws {
        let (bytes, covered, _) = Self.file()
        let pieces = try #require(bytes.pieces)
        let base = try #require(bytes.bytes.baseAddress)
        bytes.ensure(base + 2 * SHA256.pieceBytes + 10, count: 4)
        #expect((0..<5).map(pieces.isChecked) == [false, false, true, false, false])
        // A read across a boundary checks both pieces.
        bytes.ensure(base + SHA256.pieceBytes - 2, count: 4)
        #expect((0..<5).map(pieces.isChecked) == [true, true, true, false, false])
        // The digests after the covered bytes are no piece; a read of them checks nothing.
        bytes.ensure(base + covered, count: 32)
        #expect((0..<5).map(pieces.isChecked) == [true, true, true, false, false])
        bytes.ensure(base + covered - 1, count: 1)
        #expect(pieces.isChecked(4))
        #expect(bytes.damagedPiece == nil)
    }

    @Test(arguments: [0, SHA256.pieceBytes - 1, 3 * SHA256.pieceBytes + 7, 4 * SHA256.pieceBytes + 999])
    func aDamagedPieceIsFoundWhenAReadReachesIt(offset: Int) throws {
        let (bytes, _, recorded) = Self.file(damaging: offset)
        // The digests are the ones written, so the damage is not seen until the piece is read.
        #expect(bytes.pieces?.digestOfDigests == recorded)
        let base = try #require(bytes.bytes.baseAddress)
        let piece = offset / SHA256.pieceBytes
        for other in 0..<5 where other != piece { bytes.ensure(base + other * SHA256.pieceBytes, count: 1) }
        #expect(bytes.damagedPiece == nil)
        bytes.ensure(base + offset, count: 1)
        #expect(bytes.damagedPiece == piece)

        let (again, _, _) = Self.file(damaging: offset)
        again.pieces?.ensureAll()
        #expect(again.damagedPiece == piece)
    }

    @Test func aLedgerCacheSeesDamageFoundInASnapshotItsStatesRead() throws {
        let (damaged, _, _) = Self.file(damaging: 2 * SHA256.pieceBytes + 5)
        let (sound, _, _) = Self.file()
        let cache = LedgerCache()
        cache.watch(sound)
        cache.watch(damaged)
        #expect(cache.snapshotDamage == nil, "nothing read yet")
        let base = try #require(damaged.bytes.baseAddress)
        damaged.ensure(base + 10, count: 4)
        #expect(cache.snapshotDamage == nil, "a sound piece read")
        damaged.ensure(base + 2 * SHA256.pieceBytes, count: 4)
        #expect(cache.snapshotDamage == .snapshotDamaged(path: "", offset: 2 * SHA256.pieceBytes))
    }

    @Test func digestsThatDoNotFitTheBytesSetUpNoCheck() {
        let (bytes, covered, recorded) = Self.file()
        let whole = Array(bytes.buffer)
        #expect(ReadOnlyBytes(copying: whole, checkingPiecesOf: covered + 1).pieces == nil)
        #expect(ReadOnlyBytes(copying: whole, checkingPiecesOf: covered - 1).pieces == nil)
        #expect(ReadOnlyBytes(copying: whole, checkingPiecesOf: whole.count + 1).pieces == nil)
        #expect(ReadOnlyBytes(copying: whole).pieces == nil)
        // A damaged digest makes another digest of the digests: the snapshot is not the one recorded.
        var changed = whole
        changed[covered + 40] ^= 1
        #expect(ReadOnlyBytes(copying: changed, checkingPiecesOf: covered).pieces?.digestOfDigests != recorded)
    }
}
