#!/usr/bin/env bash
# The peer side of verity's model benchmark: writes the shared splits, then
# trains and scores fastText and scikit-learn on every experiment splits.py
# defines (train_all -> each test set, and each collection -> every
# collection), one run each; repeats are the caller's choice (RUNS=n appends n
# runs per configuration). fastText trains with 2 threads and is therefore not
# deterministic: repeated runs differ.
#
# Output: bench/results/peers.jsonl (one JSON object per system x experiment x
# run, git-ignored) and Markdown tables on stdout.
# Env: BENCH_DATA (split dir, default build/bench-data), VERITY_DATA (the
# shared data, default ../shared/data), PYTHON (default /usr/bin/python3),
# THREADS (default 2), PEERS (default "sklearn fasttext"), SET (splits.py's
# experiment set: cross, the default, or loco), OUT (the results file).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
py="${PYTHON:-/usr/bin/python3}"
data="${BENCH_DATA:-build/bench-data}"
threads="${THREADS:-2}"
runs="${RUNS:-1}"
peers="${PEERS:-sklearn fasttext}"
out="${OUT:-bench/results/peers.jsonl}"
set_name="${SET:-cross}"
hint="install with: sudo apt-get install fasttext python3-sklearn"

# Fail before any work if a tool is missing, not halfway through the run.
if ! "$py" -c "import sklearn" 2>/dev/null; then
  echo "run_peers.sh: $py cannot import sklearn; $hint" >&2
  exit 4
fi
if [[ " $peers " == *" fasttext "* ]] && ! command -v "${FASTTEXT:-fasttext}" >/dev/null; then
  echo "run_peers.sh: the fasttext command is missing; $hint" >&2
  exit 4
fi

"$py" bench/peers/splits.py "$data" >&2   # exits 3, saying what is missing, without the data

mkdir -p bench/results
: >"$out"
while read -r name train dev tests; do
  test_args=()
  for t in $tests; do test_args+=(--test "$t"); done
  # Scoring speed does not depend on the training collection: time it on a
  # large batch once, in the in-collection experiment, and keep the others short.
  score_min=0
  [[ "$name" == all ]] && score_min="${SCORE_MIN:-10000}"
  for run in $(seq "$runs"); do
    for peer in $peers; do
      echo "== $peer: $name (run $run/$runs)" >&2
      "$py" "bench/peers/${peer}_peer.py" --train "$train" --dev "$dev" "${test_args[@]}" \
        --threads "$threads" --experiment "$name" --score-min "$score_min" >>"$out"
    done
  done
done < <("$py" bench/peers/splits.py --experiments --set "$set_name" "$data")

echo "results: $out" >&2
[[ "$set_name" == cross ]] && "$py" bench/peers/table.py "$out"
exit 0
