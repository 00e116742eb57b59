#!/usr/bin/env bash
# Fails, naming the files, when a C++ file in the repository differs from what
# clang-format (with the checked-in .clang-format) makes of it. `--fix`
# rewrites them instead. scripts/test.sh runs the check first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v clang-format >/dev/null || { echo "check-format: clang-format is missing (scripts/setup.sh installs it)" >&2; exit 1; }
mapfile -t files < <(git ls-files '*.cc' '*.h')
if [[ "${1:-}" == --fix ]]; then
  clang-format -i "${files[@]}"
  exit 0
fi
drifted=()
for file in "${files[@]}"; do
  clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || drifted+=("$file")
done
if ((${#drifted[@]} > 0)); then
  echo "check-format: ${#drifted[@]} files differ from clang-format's layout (bash scripts/check-format.sh --fix):" >&2
  printf '  %s\n' "${drifted[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} C++ files match .clang-format"
