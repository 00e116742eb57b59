#!/usr/bin/env bash
# Runs the benchmarks and prints their tables: extraction speed beside a
# naive HTML-to-text peer, then (MODEL=1) the model benchmark — verity,
# scikit-learn and fastText trained and scored on the same splits in one run.
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
if [[ "${MODEL:-0}" == 1 ]]; then
  echo
  python3 bench/verity_model_bench.py
  bash bench/peers/run_peers.sh >/dev/null
  cat bench/results/verity.jsonl bench/results/peers.jsonl > bench/results/models.jsonl
  python3 bench/peers/table.py bench/results/models.jsonl | tee bench/results/models.md
fi
