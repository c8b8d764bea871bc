#!/usr/bin/env python3
"""Issue-type classifier quality and speed: Verbatim against scikit-learn, in the same run.

Quality: both sides see the same splits. banking77 uses its official train.csv / test.csv;
bitext-llm (instruction -> intent) is split into 5 stratified folds by scikit-learn's
StratifiedKFold(shuffle=True, random_state=SEED), and the script writes each fold's train and
test rows to CSV files, so Verbatim reads exactly the rows scikit-learn fits and scores. Verbatim
runs `verbatim classify eval TRAIN --test TEST --label L --format json`; scikit-learn runs
TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2) + LinearSVC(). Both are scored
by accuracy and macro-F1 (Verbatim's own figures are checked against scikit-learn's metrics on
the same test rows through the confusion matrix it prints).

Speed (--speed): `verbatim sample` writes a corpus; its tickets (subject + description) with
their planted theme from truth/items.csv ("noise" where none was planted) make N labelled items
in one CSV. Verbatim trains on all N and classifies all N (`classify eval ITEMS --test ITEMS`,
whole process, reading the CSV twice included); scikit-learn's fit + predict on the same texts
is timed without its CSV reading. The ratio is scikit-learn's seconds / Verbatim's.

Usage (from the repository root, after `swift build -c release`):

    python3 Tests/Quality/compare_classify.py [--verbatim .build/release/verbatim]
        [--datasets ../shared/datasets] [--seed 42] [--speed] [--items 100000] [--only banking77,bitext-llm]

Prints a table, and a JSON summary on the last line.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time


def read_rows(path, text, label):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r[text] for r in rows], [r[label] for r in rows]


def write_rows(path, texts, labels):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        for t, l in zip(texts, labels):
            w.writerow([t, l])


def verbatim_eval(binary, train_csv, test_csv, label, extra=()):
    start = time.perf_counter()
    cmd = [binary, "classify", "eval", train_csv, "--test", test_csv, "--label", label, "--format", "json", "--quiet", *extra]
    result = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return json.loads(result.stdout), seconds


def sklearn_eval(train_texts, train_labels, test_texts):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    start = time.perf_counter()
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    x = vectorizer.fit_transform(train_texts)
    model = LinearSVC().fit(x, train_labels)
    predicted = model.predict(vectorizer.transform(test_texts))
    return list(predicted), time.perf_counter() - start


def scores(gold, predicted):
    from sklearn.metrics import accuracy_score, f1_score
    return accuracy_score(gold, predicted), f1_score(gold, predicted, average="macro")


def verbatim_scores(result, gold):
    """Accuracy and macro-F1 recomputed from Verbatim's confusion matrix (a check on its own figures)."""
    labels = result["confusion"]["labels"]
    matrix = result["confusion"]["matrix"]
    n = sum(map(sum, matrix))
    assert n == len(gold), f"Verbatim scored {n} rows, the split has {len(gold)}"
    accuracy = sum(matrix[i][i] for i in range(len(labels))) / n
    assert abs(accuracy - result["accuracy"]) < 1e-9
    return result["accuracy"], result["macro_f1"]


def quality(args, tmp):
    from sklearn.model_selection import StratifiedKFold

    rows = []
    names = args.only.split(",") if args.only else ["banking77", "bitext-llm"]
    if "banking77" in names:
        base = os.path.join(args.datasets, "banking77")
        train, test = os.path.join(base, "train.csv"), os.path.join(base, "test.csv")
        trx, try_ = read_rows(train, "text", "category")
        tex, tey = read_rows(test, "text", "category")
        v, vs = verbatim_eval(args.verbatim, train, test, "category")
        va, vf = verbatim_scores(v, tey)
        p, ss = sklearn_eval(trx, try_, tex)
        sa, sf = scores(tey, p)
        rows.append({"dataset": "banking77 train->test", "verbatim_accuracy": va, "verbatim_macro_f1": vf, "verbatim_seconds": vs,
                     "sklearn_accuracy": sa, "sklearn_macro_f1": sf, "sklearn_seconds": ss})
    if "bitext-llm" in names:
        path = os.path.join(args.datasets, "bitext-llm", "Bitext_Sample_Customer_Support_Training_Dataset.csv")
        texts, labels = read_rows(path, "instruction", "intent")
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed)
        gold_all, vpred_ok, spred_all, vsec, ssec = [], 0, [], 0.0, 0.0
        vacc, vf1, sacc, sf1 = [], [], [], []
        for k, (tr, te) in enumerate(folds.split(texts, labels)):
            trp, tep = os.path.join(tmp, f"bitext-train-{k}.csv"), os.path.join(tmp, f"bitext-test-{k}.csv")
            write_rows(trp, [texts[i] for i in tr], [labels[i] for i in tr])
            write_rows(tep, [texts[i] for i in te], [labels[i] for i in te])
            gold = [labels[i] for i in te]
            v, s = verbatim_eval(args.verbatim, trp, tep, "label")
            a, f = verbatim_scores(v, gold)
            vacc.append(a); vf1.append(f); vsec += s
            p, s = sklearn_eval([texts[i] for i in tr], [labels[i] for i in tr], [texts[i] for i in te])
            a, f = scores(gold, p)
            sacc.append(a); sf1.append(f); ssec += s
        mean = lambda xs: sum(xs) / len(xs)
        rows.append({"dataset": "bitext-llm 5-fold", "verbatim_accuracy": mean(vacc), "verbatim_macro_f1": mean(vf1),
                     "verbatim_seconds": vsec, "sklearn_accuracy": mean(sacc), "sklearn_macro_f1": mean(sf1),
                     "sklearn_seconds": ssec, "verbatim_fold_accuracy": vacc, "sklearn_fold_accuracy": sacc})
    print(f"{'dataset':<24} {'Verbatim acc':>12} {'macro-F1':>9} {'s':>6}   {'sklearn acc':>11} {'macro-F1':>9} {'s':>6}")
    for r in rows:
        print(f"{r['dataset']:<24} {r['verbatim_accuracy']:>12.4f} {r['verbatim_macro_f1']:>9.4f} {r['verbatim_seconds']:>6.2f}   "
              f"{r['sklearn_accuracy']:>11.4f} {r['sklearn_macro_f1']:>9.4f} {r['sklearn_seconds']:>6.2f}", flush=True)
    return rows


def speed(args, tmp):
    sample = os.path.join(tmp, "sample")
    # Tickets are 55% of a sample's items.
    items = int(args.items / 0.55) + 1000
    subprocess.run([args.verbatim, "sample", "--out", sample, "--items", str(items), "--accounts", str(max(100, items // 50)),
                    "--seed", str(args.seed), "--quiet"], check=True)
    theme = {}
    with open(os.path.join(sample, "truth", "items.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["source"] == "tickets":
                theme[r["external_id"]] = r["theme"] or "noise"
    texts, labels = [], []
    with open(os.path.join(sample, "tickets.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            texts.append(r["Subject"] + "\n" + r["Description"])
            labels.append(theme[r["Id"]])
            if len(texts) == args.items:
                break
    if len(texts) < args.items:
        sys.exit(f"the sample has only {len(texts)} tickets")
    path = os.path.join(tmp, "items.csv")
    write_rows(path, texts, labels)
    v, vs = verbatim_eval(args.verbatim, path, path, "label")
    p, ss = sklearn_eval(texts, labels, texts)
    sa, _ = scores(labels, p)
    row = {"items": len(texts), "labels": len(set(labels)), "verbatim_seconds": vs, "sklearn_seconds": ss,
           "ratio": ss / vs, "verbatim_training_accuracy": v["accuracy"], "sklearn_training_accuracy": sa}
    print(f"\nspeed: train + classify {len(texts):,} tickets ({row['labels']} labels)")
    print(f"  Verbatim {vs:.2f} s (whole process)   scikit-learn {ss:.2f} s (fit + predict)   ratio {row['ratio']:.1f}x")
    return row


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    p.add_argument("--datasets", default=os.environ.get("VERBATIM_DATASETS", os.path.join(os.path.dirname(root), "shared", "datasets")))
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--only", default="", help="comma-separated: banking77, bitext-llm")
    p.add_argument("--speed", action="store_true", help="also time training and classifying --items sample tickets")
    p.add_argument("--speed-only", action="store_true", help="only the speed comparison")
    p.add_argument("--items", type=int, default=100_000)
    args = p.parse_args()
    if not os.path.exists(args.verbatim):
        sys.exit(f"{args.verbatim}: not built; run `swift build -c release` first")
    summary = {}
    with tempfile.TemporaryDirectory(prefix="verbatim-classify-") as tmp:
        if not args.speed_only:
            if not os.path.isdir(args.datasets):
                sys.exit(f"{args.datasets}: the shared datasets are absent")
            summary["quality"] = quality(args, tmp)
        if args.speed or args.speed_only:
            summary["speed"] = speed(args, tmp)
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
