"""Runs the calls of imports.test in one world and prints what each does.

Usage: imports_check.py DIR  (DIR holds app, helpers and the geom package:
the sources, interpreted, or the extensions pyirc built). imports.test runs
it on both and compares the outputs line for line (the differential rule,
docs/language.md §10); the first lines say which world it was.
"""

import array
import sys
import traceback

sys.path.insert(0, sys.argv[1])

import app  # noqa: E402
import helpers  # noqa: E402
from geom import scalar, vec  # noqa: E402

compiled = type(app.halves).__name__ == "builtin_function_or_method"
print("compiled:", compiled, file=sys.stderr)
for module in (app, helpers, vec, scalar):
    kinds = sorted({type(getattr(module, n)).__name__ for n in dir(module)
                    if not n.startswith("_") and callable(getattr(module, n))
                    and getattr(getattr(module, n), "__module__", None)
                    == module.__name__})
    print(module.__name__, kinds, file=sys.stderr)


def d(*xs):
    return array.array("d", xs)


def f(*xs):
    return array.array("f", xs)


CALLS = [
    ("clamped_norm", lambda: (d(1.0, 2.0, 3.0), 10)),
    ("clamped_norm", lambda: (d(1.0, 2.0, 3.0), 5)),
    ("clamped_norm", lambda: (d(), 5)),
    ("scaled_norm", lambda: (d(1.5, -2.0), 3.0)),
    ("halves", lambda: (10,)),
    ("halves", lambda: (0,)),
    ("divide", lambda: (17, 5)),
    ("divide", lambda: (-17, 5)),
    ("divide", lambda: (7, 0)),
    ("ramp_norm", lambda: (4,)),
    ("ramp_norm", lambda: (-1,)),
    ("ramp_of", lambda: (3,)),
    ("halves_norms", lambda: (memoryview(d(1.0, 2.0, 3.0)),)),
    ("halves_norms", lambda: (memoryview(d(3.0, 4.0, 5.0, 6.0, 7.0)),)),
]


def show(value):
    """A result, arrays as their type name, format, shape and items."""
    if isinstance(value, tuple):
        return "(%s)" % ", ".join(show(v) for v in value)
    if hasattr(value, "tolist"):
        m = memoryview(value)
        return "%s %s %s %s" % (type(value).__name__, m.format, m.shape,
                                value.tolist())
    return repr(value)


for name, make in CALLS:
    args = make()
    try:
        result = getattr(app, name)(*args)
        outcome = show(result)
    except Exception as e:  # noqa: BLE001
        outcome = "%s: %s" % (type(e).__name__, e)
    views = [a.tolist() for a in args
             if isinstance(a, (array.array, memoryview))]
    print(name, args if not views else "", "->", outcome, views)

# The other modules' functions, called from Python.
print("totals", vec.totals(d(1.0, 2.5), f(0.5, 0.25)))
print("split", vec.split(20), vec.split(-7))
print("total f32", scalar.total(f(1.5, 2.0)), "f64", scalar.total(d(1.5)))

# An error raised in another module's function: the exception, and the
# traceback's last line (the callee's line, in its file).
try:
    app.divide(1, 0)
except ValueError as e:
    last = traceback.extract_tb(e.__traceback__)[-1]
    print("traceback:", last.filename.rsplit("/", 1)[-1], last.lineno,
          last.line, file=sys.stderr)
