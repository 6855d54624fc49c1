#!/bin/sh
# Builds the benchmark in release mode and runs it, passing every argument through.
# Usage: Tools/bench.sh [--events N] [--sync-events N] [--batch N] [--text-length N] [--keep DIR] [--caller-ids]
#        Tools/bench.sh as-of [--events N] [--every N]   (as-of queries with and without checkpoints)
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product kinerja-bench
exec .build/release/kinerja-bench "$@"
