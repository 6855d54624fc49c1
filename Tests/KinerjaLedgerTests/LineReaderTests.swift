import Dispatch
import Testing

@testable import KinerjaStore

/// The reader hands out every line of a file once, in order, with its number, offset and bytes, whatever the
/// block size: lines longer than a block, empty lines, a last line without its newline, and the next block
/// read on another thread while the lines before are still in use.
@Suite struct LineReaderTests {
    /// The lines of `bytes` as a plain split on newlines (the last one unterminated when the file does not
    /// end with a newline).
    static func expectedLines(_ bytes: [UInt8]) -> [(bytes: [UInt8], offset: Int, terminated: Bool)] {
        var lines: [(bytes: [UInt8], offset: Int, terminated: Bool)] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append((Array(bytes[start..<index]), start, true))
            start = index + 1
        }
        if start < bytes.count { lines.append((Array(bytes[start...]), start, false)) }
        return lines
    }

    /// A file of `count` lines of random lengths (some empty, some longer than `longest`'s half).
    static func randomFile(lines count: Int, longest: Int, terminated: Bool, seed: UInt64) -> [UInt8] {
        var random = ReplayPropertyTests.Generator(state: seed)
        var bytes: [UInt8] = []
        for index in 0..<count {
            let length = random.next(4) == 0 ? 0 : random.next(longest)
            bytes += (0..<length).map { UInt8(ascii: "a") + UInt8(($0 + index) % 26) }
            if index < count - 1 || terminated { bytes.append(0x0A) }
        }
        return bytes
    }

    @Test(arguments: [(16, false), (64, true), (1000, false), (4096, true)])
    func readsEveryLineOnceInOrder(chunkSize: Int, readingAheadElsewhere: Bool) throws {
        let directory = TemporaryDirectory()
        for (seed, terminated) in [(1, true), (2, false), (3, true), (4, false)] {
            let file = Self.randomFile(lines: 300, longest: 3 * chunkSize, terminated: terminated, seed: UInt64(seed))
            directory.write("lines", file)
            var read: [(bytes: [UInt8], offset: Int, terminated: Bool)] = []
            var numbers: [Int] = []
            var reported: [Int] = []
            let reader = try LineReader(path: directory.path + "/lines", chunkSize: chunkSize)
            try reader.forEachBlock(progress: { done, _ in reported.append(done) }) { lines, readAhead in
                if readingAheadElsewhere {
                    // The next block is read on another thread while these lines are copied here.
                    withoutActuallyEscaping(readAhead) { readAhead in
                        nonisolated(unsafe) let readAhead = readAhead
                        let group = DispatchGroup()
                        DispatchQueue.global().async(group: group) { readAhead() }
                        for line in lines { read.append((Array(line.bytes), line.offset, line.isTerminated)) }
                        group.wait()
                    }
                } else {
                    for line in lines { read.append((Array(line.bytes), line.offset, line.isTerminated)) }
                }
                numbers += lines.map(\.number)
                return true
            }
            let expected = Self.expectedLines(file)
            #expect(read.count == expected.count, "seed \(seed)")
            for (got, wanted) in zip(read, expected) {
                #expect(got.bytes == wanted.bytes && got.offset == wanted.offset && got.terminated == wanted.terminated)
            }
            #expect(numbers == Array(1...expected.count), "seed \(seed)")
            #expect(reported == reported.sorted() && reported.last == (terminated ? file.count : expected.last?.offset))
        }
    }

    @Test func startsAtAnOffsetAndStopsWhenAsked() throws {
        let directory = TemporaryDirectory()
        let file = Self.randomFile(lines: 200, longest: 50, terminated: true, seed: 9)
        directory.write("lines", file)
        let expected = Self.expectedLines(file)
        let from = expected[50]
        let reader = try LineReader(
            path: directory.path + "/lines", chunkSize: 64, offset: from.offset, linesBefore: 50)
        var seen: [(Int, Int)] = []
        try reader.forEachBlock { lines in
            seen += lines.map { ($0.number, $0.offset) }
            return seen.count < 20
        }
        #expect(seen.count >= 20 && seen.count < 150)
        for (index, (number, offset)) in seen.enumerated() {
            #expect(number == 51 + index && offset == expected[50 + index].offset)
        }
    }

    @Test func anEmptyFileHasNoLines() throws {
        let directory = TemporaryDirectory()
        directory.write("empty", [])
        var calls = 0
        try LineReader(path: directory.path + "/empty", chunkSize: 16).forEachBlock { _ in
            calls += 1
            return true
        }
        #expect(calls == 0)
    }
}
