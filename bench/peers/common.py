"""What both peers share: the command line, reading a split, the metrics and
the memory reading, so that fastText and scikit-learn are measured the same way
(and the same way verity's own model must be).

Conventions: the positive class is fake; a model's score is P(fake); macro-F1
is taken at the fixed threshold P(fake) >= 0.5 (no tuning on the test set);
ROC-AUC is null when a test set holds only one class.
"""
import argparse
import json
import os
import resource
import sys

EXIT_USAGE, EXIT_NO_DATA, EXIT_NO_TOOL = 2, 3, 4
INSTALL_HINT = "install with: sudo apt-get install fasttext python3-sklearn (Debian 12), run with /usr/bin/python3"


def parse_args(description):
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--train", required=True, help="training split (JSONL from splits.py)")
    p.add_argument("--dev", help="dev split: scored and reported, never used to tune")
    p.add_argument("--test", action="append", default=[], metavar="NAME=FILE", required=True,
                   help="a test split; repeat for several")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--experiment", default="", help="label copied into the JSON output")
    p.add_argument("--score-min", type=int, default=10000, metavar="N",
                   help="time scoring on the test articles repeated up to at least N "
                        "articles, so the timing is not noise (0: each article once)")
    args = p.parse_args()
    tests = []
    for spec in args.test:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            p.error(f"--test wants NAME=FILE, got {spec!r}")
        tests.append((name, path))
    args.test = tests
    for path in [args.train, args.dev] + [path for _, path in tests]:
        if path and not os.path.isfile(path):
            die(EXIT_NO_DATA, f"missing split file {path} (write the splits first: "
                              f"/usr/bin/python3 bench/peers/splits.py build/bench-data)")
    return args


def limit_threads(n):
    # BLAS/OpenMP read these once, when numpy is first imported: call this
    # before importing sklearn so the peer uses the cores it was given.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[var] = str(n)


def require_sklearn():
    try:
        import sklearn  # noqa: F401
    except ImportError:
        die(EXIT_NO_TOOL, f"scikit-learn is not importable by {sys.executable}; {INSTALL_HINT}")
    return sklearn.__version__


def die(code, message):
    print(f"{os.path.basename(sys.argv[0])}: {message}", file=sys.stderr)
    sys.exit(code)


def read_split(path):
    """([title + text, ...], [1 if fake else 0, ...])."""
    texts, y = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                texts.append(f"{a['title']}\n{a['text']}")
                y.append(1 if a["label"] == "fake" else 0)
    if not texts:
        die(EXIT_NO_DATA, f"{path} holds no articles")
    return texts, y


def scoring_batch(texts, at_least):
    """texts repeated whole until there are at least at_least of them; the
    first len(texts) scores are the ones the metrics use."""
    reps = max(1, -(-at_least // len(texts)))
    return texts * reps


def metrics(y, p_fake):
    from sklearn.metrics import f1_score, roc_auc_score
    auc = roc_auc_score(y, p_fake) if 0 < sum(y) < len(y) else None
    pred = [1 if p >= 0.5 else 0 for p in p_fake]
    return {"auc": None if auc is None else round(float(auc), 4),
            "macro_f1": round(float(f1_score(y, pred, average="macro")), 4),
            "n": len(y), "n_fake": int(sum(y))}


def peak_rss_mb():
    # ru_maxrss is in KiB on Linux; for children it is the largest single
    # waited-for child (the fastText process), not a sum.
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"self": round(self_kib / 1024, 1), "children": round(child_kib / 1024, 1)}


def emit(result):
    print(json.dumps(result, sort_keys=False))
