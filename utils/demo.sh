#!/usr/bin/env bash
# The main job: installs what is missing, builds PyIR, compiles
# examples/kernels.py with pyirc into a CPython extension, imports it next to
# the interpreted module, checks that both agree and times them; then shows
# the pyir dialect the frontend produced for one kernel.
#
#   utils/demo.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
"$root/utils/bootstrap.sh" "$build" >/dev/null

/usr/bin/python3 "$root/utils/demo.py" "$build"
echo
# "pyir-opt (PyIR) X.Y.Z, pyir dialect A.B, LLVM/MLIR 22.x" on one line.
echo "== $("$build/bin/pyir-opt" --version | sed 's/^ *//' | paste -sd';' | sed 's/;/, /g') =="
echo "== norm() in the pyir dialect: pyirc --emit=pyir | pyir-opt -canonicalize -cse =="
"$build/bin/pyirc" --emit=pyir "$root/examples/kernels.py" |
  "$build/bin/pyir-opt" -canonicalize -cse |
  sed -n '/func.func @norm/,/^  }/p'
