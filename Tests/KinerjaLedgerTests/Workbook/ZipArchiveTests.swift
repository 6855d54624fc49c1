import Foundation
import Testing

@testable import KinerjaInterchange
@testable import KinerjaWorkbook

@Suite struct ZipArchiveTests {
    private func decode(_ base64: String) throws -> [UInt8] {
        try #require(Data(base64Encoded: base64).map { [UInt8]($0) })
    }

    private func contents(_ archive: ZipArchive, _ name: String) throws -> [UInt8] {
        try archive.contents(of: try #require(archive.entry(named: name)))
    }

    private let text = InflateFixtures.data(.init(kind: .text, count: 4000, seed: 1, level: 0, base64: ""))
    private let random = InflateFixtures.data(.init(kind: .random, count: 300, seed: 2, level: 0, base64: ""))

    @Test(arguments: [ZipFixtures.seekable, ZipFixtures.streamed])
    func readsDeflatedAndStoredEntriesPythonWrote(_ base64: String) throws {
        let archive = try ZipArchive(try decode(base64))
        #expect(archive.entries.map(\.name) == ["text.txt", "folder/random.bin"])
        #expect(archive.entries.map(\.method) == [8, 0])
        #expect(try contents(archive, "text.txt") == text)
        #expect(try contents(archive, "folder/random.bin") == random)
    }

    @Test func findsEntriesIgnoringCaseAsPackagePartsAre() throws {
        let archive = try ZipArchive(try decode(ZipFixtures.seekable))
        #expect(archive.entry(named: "TEXT.txt")?.name == "text.txt")
        #expect(archive.entry(named: "missing.xml") == nil)
    }

    @Test func readsBackWhatItWrites() throws {
        let files = [
            ZipWriter.File(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8)),
            ZipWriter.File(name: "xl/empty.xml", bytes: []),
            ZipWriter.File(name: "xl/text.txt", bytes: text),
        ]
        let bytes = ZipWriter.archive(files)
        let archive = try ZipArchive(bytes)
        #expect(archive.entries.map(\.name) == files.map(\.name))
        for file in files {
            #expect(try contents(archive, file.name) == file.bytes)
        }
        // The same files give the same bytes: no clock in the archive.
        #expect(ZipWriter.archive(files) == bytes)
    }

    @Test func refusesWhatIsNotAnArchive() {
        #expect(throws: ZipError.notAnArchive) { try ZipArchive(Array("kode;nilai\nppks;56,70\n".utf8)) }
        #expect(throws: ZipError.notAnArchive) { try ZipArchive([]) }
    }

    @Test func refusesAnArchiveCutShort() throws {
        let bytes = try decode(ZipFixtures.seekable)
        #expect(throws: ZipError.notAnArchive) { try ZipArchive(Array(bytes.prefix(bytes.count - 10))) }
        // The end record kept but the directory it points at cut away.
        let end = Array(bytes.suffix(22))
        #expect(throws: ZipError.damaged("the central directory lies outside the file")) {
            try ZipArchive(Array(bytes.prefix(200)) + end)
        }
    }

    /// The bytes of a one-entry stored archive of `text`, changed by `change` (given the central directory's
    /// offset).
    private func alteredStoredArchive(_ change: (inout [UInt8], Int) -> Void) throws -> ZipArchive {
        var bytes = ZipWriter.archive([ZipWriter.File(name: "a.txt", bytes: text)])
        let directory = ByteView(bytes: bytes, start: bytes.count - 22).u32(16)
        change(&bytes, directory)
        return try ZipArchive(bytes)
    }

    @Test func refusesAnEncryptedEntry() throws {
        let archive = try alteredStoredArchive { bytes, directory in bytes[directory + 8] |= 1 }
        #expect(throws: ZipError.encrypted("a.txt")) { try contents(archive, "a.txt") }
    }

    @Test func refusesAnUnknownCompressionMethod() throws {
        let archive = try alteredStoredArchive { bytes, directory in bytes[directory + 10] = 12 }
        #expect(throws: ZipError.unsupportedMethod("a.txt", method: 12)) { try contents(archive, "a.txt") }
    }

    @Test func refusesAStoredEntryWhoseSizesDisagree() throws {
        let archive = try alteredStoredArchive { bytes, directory in bytes[directory + 24] &+= 1 }
        #expect(throws: ZipError.sizeMismatch("a.txt", declared: 4001, actual: 4000)) { try contents(archive, "a.txt") }
    }

    @Test func refusesAnEntryWhoseChecksumDisagrees() throws {
        let archive = try alteredStoredArchive { bytes, _ in bytes[30 + 5 + 10] ^= 0x20 }
        let actual = CRC32.checksum(text.enumerated().map { $0.offset == 10 ? $0.element ^ 0x20 : $0.element })
        #expect(throws: ZipError.checksumMismatch("a.txt", declared: CRC32.checksum(text), actual: actual)) {
            try contents(archive, "a.txt")
        }
    }

    @Test func refusesADeclaredSizeBeyondTheLimit() throws {
        let archive = try alteredStoredArchive { bytes, directory in bytes[directory + 27] = 0x20 }
        #expect(throws: ZipError.tooLarge("a.txt", size: 0x2000_0FA0, limit: 256 << 20)) {
            try contents(archive, "a.txt")
        }
    }

    @Test func refusesSizesOfFourGibibytesAsZip64() {
        #expect(throws: ZipError.zip64) {
            try alteredStoredArchive { bytes, directory in
                for offset in 20..<24 { bytes[directory + offset] = 0xFF }
            }
        }
    }

    @Test func refusesTwoEntriesOfTheSameName() {
        let file = ZipWriter.File(name: "a.txt", bytes: [1])
        #expect(throws: ZipError.duplicateEntry("a.txt")) { try ZipArchive(ZipWriter.archive([file, file])) }
    }

    /// The seekable fixture with `text.txt`'s declared uncompressed size (central directory) set to `size`.
    private func deflatedArchive(declaring size: Int) throws -> ZipArchive {
        var bytes = try decode(ZipFixtures.seekable)
        let directory = ByteView(bytes: bytes, start: bytes.count - 22).u32(16)
        for index in 0..<4 { bytes[directory + 24 + index] = UInt8(truncatingIfNeeded: size >> (8 * index)) }
        return try ZipArchive(bytes)
    }

    @Test func refusesARatioOnlyAZipBombHas() throws {
        let archive = try deflatedArchive(declaring: 200 << 20)
        let compressed = try #require(archive.entry(named: "text.txt")).compressedSize
        #expect(throws: ZipError.suspiciousRatio("text.txt", compressed: compressed, uncompressed: 200 << 20)) {
            try contents(archive, "text.txt")
        }
    }

    @Test func refusesADeflatedEntryThatInflatesToOtherThanItsSize() throws {
        #expect(throws: ZipError.sizeMismatch("text.txt", declared: 3999, actual: nil)) {
            try contents(try deflatedArchive(declaring: 3999), "text.txt")
        }
        #expect(throws: ZipError.sizeMismatch("text.txt", declared: 4001, actual: 4000)) {
            try contents(try deflatedArchive(declaring: 4001), "text.txt")
        }
    }

    @Test func refusesBrokenDeflateDataNamingTheEntry() throws {
        var bytes = try decode(ZipFixtures.seekable)
        let entry = try #require(try ZipArchive(bytes).entry(named: "text.txt"))
        bytes[30 + 8] = 0x07  // the first byte of the data: a last block of type 3
        #expect(throws: ZipError.inflate("text.txt", .invalidBlockType(offset: 0))) {
            try ZipArchive(bytes).contents(of: entry)
        }
    }

    @Test func saysWhatIsWrongInOneSentence() {
        #expect(
            ZipError.encrypted("xl/workbook.xml").description
                == "xl/workbook.xml is encrypted; save the workbook without a password")
        #expect(
            ZipError.checksumMismatch("a.txt", declared: 0x1234, actual: 0xCBF4_3926).description
                == "a.txt has CRC-32 0xCBF43926 but its header says 0x00001234")
    }
}
