"""Random keys for the slicing of test/e2e/Inputs/slices_random.py: each
compiled function against Python slicing the same object (a NumPy array,
or a memoryview where CPython's memoryview slices the key), on bounds and
steps drawn around the extents, negative, huge and zero. Results compared
by type, format, shape, strides, contents and (NumPy) base; exceptions by
type.

    slices_random_check.py EXT_DIR COUNT SEED
"""
import random
import sys

import numpy as np

sys.path.insert(0, sys.argv[1])
import slices_random as m  # noqa: E402

from pyir._compare import array_key  # noqa: E402

COUNT, SEED = int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(SEED)
BIG = 2**63 - 1


def part(n):
    c = rng.random()
    if c < 0.1:
        return rng.choice((BIG, -BIG - 1, 2**40, -2**40))
    return rng.randint(-n - 3, n + 3)


def step(n):
    c = rng.random()
    if c < 0.03:
        return 0
    if c < 0.08:
        return rng.choice((BIG, -BIG - 1, 2**40))
    s = rng.randint(1, max(1, n + 1))
    return s if rng.random() < 0.6 else -s


def outcome(fn, args):
    try:
        r = fn(*args)
    except Exception as e:  # noqa: BLE001 - compared, not handled
        return ("exc", type(e).__name__)
    if isinstance(r, int):
        return ("int", r)
    key = array_key(r)
    base = None
    if isinstance(r, np.ndarray):
        base = r.base is args[0] or r.base is getattr(args[0], "base", None)
    return ("ok", type(r).__name__, key, base)


def make(shape, kind, dtype=np.float64):
    arr = np.arange(int(np.prod(shape)), dtype=dtype).reshape(shape)
    if len(shape) >= 2 and rng.random() < 0.3:
        arr = arr[:, ::-1]
    if rng.random() < 0.2:
        arr = np.asfortranarray(arr)
    return memoryview(arr) if kind == "mv" else arr


def strides_py(v, a, b, c, d, e, f):
    w = v[a:b:c, d:e:f]
    return (w.strides[0] * 100000 + w.strides[1] * 100 + w.shape[0] * 10
            + w.shape[1])


CASES = [
    ("s1", 1, lambda x, n: (part(n[0]), part(n[0]), step(n[0])),
     lambda v, lo, hi, st: v[lo:hi:st]),
    ("s1_open", 1, lambda x, n: (part(n[0]),), lambda v, lo: v[lo:]),
    ("s1_step", 1, lambda x, n: (step(n[0]),), lambda v, st: v[::st]),
    ("s2", 2, lambda x, n: (part(n[0]), part(n[0]), step(n[0]),
                            part(n[1]), part(n[1]), step(n[1])),
     lambda v, a, b, c, d, e, f: v[a:b:c, d:e:f]),
    ("row", 2, lambda x, n: (part(n[0]),), lambda v, i: v[i]),
    ("row_part", 2, lambda x, n: (part(n[0]), part(n[1]), part(n[1]),
                                  step(n[1])),
     lambda v, i, a, b, c: v[i, a:b:c]),
    ("col_part", 2, lambda x, n: (part(n[0]), part(n[0]), step(n[0]),
                                  part(n[1])),
     lambda v, a, b, c, j: v[a:b:c, j]),
    ("rows", 2, lambda x, n: (part(n[0]), part(n[0]), step(n[0])),
     lambda v, a, b, c: v[a:b:c]),
    ("plane", 3, lambda x, n: (part(n[1]), part(n[0]), part(n[0]),
                               step(n[0])),
     lambda v, i, a, b, c: v[a:b:c, i]),
    ("line", 3, lambda x, n: (part(n[0]), part(n[1])),
     lambda v, i, j: v[i, j]),
    ("twice", 1, lambda x, n: (part(n[0]), step(n[0]), part(n[0]),
                               step(n[0])),
     lambda v, lo, st, lo2, st2: v[lo::st][lo2::st2]),
    ("strides_of", 2, lambda x, n: (part(n[0]), part(n[0]), step(n[0]),
                                    part(n[1]), part(n[1]), step(n[1])),
     strides_py),
]

mismatches = 0
calls = 0
for k in range(COUNT):
    name, rank, draw, python = CASES[k % len(CASES)]
    shape = tuple(rng.randint(0, 6) for _ in range(rank))
    kind = "mv" if rng.random() < 0.3 else "np"
    dtype = np.int16 if name == "s1_step" else np.float64
    rng_state = rng.getstate()
    x1 = make(shape, kind, dtype)
    args = draw(x1, shape)
    rng.setstate(rng_state)
    x2 = make(shape, kind, dtype)
    args2 = draw(x2, shape)
    assert args == args2
    got = outcome(getattr(m, name), (x1,) + args)
    want = outcome(python, (x2,) + args)
    if got[:3] != want[:3] or (got[0] == "ok" and got[3] != want[3]):
        mismatches += 1
        if mismatches <= 10:
            print("MISMATCH %s%r on %s %s: compiled %r, Python %r" % (
                name, args, kind, shape, got, want))
    calls += 1
print("slices_random: %d calls, %d mismatches" % (calls, mismatches))
sys.exit(1 if mismatches else 0)
