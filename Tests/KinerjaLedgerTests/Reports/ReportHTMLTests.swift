import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct ReportHTMLTests {
    private typealias F = ReportFixtures

    @Test func isOneUTF8IndonesianDocumentThatPrintsOnA4() {
        let html = F.document.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(html.contains("<title>Laporan Kinerja Tahun 2024</title>"))
        #expect(html.contains("@page { size: A4; margin: 18mm 15mm 18mm 18mm; }"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("tr { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(html.contains("<h2>Bab III Akuntabilitas Kinerja</h2>"))
    }

    @Test func needsNothingFromOutsideTheFile() {
        let html = F.document.html.lowercased()
        for fetching in [
            "http", "src=", "href=", "<link", "<script", "<img", "<iframe", "@import", "url(", "@font-face",
        ] {
            #expect(!html.contains(fetching), "the HTML holds \(fetching)")
        }
    }

    @Test func escapesEveryTextItPrints() {
        let html = F.hostileDocument.html
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(\"x\")"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; | *b* [l](u) =1+1"
        // Title, h1, subtitle, provenance label and value, section, paragraph, fact label and value, table name,
        // caption, two headings, text cell, data-sources, tooltip, remark, note; bar chart caption, SVG title
        // and bar tooltip (its drawn label is wrapped over lines); line chart caption, SVG title, category,
        // series tooltip and legend; finding code, message and event; signature party, position, name and NIP.
        let count = html.components(separatedBy: escaped).count - 1
        #expect(count == 33, "the escaped text appears \(count) times")
        #expect(html.contains("data-sources=\"\(escaped)\""))
        #expect(html.contains("title=\"peristiwa: \(escaped)\""))
    }

    @Test func figureCellsNameTheirEventsAndShowTheirRemarks() {
        let html = F.capaianTable.html
        #expect(
            html.contains(
                "<td class=\"num sourced\" data-sources=\"e-pk-2024 e-r-ppks-2024\" "
                    + "title=\"peristiwa: e-pk-2024, e-r-ppks-2024\">208,59 %</td>"))
        #expect(
            html.contains(
                "<td class=\"num sourced\" data-sources=\"e-pk-2024 e-r-anak-2024\" "
                    + "title=\"peristiwa: e-pk-2024, e-r-anak-2024\">75,00 %"
                    + "<span class=\"remark\">dokumen mencetak 125,00 (R/T×100)</span></td>"))
        #expect(html.contains("<td class=\"num\"><span class=\"remark\">realisasi belum dicatat</span></td>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Capaian</th>"))
        #expect(html.contains("<th scope=\"col\">Indikator</th>"))
        #expect(html.contains("<td>Prosentase korban bencana | sosial yang ditangani</td>"))
        #expect(html.contains("<p class=\"note\">Capaian dihitung menurut polaritas dan rumus indikator.</p>"))
        #expect(F.anggaranTable.html.contains(">Rp13.821.027.400</td>"))
        #expect(F.anggaranTable.html.contains(">-Rp1.500</td>"))
    }

    @Test func placesSignaturesSideBySideInOneBlock() {
        let html = F.document.html
        #expect(
            html.contains(
                """
                <div class="signatures">
                <div class="signature">
                <p class="party">Pihak Kedua</p>
                <p class="position">Bupati Luwu Timur</p>
                <div class="space" aria-hidden="true"></div>
                <p class="name">Nama Bupati Contoh</p>
                </div>
                <div class="signature">
                """))
        #expect(html.contains("<p class=\"nip\">NIP 19700101 199503 1 001</p>"))
        #expect(html.contains(".signatures { display: flex;"))
    }

    @Test func numbersChartsInOrderAndLabelsEachSVGByItsCaption() {
        let html = F.document.html
        #expect(html.contains("<figcaption>Grafik 3.1 Capaian per Indikator Tahun 2024</figcaption>"))
        #expect(html.contains("aria-labelledby=\"grafik-1\""))
        #expect(html.contains("<title id=\"grafik-1\">Grafik 3.1 Capaian per Indikator Tahun 2024</title>"))
        #expect(html.contains("<title id=\"grafik-2\">Grafik 3.2 Prosentase PPKS"))
        #expect(!html.contains("grafik-3"))
    }

    @Test func listsFindingsWithTheirEvents() {
        #expect(
            F.document.html.contains(
                "<li><strong class=\"code\">printed-capaian-differs</strong> Capaian tercetak 125,00 untuk indikator "
                    + "yang makin rendah makin baik; aturan memberi 75,00<br><span class=\"events\">Peristiwa: "
                    + "<code>e-r-anak-2024</code>, <code>e-lkj-2024</code></span></li>"))
    }

    @Test func keepsParagraphLineBreaksAndReplacesControlCharacters() {
        let block = ReportDocument.Block.paragraph("satu\ndua <3\u{07}")
        #expect(block.html(chartID: "x") == "<p>satu<br>dua &lt;3\u{FFFD}</p>")
    }
}
