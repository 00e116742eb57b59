#!/usr/bin/env bash
# Leave-one-collection-out benchmark: for each fake/real collection C of the
# shared data, verity, scikit-learn and fastText train on every other
# collection's train part (dev parts for early stopping and calibration) and
# are scored on C's test part; the "all" experiment (every train part) gives
# the in-collection scores beside them. Splits: bench/peers/splits.py.
#
# Output: bench/results/loco.jsonl (git-ignored) and the table on stdout
# (also bench/results/loco.md).
# Env: VERITY_DATA (the shared data), BENCH_DATA (split dir, default
# build/bench-data), PEERS (default "sklearn fasttext"; empty for verity
# only), SEED (verity's, default 1), VERITY_FLAGS (extra `verity train` flags:
# a recipe variant), VERITY_NAME (its name in the table, default verity),
# THREADS (default 2), KEEP=1 appends to the results instead of starting anew.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py="${PYTHON:-/usr/bin/python3}"
data="${BENCH_DATA:-build/bench-data}"
out=bench/results/loco.jsonl
mkdir -p bench/results
[[ "${KEEP:-0}" == 1 ]] || : >"$out"

verity_out="$(mktemp)"
peers_out="$(mktemp)"
trap 'rm -f "$verity_out" "$peers_out"' EXIT
# shellcheck disable=SC2086  # VERITY_FLAGS is a list of flags
"$py" bench/verity_model_bench.py --set loco --data "$data" --out "$verity_out" --score-min 0 \
  --threads "${THREADS:-2}" --seed "${SEED:-1}" --system "${VERITY_NAME:-verity}" -- ${VERITY_FLAGS:-}
cat "$verity_out" >>"$out"
if [[ -n "${PEERS-sklearn fasttext}" ]]; then
  SET=loco OUT="$peers_out" SCORE_MIN=0 PEERS="${PEERS-sklearn fasttext}" BENCH_DATA="$data" \
    bash bench/peers/run_peers.sh
  cat "$peers_out" >>"$out"
fi
"$py" bench/loco_table.py "$out" | tee bench/results/loco.md
