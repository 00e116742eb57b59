#!/usr/bin/env bash
# The bad-request battery against a running `verity serve` (the same cases
# are tests in tests/server/bad_input_test.cc): each bad input and the status
# it got, then whether the server still answers. Prints a Markdown table.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/serve_background.sh"
start_server --request-timeout 2000
port="${base##*:}"; port="${port%/}"

send() {  # send NAME CONTENT-TYPE FILE
  local out
  out=$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' -H "Content-Type: $2" --data-binary "@$3" "${base}v1/check")
  printf '| %s | %s | %.0f ms | %s |\n' "$1" "${out%% *}" "$(awk "BEGIN { print ${out##* } * 1000 }")" "$(head -c 90 "$work/body")"
}
printf '{"text": "unterminated' > "$work/malformed.json"
printf '{"title": 5, "text": ["a"]}' > "$work/types.json"
printf '{"text": "bad \xff byte"}' > "$work/utf8.json"
printf 'The mayor said \xff\xfe the plan \xc3 would pass.' > "$work/utf8.txt"
head -c 100000000 /dev/zero | tr '\0' 'a' > "$work/huge.txt"
head -c 4096 /dev/urandom > "$work/binary.txt"
{ printf '<html><body>'; for _ in $(seq 1000); do printf '<div><div><div><div><div><div><div><div><div><div>%.0s' $(seq 10); done; printf 'Deep text.'; } > "$work/bomb.html"

echo "| input | status | time | body |"
echo "|---|---|---|---|"
send "malformed JSON" application/json "$work/malformed.json"
send "wrong types" application/json "$work/types.json"
send "form-encoded body" application/x-www-form-urlencoded "$work/utf8.txt"
send "invalid UTF-8 in JSON" application/json "$work/utf8.json"
send "invalid UTF-8 in text (repaired)" text/plain "$work/utf8.txt"
send "100 MB body" text/plain "$work/huge.txt"
send "random binary" text/plain "$work/binary.txt"
send "100,000 nested <div>s" text/html "$work/bomb.html"

# Slow loris: half a request, then nothing; the server must answer 408 and close.
start=$(date +%s%N)
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'POST /v1/check HTTP/1.1\r\nHost: x\r\n' >&3
answer=$(timeout 10 cat <&3 | head -c 120 | tr -d '\r' | head -1 || true)
exec 3<&-
printf '| slow loris (half a request, then silence) | %s | %d ms | closed by the server |\n' \
  "$(echo "$answer" | awk '{print $2}')" $(( ($(date +%s%N) - start) / 1000000 ))
printf '| still serving? GET /healthz | %s | | |\n' "$(curl -s -o /dev/null -w '%{http_code}' "${base}healthz")"
