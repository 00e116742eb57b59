#!/usr/bin/env python3
"""THE evaluation splits of verity's model benchmark, for every system.

verity, fastText and scikit-learn must be trained and scored on exactly the
same articles, so this module is the single definition of them; the C++ side
reads the JSONL files it writes instead of re-implementing the rules.

Collections and their parts:
  politifact  fakenewsnet/{train,dev,test}.jsonl, dataset fakenewsnet-politifact
  gossipcop   fakenewsnet/{train,dev,test}.jsonl, dataset fakenewsnet-gossipcop
  buzzfeed    buzzfeed-webis/articles.jsonl, which has no split of its own:
              bucket = int(sha1(id as UTF-8).hexdigest()[:8], 16) % 10,
              buckets 0-7 train, 8 dev, 9 test (80/10/10). Hashing the id, not
              the position, keeps an article's split stable if the file is
              reordered or grows. Exact duplicates (same text after lower-
              casing and collapsing whitespace; ~25 CNN stories are listed two
              or three times) all take the part of the copy with the smallest
              id, so no story is in both train and test. Only labels fake and
              real are kept; mixture and no-factual-content are dropped.
FakeNewsNet's own splits are used unchanged (80/10/10 by a hash of the
normalized text, so duplicates share a split).

Experiments (train -> tests), see EXPERIMENTS:
  all         train_all (= all three train parts) -> every test part
  <source>    train_<source> -> test_<source> (in-collection reference) and
              the other two collections' test parts (cross-collection):
              gossipcop->politifact, gossipcop->buzzfeed, politifact->gossipcop,
              politifact->buzzfeed, buzzfeed->gossipcop, buzzfeed->politifact

usage:
  splits.py [--data DIR] OUTDIR   write the split files into OUTDIR
  splits.py --experiments OUTDIR  print one line per experiment for run_peers.sh:
                                  NAME TRAIN DEV TESTNAME=FILE...
The data directory defaults to $VERITY_DATA, else ../shared/data beside the
repository. Exit status 3 when the data is missing.
"""
import hashlib
import json
import os
import sys

COLLECTIONS = ("politifact", "gossipcop", "buzzfeed")
PARTS = ("train", "dev", "test")
LABELS = ("fake", "real")
FIELDS = ("id", "dataset", "label", "title", "text", "url")
FNN_DATASET = {"fakenewsnet-politifact": "politifact", "fakenewsnet-gossipcop": "gossipcop"}

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DATA = os.environ.get("VERITY_DATA") or os.path.join(os.path.dirname(REPO), "shared", "data")
EXIT_NO_DATA = 3


def buzzfeed_part(article_id):
    """80/10/10 by the SHA-1 of the id (see the module docstring)."""
    bucket = int(hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "train" if bucket < 8 else ("dev" if bucket == 8 else "test")


def input_files(data_dir):
    return [os.path.join(data_dir, "fakenewsnet", part + ".jsonl") for part in PARTS] + [
        os.path.join(data_dir, "buzzfeed-webis", "articles.jsonl")]


def missing_inputs(data_dir):
    return [path for path in input_files(data_dir) if not os.path.isfile(path)]


def _read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{line_no}: not JSON ({e})")


def _normalized(text):
    return " ".join(text.lower().split())


def _keep(article):
    # Only the fields every system may use; None becomes "" so that no reader
    # has to special-case nulls.
    return {k: ("" if article.get(k) is None else article[k]) for k in FIELDS}


def load(data_dir=DEFAULT_DATA):
    """{(collection, part): [article, ...]} in file order."""
    out = {(c, p): [] for c in COLLECTIONS for p in PARTS}
    for part in PARTS:
        for a in _read_jsonl(os.path.join(data_dir, "fakenewsnet", part + ".jsonl")):
            if a.get("label") in LABELS and a.get("dataset") in FNN_DATASET:
                out[(FNN_DATASET[a["dataset"]], part)].append(_keep(a))
    buzzfeed = [_keep(a) for a in _read_jsonl(os.path.join(data_dir, "buzzfeed-webis", "articles.jsonl"))
                if a.get("label") in LABELS]
    first_id = {}  # normalized text -> smallest id carrying it
    for a in buzzfeed:
        key = _normalized(a["text"])
        first_id[key] = min(first_id.get(key, a["id"]), a["id"])
    for a in buzzfeed:
        out[("buzzfeed", buzzfeed_part(first_id[_normalized(a["text"])]))].append(a)
    return out


def split_files(splits):
    """{file name: [article, ...]}: the files OUTDIR gets."""
    files = {}
    for part in ("train", "dev"):
        files[f"{part}_all.jsonl"] = [a for c in COLLECTIONS for a in splits[(c, part)]]
        for c in COLLECTIONS:
            files[f"{part}_{c}.jsonl"] = splits[(c, part)]
    for c in COLLECTIONS:
        files[f"test_{c}.jsonl"] = splits[(c, "test")]
    return files


# (name, train file, dev file, test names); a test name NAME is test_NAME.jsonl.
EXPERIMENTS = [("all", "train_all.jsonl", "dev_all.jsonl", COLLECTIONS)] + [
    (src, f"train_{src}.jsonl", f"dev_{src}.jsonl",
     (src,) + tuple(c for c in COLLECTIONS if c != src))
    for src in COLLECTIONS]


def write(out_dir, files):
    os.makedirs(out_dir, exist_ok=True)
    for name, articles in files.items():
        tmp = os.path.join(out_dir, name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        os.replace(tmp, os.path.join(out_dir, name))  # no half-written split on interrupt


def main(argv):
    args, data_dir, list_only = [], DEFAULT_DATA, False
    it = iter(argv)
    for arg in it:
        if arg == "--data":
            data_dir = next(it, None) or sys.exit("--data needs a directory")
        elif arg == "--experiments":
            list_only = True
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(arg)
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = args[0]

    if list_only:
        for name, train, dev, tests in EXPERIMENTS:
            print(name, os.path.join(out_dir, train), os.path.join(out_dir, dev),
                  *(f"{t}={os.path.join(out_dir, f'test_{t}.jsonl')}" for t in tests))
        return 0

    missing = missing_inputs(data_dir)
    if missing:
        print("splits.py: the shared data is missing, no splits written:", file=sys.stderr)
        for path in missing:
            print("  missing " + path, file=sys.stderr)
        print("Put the data at ../shared/data beside the repository, or set VERITY_DATA "
              "or --data (see ../shared/data/README.md).", file=sys.stderr)
        return EXIT_NO_DATA

    files = split_files(load(data_dir))
    write(out_dir, files)
    print(f"splits from {data_dir} -> {out_dir}")
    print(f"  {'file':<24} {'articles':>8} {'fake':>6} {'real':>6}")
    for name, articles in files.items():
        fake = sum(a["label"] == "fake" for a in articles)
        print(f"  {name:<24} {len(articles):>8} {fake:>6} {len(articles) - fake:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
