#!/usr/bin/env python3
"""THE evaluation splits of verity's model benchmark, for every system.

verity, fastText and scikit-learn must be trained and scored on exactly the
same articles, so this module is the single definition of them; the C++ side
reads the JSONL files it writes instead of re-implementing the rules.

Fake/real collections and their parts:
  politifact  fakenewsnet/{train,dev,test}.jsonl, dataset fakenewsnet-politifact
  gossipcop   fakenewsnet/{train,dev,test}.jsonl, dataset fakenewsnet-gossipcop
  buzzfeed    buzzfeed-webis/articles.jsonl, labels fake and real only
              (mixture and no-factual-content are dropped)
  fakehealth  fakehealth/story.jsonl (expert rating below 3 stars: fake)
buzzfeed and fakehealth have no split of their own:
  bucket = int(sha1(id as UTF-8).hexdigest()[:8], 16) % 10,
  buckets 0-7 train, 8 dev, 9 test (80/10/10). Hashing the id, not the
  position, keeps an article's split stable if the file is reordered or
  grows. Exact duplicates (same text after lower-casing and collapsing
  whitespace; ~25 CNN stories are listed two or three times in buzzfeed) all
  take the part of the copy with the smallest id, so no story is in both
  train and test.
FakeNewsNet's own splits are used unchanged (80/10/10 by a hash of the
normalized text, so duplicates share a split).

Satire collections (for the satire head, each judged with the other left out):
  golbeck     satire/golbeck.jsonl, satire against fake, whole (no split)
  burfoot     satire/burfoot-baldwin.jsonl, satire against real, with the
              authors' own train/test split
written as satire_golbeck.jsonl, satire_burfoot_train.jsonl and
satire_burfoot_test.jsonl.

Experiments (train -> tests), see EXPERIMENTS:
  all         train_all (= every collection's train part) -> every test part
  <source>    train_<source> -> test_<source> (in-collection reference) and
              the other collections' test parts (cross-collection)
  loco_<c>    leave collection c out: train_loco_<c> (every other
              collection's train part; dev_loco_<c> for early stopping and
              calibration) -> test_<c>. No article of c is in either file,
              and a collection is refused unless both classes are in its test
              part and in every training part.

usage:
  splits.py [--data DIR] OUTDIR   write the split files into OUTDIR
  splits.py --experiments OUTDIR [--set cross|loco]
                                  print one line per experiment for run_peers.sh:
                                  NAME TRAIN DEV TESTNAME=FILE...
                                  (cross: all and <source>, the default;
                                  loco: all and loco_<c>)
The data directory defaults to $VERITY_DATA, else ../shared/data beside the
repository. Exit status 3 when the data is missing, 5 when a collection
cannot be used (one class only).
"""
import hashlib
import json
import os
import sys

COLLECTIONS = ("politifact", "gossipcop", "buzzfeed", "fakehealth")
PARTS = ("train", "dev", "test")
LABELS = ("fake", "real")
FIELDS = ("id", "dataset", "label", "title", "text", "url")
FNN_DATASET = {"fakenewsnet-politifact": "politifact", "fakenewsnet-gossipcop": "gossipcop"}

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DATA = os.environ.get("VERITY_DATA") or os.path.join(os.path.dirname(REPO), "shared", "data")
EXIT_NO_DATA = 3
EXIT_ONE_CLASS = 5
SATIRE_LABELS = ("satire", "fake", "real")


class OneClassError(ValueError):
    """A collection part holds a single class: no ROC-AUC to score, nothing
    to learn which way a feature points from."""


def hashed_part(article_id):
    """80/10/10 by the SHA-1 of the id (see the module docstring)."""
    bucket = int(hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "train" if bucket < 8 else ("dev" if bucket == 8 else "test")


buzzfeed_part = hashed_part  # the name the rule had when buzzfeed was its only user


def input_files(data_dir):
    return [os.path.join(data_dir, "fakenewsnet", part + ".jsonl") for part in PARTS] + [
        os.path.join(data_dir, "buzzfeed-webis", "articles.jsonl"),
        os.path.join(data_dir, "fakehealth", "story.jsonl"),
        os.path.join(data_dir, "satire", "golbeck.jsonl"),
        os.path.join(data_dir, "satire", "burfoot-baldwin.jsonl")]


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


def _hash_split(articles):
    """{part: [article, ...]} by hashed_part of the smallest id sharing the
    article's normalized text, so duplicates share a part."""
    first_id = {}  # normalized text -> smallest id carrying it
    for a in articles:
        key = _normalized(a["text"])
        first_id[key] = min(first_id.get(key, a["id"]), a["id"])
    out = {p: [] for p in PARTS}
    for a in articles:
        out[hashed_part(first_id[_normalized(a["text"])])].append(a)
    return out


def load(data_dir=DEFAULT_DATA):
    """{(collection, part): [article, ...]} in file order."""
    out = {(c, p): [] for c in COLLECTIONS for p in PARTS}
    for part in PARTS:
        for a in _read_jsonl(os.path.join(data_dir, "fakenewsnet", part + ".jsonl")):
            if a.get("label") in LABELS and a.get("dataset") in FNN_DATASET:
                out[(FNN_DATASET[a["dataset"]], part)].append(_keep(a))
    for name, path in (("buzzfeed", ("buzzfeed-webis", "articles.jsonl")),
                       ("fakehealth", ("fakehealth", "story.jsonl"))):
        articles = [_keep(a) for a in _read_jsonl(os.path.join(data_dir, *path))
                    if a.get("label") in LABELS]
        for part, in_part in _hash_split(articles).items():
            out[(name, part)] = in_part
    return out


def load_satire(data_dir=DEFAULT_DATA):
    """{file name: [article, ...]} of the satire collections."""
    golbeck = [_keep(a) for a in _read_jsonl(os.path.join(data_dir, "satire", "golbeck.jsonl"))
               if a.get("label") in SATIRE_LABELS]
    burfoot = {"train": [], "test": []}
    for a in _read_jsonl(os.path.join(data_dir, "satire", "burfoot-baldwin.jsonl")):
        if a.get("label") in SATIRE_LABELS and a.get("split") in burfoot:
            burfoot[a["split"]].append(_keep(a))
    return {"satire_golbeck.jsonl": golbeck, "satire_burfoot_train.jsonl": burfoot["train"],
            "satire_burfoot_test.jsonl": burfoot["test"]}


def _classes(articles):
    return {a["label"] for a in articles}


def loco_parts(splits, held_out):
    """(train, dev, test) article lists for leaving `held_out` out: the other
    collections' train and dev parts, and held_out's test part. Raises
    OneClassError naming the part when held_out's test part or any training
    part lacks a class."""
    if held_out not in COLLECTIONS:
        raise ValueError(f"unknown collection {held_out!r}; known: {', '.join(COLLECTIONS)}")
    checked = [(held_out, "test")] + [(c, "train") for c in COLLECTIONS if c != held_out]
    for c, part in checked:
        classes = _classes(splits[(c, part)])
        if classes != set(LABELS):
            have = ", ".join(sorted(classes)) or "no articles"
            raise OneClassError(f"collection {c}: its {part} part holds {have} "
                                f"({len(splits[(c, part)])} articles); leave-one-collection-out "
                                f"needs both fake and real in every held-out test part and "
                                f"every training part")
    train = [a for c in COLLECTIONS if c != held_out for a in splits[(c, "train")]]
    dev = [a for c in COLLECTIONS if c != held_out for a in splits[(c, "dev")]]
    return train, dev, splits[(held_out, "test")]


def split_files(splits):
    """{file name: [article, ...]}: the files OUTDIR gets (satire aside)."""
    files = {}
    for part in ("train", "dev"):
        files[f"{part}_all.jsonl"] = [a for c in COLLECTIONS for a in splits[(c, part)]]
        for c in COLLECTIONS:
            files[f"{part}_{c}.jsonl"] = splits[(c, part)]
    for c in COLLECTIONS:
        files[f"test_{c}.jsonl"] = splits[(c, "test")]
    for c in COLLECTIONS:
        files[f"train_loco_{c}.jsonl"], files[f"dev_loco_{c}.jsonl"], _ = loco_parts(splits, c)
    return files


# (name, train file, dev file, test names); a test name NAME is test_NAME.jsonl.
EXPERIMENTS = [("all", "train_all.jsonl", "dev_all.jsonl", COLLECTIONS)] + [
    (src, f"train_{src}.jsonl", f"dev_{src}.jsonl",
     (src,) + tuple(c for c in COLLECTIONS if c != src))
    for src in COLLECTIONS]
LOCO_EXPERIMENTS = [("all", "train_all.jsonl", "dev_all.jsonl", COLLECTIONS)] + [
    (f"loco_{c}", f"train_loco_{c}.jsonl", f"dev_loco_{c}.jsonl", (c,)) for c in COLLECTIONS]
EXPERIMENT_SETS = {"cross": EXPERIMENTS, "loco": LOCO_EXPERIMENTS}


def write(out_dir, files):
    os.makedirs(out_dir, exist_ok=True)
    for name, articles in files.items():
        tmp = os.path.join(out_dir, name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        os.replace(tmp, os.path.join(out_dir, name))  # no half-written split on interrupt


def main(argv):
    args, data_dir, list_only, which = [], DEFAULT_DATA, False, "cross"
    it = iter(argv)
    for arg in it:
        if arg == "--data":
            data_dir = next(it, None) or sys.exit("--data needs a directory")
        elif arg == "--experiments":
            list_only = True
        elif arg == "--set":
            which = next(it, None)
            if which not in EXPERIMENT_SETS:
                sys.exit(f"--set wants one of {', '.join(EXPERIMENT_SETS)}")
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
        for name, train, dev, tests in EXPERIMENT_SETS[which]:
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

    try:
        files = split_files(load(data_dir))
    except OneClassError as e:
        print(f"splits.py: {e}", file=sys.stderr)
        return EXIT_ONE_CLASS
    files.update(load_satire(data_dir))
    write(out_dir, files)
    print(f"splits from {data_dir} -> {out_dir}")
    print(f"  {'file':<28} {'articles':>8} {'fake':>6} {'real':>6} {'satire':>6}")
    for name, articles in files.items():
        count = {label: sum(a["label"] == label for a in articles) for label in SATIRE_LABELS}
        print(f"  {name:<28} {len(articles):>8} {count['fake']:>6} {count['real']:>6} {count['satire']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
