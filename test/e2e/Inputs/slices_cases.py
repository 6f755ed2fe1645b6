"""Differential cases for Inputs/slices.py: NumPy arrays and memoryviews
(sliced as Python slices them), results compared by type, format, shape,
strides and contents, the arguments' buffers after the call."""
import array

import numpy as np

from cases_common import mk, mv, vec

MODULE = "slices.py"


def mat(r=3, c=4, dtype=np.float64):
    return lambda: np.arange(r * c, dtype=dtype).reshape(r, c)


BIG = 2**63 - 1
SMALL = -2**63

CASES = {
    "tail": [mk(f(), k) for f in (vec, mv) for k in (0, 3, -2, 7, 99, -99)],
    "window": [mk(f(), lo, hi) for f in (vec, mv)
               for lo, hi in ((1, 4), (4, 1), (-3, -1), (0, BIG), (SMALL, 2))],
    "stepped": [mk(f(), lo, hi, st) for f in (vec, mv)
                for lo, hi, st in ((0, 7, 2), (6, 0, -2), (1, 3, -1),
                                   (3, 1, 2), (-1, -9, -3), (0, 7, 0),
                                   (0, 7, BIG), (7, 0, SMALL), (2, 2, 5))],
    "reversed_copy_sum": [mk(vec()), mk(vec(0)), mk(mv(3))],
    "row": [mk(mat(), i) for i in (0, 2, -1, 3, -4)]
    + [mk(lambda: memoryview(np.zeros((2, 2))), 0)],
    "col": [mk(mat(), j) for j in (0, 3, -2, 4)]
    + [mk(lambda: np.arange(12.0).reshape(3, 4)[:, ::2], 1),
       mk(lambda: memoryview(np.zeros((2, 2))), 0)],
    "block": [mk(mat(), 0, 2, 1, 3), mk(mat(), 2, 0, 0, 4), mk(mat(), -2, 9, -9, -1),
              mk(lambda: np.asfortranarray(np.arange(12.0).reshape(3, 4)), 1, 3, 1, 2),
              mk(lambda: memoryview(np.zeros((2, 2))), 0, 1, 0, 1)],
    "rows": [mk(mat(4, 2, np.int32), 1, 3), mk(mat(4, 2, np.int32), 3, 1),
             mk(lambda: memoryview(np.arange(8, dtype=np.int32).reshape(4, 2)), 1, 3)],
    "row_sums": [mk(mat(), lambda: np.zeros(3)), mk(mat(0, 2), lambda: np.zeros(0))],
    "shrink": [mk(vec()), mk(vec(0)), mk(mv(4))],
    "keeps": [mk(vec(), vec(3)), mk(vec(), vec(1))],
    "rotate": [mk(vec(1), lambda: np.array([2.0]), lambda: np.array([3.0]), n)
               for n in (0, 1, 2, 5)],
    "prev_cur": [mk(vec()), mk(vec(1)), mk(mv(5))],
    "strides_of": [mk(mat(), st) for st in (1, 2, -1, 5)]
    + [mk(mat(), 0)],
    "fill_tail": [mk(vec(), 2, 0.5), mk(vec(), 9, 0.5), mk(mv(), -3, 2.0)],
    "whole": [mk(vec()), mk(mv())],
    "same": [mk(vec()), mk(mv())],
    "new_part": [mk(0), mk(1), mk(6), mk(-1)],
    "poke": [mk(lambda: np.arange(4, dtype=np.uint8)),
             mk(lambda: np.arange(2, dtype=np.uint8)),
             mk(lambda: memoryview(np.arange(4, dtype=np.uint8)))],
    "nested": [mk(vec(), i) for i in (0, 2, 3, -1)],
    "sub_sum": [mk(mat(3, 3), i) for i in (0, 2, 3)],
    "plane": [mk(lambda: np.arange(24.0).reshape(2, 3, 4), k) for k in (0, 1, 2)],
    "chosen": [mk(vec(), lambda: np.arange(10.0, 20.0)[::3], k)
               for k in (True, False)],
    "chosen_local": [mk(vec(), vec(4), k, n) for k in (True, False)
                     for n in (0, 1, 2, 5)],
    "cell_row": [mk(lambda: np.arange(24.0).reshape(2, 3, 4), k, j)
                 for k, j in ((0, 0), (1, 2), (1, 3))],
}

# Deviation (language.md §12): compiled code slices only NumPy arrays and
# memoryviews; interpreted, a slice of a bytearray or array.array is a copy.
BAD = {
    "tail": [(lambda: ((array.array("d", [1.0, 2.0]), 1), {}), TypeError,
              "compiled code slices only NumPy arrays and memoryviews")],
    "poke": [(lambda: ((bytearray(b"abcd"),), {}), TypeError,
              "pass a memoryview of it"),
             # poke writes through what _middle returns: a part of a, so a
             # must be writable (interpreted: ValueError when writing).
             (lambda: ((np.frombuffer(b"abcd", dtype=np.uint8),), {}),
              ValueError, "is a read-only buffer, but poke() writes to it")],
}
