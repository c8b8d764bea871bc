#!/usr/bin/env python3
"""The stage-by-stage benchmark: `verbatim run` on sample corpora of several sizes, in release mode.

For each size it writes a `verbatim sample` corpus (k = 50 in its verbatim.toml) and measures, in
the same run:

- `wc -l` over the three export files (the floor for reading them);
- one full `verbatim run` (wall time and peak memory from /usr/bin/time), with the seconds of
  every stage and of the theme stage's steps as the run recorded them in the store's `runs`
  table (ingest, accounts, text analysis, phrases, vectors, choosing k / clustering, refining,
  labels and quotes, registry, saving, patterns, signals), and items/s and MB/s;
- a second `verbatim run` with nothing new;
- a nightly run that adds 1% new tickets in a new file;
- `verbatim export --format csv`, `--format xlsx` (every table) and `verbatim report`;
- `verbatim themes --account ID` for the account with the most items, warm (median of 11),
  beside `verbatim --version` (process start) in the same loop;
- scikit-learn's TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words='english') +
  KMeans(k=50) on the very texts Verbatim analysed (read back from the store), three rounds
  alternating with Verbatim's themes stage (the full run's, then two `analyze --recluster` with
  the same seed), medians compared, with NMI of both against the planted themes, up to
  --sklearn-max items; also against the steps that do what scikit-learn does (text analysis,
  vectors, clustering).

Usage (from the repository root):

    swift build -c release
    python3 Tests/Quality/bench_suite.py [--sizes 10000,100000,1000000] [--sklearn-max 100000]

It prints one markdown table per size and a scaling table. The machines are shared and noisy:
compare ratios measured in the same run, not absolute seconds across runs.
"""

import argparse
import csv
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time


def run(cmd, **kw):
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if result.returncode not in (0, 4):
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return result


def timed(cmd):
    """Wall seconds and peak resident memory (MiB) of one command, via /usr/bin/time."""
    start = time.perf_counter()
    result = run(["/usr/bin/time", "-f", "TIME %e %M"] + cmd)
    wall = time.perf_counter() - start
    line = [l for l in result.stderr.splitlines() if l.startswith("TIME ")][-1]
    return wall, int(line.split()[2]) / 1024, result


def last_run(ws):
    db = sqlite3.connect(os.path.join(ws, "verbatim.sqlite"))
    row = db.execute("SELECT stage_seconds, stage_counts FROM runs WHERE command = 'run' ORDER BY id DESC LIMIT 1").fetchone()
    db.close()
    return json.loads(row[0]), json.loads(row[1])


THEME_STEPS = ("load items", "text analysis", "phrases", "vectors", "choosing k", "clustering", "refining",
               "labels and quotes", "registry", "saving")
# The steps that do what scikit-learn's pipeline does (tokenise, weigh, cluster); the rest (phrases,
# merging, labels, quotes, theme ids, the store's read and write) it does not do at all.
LIKE_FOR_LIKE = ("text analysis", "vectors", "choosing k", "clustering")


def sklearn_rounds(v, ws, k, seed, first_steps, rounds=3):
    """scikit-learn and Verbatim's themes stage `rounds` times each, alternately, on the same texts.

    Round 1's Verbatim figures are those of the full run; each later round reclusters the
    workspace with the same seed (`verbatim analyze --recluster`, the same themes) and reads the
    seconds of its steps from its row in `runs`. Returns the medians: scikit-learn's seconds,
    Verbatim's themes stage, its like-for-like steps, and both NMIs against the planted themes.
    """
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import normalized_mutual_info_score as nmi
    from benchmark_analysis import analysed_texts
    gold, ours, texts = analysed_texts(ws, skip_source="nightly")
    theirs, whole, alike = [], [], []
    for r in range(rounds):
        if r == 0:
            steps = first_steps
        else:
            run([v, "analyze", "--recluster", "-w", ws, "--quiet", "--no-progress"])
            db = sqlite3.connect(os.path.join(ws, "verbatim.sqlite"))
            steps = json.loads(db.execute(
                "SELECT stage_seconds FROM runs WHERE command = 'analyze' ORDER BY id DESC LIMIT 1").fetchone()[0])
            db.close()
        whole.append(sum(steps.get(n, 0) for n in THEME_STEPS))
        alike.append(sum(steps.get(n, 0) for n in LIKE_FOR_LIKE))
        start = time.perf_counter()
        x = TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words="english").fit_transform(texts)
        labels = KMeans(n_clusters=k, random_state=seed).fit_predict(x)
        theirs.append(time.perf_counter() - start)
    med = lambda xs: sorted(xs)[len(xs) // 2]
    return {"sklearn": med(theirs), "themes": med(whole), "alike": med(alike), "rounds": rounds,
            "sklearn_all": theirs, "themes_all": whole, "nmi": (nmi(gold, ours), nmi(gold, labels))}


def median_seconds(cmd, runs=11):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(cmd)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def account_lookup(v, ws):
    """Warm `themes --account` on the busiest account, and a bare process start, medians of 11."""
    db = sqlite3.connect(os.path.join(ws, "verbatim.sqlite"))
    account, items = db.execute(
        "SELECT account_id, COUNT(*) FROM items WHERE account_id IS NOT NULL GROUP BY account_id ORDER BY 2 DESC LIMIT 1").fetchone()
    db.close()
    run([v, "themes", "--account", account, "-w", ws, "--quiet"])
    lookup = median_seconds([v, "themes", "--account", account, "-w", ws, "--quiet"])
    start = median_seconds([v, "--version"])
    return account, items, lookup, start


def nightly_file(v, ws, items, tmp):
    """1% new tickets, ids prefixed so they are new items, in ws/nightly/."""
    extra = os.path.join(tmp, "extra")
    run([v, "sample", "--out", extra, "--items", str(max(200, items // 55)), "--accounts", "100", "--seed", "7", "--quiet"])
    os.makedirs(os.path.join(ws, "nightly"), exist_ok=True)
    with open(os.path.join(extra, "tickets.csv"), newline="", encoding="utf-8") as f, \
         open(os.path.join(ws, "nightly", "tickets-1.csv"), "w", newline="", encoding="utf-8") as out:
        reader, writer = csv.reader(f), csv.writer(out, lineterminator="\n")
        writer.writerow(next(reader))
        n = 0
        for row in reader:
            row[0] = "N" + row[0]
            writer.writerow(row)
            n += 1
    shutil.rmtree(extra)
    with open(os.path.join(ws, "verbatim.toml"), "a", encoding="utf-8") as f:
        f.write('\n[[source]]\nname = "nightly"\npath = "nightly/*.csv"\nkind = "ticket"\npreset = "zendesk"\n')
    return n


def bench(v, size, k, sklearn_max, tmp):
    ws = os.path.join(tmp, f"ws-{size}")
    accounts = max(100, size // 100)
    run([v, "sample", "--out", ws, "--items", str(size), "--accounts", str(accounts), "--seed", "42", "--quiet"])
    toml = os.path.join(ws, "verbatim.toml")
    text = open(toml, encoding="utf-8").read().replace('k = "auto"', f"k = {k}")
    open(toml, "w", encoding="utf-8").write(text)
    files = [os.path.join(ws, n) for n in ("tickets.csv", "chats.json", "surveys.xml")]
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    start = time.perf_counter()
    subprocess.run(["wc", "-l"] + files, capture_output=True)
    wc = time.perf_counter() - start

    wall, peak, result = timed([v, "run", "-w", ws, "--no-progress"])
    stages, counts = last_run(ws)
    again, again_peak, _ = timed([v, "run", "-w", ws, "--no-progress"])
    exports = {}
    for name, cmd in [("export csv", ["export", "--format", "csv", "--out", os.path.join(tmp, "csv")]),
                      ("export xlsx", ["export", "--format", "xlsx", "--out", os.path.join(tmp, "all.xlsx")]),
                      ("report", ["report", "--out", os.path.join(tmp, "report.html")])]:
        exports[name] = timed([v] + cmd + ["-w", ws, "--quiet"])[:2]
    lookup = account_lookup(v, ws)
    first_steps = {n[len("themes."):]: s for n, s in stages.items() if n.startswith("themes.")}
    sk = sklearn_rounds(v, ws, k, 42, first_steps) if size <= sklearn_max else None
    added = nightly_file(v, ws, size, tmp)
    nightly, nightly_peak, _ = timed([v, "run", "-w", ws, "--no-progress"])
    nightly_stages, _ = last_run(ws)

    print(f"\n### {size:,} items ({mb:.0f} MB of exports, {accounts:,} accounts, k = {k})\n")
    print("| stage | seconds | items/s | MB/s |")
    print("|---|---|---|---|")
    print(f"| `wc -l` (floor) | {wc:.2f} | | {mb / wc:.0f} |")
    order = ["ingest", "accounts", "themes", "patterns", "signals"]
    for name in order + sorted(k for k in stages if k not in order):
        s = stages[name]
        rate = f"{size / s:,.0f}" if s > 0 and not name.startswith("accounts") else ""
        mbs = f"{mb / s:.0f}" if name == "ingest" and s > 0 else ""
        label = ("  " + name) if name.startswith("themes.") else name
        print(f"| {label} | {s:.2f} | {rate} | {mbs} |")
    print(f"| **whole run** | **{wall:.1f}** | {size / wall:,.0f} | | ")
    print(f"\nPeak memory of the run: {peak:.0f} MiB. Ingest / `wc -l`: {stages['ingest'] / wc:.0f}x.")
    print(f"Second run, nothing new: {again:.3f} s ({again_peak:.0f} MiB).")
    print(f"Nightly run adding {added:,} tickets: {nightly:.1f} s ({nightly_peak:.0f} MiB): "
          + ", ".join(f"{n} {nightly_stages.get(n, 0):.1f} s" for n in order))
    for name, (s, m) in exports.items():
        print(f"{name}: {s:.1f} s ({m:.0f} MiB)")
    account, items, seconds, start = lookup
    print(f"themes --account {account} ({items:,} items): {seconds * 1000:.0f} ms warm (median of 11); "
          f"verbatim --version {start * 1000:.0f} ms")
    if sk:
        ours, theirs = sk["nmi"]
        print(f"scikit-learn TF-IDF + KMeans(k={k}) on the same texts, {sk['rounds']} rounds alternating with Verbatim's "
              f"themes stage (medians): scikit-learn {sk['sklearn']:.2f} s "
              f"({', '.join(f'{x:.2f}' for x in sk['sklearn_all'])}), Verbatim {sk['themes']:.2f} s "
              f"({', '.join(f'{x:.2f}' for x in sk['themes_all'])}): {sk['sklearn'] / sk['themes']:.1f}x. "
              f"NMI against the planted themes: Verbatim {ours:.3f}, scikit-learn {theirs:.3f}")
        print(f"Like for like (text analysis, vectors, clustering: what scikit-learn's pipeline does; not phrases, "
              f"merging, labels, quotes, theme ids or the store's read and write): {sk['alike']:.2f} s, "
              f"{sk['sklearn'] / sk['alike']:.1f}x")
    shutil.rmtree(ws)
    return {"size": size, "wall": wall, "peak": peak, "ingest": stages["ingest"], "themes": stages["themes"],
            "patterns": stages["patterns"], "signals": stages["signals"], "nightly": nightly, "again": again,
            "lookup": lookup[2], "wc": wc, "sklearn": sk}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--k", type=int, default=50)
    p.add_argument("--sklearn-max", type=int, default=100_000)
    args = p.parse_args()
    sys.path.insert(0, here)
    if not os.path.exists(args.verbatim):
        sys.exit(f"{args.verbatim}: not built; run `swift build -c release` first")
    tmp = tempfile.mkdtemp(prefix="verbatim-suite-")
    try:
        results = [bench(args.verbatim, int(s), args.k, args.sklearn_max, tmp) for s in args.sizes.split(",")]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n### Scaling\n")
    print("| items | run (s) | µs/item | peak MiB | ingest | ingest / `wc -l` | themes | scikit-learn / themes (like for like) | patterns | signals "
          "| nothing new | nightly +1% | `themes --account` |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        sk = r["sklearn"]
        ratio = f"{sk['sklearn'] / sk['themes']:.1f}x ({sk['sklearn'] / sk['alike']:.1f}x)" if sk else ""
        print(f"| {r['size']:,} | {r['wall']:.1f} | {r['wall'] / r['size'] * 1e6:.0f} | {r['peak']:.0f} | {r['ingest']:.1f} | "
              f"{r['ingest'] / r['wc']:.0f}x | {r['themes']:.1f} | {ratio} | {r['patterns']:.1f} | {r['signals']:.1f} | "
              f"{r['again']:.2f} | {r['nightly']:.1f} | {r['lookup'] * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
