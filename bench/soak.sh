#!/usr/bin/env bash
# The server under load and abuse at once (bench/soak.py): `verity serve`
# with its default limits, 64 connections mixing valid checks, the
# bad-request battery, slow clients and oversized bodies for SECONDS
# (default 180). Prints the table and the RSS at start and end; exits 1 on
# a crash, a 5xx other than 503, a wrong answer or a lost request.
#   bash bench/soak.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/serve_background.sh"
start_server --request-timeout 3000
python3 bench/soak.py "$base" "$server" "${1:-180}" "${2:-64}"
kill -0 "$server" || { echo "the server is gone" >&2; exit 1; }
