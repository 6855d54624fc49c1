/// A ZIP archive read from its central directory, as workbooks (.xlsx) are packed: entries stored or deflated.
///
/// Nothing is trusted: every offset and size is checked against the file before use, an entry's data must
/// inflate to exactly its declared size with its declared CRC-32, and no entry may declare more than
/// ``Inflate/maximumOutput`` bytes or more than deflate can produce from its compressed size.
struct ZipArchive {
    /// One file in the archive, as the central directory describes it.
    struct Entry: Equatable {
        /// The path inside the archive, `/`-separated.
        let name: String
        /// 0 stored, 8 deflate.
        let method: Int
        /// The general-purpose flags (bit 0: encrypted).
        let flags: Int
        /// The CRC-32 of the uncompressed bytes.
        let checksum: UInt32
        /// The size of the data in the archive.
        let compressedSize: Int
        /// The size once inflated.
        let uncompressedSize: Int
        /// Where the entry's local header starts.
        let localHeaderOffset: Int
    }

    /// The most a deflated entry can grow: deflate codes 258 bytes in at least two bits, so about 1032:1.
    private static let maximumRatio = 1032

    /// The archive's bytes.
    private let bytes: [UInt8]
    /// The entries in central-directory order.
    let entries: [Entry]

    /// Reads the central directory of `bytes`.
    init(_ bytes: [UInt8]) throws(ZipError) {
        self.bytes = bytes
        let end = try Self.endRecord(bytes)
        guard end.u16(4) == 0, end.u16(6) == 0, end.u16(8) == end.u16(10) else { throw .multipleDisks }
        let count = end.u16(10)
        let size = end.u32(12)
        let offset = end.u32(16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw .zip64 }
        guard offset + size <= end.start else { throw .damaged("the central directory lies outside the file") }
        var entries: [Entry] = []
        var names: Set<String> = []
        var position = offset
        for index in 0..<count {
            let record = ByteView(bytes: bytes, start: position)
            guard position + 46 <= offset + size, record.u32(0) == 0x0201_4B50 else {
                throw .damaged("central directory entry \(index + 1) is not where the directory says")
            }
            let nameLength = record.u16(28)
            let extraLength = record.u16(30)
            let commentLength = record.u16(32)
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else {
                throw .damaged("central directory entry \(index + 1) runs past the directory")
            }
            let name = String(decoding: bytes[position + 46..<position + 46 + nameLength], as: UTF8.self)
            let compressedSize = record.u32(20)
            let uncompressedSize = record.u32(24)
            let localHeaderOffset = record.u32(42)
            if [compressedSize, uncompressedSize, localHeaderOffset].contains(0xFFFF_FFFF) { throw .zip64 }
            guard names.insert(name).inserted else { throw .duplicateEntry(name) }
            entries.append(
                Entry(
                    name: name, method: record.u16(10), flags: record.u16(8), checksum: UInt32(record.u32(16)),
                    compressedSize: compressedSize, uncompressedSize: uncompressedSize,
                    localHeaderOffset: localHeaderOffset))
            position = next
        }
        self.entries = entries
    }

    /// The entry named `name` (exactly, or else ignoring case, as package part names are), or nil.
    func entry(named name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The uncompressed bytes of `entry`, checked against its declared size and CRC-32.
    func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
        let name = entry.name
        guard entry.flags & 1 == 0 else { throw .encrypted(name) }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(name, method: entry.method) }
        guard entry.uncompressedSize <= Inflate.maximumOutput else {
            throw .tooLarge(name, size: entry.uncompressedSize, limit: Inflate.maximumOutput)
        }
        let header = ByteView(bytes: bytes, start: entry.localHeaderOffset)
        guard entry.localHeaderOffset <= bytes.count - 30, header.u32(0) == 0x0403_4B50 else {
            throw .damaged("the local header of \(name) is not where the directory says")
        }
        let dataStart = entry.localHeaderOffset + 30 + header.u16(26) + header.u16(28)
        guard dataStart <= bytes.count, entry.compressedSize <= bytes.count - dataStart else {
            throw .damaged("the data of \(name) runs past the end of the file")
        }
        let data = Array(bytes[dataStart..<dataStart + entry.compressedSize])
        let output: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else {
                throw .sizeMismatch(name, declared: entry.uncompressedSize, actual: entry.compressedSize)
            }
            output = data
        } else {
            guard entry.uncompressedSize <= entry.compressedSize * Self.maximumRatio + 1024 else {
                throw .suspiciousRatio(
                    name, compressed: entry.compressedSize, uncompressed: entry.uncompressedSize)
            }
            do {
                output = try Inflate.inflate(data, limit: entry.uncompressedSize)
            } catch .outputTooLarge {
                throw .sizeMismatch(name, declared: entry.uncompressedSize, actual: nil)
            } catch {
                throw .inflate(name, error)
            }
            guard output.count == entry.uncompressedSize else {
                throw .sizeMismatch(name, declared: entry.uncompressedSize, actual: output.count)
            }
        }
        let checksum = CRC32.checksum(output)
        guard checksum == entry.checksum else {
            throw .checksumMismatch(name, declared: entry.checksum, actual: checksum)
        }
        return output
    }

    /// The end-of-central-directory record: the last signature 0x06054B50 whose comment reaches the file's end
    /// or stops before it.
    private static func endRecord(_ bytes: [UInt8]) throws(ZipError) -> ByteView {
        guard bytes.count >= 22 else { throw .notAnArchive }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        for start in stride(from: bytes.count - 22, through: lowest, by: -1) {
            let record = ByteView(bytes: bytes, start: start)
            if record.u32(0) == 0x0605_4B50, start + 22 + record.u16(20) <= bytes.count { return record }
        }
        throw .notAnArchive
    }
}

/// Little-endian numbers at an offset of a byte array; reads past the end give zero (callers check bounds).
struct ByteView {
    let bytes: [UInt8]
    let start: Int

    /// The byte at `offset`, or 0 past the end.
    private func byte(_ offset: Int) -> Int {
        let index = start + offset
        return index >= 0 && index < bytes.count ? Int(bytes[index]) : 0
    }

    /// The 16-bit number at `offset`.
    func u16(_ offset: Int) -> Int { byte(offset) | byte(offset + 1) << 8 }

    /// The 32-bit number at `offset`.
    func u32(_ offset: Int) -> Int { u16(offset) | u16(offset + 2) << 16 }
}
