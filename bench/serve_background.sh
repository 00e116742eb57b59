# Sourced by the service benchmarks: builds verity if needed, makes a work
# directory, and defines start_server, which runs `verity serve --port 0`
# with the given flags in the background and sets $server (its pid) and $base
# (its URL, ending in /). The server and the work directory go at exit.
# VERITY_BIN names another binary to serve (to compare two builds in one run).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
verity="${VERITY_BIN:-build/verity}"
[[ -x "$verity" ]] || bash scripts/build.sh verity_cli
work="$(mktemp -d)"
server=""
trap 'if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

start_server() {
  "$verity" serve --port 0 "$@" > "$work/serve.out" &
  server=$!
  for _ in $(seq 100); do grep -q "serving on" "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
  base="$(grep -o 'http://[^ ]*' "$work/serve.out")" || {
    echo "the server did not start:" >&2
    cat "$work/serve.out" >&2
    exit 1
  }
}
