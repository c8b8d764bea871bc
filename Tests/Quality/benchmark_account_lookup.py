#!/usr/bin/env python3
"""Look-up speed: `verbatim themes --account ID` warm, against baselines measured in the same run.

Builds (once; reused when --workspace already holds a store) a `verbatim sample` workspace of
--items items and --accounts accounts, ingests it, imports the accounts and analyses it with
the release build; then runs each command once to warm the page cache and --runs times more,
and reports the median and 90th percentile wall time of each:

  - `verbatim --version`          process start only (no store)
  - `verbatim status`             opens the store, counts items per source and kind
  - `verbatim themes --account ID` the account, its health and its themes with churn lift
  - `verbatim accounts --at-risk` and `verbatim kpis` (on demand), for reference

ID is the account with the most items. Usage (from the repository root, after
`swift build -c release`):

    python3 Tests/Quality/benchmark_account_lookup.py --workspace /tmp/verbatim-1m \\
        [--items 1000000] [--accounts 10000] [--runs 20]

Keep the workspace outside the repository; compare the ratios, not the absolute times.
"""

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return result


def timings(cmd, runs):
    run(cmd)  # warm
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        run(cmd)
        out.append((time.perf_counter() - start) * 1000)
    out.sort()
    return statistics.median(out), out[min(len(out) - 1, int(round(0.9 * (len(out) - 1))))]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    p.add_argument("--workspace", required=True)
    p.add_argument("--items", type=int, default=1_000_000)
    p.add_argument("--accounts", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=20)
    args = p.parse_args()
    v, ws = args.verbatim, args.workspace
    if not os.path.exists(v):
        sys.exit(f"{v}: not built; run `swift build -c release` first")

    db_path = os.path.join(ws, "verbatim.sqlite")
    if not os.path.exists(db_path):
        stages = [
            ("sample", [v, "sample", "--out", ws, "--items", str(args.items), "--accounts", str(args.accounts), "--quiet"]),
            ("ingest tickets", [v, "ingest", os.path.join(ws, "tickets.csv"), "-w", ws, "--source", "tickets", "--preset", "zendesk", "--quiet"]),
            ("ingest chats", [v, "ingest", os.path.join(ws, "chats.json"), "-w", ws, "--source", "chats", "--preset", "intercom", "--quiet"]),
            ("ingest surveys", [v, "ingest", os.path.join(ws, "surveys.xml"), "-w", ws, "--source", "surveys", "--preset", "survey",
                                "--record", "response", "--quiet"]),
            ("accounts import", [v, "accounts", "import", os.path.join(ws, "accounts.csv"), "-w", ws, "--quiet"]),
            ("analyze", [v, "analyze", "-w", ws, "--k", "50", "--verbose", "--no-progress"]),
        ]
        for name, cmd in stages:
            start = time.perf_counter()
            result = run(cmd)
            print(f"{name}: {time.perf_counter() - start:.1f} s", flush=True)
            if name == "analyze":
                for line in result.stderr.splitlines():
                    if line.startswith("debug: ") and " s" in line:
                        print("   ", line[len("debug: "):])

    db = sqlite3.connect(db_path)
    items = db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    accounts = db.execute("SELECT COUNT(*) FROM accounts").fetchone()[0]
    account, n = db.execute(
        "SELECT account_id, COUNT(*) AS n FROM items WHERE account_id IS NOT NULL GROUP BY account_id ORDER BY n DESC, account_id LIMIT 1"
    ).fetchone()
    db.close()
    print(f"workspace: {items} items, {accounts} accounts; looking up {account} ({n} items); {args.runs} warm runs each")

    commands = [
        ("verbatim --version", [v, "--version"]),
        ("verbatim status", [v, "status", "-w", ws]),
        (f"verbatim themes --account {account}", [v, "themes", "--account", account, "-w", ws]),
        ("verbatim accounts --at-risk", [v, "accounts", "--at-risk", "-w", ws]),
        ("verbatim kpis", [v, "kpis", "-w", ws]),
    ]
    results = {}
    for name, cmd in commands:
        runs = args.runs if "kpis" not in name and "at-risk" not in name else max(3, args.runs // 5)
        median, p90 = timings(cmd, runs)
        results[name] = median
        print(f"{name:45s} median {median:8.1f} ms   p90 {p90:8.1f} ms   ({runs} runs)", flush=True)
    inside = []
    for _ in range(args.runs):
        err = run([v, "themes", "--account", account, "-w", ws, "--verbose"]).stderr
        inside += [float(l.split("look-up: ")[1].split(" ms")[0]) for l in err.splitlines() if "look-up: " in l]
    print(f"{'in-process look-up (--verbose)':45s} median {statistics.median(inside):8.1f} ms   max {max(inside):8.1f} ms   ({len(inside)} runs)")
    lookup = results[f"verbatim themes --account {account}"]
    print(f"ratio themes --account / --version: {lookup / results['verbatim --version']:.2f}x; "
          f"/ status: {lookup / results['verbatim status']:.2f}x")


if __name__ == "__main__":
    main()
