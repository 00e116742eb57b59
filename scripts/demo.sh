#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and run verity's main job on
# the bundled examples: check each one with the shipped model, then show how
# one page was cleaned.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh" verity_cli
cd "$root"
echo "==> build/verity check examples/*"
build/verity check examples/fabricated-story.txt examples/wire-report.txt examples/news-page.html
echo
echo "==> build/verity extract --show-removed examples/wire-report.txt"
build/verity extract --show-removed examples/wire-report.txt
