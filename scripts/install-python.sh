#!/usr/bin/env bash
# Installs the verity Python module into Debian's Python (/usr/bin/python3)
# from this source tree with pip, offline: the wheel is built by python/setup.py
# from the CMake build in $VERITY_BUILD_DIR (default build/), and nothing is
# fetched from any registry (--no-index). As root it goes to
# /usr/local/lib/python3.*/dist-packages, otherwise to the user's site.
# scripts/build.sh runs this after a full build, so `import verity` always
# gives the module just built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python=/usr/bin/python3
args=(install --quiet --no-build-isolation --no-deps --no-index --break-system-packages
      --root-user-action=ignore --disable-pip-version-check)
[[ $(id -u) -ne 0 ]] && args+=(--user)
export VERITY_BUILD_DIR="${VERITY_BUILD_DIR:-$root/build}"
"$python" -m pip "${args[@]}" "$root/python"
# setuptools builds in the tree; its leftovers are not ours to keep.
rm -rf "$root/python/build" "$root/python/verity.egg-info"
echo "install-python: verity $("$python" -c 'import verity, os; print(os.path.dirname(verity.__file__))' 2>/dev/null || echo '(not importable)')"
