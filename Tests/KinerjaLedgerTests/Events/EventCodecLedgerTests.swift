import Foundation
import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// The codec on whole ledgers: every stored event decodes to its typed payload and encodes back to the very
/// data it was stored with (canonical bytes, type and version).
@Suite struct EventCodecLedgerTests {
    /// The embedded default ledger, `Ledger/` at the root of the package.
    static let defaultLedger: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Tests/KinerjaLedgerTests/Events/<this file>
        return parts.joined(separator: "/") + "/Ledger"
    }()

    /// Decodes and encodes `stored`, expecting the same type, version and canonical data bytes.
    private func expectRoundTrip(_ stored: StoredEvent, in stream: StreamName) throws {
        let label = "\(stream.rawValue) seq \(stored.seq) (\(stored.type))"
        let recorded = try EventCodec.standard.recordedEvent(stored)
        if case .unknown = recorded.event { Issue.record("\(label) decoded as an unknown type") }
        let encoded = EventCodec.standard.encode(recorded.event)
        #expect(encoded.type == stored.type, "\(label)")
        #expect(encoded.version == stored.version, "\(label)")
        #expect(
            JSONValue.object(encoded.data).canonicalString == JSONValue.object(stored.data).canonicalString, "\(label)")
        // The whole line, with the re-encoded data in the stored envelope, is byte for byte the stored line.
        var reencoded = stored
        reencoded.envelope.type = encoded.type
        reencoded.envelope.version = encoded.version
        reencoded.envelope.data = encoded.data
        #expect(EventLine.storedLine(of: reencoded) == EventLine.storedLine(of: stored), "\(label)")
        let schema = try #require(EventCatalog.standard.schema(type: stored.type, version: stored.version))
        #expect(recorded.event.isProposal == schema.isProposal, "\(label)")
        #expect(recorded.event.stream == schema.stream(stored.data), "\(label)")
    }

    @Test func everyEventOfTheDefaultLedgerDecodesAndEncodesBackToItsStoredBytes() throws {
        let ledger = try Ledger.open(at: Self.defaultLedger)
        var count = 0
        var types: Set<String> = []
        for stream in try ledger.streams() {
            let file = try String(contentsOfFile: Self.defaultLedger + "/" + stream.fileName, encoding: .utf8)
            let lines = file.split(separator: "\n").map { Array($0.utf8) + [0x0A] }
            let events = try ledger.events(in: stream)
            #expect(lines.count == events.count, "\(stream.rawValue)")
            for (stored, line) in zip(events, lines) {
                #expect(EventLine.storedLine(of: stored) == line, "\(stream.rawValue) seq \(stored.seq)")
                try expectRoundTrip(stored, in: stream)
                types.insert(stored.type)
                count += 1
            }
        }
        #expect(count > 150)
        #expect(types.count >= 10, "the default ledger holds most types: \(types.sorted())")
    }

    @Test func everyEventOfRandomHistoriesDecodesAndEncodesBackToItsStoredBytes() throws {
        var types: Set<String> = []
        for seed in [1, 2, 3, 4] as [UInt64] {
            let directory = TemporaryDirectory()
            let (ledger, _, written) = try ReplayPropertyTests.randomHistory(seed: seed, in: directory)
            let stored = try ledger.events(in: History.stream)
            #expect(stored == written)
            for event in stored { try expectRoundTrip(event, in: History.stream) }
            types.formUnion(stored.map(\.type))
        }
        #expect(types.isSuperset(of: ["RealisasiCorrected", "ProposalRejected"]), "\(types.sorted())")
    }

    @Test func aRecordedEventForwardsTheStoredEnvelope() throws {
        let ledger = try Ledger.open(at: Self.defaultLedger)
        let stored = try #require(try ledger.events(in: .ledger).first)
        let recorded = try EventCodec.standard.recordedEvent(stored)
        #expect(recorded.stored == stored)
        #expect(recorded.event == (try EventCodec.standard.decode(stored)))
        #expect(recorded.id == stored.id)
        #expect(recorded.seq == stored.seq)
        #expect(recorded.actor == stored.actor)
        #expect(recorded.recordedAt == stored.recordedAt)
        #expect(recorded.effective == stored.effective)
        #expect(recorded.batch == stored.batch)
        #expect(recorded.hash == stored.hash)
        #expect(recorded.type == stored.type)
        #expect(recorded.version == stored.version)
    }

    @Test func theCatalogueComparesDataAsItsTypesReadIt() throws {
        let ledger = try Ledger.open(at: Self.defaultLedger)
        let stored = try #require(
            try ledger.events(in: StreamName("luwu-timur-dinsos-p3a")!).first { $0.type == "RealisasiRecorded" })
        var same = NewEvent(type: stored.type, id: stored.id, data: stored.data, effective: stored.effective)
        #expect(EventCatalog.standard.sameContent(stored, as: same))
        // The value written with one more trailing zero is the same number.
        let value = try #require(stored.data["value"]?.stringValue)
        same.data["value"] = .string(value.contains(".") ? value + "0" : value + ".0")
        #expect(EventCatalog.standard.sameContent(stored, as: same))
        var other = same
        other.data["value"] = .string("1" + value)
        #expect(!EventCatalog.standard.sameContent(stored, as: other))
        other = same
        other.effective = CalendarDate(parsing: "2020-01-01")
        #expect(!EventCatalog.standard.sameContent(stored, as: other))
    }
}
