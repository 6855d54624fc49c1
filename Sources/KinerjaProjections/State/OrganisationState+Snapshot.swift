import KinerjaStore

/// The state in the compact binary form a snapshot stores: per event a flag byte, the length of its line, the
/// distance to its latest decision (for proposals and decided events) and its id (as the length it shares
/// with the id before and the rest); the seqs sorted by their ids' fingerprints; then every key as lists of
/// seqs, each written as the differences between successive seqs (LEB128 numbers). No event's body is
/// stored: the state reads bodies from the stream file.
extension OrganisationState {
    /// The state's bytes. Every event must have been read from the stream file (none held).
    var snapshotBody: [UInt8] {
        var writer = SnapshotWriter()
        writer.write(eventCount)
        writer.bytes += flags.map(\.rawValue)
        var previous = 0
        for offset in lineOffsets {
            writer.write(offset - previous)
            previous = offset
        }
        for (index, decision) in latestDecision.enumerated() where Self.mayBeDecided(flags[index]) {
            writer.write(decision == 0 ? 0 : decision - index)
        }
        writer.write(ids.bytes.count)
        var start = 0
        var before = ids.bytes[0..<0]
        for end in ids.ends {
            let id = ids.bytes[start..<end]
            let shared = zip(before, id).prefix { $0 == $1 }.count
            writer.write(shared)
            writer.write(id.count - shared)
            writer.bytes += id.dropFirst(shared)
            (start, before) = (end, id)
        }
        let table = ids.fingerprintTable
        writer.write(table.count)
        for seq in table { writer.fixed(seq) }
        writer.write(registrationSeq ?? 0)
        writer.keyed(earlierDecisions)
        writer.list(corrections)
        writer.keyed(correctionsByRealisasi)
        writer.keyed(correctionsByEffectiveYear)
        writer.list(renstraTargetProposals)
        writer.list(timeZoneSettings)
        writer.list(signingPolicies)
        writer.list(renstraAdoptions)
        writer.list(ikuDecisions)
        writer.list(documents)
        writer.keyed(definitionsByIndicator)
        writer.keyed(endOfPeriodProposals)
        writer.keyed(mentionsByIndicator)
        writer.keyed(perjanjianKinerjaByYear)
        writer.keyed(budgetByYear)
        let targets = targetProposals.keys.sorted { ($0.indicator, $0.year) < ($1.indicator, $1.year) }
        writer.write(targets.count)
        for key in targets {
            writer.string(key.indicator)
            writer.write(key.year)
            writer.list(targetProposals[key] ?? [])
        }
        writer.write(realisasiByIndicator.count)
        for code in realisasiByIndicator.keys.sorted() {
            writer.string(code)
            writer.keyed(realisasiByIndicator[code] ?? [:])
        }
        return writer.bytes
    }

    /// Whether an event can carry a decision: a proposal, or one a decision named anyway.
    private static func mayBeDecided(_ flags: EventFlags) -> Bool {
        !flags.isDisjoint(with: [.proposal, .approved, .rejected])
    }

    /// Restores a state of `stream` from ``snapshotBody``, reading bodies from `lines`; nil when the bytes are
    /// not such a body (truncated, or numbers out of range).
    init?(stream: StreamName, lines: StreamLines, snapshotBody bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
        self.init(stream: stream, lines: lines)
        var reader = SnapshotReader(bytes: bytes, index: start)
        guard let count = reader.read(), let flagBytes = reader.take(count) else { return nil }
        eventCount = count
        let flagValues = flagBytes.map(EventFlags.init(rawValue:))
        flags = LayeredArray(base: flagValues)
        // The large arrays are filled in place, element by element, as they are read.
        var complete = true
        let offsets = [Int](unsafeUninitializedCapacity: count) { buffer, initialised in
            var offset = 0
            for index in 0..<count {
                guard let step = reader.read() else { return complete = false }
                offset += step
                buffer[index] = offset
                initialised = index + 1
            }
        }
        guard complete else { return nil }
        lineOffsets = LayeredArray(base: offsets)
        let decisions = [Int](unsafeUninitializedCapacity: count) { buffer, initialised in
            for index in 0..<count {
                if Self.mayBeDecided(flagValues[index]) {
                    guard let distance = reader.read() else { return complete = false }
                    buffer[index] = distance == 0 ? 0 : index + distance
                } else {
                    buffer[index] = 0
                }
                initialised = index + 1
            }
        }
        guard complete else { return nil }
        latestDecision = LayeredArray(base: decisions)
        guard let idLength = reader.read(), idLength <= bytes.count else { return nil }
        var ends = [Int](repeating: 0, count: 0)
        let idBytes = [UInt8](unsafeUninitializedCapacity: idLength) { idBuffer, written in
            ends = [Int](unsafeUninitializedCapacity: count) { endBuffer, initialised in
                var start = 0
                for index in 0..<count {
                    let previousEnd = index == 0 ? 0 : endBuffer[index - 1]
                    guard let shared = reader.read(), shared <= previousEnd - start, let rest = reader.read(),
                        rest <= idLength - written - shared, let source = reader.take(bytes: rest),
                        let base = idBuffer.baseAddress
                    else { return complete = false }
                    // The shared prefix is copied from the id before (it lies wholly before where it goes).
                    (base + written).initialize(from: base + start, count: shared)
                    if let from = source.baseAddress { (base + written + shared).initialize(from: from, count: rest) }
                    start = written
                    written += shared + rest
                    endBuffer[index] = written
                    initialised = index + 1
                }
            }
        }
        guard complete, idBytes.count == idLength, let tableCount = reader.read(), tableCount == count else {
            return nil
        }
        let table = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialised in
            for index in 0..<count {
                guard let seq = reader.fixed(), seq >= 1, seq <= count else { return complete = false }
                buffer[index] = seq
                initialised = index + 1
            }
        }
        guard complete else { return nil }
        ids = EventIDs(bytes: idBytes, ends: ends, sorted: table)
        guard let registration = reader.read(), let earlier = reader.keyed(), let corrections = reader.list(),
            let correctionsByRealisasi = reader.keyed(), let byEffectiveYear = reader.keyed(),
            let renstraTargets = reader.list(), let zones = reader.list(), let policies = reader.list(),
            let renstra = reader.list(),
            let iku = reader.list(),
            let documents = reader.list(), let definitions = reader.keyedByCode(),
            let endOfPeriod = reader.keyedByCode(), let mentions = reader.keyedByCode(),
            let perjanjianKinerja = reader.keyed(), let budget = reader.keyed(), let targetCount = reader.read()
        else { return nil }
        registrationSeq = registration == 0 ? nil : registration
        earlierDecisions = earlier
        self.corrections = corrections
        self.correctionsByRealisasi = correctionsByRealisasi
        correctionsByEffectiveYear = byEffectiveYear
        renstraTargetProposals = renstraTargets
        timeZoneSettings = zones
        signingPolicies = policies
        renstraAdoptions = renstra
        ikuDecisions = iku
        self.documents = documents
        definitionsByIndicator = definitions
        endOfPeriodProposals = endOfPeriod
        mentionsByIndicator = mentions
        perjanjianKinerjaByYear = perjanjianKinerja
        budgetByYear = budget
        for _ in 0..<targetCount {
            guard let code = reader.string(), let year = reader.read(), let seqs = reader.list() else { return nil }
            targetProposals[IndicatorYear(indicator: code, year: year)] = seqs
        }
        guard let realisasiCount = reader.read() else { return nil }
        for _ in 0..<realisasiCount {
            guard let code = reader.string(), let byYear = reader.keyed() else { return nil }
            realisasiByIndicator[code] = byYear
        }
        guard reader.isAtEnd else { return nil }
    }
}

/// Writes the numbers of a snapshot body: whole numbers as unsigned LEB128 (non-negative ones only).
private struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func write(_ number: Int) {
        var value = UInt64(bitPattern: Int64(number))
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func fixed(_ number: UInt32) {
        withUnsafeBytes(of: number.littleEndian) { bytes += $0 }
    }

    mutating func string(_ text: String) {
        write(text.utf8.count)
        bytes += text.utf8
    }

    /// Ascending seqs, as their count and the differences between them.
    mutating func list(_ seqs: [Int]) {
        write(seqs.count)
        var previous = 0
        for seq in seqs {
            write(seq - previous)
            previous = seq
        }
    }

    mutating func keyed(_ lists: [Int: [Int]]) {
        write(lists.count)
        for key in lists.keys.sorted() {
            write(key)
            list(lists[key] ?? [])
        }
    }

    mutating func keyed(_ lists: [String: [Int]]) {
        write(lists.count)
        for key in lists.keys.sorted() {
            string(key)
            list(lists[key] ?? [])
        }
    }
}

/// Reads what ``SnapshotWriter`` wrote; every read is nil past the end or on a malformed number.
private struct SnapshotReader {
    /// The file's bytes, valid while the reader is used (see ``OrganisationState/init(stream:lines:snapshotBody:from:)``).
    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int

    var isAtEnd: Bool { index == bytes.count }

    mutating func read() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count, shift < 64 {
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 {
                let number = Int(Int64(bitPattern: value))
                return number >= 0 ? number : nil
            }
            shift += 7
        }
        return nil
    }

    mutating func take(_ count: Int) -> [UInt8]? {
        guard count >= 0, bytes.count - index >= count else { return nil }
        defer { index += count }
        return Array(UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]))
    }

    /// The next `count` bytes, in place; nil past the end.
    mutating func take(bytes count: Int) -> UnsafeBufferPointer<UInt8>? {
        guard count >= 0, bytes.count - index >= count else { return nil }
        defer { index += count }
        return UnsafeBufferPointer(rebasing: bytes[index..<(index + count)])
    }

    mutating func fixed() -> UInt32? {
        guard bytes.count - index >= 4 else { return nil }
        defer { index += 4 }
        return UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
            | UInt32(bytes[index + 3]) << 24
    }

    mutating func string() -> String? {
        guard let length = read(), length >= 0, bytes.count - index >= length else { return nil }
        defer { index += length }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), as: UTF8.self)
    }

    mutating func list() -> [Int]? {
        guard let count = read(), count <= bytes.count - index else { return nil }
        var seqs: [Int] = []
        seqs.reserveCapacity(count)
        var seq = 0
        for _ in 0..<count {
            guard let step = read() else { return nil }
            seq += step
            seqs.append(seq)
        }
        return seqs
    }

    mutating func keyed() -> [Int: [Int]]? {
        guard let count = read(), count <= bytes.count - index else { return nil }
        var lists: [Int: [Int]] = [:]
        for _ in 0..<count {
            guard let key = read(), let seqs = list() else { return nil }
            lists[key] = seqs
        }
        return lists
    }

    mutating func keyedByCode() -> [String: [Int]]? {
        guard let count = read(), count <= bytes.count - index else { return nil }
        var lists: [String: [Int]] = [:]
        for _ in 0..<count {
            guard let key = read().flatMap({ length in take(length) }), let seqs = list() else { return nil }
            lists[String(decoding: key, as: UTF8.self)] = seqs
        }
        return lists
    }
}
