#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and run verity's main job on
# the bundled examples.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh" verity_cli
cd "$root"
for example in examples/*.txt examples/*.html; do
  echo "==> build/verity extract $example"
  build/verity extract "$example"
  echo
done
