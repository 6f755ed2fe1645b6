"""The example library's third world: the JIT export's Python reference
(what PyPy runs) against the interpreted source. The reference provides
each specialisation by its mangled name and returns memoryviews; the
source runs on NumPy arrays when NumPy is importable (under PyPy it is
not: then both sides get array.array and return memoryviews).

    arraylib_reference.py JIT_DIR SOURCE_DIR
"""
import array
import importlib.util
import math
import random
import sys

jit_dir, source_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, jit_dir)
import arraylib_ref as ref  # noqa: E402

spec = importlib.util.spec_from_file_location(
    "arraylib", source_dir + "/arraylib.py")
lib = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lib)
try:
    import numpy as np
except ImportError:
    np = None

CODES = {"f32": "f", "f64": "d", "i64": "q"}
DTYPES = {"f32": "float32", "f64": "float64", "i64": "int64"}


def make(t, values):
    if np is not None:
        return np.array(values, dtype=DTYPES[t])
    return array.array(CODES[t], values)


def key(result):
    """Values as exact, comparable items (every NaN alike)."""
    if isinstance(result, (int, float)):
        result = [result]
    else:
        result = memoryview(result).tolist() if not hasattr(
            result, "tolist") else result.tolist()
    return ["nan" if isinstance(x, float) and math.isnan(x) else
            (x, math.copysign(1.0, x)) if isinstance(x, float) else x
            for x in result]


def outcome(fn, *args):
    try:
        return ("ok", key(fn(*args)))
    except Exception as e:
        return ("raised", type(e).__name__, str(e))


rng = random.Random(7)
calls = mismatches = 0
for t in ("f32", "f64", "i64"):
    for n in (0, 1, 2, 9):
        if t == "i64":
            a = [rng.randint(-1000, 1000) for _ in range(n)]
            v = [rng.randint(-9, 9) for _ in range(max(1, n // 2))]
        else:
            a = [rng.uniform(-2, 2) for _ in range(n)]
            v = [rng.uniform(-2, 2) for _ in range(max(1, n // 2))]
        if t == "f32":
            a = list(array.array("f", a))
            v = list(array.array("f", v))
        for name, args in (("cumsum", (a,)), ("convolve", (a, v)),
                           ("argmax", (a,)), ("normalize", (a,))):
            if name == "normalize" and t == "i64":
                continue
            # Without NumPy the interpreted f32 sums are doubles (language.md
            # §2: fixed widths are outside the differential rule); the
            # reference rounds each, as compiled.
            if np is None and t == "f32" and name in ("cumsum", "convolve"):
                continue
            expected = outcome(getattr(lib, name),
                               *[make(t, x) for x in args])
            got = outcome(getattr(ref, name + "__" + t),
                          *[array.array(CODES[t], x) for x in args])
            calls += 1
            if expected != got:
                mismatches += 1
                print("MISMATCH %s__%s(n=%d): interpreted %r, reference %r"
                      % (name, t, n, expected, got))
print("arraylib reference: %d calls, %d mismatches" % (calls, mismatches))
