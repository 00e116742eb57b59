#!/usr/bin/env bash
# Quick start 2: install what is missing, check the C++ layout against
# .clang-format, build (warnings are errors), and run every test: the C++
# suite and the Python module's pytest suite (both under ctest: python.api,
# python.faces, python.leak, python.dask), the installed module as a user
# imports it, then the web page in headless Chromium against `verity serve`.
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
