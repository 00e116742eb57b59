#!/usr/bin/env bash
# Runs the benchmarks that exist so far and prints their tables.
# Needs ../shared/data; each benchmark says so and measures nothing without it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p bench/results
runs="${RUNS:-5}"
build/bench/extract_bench --runs "$runs" --pages-out bench/results/pages.jsonl | tee bench/results/extract.md
if [[ -s bench/results/pages.jsonl ]]; then
  echo
  echo "Peer on the same HTML pages, single-threaded (median of 3 runs):"
  python3 bench/peer_extract.py bench/results/pages.jsonl --runs 3 | tee bench/results/peer_extract.json
fi
