#!/usr/bin/env bash
# Writes the API reference of the pyir Python package, generated from its
# docstrings by pdoc (index.html, pyir.html, pyir/*.html; utils/api_docs.py
# says which modules).
#
#   utils/api-docs.sh [BUILD_DIR [OUT_DIR]]  (default: build, BUILD_DIR/docs/api)
#   ninja -C build pyir-api-doc
#
# pdoc comes from BUILD/tools-venv (utils/setup-tools-venv.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
python="$build/tools-venv/bin/python"
if [[ ! -x "$build/tools-venv/bin/pdoc" ]]; then
  echo "api-docs: no pdoc in $build/tools-venv: run utils/setup-tools-venv.sh $build" >&2
  exit 1
fi
export PYTHONPATH="$root/python"
export PYTHONDONTWRITEBYTECODE=1
out="${2:-$build/docs/api}"
rm -rf "$out" # no page of a module that is gone
"$python" "$root/utils/api_docs.py" "$out"
