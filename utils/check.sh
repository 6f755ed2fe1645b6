#!/usr/bin/env bash
# Installs the dependencies, builds PyIR and runs every test (lit).
# Prints "N passed, N failed" last; exits non-zero on any failure.
#
#   utils/check.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
"$root/utils/bootstrap.sh" "$build"

log="$build/check.log"
set +e
/usr/lib/llvm-22/bin/lit -v --time-tests "$build/test" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# lit's summary lines look like "  Passed: 12 (100.00%)".
count() { sed -n "s/^ *$1 *: *\([0-9]*\).*/\1/p" "$log" | tail -n 1; }
passed=$(count Passed); passed=${passed:-0}
failed=0
for kind in Failed Unresolved 'Timed Out' 'Unexpectedly Passed'; do
  n=$(count "$kind"); failed=$((failed + ${n:-0}))
done
echo "$passed passed, $failed failed"
if ((status != 0 || failed != 0 || passed == 0)); then
  echo "check: FAILED" >&2
  exit 1
fi
