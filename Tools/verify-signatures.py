#!/usr/bin/env python3
"""Checks every signed batch of a Kinerja ledger without kinerja: Python 3's standard library and ssh-keygen.

Usage: python3 Tools/verify-signatures.py LEDGER_DIR

Rebuilds each signed batch's content as the README ("Signed batches") defines it (canonical JSON: sorted keys,
no spaces, text as UTF-8) and checks its `sig` with `ssh-keygen -Y verify`, namespace kinerja, against one
allowed-signers file of every key the ledger stream registers. Run the hash check beside it (README, "Checking
a stream without this program"): it shows the lines are the ones written; this shows who wrote them. Which key
was in force when (rotation) is left to `kinerja verify`: here any key ever registered for the actor counts.
Exit status 1 if any signature is bad.
"""
import glob, json, os, subprocess, sys, tempfile

def canonical(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

ledger = sys.argv[1]
streams = {os.path.basename(path)[:-len(".jsonl")]: [json.loads(line) for line in open(path, encoding="utf-8")]
           for path in sorted(glob.glob(os.path.join(ledger, "*.jsonl")))}
keys = {(e["data"]["actor"].strip().lower(), e["data"]["key"]) for e in streams.get("ledger", [])
        if e["type"] == "ActorRegistered" and "key" in e["data"]}
bad = checked = 0
with tempfile.TemporaryDirectory() as scratch:
    allowed, signature = os.path.join(scratch, "allowed_signers"), os.path.join(scratch, "batch.sig")
    with open(allowed, "w") as f:
        f.writelines(f'{actor} namespaces="kinerja" {key}\n' for actor, key in sorted(keys))
    for stream, events in streams.items():
        for first in (e for e in events if e["seq"] == e["batch"]["first"] and "sig" in e):
            batch = [e for e in events if first["batch"]["first"] <= e["seq"] <= first["batch"]["last"]]
            content = {"actor": first["actor"], "prev": first["prev"], "stream": stream, "events": [
                {k: e[k] for k in ("data", "effective", "id", "type") if k in e} | {"v": e["v"]} for e in batch]}
            body = first["sig"]
            with open(signature, "w") as f:
                f.write("-----BEGIN SSH SIGNATURE-----\n")
                f.writelines(body[i:i + 70] + "\n" for i in range(0, len(body), 70))
                f.write("-----END SSH SIGNATURE-----\n")
            result = subprocess.run(
                ["ssh-keygen", "-Y", "verify", "-f", allowed, "-I", first["actor"].strip().lower(), "-n", "kinerja",
                 "-s", signature], input=canonical(content).encode("utf-8"), capture_output=True)
            checked += 1
            if result.returncode != 0:
                bad += 1
                print(f"{stream} seq {first['seq']} ({first['actor']}): BAD signature")
print(f"{checked} signed batches, {bad} bad")
sys.exit(1 if bad else 0)
