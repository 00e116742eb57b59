#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan+UBSan, every
# library instrumented for coverage) and runs each for SECONDS_PER_TARGET
# (default 60) on one core, one after the other, then prints a table:
# target, executions, executions/s, coverage (libFuzzer's cov: edges) and
# crashes. New interesting inputs go to build-fuzz/corpus/NAME (the committed
# seeds in fuzz/corpus/NAME are read, never written); a crash, leak, timeout
# or out-of-memory input lands in build-fuzz/crashes/NAME/ — turn each into a
# fix plus a regression file in fuzz/corpus/NAME, which ctest replays.
#
#   bash fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Exit status 1 when any target found a crash.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
cd "$root"
all_targets=$(sed -n '/^set(VERITY_FUZZ_TARGETS/,/)/p' fuzz/CMakeLists.txt |
  sed -e 's/set(VERITY_FUZZ_TARGETS//' -e 's/)//' | tr -s ' \n' ' ')
targets=("$@")
((${#targets[@]})) || read -r -a targets <<<"$all_targets"

echo "==> building the fuzz preset into build-fuzz/ (clang++ $(clang++ -dumpversion))" >&2
if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
cmake --preset fuzz >/dev/null
build_targets=()
for t in "${targets[@]}"; do build_targets+=(--target "fuzz_$t"); done
nice cmake --build --preset fuzz -j 2 "${build_targets[@]}" >&2

# Text-like doors get room for a page; the file doors for their seeds.
max_len() {
  case "$1" in
    extract_html | check) echo 65536 ;;
    model_load | store_open) echo 0 ;;  # 0: libFuzzer sizes it from the largest seed
    *) echo 16384 ;;
  esac
}
dict() {
  case "$1" in
    extract_html | check) echo "-dict=fuzz/dict/html.dict" ;;
    read_jsonl | request_documents | combiner_load | json_record) echo "-dict=fuzz/dict/json.dict" ;;
  esac
}

# The examples and fixtures a target also reads, in place (fuzz/seed_dirs.txt).
seed_dirs() { awk -v t="$1" '$1 == t { $1 = ""; print }' fuzz/seed_dirs.txt; }

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$root/fuzz/ubsan.supp}"
rows=()
found=0
for t in "${targets[@]}"; do
  work="build-fuzz/corpus/$t"
  crashes="build-fuzz/crashes/$t"
  log="build-fuzz/logs/$t.log"
  mkdir -p "$work" "$crashes" "$(dirname "$log")"
  echo "==> fuzz_$t for ${seconds}s" >&2
  set +e
  # shellcheck disable=SC2046
  nice build-fuzz/fuzz/fuzz_"$t" "$work" "fuzz/corpus/$t" $(seed_dirs "$t") $(dict "$t") \
    -max_len="$(max_len "$t")" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1
  status=$?
  set -e
  # (a run that stops on its seeds has no stats: || true keeps going)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
  n=$(find "$crashes" -type f | wc -l)
  if ((status != 0 && n == 0)); then n="exit $status"; fi
  [[ "$n" == 0 ]] || found=1
  rate=$(awk -v e="${execs:-0}" -v s="$seconds" 'BEGIN { printf "%.0f", e / s }')
  rows+=("$(printf '%-18s %12s %8s %7s %7s  %s' "$t" "${execs:-?}" "$rate" "${cov:-?}" "${ft:-?}" "$n")")
done

printf '\n%-18s %12s %8s %7s %7s  %s\n' target executions exec/s cov ft crashes
for row in "${rows[@]}"; do echo "$row"; done
echo "(${seconds}s per target; logs in build-fuzz/logs/, crash inputs in build-fuzz/crashes/)"
exit "$found"
