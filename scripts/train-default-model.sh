#!/usr/bin/env bash
# Retrains the model that ships in models/ from the shared data, with a fixed
# seed and one training thread (so the same data always gives the same file):
#   fake head   FakeNewsNet train + BuzzFeed-Webis train part (fake/real), each
#               collection weighted equally and classes balanced within it;
#               early stopping, calibration and threshold on the dev parts
#   satire head Golbeck et al. fake-vs-satire, 5-fold cross-validated calibration
# The splits are bench/peers/splits.py's, so the benchmark's test parts are
# never trained on. Data: $VERITY_DATA, else ../shared/data.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${VERITY_DATA:-$root/../shared/data}"
out="${1:-$root/models/verity-default.model}"

source "$root/scripts/shared-data.sh"
require_shared_data train-default-model "the shipped model is unchanged." \
  fakenewsnet/train.jsonl fakenewsnet/dev.jsonl fakenewsnet/test.jsonl \
  buzzfeed-webis/articles.jsonl satire/golbeck.jsonl

mkdir -p "$(dirname "$out")"
bash "$root/scripts/build.sh" verity_cli
splits="$root/build/model-data"
python3 "$root/bench/peers/splits.py" --data "$data" "$splits"
"$root/build/verity" train \
  --train "$splits/train_all.jsonl" --dev "$splits/dev_all.jsonl" \
  --satire "$data/satire/golbeck.jsonl" \
  --seed 1 --threads 1 \
  --description "FakeNewsNet train (PolitiFact, GossipCop) + BuzzFeed-Webis train part; dev parts for early stopping and calibration; satire head on Golbeck fake-vs-satire; seed 1" \
  -o "$out"
ls -l "$out"
