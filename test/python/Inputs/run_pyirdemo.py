"""Calls every function of examples/package's pyirdemo on a few inputs and
prints each result (or exception) one per line, after a first line that
says whether the modules are the compiled extensions. Run once on the built
package and once on the sources alone: the lines after the first must be
equal (the differential rule)."""
import array
import sys

sys.path.insert(0, sys.argv[1])
import pyirdemo  # noqa: E402
from pyirdemo import signal, stats  # noqa: E402

print("compiled:", type(signal.moving_average).__name__ ==
      "builtin_function_or_method" and
      type(stats.mean).__name__ == "builtin_function_or_method")

inputs = [[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.5, -1.25, 1e300, -1e300, 3.0],
          [2.0], [], [0.1] * 7]
calls = []
for values in inputs:
    x = array.array("d", values)
    calls += [("moving_average", x, 3), ("moving_average", x, 1),
              ("moving_average", x, 0), ("rms", x), ("mean", x),
              ("clip_count", x, 0.0, 2.0),
              ("histogram", x, 0.0, 4.0, 4), ("histogram", x, 1.0, 1.0, 2),
              ("histogram", x, -2.0, 2.0, 0)]
for name, *args in calls:
    try:
        result = getattr(pyirdemo, name)(*args)
        if not isinstance(result, (int, float)):
            result = (type(result).__name__, list(result))
    except Exception as error:  # noqa: BLE001 - the exception is the result
        result = (type(error).__name__, str(error))
    print(name, repr(result))
