#!/usr/bin/env bash
# The main job: installs what is missing, builds PyIR, and shows an example.
# Until the frontend lands this runs `pyir-opt` on the example kernel `norm`
# written in the pyir dialect (examples/norm.mlir): canonicalization folds
# the constant work and drops dead code, while every check that can raise
# (the bounds-checked loads) stays.
#
#   utils/demo.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
"$root/utils/bootstrap.sh" "$build" >/dev/null

echo "== examples/kernels.py, interpreted by CPython =="
PYTHONPATH="$root/python" /usr/bin/python3 - "$root/examples" <<'PY'
import array, sys
sys.path.insert(0, sys.argv[1])
import kernels
print("norm([3, 4])            =", kernels.norm(array.array("d", [3.0, 4.0])))
print("count_primes(100, ...)  =", kernels.count_primes(100, bytearray(100)))
print("collatz_steps(27)       =", kernels.collatz_steps(27))
PY
echo
echo "== $("$build/bin/pyir-opt" --version | tail -n 2 | paste -sd' ') =="
echo "== examples/norm.mlir through pyir-opt -canonicalize -cse =="
"$build/bin/pyir-opt" "$root/examples/norm.mlir" -canonicalize -cse
