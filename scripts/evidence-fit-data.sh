# Sourced by scripts/train-evidence-combiner.sh and bench/evidence_verdict.sh:
# the data both need — the splits of bench/peers/splits.py and an evidence
# store whose reference articles are FakeNewsNet's train part only.
#
#   require_evidence_fit_data NAME CONSEQUENCE
#     exits 3, naming each missing shared file, when the data is not there
#     (NAME prefixes the messages; CONSEQUENCE says what that means);
#   prepare_evidence_fit_data
#     sets $splits and $store: writes the splits (2 s, so they always follow
#     the data) and builds the store when it is missing.
# Reads $root, $data and $work from the caller.

source "$(dirname "${BASH_SOURCE[0]}")/shared-data.sh"

require_evidence_fit_data() {
  require_shared_data "$1" "$2" \
    fakenewsnet/train.jsonl fakenewsnet/dev.jsonl fakenewsnet/test.jsonl \
    buzzfeed-webis/articles.jsonl reputation/domain_ratings.csv opensources/sources.csv \
    liar/train.tsv liar/valid.tsv liar/test.tsv
}

prepare_evidence_fit_data() {
  splits="$root/build/model-data"
  python3 "$root/bench/peers/splits.py" --data "$data" "$splits"
  mkdir -p "$work"
  store="$work/verity.db"
  if [[ ! -f "$store" ]]; then
    VERITY_STORE="$store" VERITY_DATA="$data" bash "$root/scripts/build-evidence.sh"
  fi
}
