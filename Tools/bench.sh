#!/bin/sh
# Builds the benchmark in release mode and runs it, passing every argument through.
# Usage: Tools/bench.sh [--events N] [--sync-events N] [--batch N] [--text-length N] [--keep DIR] [--caller-ids]
#        Tools/bench.sh as-of [--events N] [--every N]   (as-of queries with and without checkpoints)
#        Tools/bench.sh commands [--sizes N,N,...] [--kinerja PATH] [--keep DIR]   (the CLI's commands as
#          processes against baselines, on the default ledger grown to each size; builds kinerja too)
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product kinerja-bench
if [ "${1:-}" = commands ]; then swift build -c release --product kinerja; fi
exec .build/release/kinerja-bench "$@"
