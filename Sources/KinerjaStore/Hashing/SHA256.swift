import CSHA256

/// The eight 32-bit words of a SHA-256 hash value (H0...H7).
typealias HashWords = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

/// A SHA-256 hasher (FIPS 180-4) that takes input incrementally and never allocates while hashing.
///
/// Full 64-byte blocks are compressed straight from the caller's memory; only a trailing partial
/// block is copied into the hasher. `finalize()` works on a copy, so hashing may go on afterwards.
/// Blocks are compressed with the CPU's SHA extensions when it has them (the `CSHA256` target), else by
/// the portable Swift code below; both give the same digests (tests compare them, and with NIST vectors).
package struct SHA256: Sendable {
    /// How blocks are compressed.
    package enum Implementation: Sendable, CaseIterable {
        /// The portable Swift compression function.
        case portable
        /// The x86 SHA extensions (SHA-NI), through the `CSHA256` target.
        case shaExtensions

        /// Whether this machine can run it.
        var isAvailable: Bool {
            switch self {
            case .portable: true
            case .shaExtensions: Self.cpuHasSHAExtensions
            }
        }

        /// The fastest one this machine can run.
        static let fastest: Implementation = cpuHasSHAExtensions ? .shaExtensions : .portable

        private static let cpuHasSHAExtensions = kinerja_sha256_ni_available() != 0
    }

    /// How this hasher compresses blocks.
    private let implementation: Implementation
    /// The eight working hash words H0...H7.
    private var state: HashWords = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
        0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    /// Up to 63 bytes of a block still waiting for more input.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0)
    /// How many bytes of `pending` are in use (always below 64).
    private var pendingCount = 0
    /// Total number of message bytes fed in so far.
    private var messageLength: UInt64 = 0

    /// Creates a hasher with the FIPS 180-4 initial hash value, compressing with `implementation` (which
    /// must be available on this machine).
    package init(implementation: Implementation = .fastest) {
        self.implementation = implementation
    }

    /// Feeds the given bytes into the hash.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var input = bytes.baseAddress, !bytes.isEmpty else { return }
        var remaining = bytes.count
        messageLength &+= UInt64(remaining)
        if pendingCount > 0 {
            let taken = min(64 - pendingCount, remaining)
            let offset = pendingCount
            withUnsafeMutableBytes(of: &pending) { block in
                block.baseAddress.map { ($0 + offset).copyMemory(from: input, byteCount: taken) }
            }
            pendingCount += taken
            input += taken
            remaining -= taken
            guard pendingCount == 64 else { return }
            compressPending()
            pendingCount = 0
        }
        let blockCount = remaining / 64
        if blockCount > 0 {
            compress(blocks: input, count: blockCount)
            input += blockCount * 64
            remaining -= blockCount * 64
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending) { block in
                block.baseAddress.map { $0.copyMemory(from: input, byteCount: remaining) }
            }
            pendingCount = remaining
        }
    }

    /// Feeds the given bytes into the hash, reading contiguous storage in place when there is some.
    package mutating func update(_ bytes: some Collection<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable {
            update(UnsafeRawBufferPointer($0))
        }
        if handled == nil {
            Array(bytes).withUnsafeBytes { update($0) }
        }
    }

    /// Returns the digest of everything fed in so far, leaving this hasher able to take more input.
    package func finalize() -> SHA256Digest {
        var copy = self
        let bitLength = messageLength &* 8
        let used = pendingCount
        withUnsafeMutableBytes(of: &copy.pending) { block in
            block[used] = 0x80
            for index in (used + 1)..<64 { block[index] = 0 }
        }
        if used >= 56 {
            copy.compressPending()
            copy.pending = (0, 0, 0, 0, 0, 0, 0, 0)
        }
        copy.pending.7 = bitLength.bigEndian
        copy.compressPending()
        return SHA256Digest(words: copy.state)
    }

    /// Returns the SHA-256 digest of the given bytes.
    package static func hash(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Returns the SHA-256 digest of the given bytes.
    package static func hash(_ bytes: some Collection<UInt8>) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Returns the SHA-256 digests of two messages, hashed side by side where the CPU has the SHA extensions
    /// (its rounds wait on each other within a message, and the other message's fill the wait: some 1.5 times
    /// the bytes per second), one after the other where it has not, or where their lengths differ by more
    /// than two blocks. The same digests as ``hash(_:)-(UnsafeRawBufferPointer)`` of each.
    package static func hash(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> (
        SHA256Digest, SHA256Digest
    ) {
        guard Implementation.fastest == .shaExtensions, abs(first.count - second.count) <= 128,
            let firstStart = first.baseAddress, let secondStart = second.baseAddress
        else { return (hash(first), hash(second)) }
        var (one, two) = (SHA256(), SHA256())
        // The whole blocks both have, read in place; then what is left of each (under four blocks, the lengths
        // being that close) padded into a buffer of its own, side by side as far as both go.
        let paired = min(first.count, second.count) / 64
        compress(&one, firstStart, &two, secondStart, count: paired)
        return withUnsafeTemporaryAllocation(byteCount: 2 * 256, alignment: 16) { buffer in
            guard let start = buffer.baseAddress else { return (hash(first), hash(second)) }
            let (oneBlocks, twoBlocks) = (
                padded(first, from: paired * 64, into: start), padded(second, from: paired * 64, into: start + 256)
            )
            let both = min(oneBlocks, twoBlocks)
            compress(&one, start, &two, start + 256, count: both)
            one.compress(blocks: start + both * 64, count: oneBlocks - both)
            two.compress(blocks: start + 256 + both * 64, count: twoBlocks - both)
            return (SHA256Digest(words: one.state), SHA256Digest(words: two.state))
        }
    }

    /// Writes `message`'s bytes from `offset` on, with the padding and the length that end its last block,
    /// at `buffer` (room for four blocks), and returns how many blocks that is.
    private static func padded(
        _ message: UnsafeRawBufferPointer, from offset: Int, into buffer: UnsafeMutableRawPointer
    )
        -> Int
    {
        let rest = message.count - offset
        let blocks = (rest + 9 + 63) / 64
        precondition(blocks <= 4, "at most four blocks are left")
        if rest > 0, let start = message.baseAddress { buffer.copyMemory(from: start + offset, byteCount: rest) }
        buffer.storeBytes(of: 0x80, toByteOffset: rest, as: UInt8.self)
        (buffer + rest + 1).initializeMemory(as: UInt8.self, repeating: 0, count: blocks * 64 - rest - 9)
        buffer.storeBytes(
            of: (UInt64(message.count) &* 8).bigEndian, toByteOffset: blocks * 64 - 8, as: UInt64.self)
        return blocks
    }

    /// Compresses `count` blocks at `first` into `one` and as many at `second` into `two`, side by side
    /// (both hashers compress with the SHA extensions).
    private static func compress(
        _ one: inout SHA256, _ first: UnsafeRawPointer, _ two: inout SHA256, _ second: UnsafeRawPointer, count: Int
    ) {
        guard count > 0 else { return }
        withUnsafeMutablePointer(to: &one.state) { oneWords in
            withUnsafeMutablePointer(to: &two.state) { twoWords in
                oneWords.withMemoryRebound(to: UInt32.self, capacity: 8) { oneState in
                    twoWords.withMemoryRebound(to: UInt32.self, capacity: 8) { twoState in
                        kinerja_sha256_ni_compress2(
                            oneState, first.assumingMemoryBound(to: UInt8.self), twoState,
                            second.assumingMemoryBound(to: UInt8.self), count)
                    }
                }
            }
        }
    }

    /// Compresses the full 64-byte `pending` block into `state`.
    private mutating func compressPending() {
        let block = pending
        withUnsafeBytes(of: block) { raw in
            raw.baseAddress.map { compress(blocks: $0, count: 1) }
        }
    }

    /// Compresses `count` consecutive 64-byte blocks into `state` with this hasher's implementation.
    private mutating func compress(blocks: UnsafeRawPointer, count: Int) {
        guard count > 0 else { return }
        switch implementation {
        case .portable:
            Self.compress(&state, blocks: blocks, count: count)
        case .shaExtensions:
            withUnsafeMutablePointer(to: &state) { words in
                words.withMemoryRebound(to: UInt32.self, capacity: 8) { state in
                    kinerja_sha256_ni_compress(state, blocks.assumingMemoryBound(to: UInt8.self), count)
                }
            }
        }
    }

    /// Runs the SHA-256 compression function over `count` consecutive 64-byte blocks.
    private static func compress(
        _ state: inout HashWords,
        blocks: UnsafeRawPointer,
        count: Int
    ) {
        var (a, b, c, d, e, f, g, h) = state
        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for blockIndex in 0..<count {
                    let block = blocks + blockIndex &* 64
                    for t in 0..<16 {
                        w[t] = UInt32(
                            bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let s0 =
                            rotateRight(w[t - 15], 7) ^ rotateRight(w[t - 15], 18)
                            ^ (w[t - 15] &>> 3)
                        let s1 =
                            rotateRight(w[t - 2], 17) ^ rotateRight(w[t - 2], 19)
                            ^ (w[t - 2] &>> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    let (a0, b0, c0, d0, e0, f0, g0, h0) = (a, b, c, d, e, f, g, h)
                    var t = 0
                    while t < 64 {
                        sha256Round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                        sha256Round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                        sha256Round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                        sha256Round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                        sha256Round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
                        sha256Round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
                        sha256Round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
                        sha256Round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
                        t &+= 8
                    }
                    (a, b, c, d) = (a &+ a0, b &+ b0, c &+ c0, d &+ d0)
                    (e, f, g, h) = (e &+ e0, f &+ f0, g &+ g0, h &+ h0)
                }
            }
        }
        state = (a, b, c, d, e, f, g, h)
    }

    /// The 64 round constants K0...K63 of FIPS 180-4 section 4.2.2.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1,
        0x923f_82a4, 0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3,
        0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786,
        0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147,
        0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13,
        0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
        0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a,
        0x5b9c_ca4f, 0x682e_6ff3, 0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208,
        0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}

/// Rotates `x` right by `n` bits (0 < n < 32).
@inline(__always)
private func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x &>> n) | (x &<< (32 &- n))
}

/// One SHA-256 round with the working variables renamed instead of shifted: adds T1 into `d`
/// (the next `e`) and stores T1 + T2 into `h` (the next `a`).
@inline(__always)
private func sha256Round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
    _ constantPlusWord: UInt32
) {
    let sigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
    let choose = g ^ (e & (f ^ g))
    let t1 = h &+ sigma1 &+ choose &+ constantPlusWord
    let sigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
    let majority = (a & b) | (c & (a | b))
    d &+= t1
    h = t1 &+ sigma0 &+ majority
}

/// A 32-byte SHA-256 digest.
package struct SHA256Digest: Sendable, Hashable, CustomStringConvertible {
    /// The hash words H0...H7; digest byte `i` is big-endian byte `i % 4` of word `i / 4`.
    private let words: HashWords

    /// Creates a digest from the eight final hash words.
    fileprivate init(words: HashWords) {
        self.words = words
    }

    /// Creates a digest from eight words H0...H7 (digest byte `i` is big-endian byte `i % 4` of word `i / 4`).
    init(hashWords words: HashWords) {
        self.words = words
    }

    /// Creates a digest from eight words H0...H7 (digest byte `i` is big-endian byte `i % 4` of word `i / 4`).
    init(hashWords: [UInt32]) {
        precondition(hashWords.count == 8, "a SHA-256 digest has eight words")
        words = (
            hashWords[0], hashWords[1], hashWords[2], hashWords[3], hashWords[4], hashWords[5], hashWords[6],
            hashWords[7]
        )
    }

    /// The 32 digest bytes in order.
    package var bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 32) { buffer, count in
            for index in 0..<32 { buffer[index] = byte(at: index) }
            count = 32
        }
    }

    /// The digest as 64 lowercase hexadecimal characters.
    package var hexString: String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            writeHex(into: UnsafeMutableRawBufferPointer(buffer))
            return 64
        }
    }

    /// The digest as 64 lowercase hexadecimal characters.
    package var description: String { hexString }

    /// Writes the 64 lowercase ASCII hex digits of the digest into the first 64 bytes of `buffer`.
    ///
    /// - Precondition: `buffer.count >= 64`.
    func writeHex(into buffer: UnsafeMutableRawBufferPointer) {
        precondition(
            buffer.count >= 64, "SHA256Digest.writeHex needs 64 bytes, got \(buffer.count)")
        for index in 0..<32 {
            let value = byte(at: index)
            buffer[2 &* index] = lowercaseHexDigit(value &>> 4)
            buffer[2 &* index &+ 1] = lowercaseHexDigit(value & 0x0f)
        }
    }

    /// Returns whether `hex` is exactly the 64 lowercase hex digits of this digest.
    ///
    /// Uppercase digits, other lengths and non-hex bytes never match; nothing is allocated. The digest is
    /// written as hex eight digits at a time and compared (every stored line's hash is checked this way:
    /// writing is half the work of reading the digits).
    func matchesHex(_ hex: UnsafeRawBufferPointer) -> Bool {
        guard hex.count == 64 else { return false }
        let (w0, w1, w2, w3, w4, w5, w6, w7) = words
        func matches(_ word: UInt32, at offset: Int) -> Bool {
            hex.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian == Self.hexDigits(of: word)
        }
        return matches(w0, at: 0) && matches(w1, at: 8) && matches(w2, at: 16) && matches(w3, at: 24)
            && matches(w4, at: 32) && matches(w5, at: 40) && matches(w6, at: 48) && matches(w7, at: 56)
    }

    /// The eight lowercase hex digits of `word`, most significant first, as the bytes of a little-endian
    /// number (the first digit in the lowest byte): worked on all eight at once.
    @inline(__always)
    static func hexDigits(of word: UInt32) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // The word's bytes, most significant first, each in every other byte.
        var spread = UInt64(word.byteSwapped)
        spread = (spread | spread &<< 16) & 0x0000_FFFF_0000_FFFF
        spread = (spread | spread &<< 8) & 0x00FF_00FF_00FF_00FF
        // Each byte's high nibble, then its low nibble, a byte each.
        let nibbles = ((spread &>> 4) & 0x0F0F_0F0F_0F0F_0F0F) | ((spread & 0x0F0F_0F0F_0F0F_0F0F) &<< 8)
        // '0'...'9' for 0...9, 'a'...'f' for 10...15 (a nibble plus 6 reaches 16 from 10 on).
        let letters = ((nibbles &+ 0x06 &* ones) &>> 4) & ones
        return nibbles &+ 0x30 &* ones &+ letters &* 0x27
    }

    /// Returns whether two digests hold the same 32 bytes.
    package static func == (lhs: SHA256Digest, rhs: SHA256Digest) -> Bool {
        let (l, r) = (lhs.words, rhs.words)
        return l.0 == r.0 && l.1 == r.1 && l.2 == r.2 && l.3 == r.3
            && l.4 == r.4 && l.5 == r.5 && l.6 == r.6 && l.7 == r.7
    }

    /// Feeds the digest's words into `hasher`.
    package func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: words) { hasher.combine(bytes: $0) }
    }

    /// Returns digest byte `index` (0 ..< 32).
    @inline(__always)
    private func byte(at index: Int) -> UInt8 {
        let word = withUnsafeBytes(of: words) {
            $0.load(fromByteOffset: index & ~3, as: UInt32.self)
        }
        return UInt8(
            truncatingIfNeeded: word &>> (24 &- 8 &* UInt32(truncatingIfNeeded: index & 3)))
    }
}

/// Returns the lowercase ASCII hex digit for a nibble (0 ... 15): for digests, and for the UUID ids a
/// snapshot keeps as their 16 bytes.
@inline(__always)
package func lowercaseHexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? 0x30 &+ nibble : 0x57 &+ nibble
}
