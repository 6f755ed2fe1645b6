"""Imports dbgmod from the directory given and prints what it is: with
PYIR_DISABLE=1 the interpreted source, else the extension; and the results
of calls, which are the same either way."""
import os
import sys

sys.path.insert(0, sys.argv[1])
import dbgmod  # noqa: E402

a = memoryview(bytearray(8 * 4)).cast("q")
for i, v in enumerate([5, -2, 9, 4]):
    a[i] = v
d = memoryview(bytearray(8 * 2)).cast("d")
d[0], d[1] = 0.5, 0.25
print("PYIR_DISABLE=%s" % os.environ.get("PYIR_DISABLE", ""),
      type(dbgmod.total_of).__name__, os.path.basename(dbgmod.__file__),
      dbgmod.__name__)
print(dbgmod.total_of(10, 3), dbgmod.scaled_sum(d), dbgmod.min_max(a),
      dbgmod.first(d))
