#!/usr/bin/env bash
# The main job: installs what is missing, builds PyIR, and shows an example:
# examples/kernels.py run by the interpreter, then compiled by `pyirc` to the
# pyir dialect and cleaned up by `pyir-opt` (canonicalization folds the
# constant work and drops dead code; every check that can raise stays).
# Until the CPython backend lands, the compiled module is not built yet.
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
echo "== pyirc --emit=pyir examples/kernels.py | pyir-opt -canonicalize -cse =="
"$build/bin/pyirc" --emit=pyir "$root/examples/kernels.py" |
  "$build/bin/pyir-opt" -canonicalize -cse
