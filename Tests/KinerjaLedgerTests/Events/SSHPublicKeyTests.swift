import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

@Suite struct SSHPublicKeyTests {
    /// A key and a signature `ssh-keygen -Y sign -n kinerja` made with it (of the bytes `hello`).
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBwRfsjCQNvfJzKN5DVw/L75JCIxPUgYfSHO/9V5fnsd"
    static let signature = """
        -----BEGIN SSH SIGNATURE-----
        U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAgHBF+yMJA298nMo3kNXD8vvkkIj
        E9SBh9Ic7/1Xl+ex0AAAAHa2luZXJqYQAAAAAAAAAGc2hhNTEyAAAAUwAAAAtzc2gtZWQy
        NTUxOQAAAEAuitYf/ASWxS6cTFcyV1hYwZggY97/U+mUFRJqff8UrXwOXXLzQrNFpVSj/r
        /kG3gOvJCl/bUgWxxQatqMQoIA
        -----END SSH SIGNATURE-----

        """

    @Test func readsAnEd25519PublicKeyLineWithoutItsComment() throws {
        let parsed = try #require(SSHPublicKey(parsing: Self.key + " rina@dinas\n"))
        #expect(parsed.type == "ssh-ed25519")
        #expect(parsed.description == Self.key)
    }

    @Test func refusesWhatIsNotAnAcceptedKeyOfTheRightShape() {
        let blob = String(Self.key.split(separator: " ")[1])
        for text in [
            "", "ssh-ed25519", "ssh-rsa " + blob, "sk-ssh-ed25519@openssh.com " + blob,
            "ssh-ed25519 " + blob.dropLast(4),
            "ssh-ed25519 " + blob + "=", "ssh-ed25519 not*base64", "-----BEGIN OPENSSH PRIVATE KEY-----",
        ] {
            #expect(SSHPublicKey(parsing: text) == nil, "\(text)")
        }
    }

    @Test func base64RoundTripsEveryLength() {
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let text = Base64.encode(bytes)
            #expect(text.count == (length + 2) / 3 * 4)
            #expect(length == 0 || Base64.decode(text) == bytes)
        }
        #expect(Base64.encode(Array("hello".utf8)) == "aGVsbG8=")
    }

    @Test func findsTheKeyThatMadeASignatureAndKeepsItOnOneLine() throws {
        let stored = try #require(BatchSignature.stored(fromArmored: Self.signature))
        #expect(!stored.contains("\n"))
        #expect(BatchSignature.signer(of: stored)?.description == Self.key)
        #expect(BatchSignature.armored(stored) == Self.signature)
        #expect(BatchSignature.signer(of: "AAAA") == nil)
    }

    @Test func theSignedContentIsCanonicalJSONOfTheBatchItsActorStreamAndPrev() throws {
        let event = BatchSignature.SignedEvent(
            id: "r-1", type: "NoteRecorded", version: 1, data: ["text": .string("halo")],
            effective: CalendarDate(parsing: "2024-01-31"))
        let content = BatchSignature.content(
            of: [event], actor: "rina", stream: try #require(StreamName("luwu-timur")), prev: .zero)
        #expect(
            String(decoding: content, as: UTF8.self)
                == #"{"actor":"rina","events":[{"data":{"text":"halo"},"effective":"2024-01-31","id":"r-1","#
                + #""type":"NoteRecorded","v":1}],"prev":""# + String(repeating: "0", count: 64)
                + #"","stream":"luwu-timur"}"#)
    }

    @Test func allowedSignersNameEachActorByTheirIdentityForTheKinerjaNamespace() throws {
        let key = try #require(SSHPublicKey(parsing: Self.key))
        let file = BatchSignature.allowedSigners([(" RINA ", key), ("rina", key)])
        #expect(String(decoding: file, as: UTF8.self) == "rina namespaces=\"kinerja\" \(Self.key)\n")
    }

    @Test func readsASecurityKeysPublicKey() throws {
        func string(_ bytes: [UInt8]) -> [UInt8] {
            [0, 0, 0, UInt8(bytes.count)] + bytes
        }
        let type = "sk-ssh-ed25519@openssh.com"
        let blob = string(Array(type.utf8)) + string(Array(repeating: 7, count: 32)) + string(Array("ssh:".utf8))
        let parsed = try #require(SSHPublicKey(parsing: type + " " + Base64.encode(blob) + " kadis@yubikey"))
        #expect(parsed.type == type)
        // Without its application it is not a security key's public key.
        let short = Array(blob.dropLast(8))
        #expect(SSHPublicKey(parsing: type + " " + Base64.encode(short)) == nil)
    }

    @Test func aStoredLineKeepsItsSignatureWhicheverWayItIsRead() throws {
        let envelope = EventEnvelope(
            seq: 1, id: "n-1", type: "NoteRecorded", version: 1, recordedAt: Fixtures.start, actor: "rina",
            effective: nil, batch: BatchRange(first: 1, last: 1), data: ["text": .string("halo")], prev: .zero,
            signature: "U1NIU0lH")
        let (line, stored) = EventLine.encode(envelope)
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.contains(#""seq":1,"sig":"U1NIU0lH","type":"NoteRecorded""#))
        let body = Array(line.dropLast())
        let read = try body.withUnsafeBytes { try EventLine.decode($0) }
        #expect(read == stored)
        #expect(read.signature == "U1NIU0lH")
        // Another layout (spaces after the colons) goes through the general parser, which reads it too.
        let spaced = Array(text.dropLast().replacingOccurrences(of: #""sig":"#, with: #""sig": "#).utf8)
        #expect(throws: LineProblem.self) { try spaced.withUnsafeBytes { try EventLine.decode($0) } }
        let unchecked = try spaced.withUnsafeBytes { try EventLine.decode($0, checkingHash: false) }
        #expect(unchecked.signature == "U1NIU0lH")
    }
}
