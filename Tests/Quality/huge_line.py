#!/usr/bin/env python3
"""Bounded memory on files that are one huge line.

For each format it writes a file of about --size bytes (default 2 GiB) whose records sit on one
line (a giant CSV field, a CSV line of millions of separators, one JSON Lines line, one plain
line, a JSON array on one line with a giant element between two small ones, an XML document on
one line with a giant record between two small ones), runs `verbatim ingest` (release build)
under /usr/bin/time -v, and prints the peak RSS, the wall time and what was stored and rejected.
Each file is deleted before the next one is written.

    swift build -c release
    python3 Tests/Quality/huge_line.py                 # 2 GiB files in a temp dir
    python3 Tests/Quality/huge_line.py --size 200M --dir /var/tmp

Writing is fast: a 1 MiB block is repeated.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BLOCK = 1 << 20


def parse_size(text):
    m = re.fullmatch(r"(\d+)([KMG]?)", text.upper())
    if not m:
        raise argparse.ArgumentTypeError(f"{text}: expected a size such as 2G or 500M")
    return int(m.group(1)) << {"": 0, "K": 10, "M": 20, "G": 30}[m.group(2)]


def write(path, head, unit, size, tail):
    """head, then `unit` repeated to about `size` bytes, then tail."""
    block = (unit * (BLOCK // len(unit) + 1))[: BLOCK - BLOCK % len(unit)]
    with open(path, "wb") as f:
        f.write(head)
        left = size
        while left >= len(block):
            f.write(block)
            left -= len(block)
        f.write(unit * (left // len(unit)))
        f.write(tail)


CASES = [
    # name, file name, head, repeated unit, tail
    ("csv, one giant field", "field.csv", b"id,text\n1,", b"x", b"\n"),
    ("csv, millions of fields on one line (no newline)", "fields.csv", b"id,text\n", b"a,", b""),
    ("jsonl, one line", "line.jsonl", b'{"id": 1, "text": "', b"x", b'"}\n'),
    ("lines, one line", "line.txt", b"", b"w", b""),
    ("json, array on one line (giant element between two small)", "array.json",
     b'[{"id": 1, "text": "before"}, {"id": 2, "text": "', b"x", b'"}, {"id": 3, "text": "after"}]'),
    ("xml, document on one line (giant record between two small)", "doc.xml",
     b"<rs><r><id>1</id><text>before</text></r><r><id>2</id>", b"<p>" + b"x" * 1000 + b"</p>",
     b"</r><r><id>3</id><text>after</text></r></rs>"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=parse_size, default=2 << 30, help="bytes in the huge line (default 2G)")
    ap.add_argument("--dir", default=None, help="where the files go (default: a new temp dir)")
    ap.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    ap.add_argument("--only", default=None, help="run only the cases whose file names contain one of these (comma-separated)")
    args = ap.parse_args()
    if not os.path.exists(args.verbatim):
        sys.exit(f"{args.verbatim} not found: run `swift build -c release` first")
    if not os.path.exists("/usr/bin/time"):
        sys.exit("/usr/bin/time is missing (apt-get install time)")
    work = tempfile.mkdtemp(prefix="huge-line-", dir=args.dir)
    print(f"files of {args.size:,} bytes in {work}; {args.verbatim}")
    print(f"{'case':62} {'peak RSS':>10} {'wall':>8}  outcome")
    try:
        for name, file, head, unit, tail in CASES:
            if args.only and not any(o in file for o in args.only.split(",")):
                continue
            path = os.path.join(work, file)
            ws = os.path.join(work, "ws-" + file)
            os.makedirs(ws)
            write(path, head, unit, args.size, tail)
            run = subprocess.run(["/usr/bin/time", "-v", args.verbatim, "ingest", "-w", ws, "--no-progress", path],
                                 capture_output=True, text=True)
            rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
            wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", run.stderr)
            status = subprocess.run([args.verbatim, "status", "-w", ws, "--format", "json"], capture_output=True, text=True)
            try:
                s = json.loads(status.stdout)
                rejects = "; ".join(f"{g['count']} × {g['reason']}" for g in s.get("reject_groups", []))
                outcome = f"{s['items']} stored, {s['rejects']} rejected: {rejects}"
            except (ValueError, KeyError):
                outcome = "status failed: " + status.stderr.strip()[:200]
            if run.returncode != 0:
                errors = [l for l in run.stderr.splitlines() if "error" in l.lower()][:2]
                outcome = f"exit {run.returncode}: {' | '.join(errors)}; {outcome}"
            mb = int(rss.group(1)) / 1024 if rss else float("nan")
            print(f"{name:62} {mb:8.0f} MB {wall.group(1) if wall else '?':>8}  {outcome}", flush=True)
            os.remove(path)
            shutil.rmtree(ws)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
