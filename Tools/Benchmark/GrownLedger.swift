// The ledgers `kinerja-bench commands` measures: a copy of the embedded default ledger whose organisation
// stream is grown to a given number of events with the mix a busy secretariat records, written through the
// library's StreamWriter (fast: one writer, one lock, one fsync per batch).
//
// Everything is deterministic: ids `gen-…`, one batch every ten seconds from the day after the copied ledger's
// last event, values derived from the slot number. The generated events keep the Decider's rules (actors with
// the roles their types need, indicators in force for their periods, periods begun by the day they are
// recorded, approvals by another actor of pending proposals, and, at ten seconds a batch, a million events
// recorded before the default ledger's signing policy starts on 2027-01-01, so its unsigned approvals are
// allowed), so a CLI write on top of them is decided as on a real ledger.

import Foundation
import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// A ledger made for the commands benchmark and what the measurements need to know about it.
struct GrownLedger {
    /// The ledger's directory.
    let directory: String
    /// The organisation stream that was grown.
    let stream: StreamName
    /// Events in the organisation stream once grown.
    let events: Int
    /// Events the generator added to it.
    let generated: Int
    /// The recording time of the last event in the ledger (any stream).
    let lastRecordedAt: Timestamp
    /// The recording time of the organisation stream's middle event: the `--as-of` half-way point.
    let halfway: Timestamp
    /// The indicator codes (in force at some generated period) the realisations were recorded for.
    let indicators: [String]
    /// The actor that records (role recorder, for this organisation).
    let clerk: String
    /// The actor that approves (role approver).
    let approver: String
}

/// The ids of the two actors the benchmark registers in the ledger stream.
enum BenchmarkActors {
    /// Records realisations, corrections, target changes and notes.
    static let clerk = "bench.pencatat"
    /// Approves them.
    static let approver = "bench.pemeriksa"
}

/// Copies the ledger files (the top-level regular files, never `checkpoints/` or `snapshots/`) of `source`
/// into the new directory `destination`.
func copyLedgerFiles(from source: String, to destination: String) throws {
    let manager = FileManager.default
    guard !manager.fileExists(atPath: destination) else {
        throw BenchmarkError("\(destination) already exists: give --keep a directory that does not hold it")
    }
    try manager.createDirectory(atPath: destination, withIntermediateDirectories: true)
    var copied = 0
    for name in try manager.contentsOfDirectory(atPath: source).sorted() {
        var isDirectory: ObjCBool = false
        let path = source + "/" + name
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            !name.hasPrefix(".")
        else { continue }
        try manager.copyItem(atPath: path, toPath: destination + "/" + name)
        copied += 1
    }
    guard copied > 0 else { throw BenchmarkError("\(source) holds no ledger files") }
}

/// Copies `source` (the embedded default ledger) to `directory`, registers the benchmark's two actors in the
/// ledger stream, and grows `stream` to `size` events (a size at or below its current count leaves it as it
/// is). Checks the result: the stream holds exactly the events asked for.
func makeGrownLedger(source: String, directory: String, stream: StreamName, size: Int) throws -> GrownLedger {
    try copyLedgerFiles(from: source, to: directory)
    let ledger = try Ledger.open(at: directory)
    guard try ledger.streams().contains(stream) else {
        throw BenchmarkError("the ledger \(source) has no stream \(stream)")
    }
    // The latest recording time anywhere: every batch written after it keeps recordedAt non-decreasing.
    var latest = Timestamp(millisecondsSinceEpoch: 0)
    for name in try ledger.streams() {
        let scan = try ledger.scan(name)
        if let last = scan.lastRecordedAt, last > latest { latest = last }
    }
    let day: Int64 = 86_400_000
    let start = Timestamp(millisecondsSinceEpoch: (latest.millisecondsSinceEpoch / day + 1) * day)
    let registry = try ledger.actorRegistry()
    guard
        let administrator = registry.actors.values.filter({ $0.roles.contains(.administrator) }).map(\.id).sorted()
            .first
    else { throw BenchmarkError("the ledger \(source) has no administrator to register the benchmark's actors") }
    let codec = EventCodec.standard
    try ledger.withExclusiveLock { () throws(StoreError) in
        let writer = try StreamWriter(ledger: ledger, stream: .ledger)
        let actors = [
            ActorRegistered(
                actor: BenchmarkActors.clerk, name: "Pencatat benchmark", jabatan: "pencatat realisasi (benchmark)",
                roles: [.recorder], organisations: ["\(stream)"]),
            ActorRegistered(
                actor: BenchmarkActors.approver, name: "Pemeriksa benchmark", jabatan: "pemeriksa (benchmark)",
                roles: [.approver]),
        ]
        _ = try writer.append(
            actors.map { codec.newEvent(.actorRegistered($0), id: "gen-actor-\($0.actor)") }, actor: administrator,
            recordedAt: start, makeID: { "gen-actor-\($0)" })
    }

    let (state, head) = try ledger.organisationState(stream, usingCheckpoints: false)
    let slots = realisationSlots(state, recordedFrom: start.date)
    let bases = baseValues(state)
    func value(_ code: String, _ number: Int) -> DecimalNumber {
        slotValue(base: bases[code] ?? DecimalNumber(50), number)
    }
    guard !slots.isEmpty else { throw BenchmarkError("\(stream) has no indicator in force to record realisations of") }
    var times: [Timestamp] = []  // the recording time of every generated batch
    var count = head.seq
    var batchEnds: [Int] = []  // the stream's event count after each generated batch
    try ledger.withExclusiveLock { () throws(StoreError) in
        let writer = try StreamWriter(ledger: ledger, stream: stream)
        func append(_ events: [NewEvent], by actor: String) throws(StoreError) {
            let events = Array(events.prefix(size - count))
            guard !events.isEmpty else { return }
            let time = Timestamp(millisecondsSinceEpoch: start.millisecondsSinceEpoch + Int64(times.count + 1) * 10_000)
            _ = try writer.append(events, actor: actor, recordedAt: time, makeID: { "gen-\($0)" })
            times.append(time)
            count += events.count
            batchEnds.append(count)
        }
        var round = 0
        var slot = 0
        while count < size {
            // A monthly report: ten realisations and a covering note, verified by the approver.
            var recorded: [NewEvent] = []
            var ids: [String] = []
            var codes: [String] = []
            for _ in 0..<10 {
                let (code, period) = slots[slot % slots.count]
                let id = "gen-r-\(slot)"
                recorded.append(
                    codec.newEvent(
                        .realisasiRecorded(
                            RealisasiRecorded(
                                indicator: code, period: period, value: value(code, slot % slots.count),
                                source: "Laporan bulanan bidang \(slot % 5 + 1)",
                                basis: Basis(document: "Laporan Kinerja Bulanan \(period)", locator: "Lampiran"))),
                        id: id))
                ids.append(id)
                codes.append(code)
                slot += 1
            }
            recorded.append(
                codec.newEvent(
                    .noteRecorded(
                        NoteRecorded(
                            text:
                                "Laporan bulanan ke-\(round + 1) dikirim oleh bidang \(round % 5 + 1) lewat surat dinas",
                            subject: "laporan bulanan")), id: "gen-n-\(round)"))
            try append(recorded, by: BenchmarkActors.clerk)
            try append(
                ids.map { codec.newEvent(.proposalApproved(ProposalApproved(proposal: $0)), id: "ok-\($0)") },
                by: BenchmarkActors.approver)
            // Every fifth report, a correction of its first figure, approved.
            if round % 5 == 4 {
                let id = "gen-c-\(round)"
                try append(
                    [
                        codec.newEvent(
                            .realisasiCorrected(
                                RealisasiCorrected(
                                    corrects: ids[0], value: value(codes[0], round + 3),
                                    reason: "salah ketik pada laporan bulanan",
                                    basis: Basis(document: "Nota koreksi \(round / 5 + 1)", locator: "butir 1"))),
                            id: id)
                    ], by: BenchmarkActors.clerk)
                try append(
                    [codec.newEvent(.proposalApproved(ProposalApproved(proposal: id)), id: "ok-\(id)")],
                    by: BenchmarkActors.approver)
            }
            // Every 25th report, one year's target changed, approved.
            if round % 25 == 24 {
                let id = "gen-t-\(round)"
                let (code, period) = slots[(round * 7) % slots.count]
                guard let effective = CalendarDate(year: period.year, month: 1, day: 1) else { break }
                try append(
                    [
                        codec.newEvent(
                            .targetChangeProposed(
                                TargetChangeProposed(
                                    indicator: code, year: period.year, value: value(code, round + 11),
                                    reason: "reviu Renstra",
                                    basis: Basis(document: "Keputusan Kepala Dinas \(round / 25 + 1)/\(period.year)"))),
                            id: id, effective: effective)
                    ], by: BenchmarkActors.clerk)
                try append(
                    [codec.newEvent(.proposalApproved(ProposalApproved(proposal: id)), id: "ok-\(id)")],
                    by: BenchmarkActors.approver)
            }
            round += 1
        }
    }
    let final = try ledger.scan(stream)
    guard final.damage == nil, final.eventCount == max(size, head.seq) else {
        throw BenchmarkError(
            "\(stream) holds \(final.eventCount) events after growing it, expected \(max(size, head.seq))")
    }
    // The middle event's recording time: of the batch that holds it, or of the copied ledger's events.
    let middle = (final.eventCount + 1) / 2
    let halfway = batchEnds.firstIndex { $0 >= middle }.map { times[$0] } ?? latest
    return GrownLedger(
        directory: directory, stream: stream, events: final.eventCount, generated: final.eventCount - head.seq,
        lastRecordedAt: times.last ?? start, halfway: halfway,
        indicators: Array(Set(slots.map(\.code))).sorted(), clerk: BenchmarkActors.clerk,
        approver: BenchmarkActors.approver)
}

/// Every (indicator, period) a realisation may be recorded for on `date`: each year, semester, quarter and
/// month that has begun by then, with each indicator of the IKU in force on the period's last day. Ordered
/// by period, then code.
func realisationSlots(_ state: OrganisationState, recordedFrom date: CalendarDate) -> [(code: String, period: Period)] {
    var slots: [(code: String, period: Period)] = []
    for year in 1990...date.year {
        for kind in Period.Kind.allCases {
            for number in 1...kind.countPerYear {
                guard let period = Period(year: year, kind: kind, number: number), let first = period.firstDay,
                    first <= date
                else { continue }
                let codes = state.ikuInForce(on: period.lastDay).map(\.definition.code).sorted()
                slots += codes.map { ($0, period) }
            }
        }
    }
    return slots
}

/// The value recorded for slot `number` of an indicator whose last transcribed realisation is `base`:
/// between 90 % and 110 % of it at its scale, the same for every record of the same slot (so figures
/// re-recorded agree, as re-sent reports do).
func slotValue(base: DecimalNumber, _ number: Int) -> DecimalNumber {
    let percent = Int128(90 + (number * 7_919) % 21)
    return (try? DecimalNumber(significand: base.significand * percent / 100, scale: base.scale)) ?? base
}

/// The last value transcribed for each indicator in `state` (the scale its figures are written at), so the
/// generated figures lie near the real ones; 50 for an indicator with none.
func baseValues(_ state: OrganisationState) -> [String: DecimalNumber] {
    var bases: [String: DecimalNumber] = [:]
    for event in state.keptEvents {
        guard let realisasi = event.realisasi, let value = realisasi.value, !value.isNegative else { continue }
        bases[realisasi.indicator] = value
    }
    return bases
}
