#if canImport(Glibc)
    import Glibc
#endif

/// Reads a file sequentially in large chunks and hands out its lines without copying them.
package struct LineReader: ~Copyable {
    /// One line as handed out: its bytes (without the newline), where it starts, and whether it ended in a
    /// newline (only the last line of a file can lack one). `bytes` is valid only during the callback.
    /// A line may be read from several threads at once while the callback runs (the bytes do not change).
    package struct Line: @unchecked Sendable {
        /// The line's bytes, newline excluded.
        package let bytes: UnsafeRawBufferPointer
        /// The 1-based line number.
        package let number: Int
        /// The byte offset of the line's first byte in the file.
        package let offset: Int
        /// Whether the line ended with a newline.
        package let isTerminated: Bool
    }

    private let file: FileDescriptor
    private let chunkSize: Int
    private let startOffset: Int
    private let linesBefore: Int

    /// Opens `path` for reading from `offset` (the start of a line), whose line number is `linesBefore + 1`.
    package init(path: String, chunkSize: Int = 4 << 20, offset: Int = 0, linesBefore: Int = 0) throws(StoreError) {
        let file = try FileDescriptor(path: path, flags: O_RDONLY)
        if offset > 0 { try file.seek(to: offset) }
        self.file = file
        self.chunkSize = chunkSize
        self.startOffset = offset
        self.linesBefore = linesBefore
    }

    /// Calls `body` with the lines read in one go, in order (many lines each time, for work that can be
    /// spread over cores); stops early when `body` returns false. The last line of the file comes last and
    /// alone if it has no newline. After each block, `progress` (when given) learns how far into the file
    /// the lines handed out reach, and the file's size.
    package func forEachBlock(
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil, _ body: ([Line]) -> Bool
    ) throws(StoreError) {
        let total = progress == nil ? 0 : try file.size()
        var reported = startOffset
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0  // bytes held in buffer
        var fileOffset = startOffset  // file offset of buffer[0]
        var lineNumber = linesBefore
        var atEnd = false
        var lines: [Line] = []
        while !atEnd {
            if filled == buffer.count {
                let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
                larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = larger
            }
            let got = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if got == 0 { atEnd = true }
            filled += got
            var start = 0
            lines.removeAll(keepingCapacity: true)
            while start < filled {
                guard let base = buffer.baseAddress, let found = memchr(base + start, 0x0A, filled - start) else {
                    break
                }
                let end = base.distance(to: found)
                lineNumber += 1
                lines.append(
                    Line(
                        bytes: UnsafeRawBufferPointer(rebasing: buffer[start..<end]), number: lineNumber,
                        offset: fileOffset + start, isTerminated: true))
                start = end + 1
            }
            if !lines.isEmpty && !body(lines) { return }
            if let progress, fileOffset + start > reported {
                reported = fileOffset + start
                progress(reported, total)
            }
            if atEnd && start < filled {
                let line = Line(
                    bytes: UnsafeRawBufferPointer(rebasing: buffer[start..<filled]), number: lineNumber + 1,
                    offset: fileOffset + start, isTerminated: false)
                _ = body([line])
                return
            }
            if start > 0 {
                let leftover = filled - start
                if leftover > 0, let base = buffer.baseAddress {
                    memmove(base, base + start, leftover)
                }
                fileOffset += start
                filled = leftover
            }
        }
    }
}
