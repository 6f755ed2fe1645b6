"""Calls examples/cmake-package's pyirclip.clip on a few inputs; prints
whether it is compiled, then each result and the array after it."""
import array
import sys

if len(sys.argv) > 1:
    sys.path.insert(0, sys.argv[1])
from pyirclip import ops  # noqa: E402

print("compiled:", type(ops.clip).__name__ == "builtin_function_or_method")
for values, lo, hi in (([-2.0, 0.5, 3.0, 9.0], 0.0, 2.0), ([], 0.0, 1.0),
                       ([1.0, float("nan"), -0.0], -0.0, 0.0),
                       ([1.0], 2.0, 1.0)):
    x = array.array("d", values)
    try:
        print(ops.clip(x, lo, hi), list(x))
    except ValueError as error:
        print("ValueError", error)
