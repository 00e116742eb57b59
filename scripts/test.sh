#!/usr/bin/env bash
# Quick start 2: install what is missing, check the C++ layout against
# .clang-format, build (warnings are errors), and run every test: the C++
# suite and the Python module's pytest suite (both under ctest: python.api,
# python.faces, python.leak, python.dask), the installed module as a user
# imports it, then the web page in headless Chromium against `verity serve`.
# Then the C++ suite again under AddressSanitizer + UndefinedBehaviorSanitizer
# (the asan preset, without the Python module and the benchmarks), the fuzz
# corpora's replay (ctest fuzz.replay.*) included: any sanitizer report fails
# the run. VERITY_SKIP_ASAN=1 leaves that step out (a quick local run).
# Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
echo "==> clang-format (scripts/check-format.sh)"
bash "$root/scripts/check-format.sh"
VERITY_PRESET=ci bash "$root/scripts/build.sh"
cd "$root"
ctest --preset ci -j "$(nproc)"
echo "==> installed Python module (import verity from /usr/bin/python3, outside the tree)"
(cd / && /usr/bin/python3 -c "import verity; print('fake_probability', verity.load_model().check(text=open('$root/examples/fabricated-story.txt').read())['fake_probability'])")
echo "==> browser tests (tests/web: playwright-core driving /usr/bin/chromium)"
(cd tests/web && npm ci --no-audit --no-fund --loglevel=error && node --test)
if [[ "${VERITY_SKIP_ASAN:-0}" != 1 ]]; then
  echo "==> C++ suite under ASan + UBSan (asan preset, build-asan/), fuzz corpus replay included"
  cmake --preset asan -DVERITY_BUILD_PYTHON=OFF -DVERITY_BUILD_BENCH=OFF >/dev/null
  cmake --build --preset asan -j "$(nproc)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/fuzz/ubsan.supp" \
    ctest --preset asan -j "$(nproc)"
fi
