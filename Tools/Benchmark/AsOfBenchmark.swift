// `kinerja-bench as-of`: what a query as of a time costs on a long organisation stream, without and with
// checkpoints, against a full replay of the same stream measured in the same run.

import Foundation
import KinerjaEvents
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// The settings of the as-of benchmark.
struct AsOfOptions {
    /// Events in the organisation stream (`--events`).
    var events = 1_000_000
    /// Events between checkpoints (`--every`).
    var every = 100_000
    /// Where to write the ledger and keep it (`--keep`); nil: a temporary directory, removed at the end.
    var keep: String?

    /// The usage text.
    static let usage = """
        usage: kinerja-bench as-of [--events N] [--every N] [--keep DIR]
          --events N  events in the organisation stream (default 1000000)
          --every N   write a checkpoint after every N events (default 100000)
          --keep DIR  write the ledger in DIR (new) and keep it, e.g. for Tools/bench-1m.py
        """

    /// Reads options from `arguments` (after `as-of`).
    static func parse(_ arguments: [String]) throws(BenchmarkError) -> AsOfOptions {
        var options = AsOfOptions()
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--keep" {
                guard let directory = remaining.popFirst(), !directory.isEmpty else {
                    throw BenchmarkError("--keep takes a directory\n\(usage)")
                }
                options.keep = directory
                continue
            }
            guard let text = remaining.popFirst(), let number = Int(text.replacingOccurrences(of: "_", with: "")),
                number >= 1
            else { throw BenchmarkError("\(flag) takes a whole number from 1\n\(usage)") }
            switch flag {
            case "--events": options.events = number
            case "--every": options.every = number
            default: throw BenchmarkError("unknown argument \"\(flag)\"\n\(usage)")
            }
        }
        return options
    }
}

/// Writes an organisation stream of about `count` events with the mix a busy agency would have over many
/// years: an IKU of 40 indicators, then rounds of monthly realisations (batches of 10, each verified by an
/// approval batch), a correction with its approval every fifth round, and notes. Returns the recording time
/// of every batch.
func writeOrganisationStream(_ ledger: Ledger, stream: StreamName, count: Int) throws -> [Timestamp] {
    let basis: JSONValue = .object(["document": .string("Laporan bulanan"), "locator": .string("Lampiran")])
    let indicators = (1...40).map { "ind-\($0)" }
    var times: [Timestamp] = []
    var written = 0
    try ledger.withExclusiveLock { () throws(StoreError) in
        // The actors, first, in the ledger stream: so that commands can append to the generated ledger.
        if let actors = StreamName("ledger") {
            let registrations = [("admin", "administrator"), ("clerk", "recorder"), ("kepala", "approver")].map {
                actor, role in
                NewEvent(
                    type: "ActorRegistered", id: "actor-\(actor)",
                    data: [
                        "actor": .string(actor), "name": .string("Pegawai \(actor)"), "roles": .array([.string(role)]),
                    ])
            }
            _ = try StreamWriter(ledger: ledger, stream: actors).append(
                registrations, actor: "admin", recordedAt: Timestamp(millisecondsSinceEpoch: firstRecordedAt - 60_000),
                makeID: { "a-\($0)" })
        }
        let writer = try StreamWriter(ledger: ledger, stream: stream)
        func append(_ events: [NewEvent], by actor: String) throws(StoreError) {
            let time = Timestamp(millisecondsSinceEpoch: firstRecordedAt + Int64(times.count) * 60_000)
            _ = try writer.append(events, actor: actor, recordedAt: time, makeID: { "g-\($0)" })
            times.append(time)
            written += events.count
        }
        let iku: JSONObject = [
            "kind": .string("penetapan"), "basis": basis,
            "added": .array(
                indicators.map { code in
                    .object([
                        "code": .string(code), "name": .string("Indikator \(code)"), "unit": .string("persen"),
                        "polarity": .string("higher-is-better"), "capaianFormula": .string("ratio"),
                    ])
                }),
        ]
        try append(
            [
                NewEvent(
                    type: "OrganisationRegistered", id: "org",
                    data: ["name": .string("Dinas Contoh"), "region": .string("Kabupaten Contoh"), "basis": basis]),
                NewEvent(
                    type: "IkuDecisionProposed", id: "iku", data: iku, effective: CalendarDate(parsing: "1999-01-01")),
            ], by: "clerk")
        try append([NewEvent(type: "ProposalApproved", id: "ok-iku", data: ["proposal": .string("iku")])], by: "kepala")
        var round = 0
        var slot = 0  // (indicator, month) pairs, in order, from January 2000
        while written < count {
            var recorded: [NewEvent] = []
            for _ in 0..<10 {
                let indicator = indicators[slot % indicators.count]
                let month = slot / indicators.count
                let period = "\(2000 + month / 12)-M\(month % 12 < 9 ? "0" : "")\(month % 12 + 1)"
                recorded.append(
                    NewEvent(
                        type: "RealisasiRecorded", id: "r-\(slot)",
                        data: [
                            "indicator": .string(indicator), "period": .string(period),
                            "value": .string("\(40 + slot % 60).\(slot % 100)"), "basis": basis,
                        ]))
                slot += 1
            }
            recorded.append(
                NewEvent(
                    type: "NoteRecorded", id: "n-\(round)",
                    data: ["text": .string("Data bulan ini dikirim oleh bidang \(round % 7 + 1) lewat surat dinas")]))
            try append(recorded, by: "clerk")
            let approvals = recorded.dropLast().compactMap(\.id).map { id in
                NewEvent(type: "ProposalApproved", id: "ok-\(id)", data: ["proposal": .string(id)])
            }
            try append(approvals, by: "kepala")
            if round % 5 == 4, let target = recorded.first?.id {
                try append(
                    [
                        NewEvent(
                            type: "RealisasiCorrected", id: "c-\(round)",
                            data: [
                                "corrects": .string(target), "value": .string("\(50 + round % 40).5"),
                                "reason": .string("salah ketik pada laporan bulanan"), "basis": basis,
                            ])
                    ], by: "clerk")
                try append(
                    [
                        NewEvent(
                            type: "ProposalApproved", id: "ok-c-\(round)", data: ["proposal": .string("c-\(round)")])
                    ],
                    by: "kepala")
            }
            round += 1
        }
    }
    return times
}

/// Runs the as-of benchmark in `ledgerDirectory` and returns the report's lines.
func runAsOfBenchmark(options: AsOfOptions, ledgerDirectory: String) throws -> [String] {
    let ledger = try Ledger.create(at: ledgerDirectory)
    guard let stream = StreamName("dinas-contoh") else { throw BenchmarkError("invalid stream name") }
    progress("writing an organisation stream of about \(Format.grouped(options.events)) events…")
    let times = try writeOrganisationStream(ledger, stream: stream, count: options.events)
    let size = try POSIX.fileSize(ledger.path(stream.fileName))

    func query(asOf: Timestamp?, checkpoints: Bool) throws -> (seconds: Double, head: LedgerDigest) {
        let result = try measure { () throws(StoreError) in
            try ledger.organisationState(stream, asOf: asOf, usingCheckpoints: checkpoints)
        }
        return (result.seconds, result.value.head)
    }
    progress("full replay (every hash checked, as a query without checkpoints does)…")
    let full = try query(asOf: nil, checkpoints: false)
    let late = times[times.count * 9 / 10]
    let middle = times[times.count / 2]
    progress("as-of queries without checkpoints…")
    let lateWithout = try query(asOf: late, checkpoints: false)
    let middleWithout = try query(asOf: middle, checkpoints: false)
    progress("writing checkpoints every \(Format.grouped(options.every)) events…")
    let writing = try measure { () throws(StoreError) in try ledger.writeCheckpoints(stream, every: options.every) }
    let checkpointBytes = try ledger.checkpointSeqs(stream).reduce(0) { total, seq in
        total + (try POSIX.fileSize(ledger.checkpointDirectory + "/" + StateCheckpoint.fileName(stream, seq: seq)))
    }
    progress("the same queries with checkpoints…")
    let lateWith = try query(asOf: late, checkpoints: true)
    let middleWith = try query(asOf: middle, checkpoints: true)
    let nowWith = try query(asOf: nil, checkpoints: true)
    for (with, without) in [(lateWith, lateWithout), (middleWith, middleWithout), (nowWith, full)]
    where with.head != without.head {
        throw BenchmarkError("with checkpoints the head is \(with.head), without \(without.head)")
    }
    progress("the state's report for one year (what `state` prints), from the state as of now…")
    let state = try ledger.organisationState(stream).state
    let report = measure { state.report(year: 2024, head: full.head).json.canonicalString.count }

    var table = Table(headings: ["query", "events read", "secs", "× full replay"], numeric: [1, 2, 3])
    func row(_ name: String, _ measured: (seconds: Double, head: LedgerDigest), from: Int = 0) -> [String] {
        [
            name, Format.grouped(measured.head.seq - from), Format.fixed(measured.seconds, 3),
            Format.ratio(measured.seconds / full.seconds),
        ]
    }
    let latest = { (limit: Timestamp) in
        (try? ledger.latestCheckpoint(stream, recordedBy: limit).checkpoint?.position.eventCount) ?? 0
    }
    table.rows = [
        row("full replay (baseline)", full),
        row("as of 90 % without checkpoint", lateWithout),
        row("as of 90 % with checkpoints", lateWith, from: latest(late)),
        row("as of 50 % without checkpoint", middleWithout),
        row("as of 50 % with checkpoints", middleWith, from: latest(middle)),
        row("now with checkpoints", nowWith, from: nowWith.head.seq),
    ]
    #if DEBUG
        let build = "DEBUG build: these figures mean nothing, build with -c release"
    #else
        let build = "release build"
    #endif
    return [
        "Kinerja Ledger as-of benchmark (\(build), \(ProcessInfo.processInfo.activeProcessorCount) cores)",
        "stream       \(stream): \(Format.grouped(full.head.seq)) events in \(Format.grouped(times.count)) batches, "
            + "\(Format.fixed(Double(size) / 1e6, 1)) MB (realisasi, approvals, corrections, notes)",
        "checkpoints  every \(Format.grouped(options.every)) events: written in \(Format.fixed(writing.seconds, 3)) s "
            + "(\(Format.ratio(writing.seconds / full.seconds)) × a full replay), "
            + "\(Format.fixed(Double(checkpointBytes) / 1e6, 1)) MB in all",
        "",
    ] + table.lines + [
        "events read: from the stream after the checkpoint used (queries with checkpoints also load the "
            + "checkpoint's kept events)",
        "report       `state` for 2024 from the state as of now: \(Format.fixed(report.seconds, 3)) s",
        "",
        "reproduce: Tools/bench.sh as-of --events \(options.events) --every \(options.every)",
    ]
}
