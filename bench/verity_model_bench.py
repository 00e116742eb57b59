#!/usr/bin/env python3
"""verity's side of the model benchmark: the same experiments as the peers
(bench/peers/splits.py), trained and scored with the verity CLI, written in
the peers' JSON-lines schema so bench/peers/table.py puts them side by side.

usage: verity_model_bench.py [--data SPLITDIR] [--out FILE] [--threads N] [--score-min N]
                             [--set cross|loco] [--only PREFIX] [--system NAME] [--seed N]
                             [-- TRAIN-FLAGS...]

--set picks splits.py's experiment set (loco: leave one collection out);
flags after -- go to every `verity train` (a recipe variant), and --system
names the variant in the results.

For each experiment: `verity train` on its train part with its dev part (wall
time and the trainer's peak RSS), `verity eval --json` on every test part
(ROC-AUC, and macro-F1 at the model's own threshold — the peers use 0.5, their
natural threshold), and in the "all" experiment the scoring speed of `verity
batch` (extraction + features + model + explanation) on the test articles
repeated to at least --score-min, minus the time to load the model.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERITY = os.path.join(REPO, "build", "verity")
SPLITS = os.path.join(REPO, "bench", "peers", "splits.py")


def run(args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def count_lines(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def children_peak_mb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


def evaluate(model, path):
    out = run([VERITY, "eval", "--json", "--model", model, path]).stdout
    overall = json.loads(out)[0]
    return {"auc": overall["roc_auc"], "macro_f1": overall["macro_f1"], "n": overall["count"],
            "n_fake": overall["fake"]}


def scoring_speed(model, test_paths, minimum, threads):
    lines = []
    for path in test_paths:
        with open(path, encoding="utf-8") as f:
            lines.extend(line for line in f if line.strip())
    repeated = []
    while len(repeated) < max(minimum, 1):
        repeated.extend(lines)
    with tempfile.TemporaryDirectory() as tmp:
        batch_in = os.path.join(tmp, "batch.jsonl")
        one_in = os.path.join(tmp, "one.jsonl")
        with open(batch_in, "w", encoding="utf-8") as f:
            f.writelines(repeated)
        with open(one_in, "w", encoding="utf-8") as f:
            f.write(lines[0])

        def timed(path):
            start = time.perf_counter()
            run([VERITY, "batch", "--model", model, "--threads", str(threads), path, "-o", os.devnull])
            return time.perf_counter() - start

        load = sorted(timed(one_in) for _ in range(3))[1]
        total = timed(batch_in)
    seconds = max(total - load, 1e-9)
    return {"articles": len(repeated), "seconds": round(seconds, 3), "articles_per_s": round(len(repeated) / seconds, 1),
            "load_seconds": round(load, 3)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(REPO, "build", "bench-data"))
    parser.add_argument("--out", default=os.path.join(REPO, "bench", "results", "verity.jsonl"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--score-min", type=int, default=10000)
    parser.add_argument("--set", default="cross", choices=("cross", "loco"))
    parser.add_argument("--system", default="verity")
    parser.add_argument("--seed", default="1")
    parser.add_argument("--only", default="", metavar="PREFIX",
                        help="run only the experiments whose name starts with PREFIX (e.g. loco_)")
    parser.add_argument("train_flags", nargs="*", help="extra `verity train` flags, after --")
    args = parser.parse_args()
    if not os.access(VERITY, os.X_OK):
        sys.exit(f"verity_model_bench: {VERITY} is missing; build first (bash scripts/build.sh)")
    status = subprocess.run([sys.executable, SPLITS, args.data], stdout=sys.stderr).returncode
    if status != 0:
        return status  # splits.py said what is missing
    experiments = run([sys.executable, SPLITS, "--experiments", "--set", args.set,
                       args.data]).stdout.splitlines()
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    models = os.path.join(REPO, "build", "bench-models", args.system)
    os.makedirs(models, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for line in experiments:
            name, train, dev, *tests = line.split()
            if not name.startswith(args.only):
                continue
            model = os.path.join(models, name + ".model")
            print(f"== {args.system}: {name}", file=sys.stderr)
            start = time.perf_counter()
            run([VERITY, "train", "--train", train, "--dev", dev, "-o", model, "--threads", str(args.threads),
                 "--seed", args.seed, *args.train_flags])
            train_seconds = time.perf_counter() - start
            peak = children_peak_mb()
            result = {"system": args.system,
                      "config": " ".join(["hashed word 1-2-grams + char 3-5-grams + style, AdaGrad LR; seed",
                                          args.seed, *args.train_flags]),
                      "experiment": name, "train": train, "n_train": count_lines(train), "threads": args.threads,
                      "train_seconds": round(train_seconds, 2), "peak_rss_mb": {"self": 0.0, "children": peak},
                      "dev": evaluate(model, dev), "tests": {}}
            test_paths = []
            for spec in tests:
                test_name, path = spec.split("=", 1)
                result["tests"][test_name] = evaluate(model, path)
                test_paths.append(path)
            result["scoring"] = (scoring_speed(model, test_paths, args.score_min, args.threads)
                                 if name == "all" and args.score_min > 0
                                 else {"articles": 0, "seconds": 0, "articles_per_s": None})
            out.write(json.dumps(result) + "\n")
            out.flush()
    print(f"results: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
