#!/usr/bin/env bash
# Writes the API reference of the pyir Python package, generated from its
# docstrings by pdoc (index.html, pyir.html, pyir/*.html). Every public
# module (no name part starting with '_') is documented; the names each
# shows are its __all__.
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
modules=$("$python" - <<'PY'
import pkgutil
import pyir

for info in pkgutil.walk_packages(pyir.__path__, "pyir."):
    parts = info.name.split(".")
    # Private modules, and files that are no module (pyir/lit/lit.cfg.py).
    if all(p.isidentifier() and not p.startswith("_") for p in parts):
        print(info.name)
PY
)
out="${2:-$build/docs/api}"
rm -rf "$out"
# shellcheck disable=SC2086 # one argument per module
"$python" -m pdoc --docformat restructuredtext --no-show-source -o "$out" pyir $modules
echo "api-docs: $out/index.html ($(echo pyir $modules | wc -w) modules)"
