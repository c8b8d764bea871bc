#!/usr/bin/env python3
"""Analysis speed: `verbatim analyze` against scikit-learn on the same sample texts, same run.

Writes an N-item `verbatim sample` corpus, ingests it (not timed), then times
`verbatim analyze --k K` (text analysis, phrases, TF-IDF, k-means, labels, quotes, registry and
saving: the whole stage) with its wall time and peak memory, and scikit-learn's
TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words='english') + KMeans(K) on the very
texts Verbatim analysed (subject and text, read back from the store). Both are scored by NMI
against the planted themes in truth/items.csv (off-topic noise is one more class).

Usage (from the repository root, after `swift build -c release`):

    python3 Tests/Quality/benchmark_analysis.py --items 100000 [--k 50] [--no-sklearn]

Report the ratio of the two times; both are measured on the same machine in the same run.
"""

import argparse
import csv
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return result


def timed(cmd):
    """Wall seconds and peak resident memory (MiB) of one command, via /usr/bin/time."""
    result = run(["/usr/bin/time", "-f", "TIME %e %M"] + cmd)
    line = [l for l in result.stderr.splitlines() if l.startswith("TIME ")][-1]
    _, seconds, kib = line.split()
    return float(seconds), int(kib) / 1024, result


def analysed_texts(ws, skip_source=None):
    """The planted theme, Verbatim's theme and the analysed text (subject and text) of every item
    with text, in store order; `skip_source` leaves out one source's items."""
    truth = {}
    with open(os.path.join(ws, "truth", "items.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            truth[(row["source"], row["external_id"])] = row["theme"] or "noise"
    db = sqlite3.connect(os.path.join(ws, "verbatim.sqlite"))
    rows = db.execute("""
        SELECT i.source, i.external_id, i.subject, i.text, a.theme_id FROM items i
        LEFT JOIN assignments a ON a.item_id = i.id WHERE i.text <> '' AND i.source <> ? ORDER BY i.id""",
                      (skip_source or "",)).fetchall()
    db.close()
    gold = [truth.get((r[0], r[1]), "noise") for r in rows]
    ours = [r[4] or "unthemed" for r in rows]
    texts = [(r[2] + "\n" + r[3]) if r[2] and not r[3].startswith(r[2]) else r[3] for r in rows]
    return gold, ours, texts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    p.add_argument("--items", type=int, default=100_000)
    p.add_argument("--k", type=int, default=50)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--no-sklearn", action="store_true")
    p.add_argument("--keep", help="write the workspace here and keep it")
    args = p.parse_args()
    if not os.path.exists(args.verbatim):
        sys.exit(f"{args.verbatim}: not built; run `swift build -c release` first")

    tmp = args.keep or tempfile.mkdtemp(prefix="verbatim-bench-")
    ws = os.path.join(tmp, "ws")
    v = args.verbatim
    accounts = max(100, args.items // 50)
    run([v, "sample", "--out", ws, "--items", str(args.items), "--accounts", str(accounts), "--seed", "42", "--quiet"])
    run([v, "ingest", os.path.join(ws, "tickets.csv"), "-w", ws, "--source", "tickets", "--preset", "zendesk", "--quiet"])
    run([v, "ingest", os.path.join(ws, "chats.json"), "-w", ws, "--source", "chats", "--preset", "intercom", "--quiet"])
    run([v, "ingest", os.path.join(ws, "surveys.xml"), "-w", ws, "--source", "surveys", "--preset", "survey",
         "--record", "response", "--quiet"])

    seconds, mib, result = timed([v, "analyze", "-w", ws, "--k", str(args.k), "--seed", str(args.seed), "--verbose", "--no-progress"])
    stages = [l for l in result.stderr.splitlines() if l.startswith("debug: ") and " s" in l]
    print(f"verbatim analyze: {seconds:.1f} s wall, peak {mib:.0f} MiB, {args.items} items, k {args.k}")
    for line in stages:
        print("   ", line[len("debug: "):])

    gold, ours, texts = analysed_texts(ws)

    from sklearn.metrics import normalized_mutual_info_score as nmi
    print(f"verbatim NMI against the planted themes: {nmi(gold, ours):.3f} ({len(set(ours))} clusters)")
    if args.no_sklearn:
        return
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    x = TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words="english").fit_transform(texts)
    labels = KMeans(n_clusters=args.k, random_state=args.seed).fit_predict(x)
    sk = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scikit-learn TF-IDF + KMeans: {sk:.1f} s, peak {peak:.0f} MiB (process), NMI {nmi(gold, labels):.3f}")
    print(f"ratio: scikit-learn / verbatim = {sk / seconds:.2f}x")


if __name__ == "__main__":
    main()
