#!/usr/bin/env python3
"""A peer for extract_bench: the same synthetic HTML pages, reduced to their
paragraph text by Python's standard html.parser (skipping nav, header, footer,
aside, script and style), single-threaded. No cleaning rules, no metadata: a
lower bound on what any HTML-to-text step costs, to compare verity against in
the same run.

usage: peer_extract.py PAGES.jsonl [--runs N]
"""
import json
import statistics
import sys
import time
from html.parser import HTMLParser

SKIP = {"nav", "header", "footer", "aside", "script", "style", "noscript"}


class ParagraphText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.in_paragraph = False
        self.paragraphs = []
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip_depth += 1
        elif tag == "p" and not self.skip_depth:
            self.in_paragraph = True
            self.current = []

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "p" and self.in_paragraph:
            self.in_paragraph = False
            text = " ".join("".join(self.current).split())
            if text:
                self.paragraphs.append(text)

    def handle_data(self, data):
        if self.in_paragraph and not self.skip_depth:
            self.current.append(data)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    with open(sys.argv[1], encoding="utf-8") as f:
        pages = [json.loads(line)["html"] for line in f]
    total = sum(len(p.encode("utf-8")) for p in pages)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for page in pages:
            parser = ParagraphText()
            parser.feed(page)
            parser.close()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(json.dumps({"peer": "python html.parser", "pages": len(pages), "mb": total / 1e6,
                      "seconds": median, "mb_per_s": total / 1e6 / median,
                      "pages_per_s": len(pages) / median}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
