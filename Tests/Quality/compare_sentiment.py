#!/usr/bin/env python3
"""Sentiment quality and speed: Verbatim's lexicon scorer against VADER, in the same run.

Quality: the reviews of `amazon-alexa-reviews` are scored by Verbatim (the release
`verbatim-bench patterns-score`) and by VADER's compound score (`pip install vaderSentiment`,
Hutto & Gilbert 2014). Both are scored against the star ratings: the mean score per star, the
AUC separating 4-5 stars from 1-2 stars, and the accuracy of the sign on the 1-2 and 4-5 star
reviews that score non-zero (per class, and balanced).

Speed (`--bench N`): the demo corpus's texts (ticket subject + description, the customer's chat
turns, survey comments) repeated up to N items, timed by `verbatim-bench patterns` (sentiment
and issue types, with its in-run baselines), and VADER on the first 20,000 of the same texts,
single-threaded, for a ratio in items per second.

Usage (from the repository root, after `swift build -c release`):

    python3 Tests/Quality/compare_sentiment.py [--bench 1000000]
        [--bench-binary .build/release/verbatim-bench] [--datasets ../shared/datasets]
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time


def load_alexa(root):
    path = os.path.join(root, "amazon-alexa-reviews", "amazon_alexa.tsv")
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r["verified_reviews"] for r in rows], [int(r["rating"]) for r in rows]


def auc(scores, positives):
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    p = sum(positives)
    n = len(positives) - p
    rank_sum = sum(r for r, pos in zip(ranks, positives) if pos)
    return (rank_sum - p * (p + 1) / 2) / (p * n)


def report(name, scores, ratings):
    means = []
    for star in range(1, 6):
        picked = [s for s, r in zip(scores, ratings) if r == star]
        means.append(sum(picked) / len(picked))
    polar = [(s, r >= 4) for s, r in zip(scores, ratings) if r != 3]
    a = auc([s for s, _ in polar], [p for _, p in polar])
    signed = [(s, p) for s, p in polar if s != 0]
    pos = [s > 0 for s, p in signed if p]
    neg = [s < 0 for s, p in signed if not p]
    pos_acc = sum(pos) / len(pos)
    neg_acc = sum(neg) / len(neg)
    zero = 1 - len(signed) / len(polar)
    print(f"{name}\t" + "\t".join(f"{m:+.3f}" for m in means) +
          f"\t{a:.3f}\t{pos_acc:.3f}\t{neg_acc:.3f}\t{(pos_acc + neg_acc) / 2:.3f}\t{zero:.3f}")
    return {"means": means, "auc": a, "positive_sign": pos_acc, "negative_sign": neg_acc, "zero_share": zero}


def demo_items(root):
    demo = os.path.join(root, "corpora", "demo")
    texts, subjects = [], []
    with open(os.path.join(demo, "tickets.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            texts.append(row["Description"])
            subjects.append(row["Subject"])
    with open(os.path.join(demo, "chats.json"), encoding="utf-8") as f:
        for c in json.load(f)["conversations"]:
            turns = [c["source"]["body"]]
            turns += [p["body"] for p in c["conversation_parts"]["conversation_parts"]
                      if p.get("author", {}).get("type") == "user"]
            texts.append("\n".join(turns))
            subjects.append(None)
    with open(os.path.join(demo, "surveys.xml"), encoding="utf-8") as f:
        for comment in re.findall(r"<comment>(.*?)</comment>", f.read(), re.S):
            texts.append(comment)
            subjects.append(None)
    return texts, subjects


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench-binary", default=os.path.join(repo, ".build", "release", "verbatim-bench"))
    parser.add_argument("--datasets", default=os.environ.get("VERBATIM_DATASETS",
                                                             os.path.join(os.path.dirname(repo), "shared", "datasets")))
    parser.add_argument("--bench", type=int, default=0, help="also time N demo items")
    args = parser.parse_args()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    vader = SentimentIntensityAnalyzer()

    texts, ratings = load_alexa(args.datasets)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "alexa.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"texts": texts}, f)
        out = subprocess.run([args.bench_binary, "patterns-score", path], check=True, capture_output=True, text=True)
        ours = [float(line) for line in out.stdout.split()]
    theirs = [vader.polarity_scores(t)["compound"] for t in texts]
    print(f"amazon-alexa-reviews: {len(texts)} reviews; stars 1-5: " +
          ", ".join(str(sum(1 for r in ratings if r == s)) for s in range(1, 6)))
    print("method\tmean 1*\tmean 2*\tmean 3*\tmean 4*\tmean 5*\tAUC 45 vs 12\tsign 4-5\tsign 1-2\tbalanced\tzero share")
    summary = {"verbatim": report("verbatim", ours, ratings), "vader": report("vader", theirs, ratings)}

    if args.bench:
        demo_texts, demo_subjects = demo_items(repo)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "demo.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump({"texts": demo_texts, "subjects": demo_subjects}, f)
            out = subprocess.run([args.bench_binary, "patterns", path, "--items", str(args.bench)],
                                 check=True, capture_output=True, text=True)
        print(out.stdout.strip())
        header, values = out.stdout.splitlines()[:2]
        row = dict(zip(header.split("\t"), values.split("\t")))
        sample = [demo_texts[i % len(demo_texts)] for i in range(20_000)]
        start = time.perf_counter()
        for t in sample:
            vader.polarity_scores(t)
        vader_rate = len(sample) / (time.perf_counter() - start)
        ours_rate = float(row["sentiment items/s"])
        print(f"VADER (Python, 1 thread): {vader_rate:.0f} items/s; Verbatim sentiment: {ours_rate:.0f} items/s "
              f"({ours_rate / vader_rate:.0f}x)")
        summary["bench"] = {"verbatim_items_per_s": ours_rate, "vader_items_per_s": vader_rate}
    print(json.dumps(summary))


if __name__ == "__main__":
    sys.exit(main())
