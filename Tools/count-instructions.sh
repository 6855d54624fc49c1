#!/bin/sh
# Counts the instructions two builds of kinerja execute for the same command, with valgrind's callgrind, and
# prints both and their ratio. Unlike a time, the count does not move with what else the shared machine is
# doing (the same binary, input and environment give the same count), so a change of a few percent shows.
#
# Usage: Tools/count-instructions.sh BEFORE AFTER -- KINERJA-ARGUMENTS...
#   e.g. Tools/count-instructions.sh /tmp/kinerja-before .build/release/kinerja -- \
#          --ledger /tmp/L state --org dinas-contoh --year 2024
#
# Valgrind does not run the SHA extensions, so kinerja hashes with its portable SHA-256 under it: the
# counts overstate hashing (about 19,000 instructions per 386-byte line) against the rest, and a change to
# how the SHA extensions are used (two lines hashed side by side) shows only its cost here. Use a ledger of
# some 100,000 events (`Tools/bench.sh as-of --events 100000 --keep DIR`, then remove DIR/checkpoints for a
# full replay): each run then takes about a minute.
set -eu
[ $# -ge 3 ] && [ "$3" = "--" ] || { sed -n '2,14p' "$0" >&2; exit 2; }
before=$1
after=$2
shift 3
count() {
    out=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>"$out.log" || true
    grep -E '^summary:|^totals:' "$out" | head -1 | awk '{print $2}'
    rm -f "$out" "$out.log"
}
a=$(count "$before" "$@")
b=$(count "$after" "$@")
echo "before $before: $a instructions"
echo "after  $after: $b instructions"
awk -v a="$a" -v b="$b" 'BEGIN { printf "after / before: %.4f (%+.2f %%)\n", b / a, (b / a - 1) * 100 }'
