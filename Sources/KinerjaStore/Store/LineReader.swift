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
        try forEachBlock(progress: progress) { lines, _ in body(lines) }
    }

    /// ``forEachBlock(progress:_:)`` with the reading of the next block handed to `body` as `readAhead`, to
    /// run on any thread while `body` works on the lines it has (the two blocks are in separate buffers, so
    /// reading one never touches the other's lines). If `body` does not call `readAhead`, the next block is
    /// read once `body` returns; calling it again does nothing.
    package func forEachBlock(
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil,
        _ body: (_ lines: [Line], _ readAhead: () -> Void) -> Bool
    ) throws(StoreError) {
        let total = progress == nil ? 0 : try file.size()
        var front = Block(capacity: chunkSize, fileOffset: startOffset, linesBefore: linesBefore)
        var back = Block(capacity: chunkSize, fileOffset: startOffset, linesBefore: linesBefore)
        defer {
            front.deallocate()
            back.deallocate()
        }
        try front.fill(from: file, after: nil)
        while !front.lines.isEmpty {
            var readFailure: StoreError?
            var readDone = false
            func readAhead() {
                guard !readDone else { return }
                readDone = true
                do throws(StoreError) { try back.fill(from: file, after: front) } catch { readFailure = error }
            }
            guard body(front.lines, readAhead) else { return }
            readAhead()
            if let readFailure { throw readFailure }
            progress?(front.linesEnd, total)
            swap(&front, &back)
        }
        if let tail = front.unterminatedTail { _ = body([tail]) {} }
    }

    /// One buffer of the file and the lines found in it.
    private struct Block {
        var buffer: UnsafeMutableRawBufferPointer
        /// The file offset of `buffer[0]`.
        var fileOffset: Int
        /// How many bytes of `buffer` hold file bytes.
        var filled = 0
        /// The complete lines found, each ended by a newline (empty at the end of the file).
        var lines: [Line] = []
        /// The number of the line before the first in `buffer`.
        var linesBefore: Int
        /// Where in `buffer` the bytes after the last complete line start.
        var rest = 0
        /// Whether the file ended within `buffer`.
        var atEnd = false

        init(capacity: Int, fileOffset: Int, linesBefore: Int) {
            buffer = .allocate(byteCount: capacity, alignment: 16)
            self.fileOffset = fileOffset
            self.linesBefore = linesBefore
        }

        func deallocate() {
            buffer.deallocate()
        }

        /// The file offset just past the last complete line's newline.
        var linesEnd: Int { fileOffset + rest }

        /// The bytes after the last newline at the end of the file, as a line without one.
        var unterminatedTail: Line? {
            guard atEnd, rest < filled else { return nil }
            return Line(
                bytes: UnsafeRawBufferPointer(rebasing: buffer[rest..<filled]), number: linesBefore + 1,
                offset: fileOffset + rest, isTerminated: false)
        }

        /// Reads the next lines of the file: those after `previous` (whose unfinished last line comes first),
        /// or from the start. Reads until at least one line is complete or the file ends, growing the buffer
        /// for a line longer than it.
        mutating func fill(from file: borrowing FileDescriptor, after previous: Block?) throws(StoreError) {
            lines.removeAll(keepingCapacity: true)
            rest = 0
            filled = 0
            if let previous {
                fileOffset = previous.linesEnd
                linesBefore = previous.linesBefore + previous.lines.count
                atEnd = previous.atEnd
                let carried = previous.filled - previous.rest
                reserve(carried)
                if carried > 0, let base = buffer.baseAddress, let from = previous.buffer.baseAddress {
                    base.copyMemory(from: from + previous.rest, byteCount: carried)
                }
                filled = carried
            }
            while !atEnd {
                if filled == buffer.count { reserve(buffer.count + 1) }
                let got = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                if got == 0 { atEnd = true }
                filled += got
                split()
                if !lines.isEmpty { break }
            }
        }

        /// Finds the complete lines among the bytes not yet split.
        private mutating func split() {
            guard let base = buffer.baseAddress else { return }
            while rest < filled, let found = memchr(base + rest, 0x0A, filled - rest) {
                let end = base.distance(to: found)
                lines.append(
                    Line(
                        bytes: UnsafeRawBufferPointer(rebasing: buffer[rest..<end]),
                        number: linesBefore + lines.count + 1, offset: fileOffset + rest, isTerminated: true))
                rest = end + 1
            }
        }

        /// Makes the buffer hold at least `count` bytes (doubling it), keeping what it holds.
        private mutating func reserve(_ count: Int) {
            guard count > buffer.count else { return }
            var size = buffer.count
            while size < count { size *= 2 }
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
            if filled > 0, let base = larger.baseAddress, let from = buffer.baseAddress {
                base.copyMemory(from: from, byteCount: filled)
            }
            buffer.deallocate()
            buffer = larger
        }
    }
}
