import Testing

@testable import KinerjaInterchange
@testable import KinerjaWorkbook

@Suite struct WorkbookValuesTests {
    @Test(arguments: [
        ("56.7", "56.7"), ("56.70", "56.70"), ("1250000000", "1250000000"), ("-3.25", "-3.25"), ("+12", "12"),
        (".5", "0.5"), ("5.", "5"), ("007", "7"), ("1.5E-3", "0.0015"), ("-1.5e-3", "-0.0015"),
        ("1E+20", "100000000000000000000"),
        ("1.2345E2", "123.45"), ("1.50E1", "15.0"), ("4.5E-1", "0.45"), ("0", "0"),
        ("0.30000000000000004", "0.30000000000000004"),
    ])
    func writesStoredNumbersAsPlainDigits(_ stored: String, _ digits: String) {
        #expect(WorkbookNumber.plainDigits(stored) == digits)
    }

    @Test(arguments: ["", "-", ".", "56,70", "1.2.3", "1E", "1E+", "E5", "1e99999", "1E401", "NaN", "INF", " 1", "1 "])
    func refusesWhatIsNotANumber(_ stored: String) {
        #expect(WorkbookNumber.plainDigits(stored) == nil)
    }

    @Test(arguments: [
        ("56.700000000000003", "56.7"), ("0.30000000000000004", "0.3"), ("-0.30000000000000004", "-0.3"),
        ("99.999999999999986", "100"), ("1.0000000000000001E-3", "0.001"), ("123456789012345678", "123456789012346000"),
        ("0.000012345678901234567", "0.0000123456789012346"), ("56.70", "56.70"),
        ("123456789012345", "123456789012345"),
        ("1250000000", "1250000000"), ("0", "0"), ("0.00000000000000001", "0.00000000000000001"),
    ])
    func roundsBinaryArtifactsToTheDigitsExcelKeeps(_ stored: String, _ typed: String) throws {
        let digits = try #require(WorkbookNumber.plainDigits(stored))
        #expect(WorkbookNumber.roundedToExcelPrecision(digits) == typed)
    }

    @Test(arguments: [("A1", 1, 1), ("Z9", 9, 26), ("AA10", 10, 27), ("AZ1", 1, 52), ("XFD1048576", 1_048_576, 16_384)])
    func readsCellReferences(_ text: String, _ row: Int, _ column: Int) {
        #expect(CellReference(text) == CellReference(row: row, column: column))
        #expect(CellReference(row: row, column: column).description == text)
    }

    @Test(arguments: ["", "A", "1", "A0", "a1", "A01", "1A", "XFE1", "A1048577", "$A$1", "A1:B2", "AAAA1"])
    func refusesWhatIsNotACell(_ text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test func escapesWhatXMLCannotHoldAsExcelDoes() {
        #expect(ExcelText.escape("a\u{1}b\r\nc") == "a_x0001_b_x000D_\nc")
        #expect(ExcelText.escape("_x0041_ and _x") == "_x005F_x0041_ and _x")
        for text in ["a\u{1}b\r\nc", "_x0041_", "plain", "_x005F_", "ÿ ≥ 100"] {
            #expect(ExcelText.unescape(ExcelText.escape(text)) == text)
        }
    }

    @Test func scansEntitiesCDATAAndSkipsCommentsAndInstructions() throws {
        let xml =
            "<?xml version=\"1.0\"?>\r\n<!-- note --><a k='&lt;1&gt;' j=\"x\ny\"><b/>&amp;&#65;&#x42;<![CDATA[<c>]]>\r\n</a>"
        var scanner = try XMLScanner(Array(xml.utf8))
        var events: [XMLEvent] = []
        while let event = try scanner.next() { events.append(event) }
        #expect(
            events == [
                .start(name: "a", attributes: [.init(name: "k", value: "<1>"), .init(name: "j", value: "x y")]),
                .start(name: "b", attributes: []), .end(name: "b"), .text("&AB"), .text("<c>"), .text("\n"),
                .end(name: "a"),
            ])
    }

    @Test(arguments: [
        ("<a>&nbsp;</a>", "the entity &nbsp; is not one XML defines"),
        ("<a>AT&T</a>", "an & that starts no entity (write &amp;)"),
        ("<a><b></a>", "</a> closes <b>"),
        ("<a>", "the part ends inside <a>"),
        ("<a/><b/>", "a second root element"),
        ("", "the part has no root element"),
        ("<a x=1/>", "an attribute value must be quoted"),
        ("<a>\u{FF}</a>", "text that is not UTF-8"),
    ])
    func refusesXMLThatIsNotWellFormed(_ xml: String, _ reason: String) {
        var bytes = Array(xml.utf8)
        if xml.contains("\u{FF}") { bytes = Array("<a>".utf8) + [0xFF] + Array("</a>".utf8) }
        #expect(throws: XMLError.self) {
            var scanner = try XMLScanner(bytes)
            while try scanner.next() != nil {}
        }
        var scanner = try? XMLScanner(bytes)
        var reported: String?
        do {
            while try scanner?.next() != nil {}
        } catch {
            reported = error.reason
        }
        #expect(reported == reason)
    }
}
