#!/usr/bin/env bash
# Reproduces the evidence combiner's evaluation (docs/verdict.md): the content
# model alone against the content model with the evidence weighed, on the test
# parts of bench/peers/splits.py (PolitiFact, GossipCop, BuzzFeed), looked up
# in a store whose reference articles are FakeNewsNet's train part only. Also
# the dev parts the combiner was fitted on (in-sample, for reference), and the
# cost of the evidence per article.
#
#   bash bench/evidence_verdict.sh [COMBINER]   (default: models/verity-evidence.json)
#
# Needs ../shared/data (or $VERITY_DATA); says what is missing and exits 3
# without it. Writes bench/results/evidence_verdict.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${VERITY_DATA:-$root/../shared/data}"
combiner="${1:-$root/models/verity-evidence.json}"
work="${VERITY_EVIDENCE_FIT_DIR:-$root/build/evidence-fit}"
verity="$root/build/verity"

source "$root/scripts/evidence-fit-data.sh"
require_evidence_fit_data evidence_verdict "nothing measured."
[[ -x "$verity" ]] || bash "$root/scripts/build.sh" verity_cli
prepare_evidence_fit_data
mkdir -p "$root/bench/results"

results="$root/bench/results/evidence_verdict.md"
{
  echo "# Evidence combiner: content model alone vs with evidence"
  echo
  echo "Combiner: $combiner; store: $store (FakeNewsNet train real articles, domain_ratings, OpenSources, LIAR)."
  echo "Rows \"+evidence\" are the combined probability; the others the content model's. macro-F1 at the model's threshold."
  for part in test_politifact test_gossipcop test_buzzfeed dev_all; do
    echo
    echo "## $part"
    echo
    echo '```'
    start=$(date +%s.%N)
    "$verity" eval --store "$store" --combiner "$combiner" --threads 2 "$splits/$part.jsonl" 2>"$work/$part.err"
    end=$(date +%s.%N)
    echo '```'
    grep "moved by evidence" "$work/$part.err" || true
    echo "wall time with evidence, 2 threads: $(python3 -c "print(f'{$end - $start:.1f}')") s"
  done
} | tee "$results"
echo "wrote $results" >&2
