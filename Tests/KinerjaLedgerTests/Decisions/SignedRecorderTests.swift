import Synchronization
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// The recorder signs through the process runner it is given (never spawning itself), stores the signature
/// with the batch's first event, and refuses a signature that is not the actor's.
@Suite struct SignedRecorderTests {
    /// The requests a fake `ssh-keygen` received.
    final class Requests: Sendable {
        let seen = Mutex<[ProcessRequest]>([])
        var all: [ProcessRequest] { seen.withLock { $0 } }
    }

    /// A fake `ssh-keygen -Y sign` answering with `status` and the signature of ``SSHPublicKeyTests``.
    static func runner(_ requests: Requests, status: Int32 = 0) -> ProcessRunner {
        { request in
            requests.seen.withLock { $0.append(request) }
            return ProcessResult(
                status: status, output: status == 0 ? Array(SSHPublicKeyTests.signature.utf8) : [],
                errors: status == 0 ? [] : Array("Load key \"clerk.key\": invalid format\n".utf8))
        }
    }

    /// A ledger whose `clerk` has the key of ``SSHPublicKeyTests``, and whose `kepala` has another.
    func ledger(_ directory: TemporaryDirectory) throws -> Ledger {
        let ledger = try Fixtures.ledgerWithActors(in: directory)
        let key = try #require(SSHPublicKey(parsing: SSHPublicKeyTests.key))
        let other = try #require(
            SSHPublicKey(
                blob: [0, 0, 0, 11] + Array("ssh-ed25519".utf8) + [0, 0, 0, 32] + Array(repeating: 7, count: 32)))
        let keyed = [("clerk", key), ("kepala", other)].map { actor, key in
            EventCodec.standard.newEvent(
                .actorRegistered(
                    ActorRegistered(actor: actor, name: "Pak \(actor)", roles: [.recorder, .approver], key: key)))
        }
        _ = try Recorder.record(
            keyed, to: .ledger, actor: "admin", in: ledger, environment: .fixed(at: Fixtures.start, idPrefix: "key"))
        return ledger
    }

    @Test func signsWhatVerifyRecomputesAndStoresItWithTheFirstEvent() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledger(directory)
        let requests = Requests()
        let outcome = try Recorder.record(
            [Fixtures.note("satu", id: "n-1"), Fixtures.note("dua", id: "n-2")], to: History.stream, actor: "clerk",
            in: ledger, environment: .fixed(at: Fixtures.start),
            signer: BatchSigner(keyFile: "clerk.key", run: Self.runner(requests)))
        let request = try #require(requests.all.first)
        #expect(requests.all.count == 1)
        #expect(request.program == "ssh-keygen")
        #expect(request.arguments == ["-q", "-Y", "sign", "-n", "kinerja", "-f", "clerk.key"])
        // What was signed is what verify reads back from the stored batch.
        #expect(request.input == BatchSignature.content(ofBatch: outcome.written, stream: History.stream))
        #expect(
            outcome.written.map(\.signature) == [BatchSignature.stored(fromArmored: SSHPublicKeyTests.signature), nil])
        let stored = try ledger.events(in: History.stream)
        #expect(stored.map(\.signature) == outcome.written.map(\.signature))
    }

    @Test func refusesASignatureByAnotherKeyOrAnActorWithoutOneAndWritesNothing() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledger(directory)
        let requests = Requests()
        let signer = BatchSigner(keyFile: "clerk.key", run: Self.runner(requests))
        #expect(
            throws: Recorder.Failure.refused(
                index: 1, type: "NoteRecorded",
                .signedWithAnotherKey(actor: "kepala", signer: SSHPublicKeyTests.key))
        ) {
            try Recorder.record(
                [Fixtures.note("satu")], to: History.stream, actor: "kepala", in: ledger,
                environment: .fixed(at: Fixtures.start), signer: signer)
        }
        #expect(requests.all.count == 1)
        // sekretaris has no key: refused before anything is signed.
        #expect(throws: Recorder.Failure.refused(index: 1, type: "NoteRecorded", .noKeyToSignWith(actor: "sekretaris")))
        {
            try Recorder.record(
                [Fixtures.note("satu")], to: History.stream, actor: "sekretaris", in: ledger,
                environment: .fixed(at: Fixtures.start), signer: signer)
        }
        #expect(requests.all.count == 1)
        let failing = BatchSigner(keyFile: "clerk.key", run: Self.runner(requests, status: 255))
        #expect(
            throws: Recorder.Failure.signing(
                .signingFailed(keyFile: "clerk.key", status: 255, message: "Load key \"clerk.key\": invalid format"))
        ) {
            try Recorder.record(
                [Fixtures.note("satu")], to: History.stream, actor: "clerk", in: ledger,
                environment: .fixed(at: Fixtures.start), signer: failing)
        }
        #expect(!(try ledger.streams().contains(History.stream)))
    }
}
