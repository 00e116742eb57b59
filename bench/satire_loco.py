#!/usr/bin/env python3
"""Satire left out: for each satire collection S, `verity train` on every
fake/real collection's train part (train_all, dev_all) with the satire head
trained on the other satire collections only, then `verity batch` on S's
judged part; prints the share of S's satire articles the verdict calls
satire and fake, and the share of its other articles called satire. The same
model then judges every fake/real collection's test part (no satire in them):
the share of each called satire is what a user reading ordinary news meets.

usage: satire_loco.py [--data SPLITDIR] [--out FILE] [--threads N] [--seed N] [--system NAME]
                      [--model FILE] [--reuse] [--satire-first] [-- TRAIN-FLAGS...]

Collections (splits.py writes them): golbeck (fake vs satire, US politics;
judged whole, trained on whole) and burfoot (real vs satire; trained on its
train part, judged on its test part). --model skips training and judges one
given model on both (its satire head may have seen one of them: say so).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERITY = os.path.join(REPO, "build", "verity")
SPLITS = os.path.join(REPO, "bench", "peers", "splits.py")
# held-out collection -> (file judged, satire files trained on)
SATIRE = {"golbeck": ("satire_golbeck.jsonl", ["satire_burfoot_train.jsonl"]),
          "burfoot": ("satire_burfoot_test.jsonl", ["satire_golbeck.jsonl"])}
# fake/real collections' test parts: ordinary news, none of it satire
NEWS = ["politifact", "gossipcop", "buzzfeed", "fakehealth"]


def run(args):
    return subprocess.run(args, check=True, capture_output=True, text=True)


def labels_of(path):
    with open(path, encoding="utf-8") as f:
        return {a["id"]: a["label"] for a in map(json.loads, filter(str.strip, f))}


def satire_first(record):
    """The verdict if the satire head decided first, whatever the fake head
    says (the model's satire_threshold is 0.5 unless a recipe sets it)."""
    if record.get("satire_probability", 0) >= 0.5:
        return "satire"
    return record.get("verdict", "error")


def judge(model, path, threads, rule):
    """{label: {verdict: count}} of the articles of `path`, verdicts by `rule`."""
    labels = labels_of(path)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "records.jsonl")
        run([VERITY, "batch", "--model", model, "--threads", str(threads), path, "-o", out])
        counts = {}
        with open(out, encoding="utf-8") as f:
            for record in map(json.loads, filter(str.strip, f)):
                label = labels.get(record.get("id"), "?")
                verdict = rule(record)
                counts.setdefault(label, {}).setdefault(verdict, 0)
                counts[label][verdict] += 1
    return counts


def share(counts, label, verdict):
    by_verdict = counts.get(label, {})
    total = sum(by_verdict.values())
    return (by_verdict.get(verdict, 0) / total if total else None), total


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default=os.path.join(REPO, "build", "bench-data"))
    p.add_argument("--out", default=os.path.join(REPO, "bench", "results", "satire.jsonl"))
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", default="1")
    p.add_argument("--system", default="verity")
    p.add_argument("--model", help="judge this model instead of training one per held-out collection")
    p.add_argument("--reuse", action="store_true",
                   help="judge the models an earlier run of this --system trained, if present")
    p.add_argument("--satire-first", action="store_true",
                   help="count satire_probability >= 0.5 as satire whatever the fake head says")
    p.add_argument("train_flags", nargs="*")
    args = p.parse_args()
    if not os.access(VERITY, os.X_OK):
        sys.exit(f"satire_loco: {VERITY} is missing; build first (bash scripts/build.sh)")
    status = subprocess.run([sys.executable, SPLITS, args.data], stdout=sys.stderr).returncode
    if status != 0:
        return status
    models = os.path.join(REPO, "build", "bench-models", args.system)
    os.makedirs(models, exist_ok=True)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    rows = []
    for held_out, (judged, trained_on) in SATIRE.items():
        model = args.model
        if not model:
            model = os.path.join(models, f"satire_loco_{held_out}.model")
        if not args.model and not (args.reuse and os.path.isfile(model)):
            print(f"== {args.system}: satire without {held_out}", file=sys.stderr)
            satire = [x for f in trained_on for x in ("--satire", os.path.join(args.data, f))]
            trained = run([VERITY, "train", "--train", os.path.join(args.data, "train_all.jsonl"),
                           "--dev", os.path.join(args.data, "dev_all.jsonl"), *satire, "-o", model,
                           "--threads", str(args.threads), "--seed", args.seed, *args.train_flags])
            for line in trained.stderr.splitlines():
                if "satire head" in line:
                    print("   ", line.strip(), file=sys.stderr)
        rule = satire_first if args.satire_first else (lambda record: record.get("verdict", "error"))
        counts = judge(model, os.path.join(args.data, judged), args.threads, rule)
        satire_called_satire, n_satire = share(counts, "satire", "satire")
        satire_called_fake, _ = share(counts, "satire", "fake")
        other = "fake" if held_out == "golbeck" else "real"
        other_called_satire, n_other = share(counts, other, "satire")
        news = {}
        for name in NEWS:
            news_counts = judge(model, os.path.join(args.data, f"test_{name}.jsonl"), args.threads, rule)
            n = sum(sum(v.values()) for v in news_counts.values())
            called = sum(v.get("satire", 0) for v in news_counts.values())
            news[name] = {"articles": n, "called_satire": called / n if n else None}
        row = {"system": args.system + (" (satire first)" if args.satire_first else ""), "held_out": held_out, "model": model, "seed": args.seed,
               "train_flags": args.train_flags, "satire_articles": n_satire,
               "satire_called_satire": satire_called_satire, "satire_called_fake": satire_called_fake,
               "other_label": other, "other_articles": n_other,
               "other_called_satire": other_called_satire, "verdicts": counts, "news": news}
        rows.append(row)
    with open(args.out, "a", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print("| system | satire left out | satire articles | called satire | called fake "
          "| other articles | other called satire | " + " | ".join(f"{n} test called satire" for n in NEWS) + " |")
    print("|---|---|---|---|---|---|---|" + "---|" * len(NEWS))
    for r in rows:
        print(f"| {r['system']} | {r['held_out']} | {r['satire_articles']} | {r['satire_called_satire']:.1%} "
              f"| {r['satire_called_fake']:.1%} | {r['other_articles']} {r['other_label']} "
              f"| {r['other_called_satire']:.1%} | "
              + " | ".join(f"{r['news'][n]['called_satire']:.1%}" for n in NEWS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
