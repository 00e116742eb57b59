#!/usr/bin/env bash
# Fits the evidence combiner that ships in models/verity-evidence.json: how
# much a publisher's ratings, the worst cited source, a matching fact-check,
# a copied original and the author's outlets move the content model's verdict
# (docs/verdict.md).
#
# The recipe is bench/evidence_loco.sh: the collections the content model was
# not trained on (FakeNewsNet PolitiFact and GossipCop dev+test, BuzzFeed-Webis
# dev+test, FakeHealth dev+test), each weighing the same; the ridge penalty and the
# kinds of evidence chosen by leave-one-collection-out; every weight held to
# its sign rule. No randomness. Data: $VERITY_DATA, else ../shared/data.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/models/verity-evidence.json}"
bash "$root/scripts/build.sh" verity_cli
bash "$root/bench/evidence_loco.sh" "$out"
