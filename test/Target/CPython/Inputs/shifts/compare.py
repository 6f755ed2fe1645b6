"""Calls the compiled shifts module and the interpreted source on the same
arguments; prints the number of differences (results or exception types)."""
import importlib.util
import sys

import shifts as compiled

spec = importlib.util.spec_from_file_location("shifts_py", sys.argv[1])
interpreted = importlib.util.module_from_spec(spec)
spec.loader.exec_module(interpreted)

VALUES = [0, 1, -1, 7, -7, 8, -8, 9, -9, 2**63 - 1, -2**63, -2**63 + 1,
          12345678901, -12345678901]


def outcome(fn, *args):
    try:
        return ("ok", fn(*args))
    except Exception as e:  # noqa: BLE001 - the type is what is compared
        return ("exc", type(e).__name__)


calls = differences = 0
for name in ("halve", "shift"):
    for x in VALUES:
        calls += 1
        differences += outcome(getattr(compiled, name), x) != \
            outcome(getattr(interpreted, name), x)
for x in VALUES:
    for n in (0, 1, 3, 63, 64, 100, -1):
        calls += 1
        differences += outcome(compiled.shift_by, x, n) != \
            outcome(interpreted.shift_by, x, n)
print("shifts: 3 functions, %d calls, %d differences" % (calls, differences))
