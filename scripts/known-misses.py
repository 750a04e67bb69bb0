#!/usr/bin/env python3
"""Brings andamal-core/tests/fixtures/find/known-misses.json up to date.

Runs the finder's corpus tests with the known misses included, then writes
the list of what fails: entries that pass now are dropped, reasons of those
still failing are kept, and new failures are added with a reason to fill in
(the test `corpus::known_misses_still_miss` refuses a reason shorter than 20
characters, so a new entry cannot slip through unexplained).

    python3 scripts/known-misses.py          # rewrite the list
    python3 scripts/known-misses.py --check  # only say what would change
"""
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIST = ROOT / "andamal-core/tests/fixtures/find/known-misses.json"
NEW = "TODO"


def failing():
    run = subprocess.run(
        ["cargo", "test", "--release", "-q", "-p", "andamal-core", "--test", "find_fixtures", "--", "--include-ignored"],
        cwd=ROOT, capture_output=True, text=True,
    )
    names = set(re.findall(r"^test (\S+) +\.\.\. FAILED", run.stdout, re.M))
    if not names and run.returncode != 0 and "test result" not in run.stdout:
        sys.exit(run.stderr[-2000:])
    # The corpus' own checks (weights fitted, size and split) are no misses
    # to list: say so, as a stale weight table would fail the run.
    for name in sorted(n for n in names if n.startswith("corpus::")):
        print(f"failing: {name} (not a miss; see its message)", file=sys.stderr)
    keys = set()
    for name in names:
        parts = name.split("::")
        if parts[0] == "fixture":
            keys.add(parts[2])
        elif parts[0] == "clause":
            keys.add(name)
    for name in names:
        parts = name.split("::")
        # A damaged copy of a document that fails anyway is covered by it.
        if parts[0] == "damage" and parts[3] not in keys:
            keys.add(f"{parts[1]}::{parts[3]}")
    return keys


def main():
    old = json.loads(LIST.read_text())
    keys = failing()
    new = {k: old.get(k, NEW) for k in sorted(keys)}
    gone = sorted(set(old) - keys)
    added = sorted(k for k in keys if k not in old)
    print(f"{len(new)} known misses; passing now: {gone or 'none'}; new: {added or 'none'}")
    if "--check" in sys.argv:
        sys.exit(1 if gone or added else 0)
    LIST.write_text(json.dumps(new, ensure_ascii=False, indent=2) + "\n")
    if added:
        print(f"write a reason (the general cause) for each {NEW!r} entry in {LIST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
