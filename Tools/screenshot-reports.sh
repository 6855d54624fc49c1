#!/usr/bin/env bash
# Screenshots of HTML reports with headless Chromium, to look at what the renderer draws: a PNG of the
# screen view and an A4 PDF (with a PNG per PDF page when pdftoppm is installed) to check the printout.
#
# Usage:
#   Tools/screenshot-reports.sh [-o DIR] [-w WIDTH] [-H HEIGHT] FILE.html...
#   Tools/screenshot-reports.sh [-o DIR] [-w WIDTH] [-H HEIGHT] -- REPORT-ARGS...
#
# With files, each FILE.html gives DIR/FILE.png, DIR/FILE.pdf and DIR/FILE-page-N.png. After `--`, the
# report is built first with `swift run kinerja report REPORT-ARGS --format html` into DIR/report.html.
# A sample document in every format is written by the unit tests:
#   KINERJA_REPORT_SAMPLES=/tmp/samples swift test --skip-build --filter ReportSampleTests
#   Tools/screenshot-reports.sh -o /tmp/shots /tmp/samples/sample.html
#
# Needs chromium (`apt-get install -y chromium`); the project itself never does. DIR defaults to
# ./screenshots, WIDTH × HEIGHT (the screen window) to 1100 × 3000.
set -euo pipefail

out=screenshots
width=1100
height=3000
while [[ $# -gt 0 ]]; do
    case "$1" in
    -o) out="$2"; shift 2 ;;
    -w) width="$2"; shift 2 ;;
    -H) height="$2"; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    -*) echo "screenshot-reports: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) break ;;
    esac
done

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [[ -z "$browser" ]]; then
    echo "screenshot-reports: no chromium found; install it with: apt-get install -y chromium" >&2
    exit 2
fi

mkdir -p "$out"
files=()
if [[ "${1:-}" == *.html ]] || [[ $# -gt 0 && -f "${1:-}" ]]; then
    files=("$@")
elif [[ $# -gt 0 ]]; then
    swift run --quiet kinerja report "$@" --format html >"$out/report.html"
    files=("$out/report.html")
else
    echo "screenshot-reports: give HTML files, or -- and the arguments of 'kinerja report' (see --help)" >&2
    exit 2
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$profile")
# Chromium refuses to run as root without this; the pages are local files without scripts.
if [[ $(id -u) -eq 0 ]]; then flags+=(--no-sandbox); fi

for file in "${files[@]}"; do
    if [[ ! -f "$file" ]]; then
        echo "screenshot-reports: $file does not exist" >&2
        exit 2
    fi
    name=$(basename "$file" .html)
    url="file://$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
    "$browser" "${flags[@]}" --window-size="$width,$height" --screenshot="$out/$name.png" "$url" 2>/dev/null
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "$url" 2>/dev/null
    echo "$out/$name.png"
    echo "$out/$name.pdf"
    if command -v pdfinfo >/dev/null 2>&1; then
        pdfinfo "$out/$name.pdf" | grep -E '^(Pages|Page size):' | sed 's/^/  /'
    fi
    if command -v pdftoppm >/dev/null 2>&1; then
        pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name-page"
        ls "$out/$name-page"*.png
    fi
done
