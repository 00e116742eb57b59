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

require_evidence_fit_data() {
  local name="$1" consequence="$2" file
  local missing=()
  for file in fakenewsnet/train.jsonl fakenewsnet/dev.jsonl fakenewsnet/test.jsonl \
              buzzfeed-webis/articles.jsonl reputation/domain_ratings.csv opensources/sources.csv \
              liar/train.tsv liar/valid.tsv liar/test.tsv; do
    [[ -f "$data/$file" ]] || missing+=("$data/$file")
  done
  if ((${#missing[@]} > 0)); then
    echo "$name: the shared data is missing:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    echo "$name: put it under ../shared/data or set VERITY_DATA; $consequence" >&2
    exit 3
  fi
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
