#!/usr/bin/env python3
"""Theme quality: Verbatim against scikit-learn on labelled datasets, in the same run.

For each dataset the texts are written to a temporary CSV (id,text), ingested into a fresh
Verbatim workspace and analysed with `verbatim analyze --k N --seed S`; the assignments export
gives each item's theme (the unthemed bucket counts as one more cluster, so Verbatim is scored on
every item). The scikit-learn side is the baseline the issue names:
TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words='english') + KMeans(k), one run per
seed. Both are scored by NMI (arithmetic normalisation) and ARI against the gold labels.

Usage (from the repository root, after `swift build -c release`):

    python3 Tests/Quality/compare_sklearn.py [--verbatim .build/release/verbatim]
        [--datasets ../shared/datasets] [--seeds 1,2,3] [--auto] [--only banking77,...]

Prints one table row per dataset and method, and a JSON summary on the last line.
"""

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def load_banking77(root):
    with open(os.path.join(root, "banking77", "train.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def load_bitext(root):
    path = os.path.join(root, "bitext-llm", "Bitext_Sample_Customer_Support_Training_Dataset.csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["instruction"] for r in rows], [r["intent"] for r in rows]


def load_stackoverflow(root):
    base = os.path.join(root, "stackoverflow-stc")
    with open(os.path.join(base, "title_StackOverflow.txt"), encoding="utf-8", errors="replace") as f:
        titles = [line.rstrip("\n") for line in f]
    with open(os.path.join(base, "label_StackOverflow.txt"), encoding="utf-8") as f:
        labels = [line.strip() for line in f]
    n = min(len(titles), len(labels))
    return titles[:n], labels[:n]


DATASETS = {
    "banking77": load_banking77,
    "bitext-llm": load_bitext,
    "stackoverflow-stc": load_stackoverflow,
}


def run(cmd, **kw):
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return result


def verbatim_labels(binary, texts, k, seed, themes_toml=""):
    """Theme per text (unthemed as its own cluster) and the analyse seconds."""
    with tempfile.TemporaryDirectory(prefix="verbatim-quality-") as tmp:
        data = os.path.join(tmp, "items.csv")
        with open(data, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "text"])
            for i, t in enumerate(texts):
                w.writerow([str(i), t])
        ws = os.path.join(tmp, "ws")
        run([binary, "init", ws, "--quiet"])
        if themes_toml:
            with open(os.path.join(ws, "verbatim.toml"), "a", encoding="utf-8") as f:
                f.write("\n" + themes_toml.replace(";", "\n") + "\n")
        run([binary, "ingest", data, "-w", ws, "--quiet", "--map", "id=id", "--map", "text=text", "--kind", "review"])
        start = time.perf_counter()
        run([binary, "analyze", "-w", ws, "--quiet", "--k", str(k), "--seed", str(seed)])
        seconds = time.perf_counter() - start
        out = os.path.join(tmp, "out")
        run([binary, "export", "--out", out, "--tables", "assignments", "-w", ws, "--quiet"])
        theme = {}
        with open(os.path.join(out, "assignments.csv"), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                theme[row["external_id"]] = row["theme_id"] or "unthemed"
        # Items with no customer text are not analysed; they count as unthemed.
        return [theme.get(str(i), "unthemed") for i in range(len(texts))], seconds


def sklearn_labels(texts, k, seed):
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    start = time.perf_counter()
    x = TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words="english").fit_transform(texts)
    labels = KMeans(n_clusters=k, random_state=seed).fit_predict(x)
    return list(labels), time.perf_counter() - start


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    p.add_argument("--datasets", default=os.environ.get("VERBATIM_DATASETS", os.path.join(os.path.dirname(root), "shared", "datasets")))
    p.add_argument("--seeds", default="1,2,3")
    p.add_argument("--auto", action="store_true", help="also run Verbatim with --k auto")
    p.add_argument("--only", default="", help="comma-separated dataset names")
    p.add_argument("--themes-toml", default="", help="extra [themes] settings, ';'-separated (e.g. 'merge_threshold = 0.4')")
    args = p.parse_args()

    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    if not os.path.exists(args.verbatim):
        sys.exit(f"{args.verbatim}: not built; run `swift build -c release` first")
    if not os.path.isdir(args.datasets):
        sys.exit(f"{args.datasets}: the shared datasets are absent")
    seeds = [int(s) for s in args.seeds.split(",")]
    names = [n for n in DATASETS if not args.only or n in args.only.split(",")]
    summary = {}
    print(f"{'dataset':<18} {'method':<22} {'k':>4} {'NMI':>7} {'ARI':>7} {'seconds':>8}")
    for name in names:
        texts, gold = DATASETS[name](args.datasets)
        k = len(set(gold))
        results = {}
        for method in ["scikit-learn", "verbatim"] + (["verbatim --k auto"] if args.auto else []):
            nmis, aris, secs, themes = [], [], [], []
            for seed in seeds:
                if method == "scikit-learn":
                    labels, s = sklearn_labels(texts, k, seed)
                else:
                    labels, s = verbatim_labels(args.verbatim, texts, "auto" if "auto" in method else k, seed, args.themes_toml)
                nmis.append(normalized_mutual_info_score(gold, labels))
                aris.append(adjusted_rand_score(gold, labels))
                secs.append(s)
                themes.append(len(set(labels)))
            results[method] = {"nmi": statistics.mean(nmis), "ari": statistics.mean(aris),
                               "seconds": statistics.mean(secs), "clusters": statistics.mean(themes),
                               "nmi_per_seed": nmis}
            print(f"{name:<18} {method:<22} {statistics.mean(themes):>4.0f} {statistics.mean(nmis):>7.3f} "
                  f"{statistics.mean(aris):>7.3f} {statistics.mean(secs):>8.2f}", flush=True)
        summary[name] = {"k": k, "items": len(texts), **results}
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
