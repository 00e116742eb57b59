#!/usr/bin/env bash
# Load benchmark of `verity serve` (never part of the tests): wrk posts a
# 5 KB article to /v1/check over 64 connections for 30 s on localhost and
# prints requests/s, latency percentiles and errors.
#   DURATION=30s CONNECTIONS=64 THREADS=2 SERVE_FLAGS="--threads 2" bash bench/serve_load.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/serve_background.sh"

# The article: the wire report and the fabricated story, twice, about 5 KB.
cat examples/wire-report.txt examples/fabricated-story.txt examples/wire-report.txt \
    examples/fabricated-story.txt | head -c 5000 > "$work/article.txt"
cat > "$work/post.lua" <<LUA
local file = io.open("$work/article.txt", "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "text/plain"
file:close()
LUA

# The check path alone: no evidence store unless SERVE_FLAGS names one
# (--store PATH), since claim matching and lookups cost more than checking.
# shellcheck disable=SC2086  # SERVE_FLAGS is a list of flags
VERITY_STORE=/nonexistent/verity-bench.db start_server ${SERVE_FLAGS:-}
echo "article: $(wc -c < "$work/article.txt") bytes; server: $base; $(nproc) cores"
wrk --latency -t "${THREADS:-2}" -c "${CONNECTIONS:-64}" -d "${DURATION:-30s}" -s "$work/post.lua" "${base}v1/check"
echo
echo "server-side counts:"
curl -s "${base}metrics" | grep '^verity_http_requests_total{route="/v1/check"'
