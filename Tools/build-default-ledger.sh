#!/usr/bin/env bash
# Rebuilds the embedded default ledger in Ledger/ from the human-readable transcription in
# Tools/DefaultLedger/, byte for byte the same on every run: the clock and the recorder are fixed and
# every event carries its own id.
#
# usage: Tools/build-default-ledger.sh            (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product kinerja >/dev/null
kinerja=".build/debug/kinerja"
export KINERJA_LEDGER="Ledger"
export KINERJA_ACTOR="seed-transcription"
# recordedAt of every event: the time this transcription was entered, fixed so the build is reproducible.
export KINERJA_CLOCK="2026-11-23T00:00:00Z"

rm -rf Ledger
"$kinerja" init >/dev/null
"$kinerja" append Tools/DefaultLedger/sources.jsonl
"$kinerja" verify
