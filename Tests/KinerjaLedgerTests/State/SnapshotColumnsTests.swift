import KinerjaStore
import Testing

@testable import KinerjaProjections

/// The per-event columns of a snapshot read back in place give every element written, at every count
/// around where their marks fall, and changed bytes are read without going outside them.
@Suite struct SnapshotColumnsTests {
    private func layered<Base: SharedColumn<Int>>(_ numbers: [Int]) -> LayeredArray<Base> {
        var array = LayeredArray<Base>()
        for number in numbers { array.append(number) }
        return array
    }

    /// `write` then `read` over a copy of the bytes, as a snapshot is read from its mapped file.
    private func roundTrip<Column>(
        _ write: (inout SnapshotWriter) -> Void, _ read: (inout SnapshotReader, ReadOnlyBytes) -> Column?
    ) throws -> Column {
        var writer = SnapshotWriter()
        write(&writer)
        let bytes = ReadOnlyBytes(copying: writer.bytes)
        var reader = SnapshotReader(bytes: bytes.buffer, index: 0)
        let column = try #require(read(&reader, bytes))
        #expect(reader.isAtEnd)
        return column
    }

    @Test(arguments: [0, 1, 63, 64, 65, 129, 1000])
    func lineOffsetsAreReadAtEveryPosition(count: Int) throws {
        // Lines of varied lengths, one of them long, and the -1 a missing line gets.
        var offsets: [Int] = []
        var offset = 0
        for index in 0..<count {
            offsets.append(index == 70 ? -1 : offset)
            offset += index == 10 ? 300_000 : 200 + index % 97
        }
        let column = try roundTrip(
            { SnapshotDeltas.write(layered(offsets), to: &$0) },
            { SnapshotDeltas(reading: &$0, count: count, owner: $1) })
        #expect(column.count == count)
        #expect((0..<count).map { column[$0] } == offsets)
        #expect(LayeredArray(base: column) == layered(offsets) as LayeredArray<SnapshotDeltas>)
    }

    @Test(arguments: [0, 1, 5, 300])
    func decisionsAreFoundAndTheRestAreZero(count: Int) throws {
        let decisions = (0..<count).map { $0 % 7 == 3 ? $0 + 11 : 0 }
        let column = try roundTrip(
            { SnapshotDecisions.write(layered(decisions), to: &$0) },
            { SnapshotDecisions(reading: &$0, count: count, owner: $1) })
        #expect((0..<count).map { column[$0] } == decisions)
        #expect(column[count + 5] == 0)
    }

    /// A decision above what four bytes hold makes the column write eight bytes for every decision.
    @Test func decisionsAboveFourBytesAreWrittenInEight() throws {
        let large = Int(UInt32.max) + 12
        let decisions = [0, 5, 0, large, 7, 0, 0, large + 1]
        var writer = SnapshotWriter()
        SnapshotDecisions.write(layered(decisions), to: &writer)
        let column = try roundTrip(
            { SnapshotDecisions.write(layered(decisions), to: &$0) },
            { SnapshotDecisions(reading: &$0, count: decisions.count, owner: $1) })
        #expect(decisions.indices.map { column[$0] } == decisions)
        // Four decisions of eight bytes, after their count, the width and one word of bits.
        #expect(writer.bytes.count == 1 + 1 + 8 + 4 * 8)
    }

    /// A column whose bytes end early is not read at all.
    @Test func columnsCutShortAreRefused() {
        var writer = SnapshotWriter()
        SnapshotDecisions.write(layered([0, 3, 0, 9]), to: &writer)
        SnapshotDeltas.write(layered(Array(stride(from: 0, to: 20_000, by: 200))), to: &writer)
        let whole = writer.bytes
        for cut in [1, whole.count / 2, whole.count - 1] {
            let bytes = ReadOnlyBytes(copying: Array(whole.prefix(cut)))
            var reader = SnapshotReader(bytes: bytes.buffer, index: 0)
            let decisions = SnapshotDecisions(reading: &reader, count: 4, owner: bytes)
            let deltas = decisions == nil ? nil : SnapshotDeltas(reading: &reader, count: 100, owner: bytes)
            #expect(decisions == nil || deltas == nil, "cut at \(cut) of \(whole.count)")
        }
    }

    @Test func flagsAreReadAsWritten() throws {
        var flags = LayeredArray<SnapshotFlags>()
        // The high byte holds a realisation's period slot (up to 18 << 8).
        for raw in [1, 3, 0, 255, 17, 0x1203, 0x0100, 0xFFFF] { flags.append(.init(rawValue: UInt16(raw))) }
        let column = try roundTrip(
            { SnapshotFlags.write(flags, to: &$0) }, { SnapshotFlags(reading: &$0, count: 8, owner: $1) })
        #expect(LayeredArray(base: column) == flags)
        #expect((0..<8).map { column[$0].rawValue } == flags.map(\.rawValue))
        #expect(column[5].periodSlot == 18)
    }

    /// A layered array over a column: elements changed and appended since, the column itself untouched.
    @Test func changesAndAppendsLieOverTheColumn() throws {
        let offsets = Array(stride(from: 0, to: 20_000, by: 200))
        let column = try roundTrip(
            { SnapshotDeltas.write(layered(offsets), to: &$0) },
            { SnapshotDeltas(reading: &$0, count: offsets.count, owner: $1) })
        var array = LayeredArray(base: column)
        array[3] = 7
        array.append(99_999)
        #expect(array[3] == 7 && array[4] == 800 && array.last == 99_999 && array.count == offsets.count + 1)
        #expect(column[3] == 600)
    }

    /// Changed bytes are refused or read within them: never a crash (the recorded SHA-256 keeps such bytes
    /// from being used; this is what a forged record would meet).
    @Test func changedBytesAreReadWithinThem() {
        let offsets = (0..<300).map { $0 * 389 }
        let decisions = (0..<300).map { $0 % 5 == 0 ? $0 + 3 : 0 }
        var writer = SnapshotWriter()
        SnapshotDeltas.write(layered(offsets), to: &writer)
        SnapshotDecisions.write(layered(decisions), to: &writer)
        var generator = ReplayPropertyTests.Generator(state: 11)
        var refused = 0
        for _ in 0..<400 {
            let owner = ReadOnlyBytes(copying: generator.changed(writer.bytes))
            var reader = SnapshotReader(bytes: owner.buffer, index: 0)
            guard let deltas = SnapshotDeltas(reading: &reader, count: 300, owner: owner),
                let decided = SnapshotDecisions(reading: &reader, count: 300, owner: owner)
            else {
                refused += 1
                continue
            }
            for position in 0..<300 { _ = (deltas[position], decided[position]) }
        }
        #expect(refused > 0 && refused < 400)
    }

    /// A whole snapshot body with bytes changed is refused or read, never a crash: a command reads the state
    /// while the file is still being hashed, so it meets such bytes before it knows to pass them over.
    @Test func aChangedBodyIsReadOrRefusedWithoutStoppingTheProcess() throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: 5, in: directory)
        let state = try ledger.organisationState(History.stream, usingCheckpoints: false).state
        let body = state.snapshotBody
        let whole = ReadOnlyBytes(copying: body)
        let restored = OrganisationState(
            stream: History.stream, lines: ledger.lines(of: History.stream), snapshot: whole)
        #expect(restored == state)
        var generator = ReplayPropertyTests.Generator(state: 13)
        var refused = 0
        for _ in 0..<300 {
            let owner = ReadOnlyBytes(copying: generator.changed(body))
            guard
                let changed = OrganisationState(
                    stream: History.stream, lines: ledger.lines(of: History.stream), snapshot: owner)
            else {
                refused += 1
                continue
            }
            _ = (changed.ids.count, changed.pendingProposals.count, changed == state)
        }
        #expect(refused > 0)
    }
}
