"""Differential cases for Inputs/arrays.py: returned arrays compared by
type, format, shape, strides and contents (pyir._compare.array_key)."""
import array

import numpy as np

from cases_common import mk

MODULE = "arrays.py"


CASES = {
    "ramp": [mk(0), mk(1), mk(5), mk(-1)],
    "zeros_i64": [mk(0), mk(3), mk(-2)],
    "grid": [mk(2, 3), mk(0, 4), mk(1, 1), mk(-1, 2), mk(2**40, 2**40)],
    "cube": [mk(1), mk(3)],
    "four": [mk(1), mk(3)],
    "small": [mk(0), mk(2)],
    "sum_of_ramps": [mk(3, 4), mk(0, 2)],
    "same": [mk(lambda: np.arange(4.0)), mk(lambda: array.array("d", [1.5])),
             mk(lambda: memoryview(np.arange(3.0))[::2])],
    "plus_one": [mk(lambda: np.array([1, 2, 255], np.uint8)),
                 mk(lambda: bytearray(b"ab")), mk(lambda: bytearray())],
    "like_2d": [mk(lambda: np.arange(6.0).reshape(2, 3)),
                mk(lambda: np.arange(12.0).reshape(3, 4)[:, ::2])],
    "rebind": [mk(1), mk(4)],
    "pick": [mk(2, True), mk(2, False)],
    "raises_after": [mk(3)],
    "checked": [mk(4), mk(-1), mk(2**62)],
    "returns_or_raises": [mk(3), mk(0)],
    "zeros_3d": [mk(0, 3, 0), mk(2, 0, 1), mk(0, 2, 2)],
    "doubled": [mk(lambda: np.arange(3, dtype=np.float32)),
                mk(lambda: np.arange(4.0)[::2])],
    "new_strides": [mk(n) for n in (0, 1, 2)],
}
