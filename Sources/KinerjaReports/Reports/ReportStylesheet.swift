import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// The stylesheet inlined in every HTML report: system fonts only, black on white, A4 print rules.
enum ReportStylesheet {
    /// The CSS text.
    static let css = """
        @page { size: A4; margin: 18mm 15mm 18mm 18mm; }
        html { color: #111; background: #fff; }
        body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
          font-size: 11pt; line-height: 1.45; max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
        header { border-bottom: 2px solid #111; padding-bottom: .6em; margin-bottom: 1em; }
        h1 { font-size: 1.6em; line-height: 1.2; margin: 0 0 .3em; }
        h2 { font-size: 1.2em; margin: 1.6em 0 .6em; padding-bottom: .15em; border-bottom: 1px solid #999;
          break-after: avoid; page-break-after: avoid; }
        .subtitle { margin: 0; font-size: 1.05em; }
        p { margin: .5em 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1.2em; margin: .6em 0; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .provenance { font-size: .85em; border: 1px solid #999; padding: .3em .8em; break-inside: avoid; }
        .table-wrap { overflow-x: auto; margin: 1em 0 .4em; }
        table { border-collapse: collapse; width: 100%; font-size: .9em; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: .4em; }
        th, td { border: 1px solid #777; padding: .3em .45em; text-align: left; vertical-align: top; }
        thead th { background: #eee; vertical-align: bottom; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        table.wide { font-size: .78em; }
        table.wide th, table.wide td { padding: .25em .3em; }
        .remark { display: block; font-size: .8em; font-style: italic; white-space: normal; }
        .note { font-size: .85em; margin: .25em 0; }
        figure { margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-weight: bold; margin-bottom: .4em; }
        svg.chart { display: block; width: 100%; max-width: 720px; height: auto; }
        ul.findings { padding-left: 1.2em; }
        ul.findings li { margin-bottom: .5em; break-inside: avoid; }
        .events { font-size: .85em; }
        code { font-family: "DejaVu Sans Mono", "Liberation Mono", "Courier New", monospace; font-size: .85em;
          overflow-wrap: anywhere; }
        .signatures { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 2em; margin-top: 2em;
          break-inside: avoid; page-break-inside: avoid; }
        .signature { flex: 1 1 14em; text-align: center; }
        .signature p { margin: .2em 0; }
        .signature .party { font-weight: bold; }
        .signature .space { height: 5em; }
        .signature .name { font-weight: bold; text-decoration: underline; }
        @media screen { td.sourced { text-decoration: underline dotted #888; text-underline-offset: .2em; } }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          .table-wrap { overflow: visible; }
          table.wide { font-size: 7.5pt; }
          thead th { background: none; border-bottom: 2px solid #111; }
        }
        """
}
