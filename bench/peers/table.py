#!/usr/bin/python3
"""Markdown tables from the JSON lines the peers print (bench/results/peers.jsonl).

usage: table.py RESULTS.jsonl

Cells are "ROC-AUC / macro-F1"; "–" is an AUC that a one-class test set cannot
have. With several runs of a configuration (RUNS=n) every number is the median
over the runs. Any system whose result lines carry the same fields (system, experiment,
tests, train_seconds, peak_rss_mb, scoring) joins the tables, verity included.
"""
import json
import statistics
import sys

COLLECTIONS = ("politifact", "gossipcop", "buzzfeed", "fakehealth")


def cell(m):
    if not m:
        return ""
    auc = "–" if m["auc"] is None else f"{m['auc']:.3f}"
    return f"{auc} / {m['macro_f1']:.3f}"


def median_metrics(ms):
    ms = [m for m in ms if m]
    if not ms:
        return None
    aucs = [m["auc"] for m in ms if m["auc"] is not None]
    return {"auc": statistics.median(aucs) if aucs else None,
            "macro_f1": statistics.median(m["macro_f1"] for m in ms),
            "n": ms[0]["n"], "n_fake": ms[0]["n_fake"]}


def rate(value):
    return "–" if value is None else f"{value:.0f}"


def med_or_none(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def merge(runs):
    """One row from the runs of one configuration: medians of every number."""
    med = lambda values: statistics.median(list(values))  # noqa: E731
    return {"n_train": runs[0]["n_train"],
            "train_seconds": med(r["train_seconds"] for r in runs),
            "peak_mb": med(max(r["peak_rss_mb"].values()) for r in runs),
            "articles_per_s": med_or_none([r["scoring"]["articles_per_s"] for r in runs]),
            "dev": median_metrics([r.get("dev") for r in runs]),
            "tests": {t: median_metrics([r["tests"].get(t) for r in runs]) for t in runs[0]["tests"]},
            "runs": len(runs)}


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if not rows:
        print(f"table.py: no results in {argv[0]}", file=sys.stderr)
        return 1
    grouped = {}
    for r in rows:
        grouped.setdefault((r["system"], r["experiment"]), []).append(r)
    by = {key: merge(runs) for key, runs in grouped.items()}
    n_runs = sorted({r["runs"] for r in by.values()})
    systems = list(dict.fromkeys(r["system"] for r in rows))

    some = next(iter(by.values()))["tests"]
    counts = ", ".join(f"{c} {some[c]['n']} ({some[c]['n_fake']} fake)" for c in COLLECTIONS if c in some)
    print("### In-collection: trained on train_all (every collection)\n")
    print(f"Test sets: {counts}. Cells: ROC-AUC / macro-F1 at P(fake) >= 0.5; "
          f"runs per configuration: {'/'.join(map(str, n_runs))} (medians).\n")
    print("| system | " + " | ".join(COLLECTIONS) + " | dev | train s | peak MB | scoring articles/s |")
    print("|---|" + "---|" * (len(COLLECTIONS) + 4))
    for s in systems:
        r = by.get((s, "all"))
        if r:
            print(f"| {s} | " + " | ".join(cell(r["tests"].get(c)) for c in COLLECTIONS)
                  + f" | {cell(r['dev'])} | {r['train_seconds']:.1f} | {r['peak_mb']:.0f}"
                  f" | {rate(r['articles_per_s'])} |")

    print("\n### Cross-collection: rows train on one collection, columns test (diagonal = in-collection)\n")
    print("| system | train ↓ test → | " + " | ".join(COLLECTIONS) + " | train s | peak MB |")
    print("|---|---|" + "---|" * (len(COLLECTIONS) + 2))
    for s in systems:
        for src in COLLECTIONS:
            r = by.get((s, src))
            if r:
                cells = [(f"**{cell(r['tests'].get(c))}**" if c == src else cell(r["tests"].get(c)))
                         for c in COLLECTIONS]
                print(f"| {s} | {src} ({r['n_train']}) | " + " | ".join(cells)
                      + f" | {r['train_seconds']:.1f} | {r['peak_mb']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
