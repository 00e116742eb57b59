#!/usr/bin/env bash
# Quick start 2: install what is missing, build (warnings are errors), and run
# every test: the C++ suite, then the web page in headless Chromium against
# `verity serve`. Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERITY_PRESET=ci bash "$root/scripts/build.sh"
cd "$root"
ctest --preset ci -j "$(nproc)"
echo "==> browser tests (tests/web: playwright-core driving /usr/bin/chromium)"
(cd tests/web && npm ci --no-audit --no-fund --loglevel=error && node --test)
