#!/usr/bin/env python3
"""The leave-one-collection-out table from the JSON lines of verity and the
peers (bench/loco.sh writes them; the schema is bench/peers/table.py's).

usage: loco_table.py RESULTS.jsonl...

One row per system: for each fake/real collection C, the ROC-AUC on C's test
part of the model trained without C (experiment loco_C), and their mean;
beside it the in-collection ROC-AUC, trained on every collection (experiment
all), and its mean. With several runs of a configuration the cell is the
median. The last lines compare each system with the better peer.
"""
import json
import statistics
import sys

COLLECTIONS = ("politifact", "gossipcop", "buzzfeed", "fakehealth")
PEERS = ("scikit-learn", "fastText")


def auc_table(rows):
    """{system: {"loco": {c: auc}, "in": {c: auc}}}, medians over runs."""
    runs = {}
    for r in rows:
        if r["experiment"] == "all":
            for c in COLLECTIONS:
                m = r["tests"].get(c)
                if m and m["auc"] is not None:
                    runs.setdefault((r["system"], "in", c), []).append(m["auc"])
        elif r["experiment"].startswith("loco_"):
            c = r["experiment"][len("loco_"):]
            m = r["tests"].get(c)
            if m and m["auc"] is not None:
                runs.setdefault((r["system"], "loco", c), []).append(m["auc"])
    table = {}
    for (system, kind, c), aucs in runs.items():
        table.setdefault(system, {"loco": {}, "in": {}})[kind][c] = statistics.median(aucs)
    return table


def mean(cells):
    return statistics.mean(cells[c] for c in COLLECTIONS) if all(c in cells for c in COLLECTIONS) else None


def fmt(value):
    return "" if value is None else f"{value:.3f}"


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    rows = []
    for path in argv:
        with open(path, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    table = auc_table(rows)
    if not table:
        print("loco_table.py: no loco_* or all results in " + ", ".join(argv), file=sys.stderr)
        return 1
    counts = {}
    for r in rows:
        for c, m in r["tests"].items():
            counts.setdefault(c, (m["n"], m["n_fake"]))
    print("Test parts: " + ", ".join(f"{c} {counts[c][0]} ({counts[c][1]} fake)"
                                     for c in COLLECTIONS if c in counts) + ". ROC-AUC.\n")
    print("| system | " + " | ".join(f"{c} left out" for c in COLLECTIONS) + " | **LOCO mean** | "
          + " | ".join(f"{c} in" for c in COLLECTIONS) + " | in mean |")
    print("|---|" + "---|" * (2 * len(COLLECTIONS) + 2))
    for system, cells in table.items():
        print(f"| {system} | " + " | ".join(fmt(cells["loco"].get(c)) for c in COLLECTIONS)
              + f" | **{fmt(mean(cells['loco']))}** | "
              + " | ".join(fmt(cells["in"].get(c)) for c in COLLECTIONS) + f" | {fmt(mean(cells['in']))} |")

    peers = [p for p in PEERS if p in table and mean(table[p]["loco"]) is not None]
    if peers:
        best = max(peers, key=lambda p: mean(table[p]["loco"]))
        print(f"\nBetter peer on the LOCO mean: {best} ({mean(table[best]['loco']):.3f}).")
        for system, cells in table.items():
            if system in PEERS or mean(cells["loco"]) is None:
                continue
            margin = mean(cells["loco"]) - mean(table[best]["loco"])
            above = [c for c in COLLECTIONS
                     if all(cells["loco"][c] > table[p]["loco"][c] for p in peers)]
            print(f"- {system}: LOCO mean {margin:+.3f} against {best}; above both peers on "
                  f"{len(above)} of {len(COLLECTIONS)} held-out collections ({', '.join(above) or 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
