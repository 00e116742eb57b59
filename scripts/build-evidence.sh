#!/usr/bin/env bash
# Builds the evidence store from the shared data: the bundled example rating
# list, the domain quality ratings and OpenSources lists, the `real` articles
# of FakeNewsNet's train part as the reference corpus for `verity related`
# (and their MinHash signatures for copy detection), and LIAR's rated claims
# for `verity claims`, and the bylines of FakeNewsNet's train part with their
# outlets (authors' standing).
#
# Train only, not dev or test: `check` weighs copies (and shows related articles)
# in the verdict, and the evidence combiner is fitted on dev and evaluated on
# test (scripts/train-evidence-combiner.sh). A store holding a dev or test
# article would find the article itself as its own "copy" of a real story and
# leak its label into the verdict.
# Safe to rerun: imports update ratings in place, and already stored articles
# and claims are skipped.
#
# The store goes where verity puts it by default ($VERITY_STORE, else
# ~/.local/share/verity/verity.db); the data comes from ../shared/data or
# $VERITY_DATA. Whatever is missing is named, and the rest is still built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${VERITY_DATA:-$root/../shared/data}"
[[ -d "$data" ]] && data="$(cd "$data" && pwd)"  # ratings record their file: keep it readable
verity="$root/build/verity"
[[ -x "$verity" ]] || bash "$root/scripts/build.sh" verity_cli

"$verity" source import "$root/examples/source-ratings.csv"

ratings=(reputation/domain_ratings.csv opensources/sources.csv)
articles=(fakenewsnet/train.jsonl)  # train only: see above
claims=(liar/train.tsv liar/valid.tsv liar/test.tsv)
missing=()
present_ratings=()
present_articles=()
present_claims=()
for file in "${ratings[@]}"; do
  if [[ -f "$data/$file" ]]; then present_ratings+=("$data/$file"); else missing+=("$file"); fi
done
for file in "${articles[@]}"; do
  if [[ -f "$data/$file" ]]; then present_articles+=("$data/$file"); else missing+=("$file"); fi
done
for file in "${claims[@]}"; do
  if [[ -f "$data/$file" ]]; then present_claims+=("$data/$file"); else missing+=("$file"); fi
done

if ((${#present_ratings[@]} > 0)); then
  "$verity" source import --show-bad 5 "${present_ratings[@]}"
fi
if ((${#present_articles[@]} > 0)); then
  "$verity" index add --label real "${present_articles[@]}"
fi
if ((${#present_articles[@]} > 0)); then
  # Bylines of every label (not only the stored real articles): an author's
  # standing comes from the ratings of the outlets that publish them.
  "$verity" index authors "${present_articles[@]}"
fi
if ((${#present_claims[@]} > 0)); then
  "$verity" claims import --show-bad 5 "${present_claims[@]}"
fi
"$verity" source --lists

if ((${#missing[@]} > 0)); then
  echo "build-evidence: missing from $data: ${missing[*]}" >&2
  echo "build-evidence: the store holds only the rest (set VERITY_DATA to the shared data)" >&2
  ((${#present_ratings[@]} + ${#present_articles[@]} + ${#present_claims[@]} > 0)) || exit 1
fi
