#!/usr/bin/env python3
"""Where the time of a `verbatim run` goes: a `perf` profile, summed by module and by function.

Samples the CPU clock of every thread (`perf record -e cpu-clock -g`; works without hardware
counters) while the release binary runs the nightly job on a workspace, then prints:

- the share of samples by where the code lives: each Swift module of Verbatim (from the mangled
  names), SQLite, the Swift runtime, libc (malloc, memmove) and the kernel (page faults, writes);
- the functions with the most samples of their own, demangled.

Usage (from the repository root, after `swift build -c release`):

    .build/release/verbatim sample --out /tmp/big --items 1000000 --accounts 10000
    python3 Tests/Quality/profile_run.py /tmp/big [--top 30] [--keep perf.data]

The workspace's store is removed first, so the run ingests and analyses everything afresh.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

MODULES = ["VerbatimCore", "Ingest", "Store", "TextAnalysis", "Themes", "Patterns", "Signals", "Output",
           "Pipeline", "SampleCorpus", "verbatim"]


def where(dso, symbol):
    """The module a sample's function belongs to."""
    match = re.match(r"\$s(\d+)([A-Za-z_]+)", symbol)
    if match:
        name = match.group(2)[:int(match.group(1))]
        if name in MODULES:
            return name
        if name in ("GRDB",):
            return "GRDB"
        return "Swift standard library"
    if "sqlite3" in dso:
        return "SQLite"
    if "libswiftCore" in dso or symbol.startswith("swift_") or "swift::" in symbol:
        return "Swift runtime"
    if "kernel" in dso:
        return "kernel (page faults, reads, writes)"
    if dso.startswith("libc") or dso.startswith("libm"):
        return "libc (malloc, memmove, memcmp)"
    if "libz" in dso:
        return "zlib"
    if "libxml2" in dso:
        return "libxml2"
    if "dispatch" in dso:
        return "libdispatch"
    if dso == "verbatim":
        return "in the binary, unnamed (inlined library code)"
    return dso


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    p.add_argument("workspace")
    p.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--keep", help="keep perf.data here")
    args = p.parse_args()
    if not os.path.exists(args.verbatim):
        sys.exit(f"{args.verbatim}: not built; run `swift build -c release` first")
    for suffix in ("", "-wal", "-shm"):
        path = os.path.join(args.workspace, "verbatim.sqlite" + suffix)
        if os.path.exists(path):
            os.remove(path)
    data = args.keep or os.path.join(tempfile.mkdtemp(prefix="verbatim-profile-"), "perf.data")
    subprocess.run(["perf", "record", "-e", "cpu-clock", "-g", "-o", data, args.verbatim, "run", "-w", args.workspace,
                    "--no-progress", "--quiet"], check=True, stdout=subprocess.DEVNULL)
    report = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "dso,symbol", "-g", "none",
                             "--percent-limit", "0", "--stdio"], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in report.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+(\S+)\s+\[[.k]\]\s+(.+?)\s*$", line)
        if m:
            rows.append((float(m.group(1)), m.group(2), m.group(3)))
    by_module = collections.Counter()
    for share, dso, symbol in rows:
        by_module[where(dso, symbol)] += share
    print("| where | share of CPU samples |")
    print("|---|---|")
    for name, share in by_module.most_common():
        if share >= 0.5:
            print(f"| {name} | {share:.1f}% |")
    top = sorted(rows, reverse=True)[:args.top]
    names = subprocess.run(["swift-demangle", "--simplified", "--compact"], input="\n".join(s for _, _, s in top),
                           capture_output=True, text=True).stdout.splitlines()
    names = [re.sub(r"(closure #\d+ in )+", "closure in ", n.strip()) for n in names]
    print("\n| share | function |")
    print("|---|---|")
    for (share, dso, symbol), name in zip(top, names or [s for _, _, s in top]):
        print(f"| {share:.1f}% | `{name[:100]}` ({where(dso, symbol)}) |")


if __name__ == "__main__":
    main()
