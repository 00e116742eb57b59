#!/usr/bin/python3
"""fastText peer: `fasttext supervised -wordNgrams 2 -epoch 10 -lr 0.5`, the
configuration of the reference scores in ../shared/data/README.md, run through
the Debian CLI on title + text (lower-cased, all whitespace runs -> one space,
one article a line). Prints one JSON object: training time, peak memory, dev and
per-test ROC-AUC / macro-F1, and scoring throughput.

fastText trains with several threads without locks (Hogwild), so two runs on
the same data differ; only -thread 1 is reproducible, and the README's
reference uses 2 threads.

Throughput: `fasttext predict-prob` over all test articles is one process that
also loads the model (a few hundred MB with the default 2M hash buckets), so a
run on a single article (median of 3) is timed too and subtracted. Loading
varies by seconds on a busy machine, so the scored file repeats the test
articles up to --score-min articles, and articles/s is null when the net
scoring time is under a second (too close to that noise to mean anything).

usage: fasttext_peer.py --train FILE [--dev FILE] --test NAME=FILE ... [--threads 2]
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

TRAIN_OPTIONS = ["-wordNgrams", "2", "-epoch", "10", "-lr", "0.5"]


def fasttext_line(text):
    # fastText splits on ASCII whitespace and reads '\n' as end of document, so
    # collapse every whitespace run (Unicode ones too) to a single space.
    return " ".join(text.lower().split())


def write_lines(path, texts, labels=None):
    with open(path, "w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            prefix = "" if labels is None else ("__label__fake " if labels[i] else "__label__real ")
            f.write(prefix + (fasttext_line(text) or ".") + "\n")


def run(cmd, what, capture=False):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-5:]
        common.die(1, f"fasttext {what} failed (exit {proc.returncode}): " + " | ".join(tail))
    return proc.stdout


def predict(fasttext, model, path, n):
    """P(fake) for each line of path; predict-prob with k=2 prints both labels."""
    out = run([fasttext, "predict-prob", model, path, "2"], "predict-prob", capture=True).splitlines()
    if len(out) != n:
        common.die(1, f"predict-prob gave {len(out)} lines for {n} articles")
    scores = []
    for line in out:
        fields = line.split()
        probs = dict(zip(fields[0::2], (float(p) for p in fields[1::2])))
        # fastText omits a label whose probability rounds to nothing.
        scores.append(probs["__label__fake"] if "__label__fake" in probs
                      else 1.0 - probs.get("__label__real", 0.0))
    return scores


def fasttext_version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "fasttext"],
                              capture_output=True, text=True).stdout.strip() or None
    except OSError:
        return None


def main():
    args = common.parse_args(__doc__.split("\n\n")[0])
    fasttext = shutil.which(os.environ.get("FASTTEXT") or "fasttext")
    if not fasttext:
        common.die(common.EXIT_NO_TOOL, f"the fasttext command is not on PATH (or set FASTTEXT); {common.INSTALL_HINT}")
    common.require_sklearn()  # for the metrics

    train_x, train_y = common.read_split(args.train)
    tests = [(name, *common.read_split(path)) for name, path in args.test]

    with tempfile.TemporaryDirectory(prefix="verity-fasttext-") as tmp:
        train_txt, model_stem = os.path.join(tmp, "train.txt"), os.path.join(tmp, "model")
        write_lines(train_txt, train_x, train_y)

        # Training time includes fastText reading the file and saving the model
        # (its .bin is the whole model); it is what a user waits for.
        start = time.perf_counter()
        run([fasttext, "supervised", "-input", train_txt, "-output", model_stem,
             "-thread", str(args.threads)] + TRAIN_OPTIONS, "supervised")
        train_seconds = time.perf_counter() - start
        train_rss = common.peak_rss_mb()
        model = model_stem + ".bin"
        model_mb = os.path.getsize(model) / 2**20

        all_test = [t for _, texts, _ in tests for t in texts]
        test_txt, one_txt = os.path.join(tmp, "test.txt"), os.path.join(tmp, "one.txt")
        batch = common.scoring_batch(all_test, args.score_min)
        write_lines(test_txt, batch)
        write_lines(one_txt, all_test[:1])

        start = time.perf_counter()
        scores = predict(fasttext, model, test_txt, len(batch))[:len(all_test)]
        full_seconds = time.perf_counter() - start
        load_times = []
        for _ in range(3):
            start = time.perf_counter()
            predict(fasttext, model, one_txt, 1)
            load_times.append(time.perf_counter() - start)
        load_seconds = statistics.median(load_times)
        score_seconds = full_seconds - load_seconds

        results, at = {}, 0
        for name, texts, y in tests:
            results[name] = common.metrics(y, scores[at:at + len(texts)])
            at += len(texts)
        dev = None
        if args.dev:
            dev_x, dev_y = common.read_split(args.dev)
            dev_txt = os.path.join(tmp, "dev.txt")
            write_lines(dev_txt, dev_x)
            dev = common.metrics(dev_y, predict(fasttext, model, dev_txt, len(dev_x)))

    common.emit({
        "system": "fastText",
        "version": fasttext_version(),
        "config": "supervised " + " ".join(TRAIN_OPTIONS) + f" -thread {args.threads} (not deterministic)",
        "experiment": args.experiment,
        "train": args.train, "n_train": len(train_y), "threads": args.threads,
        "train_seconds": round(train_seconds, 2),
        "peak_rss_mb": train_rss,  # after training: the fastText training process
        "peak_rss_mb_end": common.peak_rss_mb(),  # also predict-prob on the batch
        "model": {"bin_mb": round(model_mb, 1)},
        "dev": dev,
        "tests": results,
        "scoring": {"articles": len(batch), "seconds": round(score_seconds, 3),
                    "with_load_seconds": round(full_seconds, 3), "load_seconds": round(load_seconds, 3),
                    "articles_per_s": round(len(batch) / score_seconds, 1) if score_seconds >= 1 else None},
    })


if __name__ == "__main__":
    main()
