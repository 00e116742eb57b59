#!/usr/bin/python3
"""Peer for bench/extract_peers.sh: readability-lxml (Debian python3-readability),
the Python port of arc90's Readability. Reads page paths, one a line, from
standard input; writes one JSON object a page ({"page", "title", "body",
"seconds"}). `seconds` covers parsing and extraction, single-threaded; the
summary's HTML is turned into text with blocks on lines of their own.
"""
import json
import os
import re
import sys
import time

import lxml.html
from readability import Document

BLOCK = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
         "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
         "figcaption", "br", "hr", "header", "footer", "main", "aside", "nav", "body", "html"}

SPACE = re.compile(r"\s+")


def block_text(root):
    parts = []

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag in BLOCK
        if block:
            parts.append("\n")
        if node.text and tag not in ("script", "style"):
            parts.append(SPACE.sub(" ", node.text))
        for child in node:
            walk(child)
            if child.tail:
                parts.append(SPACE.sub(" ", child.tail))
        if block:
            parts.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def main():
    for line in sys.stdin:
        path = line.strip()
        if not path:
            continue
        with open(path, "rb") as f:
            raw = f.read()
        start = time.perf_counter()
        title, body, error = "", "", None
        try:
            doc = Document(raw)
            summary = doc.summary(html_partial=True)
            title = doc.short_title() or ""
            body = block_text(lxml.html.fromstring(summary)) if summary.strip() else ""
        except Exception as e:  # a peer's failure on one page is a result, not a crash
            error = str(e)[:200]
        seconds = time.perf_counter() - start
        print(json.dumps({"page": os.path.basename(path), "title": title, "body": body,
                          "seconds": seconds, "error": error}), flush=True)


if __name__ == "__main__":
    main()
