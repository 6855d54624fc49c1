#!/bin/sh
# Builds the benchmark in release mode and runs it, passing every argument through.
# Usage: Tools/bench.sh [--events N] [--sync-events N] [--batch N] [--text-length N] [--keep DIR] [--caller-ids]
#        Tools/bench.sh as-of [--events N] [--every N] [--keep DIR]   (as-of queries with and without checkpoints)
#        Tools/bench.sh commands [--sizes N,N,...] [--kinerja PATH] [--keep DIR]   (the CLI's commands as
#          processes against baselines, on the default ledger grown to each size; builds kinerja too)
set -eu
cd "$(dirname "$0")/.."
# The build's messages go to standard error: standard output is the report.
swift build -c release --product kinerja-bench >&2
if [ "${1:-}" = commands ]; then swift build -c release --product kinerja >&2; fi
exec .build/release/kinerja-bench "$@"
