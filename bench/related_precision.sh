#!/usr/bin/env bash
# Related means the same story: how well the same-story rule used by
# `related` (src/evidence/same_story.cc) tells FNC-1's related headline/body
# pairs (agree, disagree, discuss) from unrelated ones (a headline paired with
# a body about another story), on FNC-1's competition test split.
#
#   bash bench/related_precision.sh [SPLIT]   (default: test)
#
# Needs ../shared/data/stance/fnc1 (or $VERITY_DATA); exits 3 without it.
# Writes bench/results/related_precision.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${VERITY_DATA:-$root/../shared/data}"
split="${1:-test}"
source "$root/scripts/shared-data.sh"
require_shared_data related_precision "nothing measured." stance/fnc1/stances.jsonl \
  stance/fnc1/bodies.jsonl
bench="$root/build/bench/same_story_bench"
[[ -x "$bench" ]] || bash "$root/scripts/build.sh" same_story_bench
work="$root/build/related-precision"
mkdir -p "$work" "$root/bench/results"
python3 - "$data/stance/fnc1" "$split" "$work/pairs.tsv" <<'PY'
import json, sys
fnc, split, out = sys.argv[1:]
bodies = {}
with open(f"{fnc}/bodies.jsonl", encoding="utf-8") as f:
    for line in f:
        b = json.loads(line)
        bodies[b["id"]] = " ".join(b["text"].split("\t"))
with open(f"{fnc}/stances.jsonl", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
    for line in f:
        s = json.loads(line)
        if s["split"] != split:
            continue
        body = bodies[s["body"]].replace("\n", " . ")
        w.write(f"{s['stance']}\t{' '.join(s['headline'].split())}\t{body}\n")
PY
{
  echo "# Related means the same story: FNC-1 $split pairs"
  echo
  echo "A pair is called related when the headline and the body share names (capitalized words"
  echo "inside a sentence; a headline's first word counts unless common) and numbers as below."
  echo
  "$bench" "$work/pairs.tsv"
} | tee "$root/bench/results/related_precision.md"
