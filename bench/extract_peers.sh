#!/usr/bin/env bash
# verity extract against real peers on the shared extraction pages, in one run
# and with one scorer (../shared/data/extraction/score.py): token P/R/F1 on
# readability/, must_contain found and must_not_contain absent on
# trafilatura/, empty bodies, title accuracy, pages/s and MB/s on one core.
#
# Peers: readability-lxml (Debian python3-readability, run with
# /usr/bin/python3) and Mozilla Readability.js on jsdom (npm, pinned in
# bench/extract_peers/package-lock.json, installed here with `npm ci`).
# Each extractor runs once over all pages in one process; its time is the sum
# of its per-page parse + extract times (verity: the median of 3 passes).
#
# usage: bench/extract_peers.sh [BUILD_DIR]   (from the repository root; default build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
data=${VERITY_SHARED_DIR:-../shared}/data/extraction
peers=bench/extract_peers

if [[ ! -f $data/score.py ]]; then
  echo "extract_peers: $data/score.py is missing; this benchmark needs the shared extraction" \
    "pages (../shared/data/extraction). Nothing measured."
  exit 0
fi
if [[ ! -x $build/bench/extract_pages_bench ]]; then
  echo "extract_peers: $build/bench/extract_pages_bench is missing; build first (scripts/build.sh)." >&2
  exit 1
fi
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  echo "extract_peers: installing python3-readability (a peer for this benchmark only)"
  apt-get install -y --no-install-recommends python3-readability >/dev/null ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends python3-readability >/dev/null; }
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "extract_peers: installing nodejs and npm (for the Readability.js peer only)"
  apt-get install -y --no-install-recommends nodejs npm >/dev/null ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends nodejs npm >/dev/null; }
fi
if [[ ! -d $peers/node_modules/@mozilla/readability ]]; then
  echo "extract_peers: installing Readability.js and jsdom into $peers/node_modules (npm ci)"
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
fi

work=$(mktemp -d -t extract-peers-XXXXXX)
trap 'rm -rf "$work"' EXIT
# The pages unpacked once, named as score.py names them (<set>__<id>.html).
python3 - "$data" "$work/pages" <<'EOF'
import gzip, json, os, shutil, sys
data, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
for name in sorted(os.listdir(data)):
    gold = os.path.join(data, name, "gold.jsonl")
    if not os.path.isfile(gold):
        continue
    for line in open(gold, encoding="utf-8"):
        if line.strip():
            page = json.loads(line)
            src = os.path.join(data, name, "html", page["id"] + ".html.gz")
            with gzip.open(src, "rb") as fin, open(os.path.join(out, "%s__%s.html" % (name, page["id"])), "wb") as fout:
                shutil.copyfileobj(fin, fout)
EOF
ls "$work"/pages/*.html >"$work/list"
echo "extract_peers: $(wc -l <"$work/list") pages, $(du -sm "$work/pages" | cut -f1) MB of HTML"

echo "extract_peers: verity" >&2
nice "$build/bench/extract_pages_bench" --runs 3 <"$work/list" >"$work/verity.jsonl"
echo "extract_peers: Readability.js" >&2
nice node "$peers/readability_js.mjs" <"$work/list" >"$work/readability_js.jsonl"
echo "extract_peers: readability-lxml" >&2
nice /usr/bin/python3 "$peers/readability_lxml.py" <"$work/list" >"$work/readability_lxml.jsonl"

python3 "$peers/compare.py" --data "$data" --work "$work" \
  "verity=$work/verity.jsonl" \
  "Readability.js 0.6.0 (jsdom)=$work/readability_js.jsonl" \
  "readability-lxml 0.8.1=$work/readability_lxml.jsonl"
if [[ -n ${KEEP_DETAILS:-} ]]; then
  mkdir -p "$KEEP_DETAILS" && cp "$work"/*.jsonl "$KEEP_DETAILS"/
  echo "extract_peers: outputs and per-page scores kept in $KEEP_DETAILS"
fi
