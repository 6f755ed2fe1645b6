"""Cases for Inputs/jitk_arrays.py (numba_arrays.py): NumPy arrays,
results compared by type, dtype, shape, strides and contents."""
import numpy as np

MODULE = "jitk_arrays.py"

BIG, SMALL = 2**63 - 1, -2**63


def mk(*args):
    return lambda: (tuple(a() if callable(a) else a for a in args), {})


def ints(n=9):
    return lambda: np.arange(n, dtype=np.int64) * 3 - 7


def vec(n=8):
    return lambda: np.arange(1.0, n + 1.0)


def mat(r=3, c=4):
    return lambda: np.arange(r * c, dtype=np.float64).reshape(r, c)


BOUNDS = [0, 1, 3, -1, -3, 8, 9, 99, -99, BIG, SMALL]
STEPS = [1, 2, -1, -2, 3, 0, BIG, SMALL, -BIG]

CASES = {
    "filled": [mk(n, m, 0.5) for n, m in ((2, 3), (0, 4), (4, 0), (1, 1),
                                          (-1, 2), (2, -5), (2**40, 2**40),
                                          (2**62, 4))],
    "zeros3": [mk(a, b, c) for a, b, c in ((1, 2, 3), (0, 2, 2), (2, 0, 1),
                                           (3, 1, 0), (-1, -2, 3),
                                           (2**31, 2**31, 4))],
    "like": [mk(lambda: np.arange(6, dtype=np.float32).reshape(2, 3)),
             mk(lambda: np.arange(24, dtype=np.float32).reshape(4, 6)[::2,
                                                                      ::-3]),
             mk(lambda: np.zeros((0, 3), dtype=np.float32))],
    "part": [mk(ints(), lo, hi, st) for lo in BOUNDS[::2] for hi in BOUNDS
             for st in STEPS[::2]] +
            [mk(ints(), lo, BIG, st) for lo in BOUNDS for st in STEPS] +
            [mk(ints(0), 0, 5, 1), mk(ints(0), -1, 0, -1)],
    "tail_from": [mk(lambda: np.arange(5, dtype=np.uint8), lo)
                  for lo in (0, 2, 5, 6, -2, -9, BIG, SMALL)],
    "column": [mk(mat(), j) for j in (0, 3, -1, -4, 4, -5, BIG, SMALL)],
    "corner": [mk(mat(), i, st) for i in (0, 2, -1, 5) for st in (1, -1, 2,
                                                                 -3, 0)] +
              [mk(lambda: np.asfortranarray(np.arange(12.0).reshape(3, 4)),
                  1, 2)],
    "element_row": [mk(lambda: np.arange(24.0).reshape(2, 3, 4)[:, ::-1],
                       i, j) for i, j in ((0, 0), (1, 2), (-1, -3), (2, 0),
                                          (0, 3))],
    "halvings": [mk(vec(n)) for n in (0, 1, 2, 7, 64)],
    "last_window": [mk(vec(), k) for k in (0, 1, 3, 8, 9)],
    "sums_of_new": [mk(n, k) for n, k in ((1, 0), (3, 4), (5, 3), (2, 5),
                                          (-2, 1))],
    "raise_with_arrays": [mk(n) for n in (2, 3, 4, 1, 0)],
    "stride_sum": [mk(mat(), st) for st in (1, 2, -1, -5, 0)],
    "pick": [mk(vec(), vec(5), k) for k in (True, False)],
}
