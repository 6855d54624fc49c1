import Testing

@testable import KinerjaReports

/// Terminal tables line up by characters, not bytes: a cell with accents or a combining mark is as wide
/// as the characters it shows; the last column is not padded, a right-aligned one is padded before.
@Suite struct TextTableTests {
    @Test func columnsLineUpByCharacters() {
        var table = TextTable(headings: ["KODE", "NILAI", "KETERANGAN"], alignments: [.left, .right, .left])
        table.rows = [
            ["ppks", "56,70", "tercapai"],
            ["pemenuhan-hak-anak", "1.234,5", "réalisé"],
            ["cafe\u{301}", "7", ""],
            ["Čakrawala", "", "—"],
        ]
        #expect(
            table.lines == [
                "KODE                  NILAI  KETERANGAN",
                "ppks                  56,70  tercapai",
                "pemenuhan-hak-anak  1.234,5  réalisé",
                "cafe\u{301}                      7  ",
                "Čakrawala                    —",
            ])
        #expect(TextTable.pad("e\u{301}", to: 3) == "e\u{301}  ")
        #expect(TextTable.pad("ab", to: 4, leading: true) == "  ab")
        #expect(TextTable.pad("abcdef", to: 4) == "abcdef")
    }
}
