#!/usr/bin/env bash
# Fits the evidence combiner that ships in models/verity-evidence.json: how
# much a publisher's ratings, the worst cited source, a matching fact-check
# and a copied original move the content model's verdict (docs/verdict.md).
#
#   1. the splits of bench/peers/splits.py (the content model's own);
#   2. an evidence store built by scripts/build-evidence.sh, whose reference
#      articles are FakeNewsNet's train part only, at build/evidence-fit/;
#   3. `verity fit-evidence` on the dev parts (all three collections): the
#      content model never trained its weights on them (it used them only for
#      early stopping and its Platt calibration);
#   4. `verity eval --store` on the test parts: content model alone and with
#      the evidence, per collection (bench/evidence_verdict.sh prints the table).
# No randomness: the fit is Newton's method on fixed data, and the splits are
# by hashes. Data: $VERITY_DATA, else ../shared/data.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${VERITY_DATA:-$root/../shared/data}"
out="${1:-$root/models/verity-evidence.json}"
work="${VERITY_EVIDENCE_FIT_DIR:-$root/build/evidence-fit}"

source "$root/scripts/evidence-fit-data.sh"
require_evidence_fit_data train-evidence-combiner "the shipped combiner is unchanged."
bash "$root/scripts/build.sh" verity_cli
prepare_evidence_fit_data
"$root/build/verity" fit-evidence --store "$store" --threads 2 \
  --description "dev parts of FakeNewsNet (PolitiFact, GossipCop) and BuzzFeed-Webis (bench/peers/splits.py), looked up in a store of FakeNewsNet train real articles, domain_ratings, OpenSources and LIAR; offset: the content model models/verity-default.model" \
  -o "$out" "$splits/dev_all.jsonl"
