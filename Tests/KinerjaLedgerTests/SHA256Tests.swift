import Foundation
import Synchronization
import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

extension SHA256 {
    /// The digest of `bytes` fed to a copy of this hasher.
    fileprivate func hashing(_ bytes: some Collection<UInt8>) -> SHA256Digest {
        var copy = self
        copy.update(bytes)
        return copy.finalize()
    }
}

/// Tests for `SHA256` and `SHA256Digest`.
@Suite("SHA256")
struct SHA256Tests {
    /// A FIPS 180-4 / NIST example message and its expected digest.
    struct Vector: Sendable, CustomTestStringConvertible {
        /// A short label for the test report.
        let name: String
        /// The message bytes.
        let message: [UInt8]
        /// The expected digest in lowercase hex.
        let expectedHex: String

        /// The label shown in the test report.
        var testDescription: String { name }
    }

    /// The NIST vectors from FIPS 180-4 and the SHA-256 example documents.
    static let nistVectors: [Vector] = [
        Vector(
            name: "empty", message: [],
            expectedHex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(
            name: "abc", message: Array("abc".utf8),
            expectedHex: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(
            name: "448 bits",
            message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            expectedHex: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(
            name: "896 bits",
            message: Array(
                ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
            expectedHex: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        Vector(
            name: "one million 'a'",
            message: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
            expectedHex: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    /// A deterministic, non-repeating-looking byte pattern of the given length.
    static func pattern(count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 167 &+ ($0 >> 8) &* 13 &+ 41) }
    }

    /// The implementations this machine runs (the SHA extensions only where the CPU has them).
    static let implementations = SHA256.Implementation.allCases.filter(\.isAvailable)

    /// The digest of `bytes` by `implementation`.
    static func hash(_ bytes: some Collection<UInt8>, with implementation: SHA256.Implementation) -> SHA256Digest {
        var hasher = SHA256(implementation: implementation)
        hasher.update(bytes)
        return hasher.finalize()
    }

    @Test("hashes the NIST vectors", arguments: nistVectors)
    func hashesNISTVector(_ vector: Vector) {
        #expect(SHA256.hash(vector.message).hexString == vector.expectedHex)
        let viaPointer = vector.message.withUnsafeBytes { SHA256.hash($0) }
        #expect(viaPointer.hexString == vector.expectedHex)
        for implementation in Self.implementations {
            #expect(
                Self.hash(vector.message, with: implementation).hexString == vector.expectedHex, "\(implementation)")
        }
    }

    @Test("uses the SHA extensions exactly when the operating system says the CPU has them")
    func choosesTheSHAExtensionsWhenTheCPUHasThem() throws {
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
        let listed = flags.split(separator: " ").contains("sha_ni")
        #expect(SHA256.Implementation.shaExtensions.isAvailable == listed)
        #expect(SHA256.Implementation.fastest == (listed ? .shaExtensions : .portable))
    }

    @Test("both implementations agree on every length 0...1,100 and on long inputs fed in odd chunks")
    func implementationsAgree() {
        let message = Self.pattern(count: 70_001)
        for length in 0...1_100 {
            let digests = Self.implementations.map { Self.hash(message[0..<length], with: $0) }
            #expect(Set(digests).count == 1, "length \(length)")
        }
        for implementation in Self.implementations {
            var hasher = SHA256(implementation: implementation)
            var start = 0
            for size in [1, 63, 64, 65, 127, 4_096, 13, 60_000] where start < message.count {
                hasher.update(message[start..<min(start + size, message.count)])
                start = min(start + size, message.count)
            }
            hasher.update(message[start...])
            #expect(hasher.finalize() == SHA256(implementation: .portable).hashing(message), "\(implementation)")
        }
    }

    @Test("two messages hashed side by side give each one's digest, for every pair of lengths around a line's")
    func twoMessagesSideBySideGiveEachOnesDigest() {
        let message = Self.pattern(count: 1_200)
        let other = message.map { $0 &* 31 &+ 7 }
        let portable = SHA256(implementation: .portable)
        for length in 0...450 {
            for difference in [0, 1, 7, 55, 56, 63, 64, 65, 119, 127, 128, 129, 300] {
                for (firstLength, secondLength) in [(length, length + difference), (length + difference, length)] {
                    let (first, second) = (message[0..<firstLength], other[3..<(3 + secondLength)])
                    let digests = first.withUnsafeBytes { first in
                        second.withUnsafeBytes { second in SHA256.hash(first, second) }
                    }
                    #expect(
                        digests.0 == portable.hashing(first) && digests.1 == portable.hashing(second),
                        "lengths \(firstLength) and \(secondLength)")
                }
            }
        }
        for vector in Self.nistVectors {
            let digests = vector.message.withUnsafeBytes { SHA256.hash($0, $0) }
            #expect(digests.0.hexString == vector.expectedHex && digests.1.hexString == vector.expectedHex)
        }
    }

    @Test("matches the system sha256sum for every length 0...300")
    func matchesSystemSHA256SumForEveryLengthUpTo300() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("SHA256Tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let lengths = Array(0...300)
        let source = Self.pattern(count: lengths.count - 1)
        var paths: [String] = []
        for length in lengths {
            let url = directory.appendingPathComponent(String(format: "len-%03d.bin", length))
            try Data(source[0..<length]).write(to: url)
            paths.append(url.path)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        try #require(lines.count == lengths.count)
        for (length, line) in zip(lengths, lines) {
            let expected = String(line.prefix(64))
            #expect(
                line.hasSuffix(paths[length]), "sha256sum output out of order at length \(length)")
            #expect(SHA256.hash(source[0..<length]).hexString == expected, "length \(length)")
            for implementation in Self.implementations {
                #expect(
                    Self.hash(source[0..<length], with: implementation).hexString == expected,
                    "length \(length), \(implementation)")
            }
            let viaPointer = source.withUnsafeBytes {
                SHA256.hash(UnsafeRawBufferPointer(rebasing: $0[0..<length]))
            }
            #expect(viaPointer.hexString == expected, "length \(length), raw pointer")
        }
    }

    @Test("incremental updates in odd-size chunks equal one-shot hashing")
    func incrementalUpdatesInOddChunksEqualOneShot() {
        let message = Self.pattern(count: 5_000)
        let expected = SHA256.hash(message)
        for chunkSizes in [[1], [3, 7, 13], [63, 1, 64, 65], [55, 56, 57, 120, 119, 200]] {
            var viaCollection = SHA256()
            var viaPointer = SHA256()
            var start = 0
            var next = 0
            while start < message.count {
                let end = min(start + chunkSizes[next % chunkSizes.count], message.count)
                viaCollection.update(message[start..<end])
                message.withUnsafeBytes {
                    viaPointer.update(UnsafeRawBufferPointer(rebasing: $0[start..<end]))
                }
                start = end
                next += 1
            }
            #expect(viaCollection.finalize() == expected, "chunks \(chunkSizes)")
            #expect(viaPointer.finalize() == expected, "chunks \(chunkSizes)")
        }
    }

    @Test("hashes collections without contiguous storage")
    func hashesNonContiguousCollection() {
        let message = Self.pattern(count: 777)
        let lazyBytes = (0..<777).lazy.map { message[$0] }
        #expect(SHA256.hash(lazyBytes) == SHA256.hash(message))
    }

    @Test("finalize leaves the hasher usable for more input")
    func finalizeLeavesHasherUsable() {
        var hasher = SHA256()
        hasher.update(Array("ab".utf8))
        #expect(hasher.finalize() == SHA256.hash(Array("ab".utf8)))
        hasher.update(Array("c".utf8))
        #expect(hasher.finalize().hexString == Self.nistVectors[1].expectedHex)
    }

    @Test("exposes the digest as 32 bytes and as lowercase hex")
    func exposesBytesAndHex() {
        let digest = SHA256.hash(Array("abc".utf8))
        let hex = digest.bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }
            .joined()
        #expect(digest.bytes.count == 32)
        #expect(hex == Self.nistVectors[1].expectedHex)
        #expect(digest.description == digest.hexString)
        #expect(digest != SHA256.hash(Array("abd".utf8)))
        #expect(Set([digest, SHA256.hash(Array("abc".utf8))]).count == 1)
    }

    @Test("reads 64 lowercase hex digits back, and refuses any other byte at any place")
    func readsHexAndRefusesEverythingElse() {
        for length in [0, 3, 64, 300] {
            let digest = SHA256.hash(Self.pattern(count: length))
            #expect(SHA256Digest(hex: digest.hexString) == digest)
        }
        let text = Array(SHA256.hash(Array("abc".utf8)).hexString.utf8)
        let lowercase = Set("0123456789abcdef".utf8)
        for position in [0, 7, 8, 31, 33, 62, 63] {
            for byte in UInt8.min...UInt8.max {
                var changed = text
                changed[position] = byte
                let read = changed.withUnsafeBytes { SHA256Digest(hex: $0) }
                #expect((read != nil) == lowercase.contains(byte), "byte \(byte) at \(position)")
                if let read { #expect(read.hexString.utf8.elementsEqual(changed)) }
            }
        }
        #expect(SHA256Digest(hex: String(text.dropLast().map { Character(Unicode.Scalar($0)) })) == nil)
        #expect(SHA256Digest(hex: String(repeating: "f", count: 64))?.bytes == Array(repeating: 0xFF, count: 32))
    }

    @Test("writeHex writes the same 64 bytes as hexString")
    func writeHexEqualsHexString() {
        for length in [0, 1, 64, 300] {
            let digest = SHA256.hash(Self.pattern(count: length))
            var buffer = [UInt8](repeating: 0, count: 64)
            buffer.withUnsafeMutableBytes { digest.writeHex(into: $0) }
            #expect(buffer == Array(digest.hexString.utf8))
        }
    }

    @Test("matchesHex, which writes the digest's hex eight digits at a time, agrees with hexString at every digit")
    func matchesHexAgreesWithHexStringAtEveryDigit() {
        for seed in 0..<64 {
            let digest = SHA256.hash(Self.pattern(count: seed * 7))
            let hex = Array(digest.hexString.utf8)
            #expect(hex.withUnsafeBytes { digest.matchesHex($0) })
            for position in 0..<64 {
                // Every other hex digit, an uppercase one, and bytes next to the digits' ranges.
                for replacement in Array("0123456789abcdefA/:`g".utf8) where replacement != hex[position] {
                    var changed = hex
                    changed[position] = replacement
                    #expect(!changed.withUnsafeBytes { digest.matchesHex($0) }, "digit \(position) as \(replacement)")
                }
            }
        }
    }

    @Test("matchesHex accepts only the exact lowercase hex of the digest")
    func matchesHexAcceptsOnlyExactLowercaseHex() {
        let digest = SHA256.hash(Array("abc".utf8))
        let hex = Array(Self.nistVectors[1].expectedHex.utf8)
        #expect(hex.withUnsafeBytes { digest.matchesHex($0) })

        for index in [0, 1, 31, 62, 63] {
            var changed = hex
            changed[index] =
                changed[index] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
            #expect(
                !changed.withUnsafeBytes { digest.matchesHex($0) }, "changed character \(index)")
        }

        let uppercase = Array(Self.nistVectors[1].expectedHex.uppercased().utf8)
        #expect(!uppercase.withUnsafeBytes { digest.matchesHex($0) })

        #expect(!Array(hex.dropLast()).withUnsafeBytes { digest.matchesHex($0) })
        #expect(!(hex + [UInt8(ascii: "0")]).withUnsafeBytes { digest.matchesHex($0) })
        #expect(![UInt8]().withUnsafeBytes { digest.matchesHex($0) })
    }

    /// Snapshot digests: the SHA-256 of the SHA-256s of 4 KiB pieces, worked out apart from this code (Python's
    /// hashlib over the same pattern), at the lengths where the pieces change, and past 64 pieces (the pieces
    /// are hashed 64 to a task).
    @Test(
        "the piece digest is the SHA-256 of its pieces' SHA-256s",
        arguments: [
            (0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            (1, "2ec9b3cc687e93871f755d6c9962f62f351598ba779d9838aa2b68c8ef309f50"),
            ((1 << 12) - 1, "df73279cb1cc33746b00a5bb3d6a1b73d45bc6fa1d35b84af33bef0be13c09f1"),
            (1 << 12, "aac439e2c6be7602783a19463cf748e2c67dcb8cbb8c0e8b9aaa100d121ecbac"),
            ((1 << 12) + 1, "d9e5e6db3bb41739ab4fd918679719b2ce944dac148cc502287df9026555195e"),
            ((3 << 12) + 5, "8e438ccdf4cb224218d556e0c2e34289271e5a7a330d2f035b02acc184e61f51"),
            ((1 << 18) + 3, "ee4981454faa8e196fa8354581cd65118516810f3d21ecb4c5047ec88fb4bdd0"),
            ((1 << 20) + 3, "59f8011e8a7b88199788d9e58abfe107d96ceebd04edb469cbcd4f67d7f02fe0"),
        ])
    func pieceDigest(length: Int, expected: String) {
        let bytes = Self.pattern(count: length)
        let pieces = bytes.withUnsafeBytes { SHA256.pieceDigests(of: $0) }
        #expect(pieces.count == (length + SHA256.pieceBytes - 1) / SHA256.pieceBytes)
        #expect(SHA256.digest(ofPieceDigests: pieces).hexString == expected)
        #expect(bytes.withUnsafeBytes { SHA256.pieceDigest(of: $0) }.hexString == expected)
        for (index, piece) in pieces.enumerated() {
            let start = index * SHA256.pieceBytes
            #expect(piece == SHA256.hash(bytes[start..<min(start + SHA256.pieceBytes, length)]))
        }
        if length > 0 {
            var changed = bytes
            changed[length - 1] ^= 1
            #expect(changed.withUnsafeBytes { SHA256.pieceDigest(of: $0) }.hexString != expected)
        }
    }
}
