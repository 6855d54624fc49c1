/// Writes a ZIP archive of stored (uncompressed) entries, as spreadsheet programs open: every entry dated
/// 1980-01-01 00:00, the earliest date ZIP can hold, so the same files always give the same bytes.
enum ZipWriter {
    /// One file to store.
    struct File {
        /// The path inside the archive, `/`-separated, ASCII.
        let name: String
        /// The contents.
        let bytes: [UInt8]
    }

    /// The archive holding `files` in the order given.
    static func archive(_ files: [File]) -> [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        for file in files {
            let name = Array(file.name.utf8)
            let checksum = CRC32.checksum(file.bytes)
            let offset = output.count
            // Local file header.
            output.appendLittleEndian(0x0403_4B50, bytes: 4)
            output.appendCommonFields(name: name, checksum: checksum, size: file.bytes.count)
            output.appendLittleEndian(0, bytes: 2)  // extra field length
            output.append(contentsOf: name)
            output.append(contentsOf: file.bytes)
            // Central directory entry.
            directory.appendLittleEndian(0x0201_4B50, bytes: 4)
            directory.appendLittleEndian(20, bytes: 2)  // made by: MS-DOS, ZIP 2.0
            directory.appendCommonFields(name: name, checksum: checksum, size: file.bytes.count)
            directory.appendLittleEndian(0, bytes: 2)  // extra field length
            directory.appendLittleEndian(0, bytes: 2)  // comment length
            directory.appendLittleEndian(0, bytes: 2)  // disk number
            directory.appendLittleEndian(0, bytes: 2)  // internal attributes
            directory.appendLittleEndian(0, bytes: 4)  // external attributes
            directory.appendLittleEndian(offset, bytes: 4)
            directory.append(contentsOf: name)
        }
        let directoryOffset = output.count
        output.append(contentsOf: directory)
        output.appendLittleEndian(0x0605_4B50, bytes: 4)
        output.appendLittleEndian(0, bytes: 2)  // this disk
        output.appendLittleEndian(0, bytes: 2)  // the directory's disk
        output.appendLittleEndian(files.count, bytes: 2)
        output.appendLittleEndian(files.count, bytes: 2)
        output.appendLittleEndian(directory.count, bytes: 4)
        output.appendLittleEndian(directoryOffset, bytes: 4)
        output.appendLittleEndian(0, bytes: 2)  // comment length
        return output
    }
}

extension [UInt8] {
    /// Appends the low `bytes` bytes of `value`, least significant first.
    fileprivate mutating func appendLittleEndian(_ value: Int, bytes: Int) {
        for index in 0..<bytes {
            append(UInt8(truncatingIfNeeded: value >> (8 * index)))
        }
    }

    /// The fields a local header and a central directory entry share, from "version needed" to the name's length.
    fileprivate mutating func appendCommonFields(name: [UInt8], checksum: UInt32, size: Int) {
        appendLittleEndian(20, bytes: 2)  // version needed: 2.0
        appendLittleEndian(0, bytes: 2)  // flags
        appendLittleEndian(0, bytes: 2)  // method: stored
        appendLittleEndian(0, bytes: 2)  // time 00:00:00
        appendLittleEndian(0x21, bytes: 2)  // date 1980-01-01
        appendLittleEndian(Int(checksum), bytes: 4)
        appendLittleEndian(size, bytes: 4)  // compressed size
        appendLittleEndian(size, bytes: 4)  // uncompressed size
        appendLittleEndian(name.count, bytes: 2)
    }
}
