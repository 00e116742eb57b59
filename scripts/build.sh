#!/usr/bin/env bash
# Set-up plus a Release build into build/ (the CLI lands at build/verity).
# VERITY_PRESET=ci turns warnings into errors; arguments name the targets to
# build (default: all, and then the Python module is installed for
# /usr/bin/python3 too: scripts/install-python.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
preset="${VERITY_PRESET:-release}"
cd "$root"
cmake --preset "$preset" >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build --preset "$preset" -j "$(nproc)" "${targets[@]}"
if ((${#targets[@]} == 0)) && [[ "$preset" == release || "$preset" == ci ]]; then
  bash "$root/scripts/install-python.sh"
fi
