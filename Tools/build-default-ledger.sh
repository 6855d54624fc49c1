#!/usr/bin/env bash
# Rebuilds the embedded default ledger in Ledger/ from the human-readable transcription in
# Tools/DefaultLedger/, byte for byte the same on every run: the clock is fixed, every event carries its own
# id, and the batches are appended in the order Tools/DefaultLedger/manifest.txt gives.
#
# The transcription is one directory per stream (ledger/ for the ledger-wide stream, one per organisation),
# holding input-form JSON lines files (what 'kinerja append' takes). Each manifest line, STREAM ACTOR FILE,
# becomes one atomic 'kinerja append' batch recorded by ACTOR into STREAM; blank lines and '#' comments are
# skipped. Every decision names its source document in data.basis; proposals are recorded by one actor and
# approved by another in a later line, so the ledger's own rules check the transcription as it is loaded.
# Afterwards Ledger/EVENTS.md is regenerated from 'kinerja types' and the whole ledger is verified.
#
# usage: Tools/build-default-ledger.sh                       (from anywhere; works in the repository root)
#        KINERJA_BIN=/path/to/kinerja Tools/build-default-ledger.sh   (use a prebuilt binary, build nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${KINERJA_BIN:-}" ]; then
  kinerja="$KINERJA_BIN"
else
  swift build --product kinerja >/dev/null
  kinerja="$(swift build --product kinerja --show-bin-path)/kinerja"
fi
manifest="Tools/DefaultLedger/manifest.txt"
# recordedAt of every event: the time this transcription was entered, fixed so the build is reproducible.
export KINERJA_CLOCK="2026-11-23T00:00:00Z"
unset KINERJA_LEDGER KINERJA_ACTOR KINERJA_ID_PREFIX

# Start from an empty ledger, keeping anything else in Ledger/ (EVENTS.md is rewritten below).
mkdir -p Ledger
rm -f Ledger/*.jsonl Ledger/*.head Ledger/*.quarantine Ledger/kinerja-ledger.json Ledger/ledger.lock
"$kinerja" --ledger Ledger init >/dev/null

batches=0
while read -r stream actor file extra; do
  case "$stream" in "" | "#"*) continue ;; esac
  if [ -z "$file" ] || [ -n "$extra" ]; then
    echo "$manifest: expected 'STREAM ACTOR FILE', got: $stream $actor $file $extra" >&2
    exit 2
  fi
  "$kinerja" --ledger Ledger append "$file" --as "$actor" --stream "$stream" >/dev/null
  batches=$((batches + 1))
done <"$manifest"
echo "appended $batches batches from $manifest"

"$kinerja" types >Ledger/EVENTS.md
"$kinerja" --ledger Ledger verify
