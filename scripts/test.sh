#!/usr/bin/env bash
# Quick start 2: install what is missing, build (warnings are errors), and run
# every test. Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERITY_PRESET=ci bash "$root/scripts/build.sh"
cd "$root"
ctest --preset ci -j "$(nproc)"
