#!/usr/bin/env python3
"""The table of bench/extract_peers.sh: scores each extractor's outputs with the
shared scorer (score.py, the same command for all: it reads the body that
extractor wrote for the page) and adds title accuracy and speed.

usage: compare.py --data DIR --work DIR NAME=OUTPUT.jsonl...

OUTPUT.jsonl holds one object a page: {"page", "seconds", "title", "body"} or,
from extract_pages_bench, {"page", "seconds", "article": {title, body, ...}}.
`page` is the unpacked file's name, "<set>__<id>.html", as score.py names it.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

TOKEN = re.compile(r"\w+")
SUMMARY = re.compile(r"^(\S+)\s+pages\s+(\d+)\s+(.*)$")


# Typographic quotes, dashes and ellipses as verity's normalize_text() folds
# them (its Article text is normalized that way), applied to both sides.
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                      "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                      "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
                      "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                      "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u2026": "...",
                      "\u00ad": None, "\u200b": None, "\u2063": None})


def norm(text):
    return " ".join(unicodedata.normalize("NFKC", text or "").lower().split())


def folded(text):
    return " ".join(norm(text).translate(FOLD).split())


def snippets_folded(rows, gold):
    """must_contain found and must_not_contain absent, typography folded."""
    found = total = absent = total_not = 0
    for page, g in gold.items():
        if "must_contain" not in g:
            continue
        body = folded(rows.get(page, {}).get("body", ""))
        found += sum(folded(s) in body for s in g["must_contain"])
        total += len(g["must_contain"])
        absent += sum(folded(s) not in body for s in g.get("must_not_contain", []))
        total_not += len(g.get("must_not_contain", []))
    return found / max(1, total), absent / max(1, total_not)


def token_f1(a, b):
    x, y = collections.Counter(TOKEN.findall(norm(a))), collections.Counter(TOKEN.findall(norm(b)))
    tp = sum((x & y).values())
    if tp == 0:
        return 0.0
    p, r = tp / sum(x.values()), tp / sum(y.values())
    return 2 * p * r / (p + r)


def load_output(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            article = row.get("article", row)
            article = article if isinstance(article, dict) else {}
            rows[row["page"]] = {"title": article.get("title") or "",
                                 "body": article.get("body") or "",
                                 "seconds": row.get("seconds", 0.0)}
    return rows


def load_gold(data):
    gold = {}
    for name in sorted(os.listdir(data)):
        path = os.path.join(data, name, "gold.jsonl")
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    page = json.loads(line)
                    gold["%s__%s.html" % (page["set"], page["id"])] = page
    return gold


def score(data, work, name, rows):
    """Runs score.py over the bodies `name` wrote; returns {set: summary text}."""
    out_dir = os.path.join(work, "out", name)
    os.makedirs(out_dir, exist_ok=True)
    for page, row in rows.items():
        with open(os.path.join(out_dir, page[:-5] + ".txt"), "w", encoding="utf-8") as f:
            f.write(row["body"])
    cmd = 'cat "%s/$(basename "$1" .html).txt"' % out_dir
    details = os.path.join(work, name + ".details.jsonl")
    done = subprocess.run([sys.executable, os.path.join(data, "score.py"), "--details", details, cmd],
                          capture_output=True, text=True, check=True)
    summaries = {}
    for line in done.stdout.splitlines():
        m = SUMMARY.match(line.strip())
        if m:
            summaries[m.group(1)] = m.group(3)
    return summaries


def numbers(text):
    fields = {}
    for key, pattern in (("P", r"P ([\d.]+)"), ("R", r"R ([\d.]+)"), ("F1", r"F1 ([\d.]+)"),
                         ("found", r"must_contain found ([\d.]+)"),
                         ("absent", r"must_not_contain absent ([\d.]+)"),
                         ("empty", r"empty (\d+)"), ("errors", r"errors (\d+)")):
        m = re.search(pattern, text or "")
        fields[key] = m.group(1) if m else "–"
    return fields


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="../shared/data/extraction")
    ap.add_argument("--work", required=True, help="the directory holding the unpacked pages")
    ap.add_argument("outputs", nargs="+", metavar="NAME=OUTPUT.jsonl")
    args = ap.parse_args()

    gold = load_gold(args.data)
    sizes = {page: os.path.getsize(os.path.join(args.work, "pages", page)) for page in gold}
    table = []
    for item in args.outputs:
        name, path = item.split("=", 1)
        rows = load_output(path)
        summaries = score(args.data, args.work, name, rows)
        read = numbers(summaries.get("readability"))
        snip = numbers(summaries.get("trafilatura"))
        titled = [p for p in gold if gold[p].get("title")]
        exact = sum(folded(rows.get(p, {}).get("title")) == folded(gold[p]["title"]) for p in titled)
        title_f1 = sum(token_f1(rows.get(p, {}).get("title", ""), gold[p]["title"]) for p in titled)
        seconds = sum(row["seconds"] for row in rows.values())
        mb = sum(sizes.get(p, 0) for p in rows) / 1e6
        found_folded, absent_folded = snippets_folded(rows, gold)
        table.append((name, read, snip, found_folded, absent_folded, exact / len(titled),
                      title_f1 / len(titled),
                      len(rows) / seconds if seconds else 0.0, mb / seconds if seconds else 0.0,
                      int(read["empty"]) + int(snip["empty"]) if read["empty"] != "–" else "–"))

    print("| extractor | readability P | R | F1 | trafilatura must_contain found "
          "| must_not_contain absent | found, typography folded | absent, folded "
          "| empty bodies | title exact (folded) | title token F1 | pages/s | MB/s per core |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for (name, read, snip, found_folded, absent_folded, exact, title_f1, pages_s, mb_s,
         empty) in table:
        print("| %s | %s | %s | %s | %s | %s | %.3f | %.3f | %s | %.3f | %.3f | %.1f | %.2f |" % (
            name, read["P"], read["R"], read["F1"], snip["found"], snip["absent"], found_folded,
            absent_folded, empty, exact, title_f1, pages_s, mb_s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
