#!/usr/bin/python3
"""scikit-learn peer: TF-IDF over word 1-2-grams (sublinear tf, min_df 2) and a
logistic regression with C = 10, trained on title + text, the configuration of
the reference scores in ../shared/data/README.md. Prints one JSON object:
training time, peak memory, dev and per-test ROC-AUC / macro-F1, and scoring
throughput with the model in memory.

usage: sklearn_peer.py --train FILE [--dev FILE] --test NAME=FILE ... [--threads 2]
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def main():
    args = common.parse_args(__doc__.split("\n\n")[0])
    common.limit_threads(args.threads)
    version = common.require_sklearn()
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train_x, train_y = common.read_split(args.train)
    tests = [(name, *common.read_split(path)) for name, path in args.test]

    start = time.perf_counter()
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    model = LogisticRegression(C=10, max_iter=1000)
    model.fit(vectorizer.fit_transform(train_x), train_y)
    train_seconds = time.perf_counter() - start
    train_rss = common.peak_rss_mb()
    fake_column = list(model.classes_).index(1)

    def p_fake(texts):
        return model.predict_proba(vectorizer.transform(texts))[:, fake_column]

    # Throughput: every test article in one batch, as a deployed scorer would
    # see a queue of articles; vectorizing is part of scoring.
    all_test = [t for _, texts, _ in tests for t in texts]
    batch = common.scoring_batch(all_test, args.score_min)
    start = time.perf_counter()
    scores = p_fake(batch)
    score_seconds = time.perf_counter() - start

    results, at = {}, 0
    for name, texts, y in tests:
        results[name] = common.metrics(y, scores[at:at + len(texts)])
        at += len(texts)
    dev = None
    if args.dev:
        dev_x, dev_y = common.read_split(args.dev)
        dev = common.metrics(dev_y, p_fake(dev_x))

    common.emit({
        "system": "scikit-learn",
        "version": version,
        "config": "TfidfVectorizer(ngram_range=(1,2), sublinear_tf=True, min_df=2) + LogisticRegression(C=10, max_iter=1000)",
        "experiment": args.experiment,
        "train": args.train, "n_train": len(train_y), "threads": args.threads,
        "train_seconds": round(train_seconds, 2),
        "peak_rss_mb": train_rss,  # after training: what fitting the model needs
        "peak_rss_mb_end": common.peak_rss_mb(),  # also scoring the batch
        "model": {"features": len(vectorizer.vocabulary_), "iterations": int(model.n_iter_[0])},
        "dev": dev,
        "tests": results,
        "scoring": {"articles": len(batch), "seconds": round(score_seconds, 3),
                    "articles_per_s": round(len(batch) / score_seconds, 1)},
    })


if __name__ == "__main__":
    main()
