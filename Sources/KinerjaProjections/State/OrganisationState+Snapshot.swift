import KinerjaStore

/// The state in the compact binary form a snapshot stores: the per-event columns, laid out to be read in
/// place (``SnapshotFlags``, ``SnapshotDeltas`` for where lines start, ``SnapshotDecisions``, and the ids,
/// ``RestoredIDs``); then every key as lists of seqs, each written as the differences between
/// successive seqs (LEB128 numbers). No event's body is stored: the state reads bodies from the stream file.
extension OrganisationState {
    /// The state's bytes. Every event must have been read from the stream file (none held).
    var snapshotBody: [UInt8] {
        var writer = SnapshotWriter()
        writer.write(eventCount)
        SnapshotFlags.write(flags, to: &writer)
        SnapshotDeltas.write(lineOffsets, to: &writer)
        SnapshotDecisions.write(latestDecision, to: &writer)
        RestoredIDs.write(ids, to: &writer)
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
            writer.keyed(realisasiByIndicator[code] ?? SeqLists())
        }
        return writer.bytes
    }

    /// Restores a state of `stream` from ``snapshotBody``, the bytes of `snapshot` from `start` to `end` (its
    /// end, without one), reading bodies from `lines`; nil when the bytes are not such a body (truncated, or
    /// numbers out of range). The per-event columns are read in place, so the state holds `snapshot`.
    init?(stream: StreamName, lines: StreamLines, snapshot: ReadOnlyBytes, from start: Int = 0, to end: Int? = nil) {
        self.init(stream: stream, lines: lines)
        let owner = snapshot
        restoredFrom = snapshot
        let body = UnsafeBufferPointer(
            rebasing: snapshot.buffer[..<min(end ?? snapshot.bytes.count, snapshot.bytes.count)])
        var reader = SnapshotReader(bytes: body, owner: owner, index: start)
        guard let count = reader.read(),
            let flags = SnapshotFlags(reading: &reader, count: count, owner: owner),
            let offsets = SnapshotDeltas(reading: &reader, count: count, owner: owner),
            let decisions = SnapshotDecisions(reading: &reader, count: count, owner: owner)
        else { return nil }
        eventCount = count
        self.flags = LayeredArray(base: flags)
        lineOffsets = LayeredArray(base: offsets)
        latestDecision = LayeredArray(base: decisions)
        guard let restored = RestoredIDs(reading: &reader, count: count, owner: owner) else { return nil }
        ids = EventIDs(restored: restored)
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
