#!/usr/bin/env python3
"""Times the everyday commands on one long organisation stream, each against its baseline in the same run.

Usage: Tools/bench-1m.py LEDGER [AS_OF] [KINERJA]
  LEDGER   a ledger whose stream `dinas-contoh` is long: the one `Tools/bench.sh as-of --events 1000000
           --keep LEDGER` writes (its actors `clerk` and `kepala` registered), with
           spread snapshots written by `kinerja --ledger LEDGER checkpoint --org dinas-contoh --every 83334`
  AS_OF    the time for `state --as-of` (default 2024-02-09T10:00:00Z, half-way along that stream)
  KINERJA  the binary (default .build/release/kinerja)

Each figure is the best of several runs of a process, spawn to exit (`time.perf_counter()` around
`subprocess.run`). It appends a few realisations to the ledger (for `realisasi record`) and builds a 1 M-row
SQLite table in /tmp for the insert baseline. Needs python3, jq, sqlite3, sha256sum, openssl, /usr/bin/time.
"""
import calendar, os, statistics, subprocess, sys, time

L = sys.argv[1]
HALF = sys.argv[2] if len(sys.argv) > 2 else "2024-02-09T10:00:00Z"
K = sys.argv[3] if len(sys.argv) > 3 else ".build/release/kinerja"
S = L + "/dinas-contoh.jsonl"
ENV = dict(os.environ, KINERJA_LANG="en")


def run(args, env=None):
    start = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env or ENV)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} exited {done.returncode}: {done.stderr.decode()[:300]}")
    return seconds


def best(args, runs=5, env=None):
    return min(run(args, env) for _ in range(runs))


size = os.path.getsize(S)
with open(S, "rb") as stream:
    events = sum(1 for _ in stream)
print(f"stream {S}: {events:,} events, {size / 1e6:.1f} MB")
head, tail = best([K, "--ledger", L, "head"], 10), best(["tail", "-n", "1", S], 10)
start = best([K, "--version"], 10)
print(f"head {head:.4f} s; tail -n 1 {tail:.4f} s; process start (kinerja --version) {start:.4f} s; "
      f"goal 2 x tail + start = {2 * tail + start:.4f} s")
records = []
stamp = time.strftime("%H%M%S")
# The clock a minute after the stream's last event, then a minute more each run (recording never goes back).
last = subprocess.run(["tail", "-n", "1", S], stdout=subprocess.PIPE).stdout.decode()
last_time = last.split('"recordedAt":"')[1][:19]
base = calendar.timegm(time.strptime(last_time, "%Y-%m-%dT%H:%M:%S"))
for i in range(7):
    clock = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base + 60 * (i + 1)))
    env = dict(ENV, KINERJA_CLOCK=clock)
    records.append(run([K, "--ledger", L, "realisasi", "record", "--org", "dinas-contoh", "--indicator",
                        f"ind-{30 + i}", "--period", clock[:4] + "-M" + clock[5:7], "--value", f"61,{i}", "--document",
                        f"Laporan {stamp}", "--as", "clerk"], env))
db = "/tmp/bench-1m.sqlite"
if not os.path.exists(db):
    subprocess.run(["sqlite3", db, "PRAGMA journal_mode=WAL; CREATE TABLE e(line TEXT); WITH RECURSIVE "
                    "c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 1000000) "
                    "INSERT INTO e SELECT printf('%.385c', 'x') FROM c;"], check=True, stdout=subprocess.DEVNULL)
insert = best(["sqlite3", db, "PRAGMA synchronous=FULL; INSERT INTO e VALUES(printf('%.385c','y'));"], 7)
print(f"realisasi record: best {min(records):.3f} s, median {statistics.median(records):.3f} s; sqlite3 one-row "
      f"insert (synchronous=FULL, WAL, 1 M rows) {insert:.4f} s: {min(records) / insert:.1f} x")
for name, args in [("state --year 2024", ["state", "--org", "dinas-contoh", "--year", "2024"]),
                   ("history realisasi:ind-3:2024-M01", ["history", "realisasi:ind-3:2024-M01", "--org", "dinas-contoh"]),
                   ("report lkj 2024 --format html", ["report", "lkj", "2024", "--org", "dinas-contoh", "--format", "html"]),
                   ("check --year 2024", ["check", "--org", "dinas-contoh", "--year", "2024"]),
                   ("pending", ["pending", "--org", "dinas-contoh"])]:
    print(f"{name}: {best([K, '--ledger', L] + args):.3f} s from the snapshot")
as_of = best([K, "--ledger", L, "state", "--org", "dinas-contoh", "--year", "2024", "--as-of", HALF], 3)
checkpoints, aside = L + "/checkpoints", L + "-checkpoints-aside"
os.rename(checkpoints, aside)
try:
    measured = subprocess.run(["/usr/bin/time", "-f", "%M", K, "--ledger", L, "state", "--org", "dinas-contoh",
                               "--year", "2024"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    resident = int(measured.stderr.decode().strip().splitlines()[-1]) / 1024
    replays = [run([K, "--ledger", L, "state", "--org", "dinas-contoh", "--year", "2024"]) for _ in range(7)]
    full, full_median = min(replays), statistics.median(replays)
    # verify of the stream alone (no snapshots to fold and compare against)
    bare_verify = best([K, "--ledger", L, "verify"], 3)
finally:
    os.rename(aside, checkpoints)
print(f"state --as-of {HALF}: {as_of:.3f} s, {as_of / full * 100:.1f} % of a full replay")
jq = best(["jq", "-n", 'reduce inputs as $e ({}; if $e.type == "RealisasiRecorded" then '
           '.[$e.data.indicator + ":" + $e.data.period] = $e.data.value else . end) | length', S], 2)
print(f"full replay (state, snapshots moved away): best {full:.3f} s = {events / full:,.0f} events/s, median "
      f"{full_median:.3f} s = {events / full_median:,.0f} events/s, {resident:.0f} MB resident; "
      f"jq reduce {events / jq:,.0f} events/s: {jq / full:.2f} x jq")
verify = best([K, "--ledger", L, "verify"], 3)
sha, ssl = best(["sha256sum", S], 3), best(["openssl", "dgst", "-sha256", S], 3)
kept = sum(1 for name in os.listdir(checkpoints) if name.endswith(".checkpoint"))
print(f"verify {size / verify / 1e6:.0f} MB/s with the {kept} snapshots compared, {size / bare_verify / 1e6:.0f} MB/s "
      f"without snapshots; sha256sum {size / sha / 1e6:.0f} MB/s ({sha / verify:.2f} x and {sha / bare_verify:.2f} x); "
      f"openssl dgst -sha256 {size / ssl / 1e6:.0f} MB/s")
latest = max(os.listdir(checkpoints), key=lambda name: int(name.split(".")[-2]) if name.endswith(".checkpoint") else -1)
snapshot = os.path.getsize(os.path.join(checkpoints, latest))
print(f"snapshot at the head ({latest}): {snapshot / 1e6:.1f} MB, {snapshot / size * 100:.1f} % of the stream's bytes")

