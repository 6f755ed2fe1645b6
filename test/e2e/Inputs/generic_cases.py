"""Differential cases for Inputs/generic.py: every specialisation of every
generic function, the wrong-format and mixed-format errors."""
import array

import numpy as np

from cases_common import mk

MODULE = "generic.py"


def call(*args, **kwargs):
    return lambda: (args, kwargs)


def arr(dtype, values, shape=None):
    return lambda: np.array(values, dtype=dtype).reshape(shape or (-1,))


F = [0.5, -1.25, 3.0, 1e10, -0.0]
CASES = {
    "total": [mk(arr(np.float32, F)), mk(arr(np.float64, F)),
              mk(arr(np.float64, [])),
              mk(lambda: array.array("f", F)), mk(lambda: array.array("d", F)),
              mk(lambda: np.arange(12.0)[::3]),
              mk(lambda: memoryview(np.array(F, np.float32)))],
    "scale": [mk(arr(np.float32, F), 2.0), mk(arr(np.float64, F), 0.5),
              mk(arr(np.float64, F), 3), mk(arr(np.float32, F), k=-1.0)],
    "axpy": [mk(arr(np.float32, F), arr(np.float32, F)),
             mk(arr(np.float64, F), arr(np.float64, F[:3]), 0.5),
             mk(arr(np.float64, F), y=arr(np.float64, F), k=-1.0)],
    "count_odd": [mk(arr(t, list(range(12)), (3, 4)))
                  for t in (np.uint8, np.int16, np.int32, np.int64)] +
                 [mk(arr(np.int64, [], (0, 2)))],
    "twice": [mk(3), mk(-7), mk(2.5), mk(True), mk(2**40), mk(-0.0),
              mk(x=1.5)],
    "pair": [mk(arr(ta, [1.5, 2.0]), arr(tb, [3, 4]))
             for ta in (np.float32, np.float64)
             for tb in (np.uint8, np.int16, np.int32, np.int64)],
    "local": [mk(arr(np.float32, F)), mk(arr(np.float64, F)),
              mk(arr(np.float64, []))],
    "caller": [mk(arr(np.float64, F), arr(np.float32, F))],
}

BAD = {
    "total": [
        (mk(arr(np.int32, [1, 2])), TypeError,
         "total() argument 'a' must be a buffer of f32 or f64, got item "
         "format 'i' (4 bytes)"),
        (mk(arr(np.float16, [1, 2])), TypeError,
         "total() argument 'a' must be a buffer of f32 or f64, got item "
         "format 'e' (2 bytes)"),
        (mk([1.0, 2.0]), TypeError,
         "total() argument 'a' must be a buffer (f32 or f64), not list"),
        (mk(arr(np.float64, F, (5, 1))), ValueError,
         "total() argument 'a' must have 1 dimension (f64[:]), got 2"),
    ],
    "count_odd": [
        (mk(arr(np.uint16, [1, 2], (1, 2))), TypeError,
         "count_odd() argument 'a' must be a buffer of u8, i16, i32 or i64, "
         "got item format 'H' (2 bytes)"),
    ],
    # Mixed element types: the first T view decides, the other must agree.
    "axpy": [
        (mk(arr(np.float32, F), arr(np.float64, F)), TypeError,
         "axpy() argument 'y' must be a buffer of f32[::1], got item format "
         "'d' (8 bytes)"),
        (mk(arr(np.float64, F), arr(np.float32, F)), TypeError,
         "axpy() argument 'y' must be a buffer of f64[::1], got item format "
         "'f' (4 bytes)"),
        (mk(y=arr(np.float64, F)), TypeError,
         "axpy() missing 1 required positional argument: 'x'"),
    ],
    "scale": [
        (mk(arr(np.float32, F), "x"), TypeError,
         "scale() argument 'k' must be float, not str"),
    ],
    "pair": [
        # Left to right: both wrong, 'a' is named.
        (mk(arr(np.int32, [1]), arr(np.float32, F)), TypeError,
         "pair() argument 'a' must be a buffer of f32 or f64, got item "
         "format 'i' (4 bytes)"),
        (mk(arr(np.float32, F), arr(np.float32, F)), TypeError,
         "pair() argument 'b' must be a buffer of u8, i16, i32 or i64, got "
         "item format 'f' (4 bytes)"),
    ],
    "twice": [
        (mk("x"), TypeError, "twice() argument 'x' must be int, not str"),
    ],
}
