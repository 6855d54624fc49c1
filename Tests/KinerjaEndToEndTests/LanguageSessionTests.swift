import Foundation
import Testing

/// A first day on a new ledger, every command's main output kept as a transcript in Indonesian (the default)
/// and in English: init, setup, actor, org zone, renstra, approve and reject (with their tables), realisasi,
/// pending, budget, document, note, checkpoint, upgrade, state, history, check and verify. The organisation is
/// in Sulawesi Selatan (WITA) until 'org zone' sets WIT: history then shows its times in WIT.
@Suite struct LanguageSessionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The session's commands, each with the clock it runs at and the status it must end with.
    static let session: [(arguments: [String], at: String, status: Int32)] = {
        let org = ["--org", "dinsos-contoh"]
        let examples = root.appendingPathComponent("Tools/examples").path
        return [
            (["init"], "2026-12-01T01:00:00Z", 0),
            (["setup", examples + "/setup.txt"], "2026-12-01T01:00:00Z", 0),
            (["actor", "list"], "2026-12-01T01:00:00Z", 0),
            (
                [
                    "renstra", "adopt", examples + "/renstra.csv", "--period", "2025-2029", "--decree",
                    "Peraturan Bupati Contoh Nomor 12 Tahun 2025", "--decree-date", "2025-06-30", "--document",
                    "Renstra Dinas Sosial 2025-2029", "--as", "rina",
                ] + org, "2026-12-01T01:10:00Z", 0
            ),
            (
                [
                    "renstra", "targets", "--indicator", "ppks", "--target", "2025=57", "--target", "2026=58,5",
                    "--end", "60", "--reason", "Renstra 2025-2029", "--effective", "2025-06-30", "--document",
                    "Renstra Dinas Sosial 2025-2029", "--id", "renstra-ppks", "--as", "rina",
                ] + org, "2026-12-01T01:20:00Z", 0
            ),
            (["approve", "renstra-ppks", "--as", "rina"] + org, "2026-12-01T01:30:00Z", 3),
            (["approve", "renstra-ppks", "--as", "kadis", "--dry-run"] + org, "2026-12-01T01:30:00Z", 0),
            (["approve", "renstra-ppks", "--as", "kadis"] + org, "2026-12-01T01:30:00Z", 0),
            (
                [
                    "realisasi", "record", "--indicator", "ppks", "--period", "2025", "--value", "1.234",
                    "--document", "Laporan Kinerja 2025", "--as", "rina",
                ] + org, "2026-12-01T02:00:00Z", 2
            ),
            (
                [
                    "realisasi", "record", "--indicator", "ppks", "--period", "2025", "--value", "56,25",
                    "--document", "Laporan Kinerja 2025", "--id", "real-ppks-2025", "--as", "rina",
                ] + org, "2026-12-01T16:30:00Z", 0
            ),
            (["pending"] + org, "2026-12-01T16:40:00Z", 0),
            (
                ["reject", "real-ppks", "--reason", "angka belum final", "--as", "kadis"] + org, "2026-12-01T16:45:00Z",
                0
            ),
            (
                [
                    "budget", "record", "--year", "2025", "--level", "program", "--code", "p1", "--name",
                    "Program Perlindungan dan Jaminan Sosial", "--pagu", "Rp1.250.000.000", "--document", "DPA 2025",
                    "--as", "rina",
                ] + org, "2026-12-01T17:00:00Z", 0
            ),
            (
                [
                    "document", "record", "--kind", "dpa", "--year", "2025", "--title", "DPA Dinas Sosial 2025",
                    "--date", "2025-01-06", "--as", "rina",
                ] + org, "2026-12-01T17:00:00Z", 0
            ),
            (["note", "Reviu IKU dimulai", "--as", "rina"] + org, "2026-12-01T17:00:00Z", 0),
            (
                ["org", "zone", "dinsos-contoh", "--zone", "WIT", "--document", "Perbup", "--as", "admin"],
                "2026-12-01T17:05:00Z", 0
            ),
            (["checkpoint"] + org, "2026-12-01T17:10:00Z", 0),
            (["upgrade"], "2026-12-01T17:10:00Z", 0),
            (["state", "--year", "2025"] + org, "2026-12-01T17:10:00Z", 0),
            (["history", "realisasi:ppks:2025"] + org, "2026-12-01T17:10:00Z", 0),
            (["check", "--year", "2025"] + org, "2026-12-01T17:10:00Z", 0),
            (["verify"], "2026-12-01T17:10:00Z", 0),
        ]
    }()

    @Test(arguments: ["id", "en"])
    func aFirstDayInEachLanguage(language: String) throws {
        let scratch = Scratch()
        var transcript = ""
        for step in Self.session {
            let result = try Kinerja.runBinary(
                ["--ledger", scratch.ledgerPath] + step.arguments,
                environment: ["KINERJA_CLOCK": step.at, "KINERJA_LANG": language, "KINERJA_ID_PREFIX": "sesi"])
            #expect(result.status == step.status, "\(step.arguments): \(result.errors)")
            let shown = step.arguments.map { $0.replacingOccurrences(of: Self.root.path, with: ".") }
            transcript += "$ kinerja " + shown.joined(separator: " ") + "  # exit \(result.status)\n"
            transcript += result.output.replacingOccurrences(of: scratch.ledgerPath, with: "LEDGER")
            transcript += result.errors.replacingOccurrences(of: scratch.ledgerPath, with: "LEDGER")
        }
        assertSnapshot(transcript, named: "lang-session.\(language).txt")
    }
}
