"""Differential cases for examples/arraylib.py (issue #13 item 7): every
function over f32, f64 and i64 arrays (interpreted with NumPy's scalar
arithmetic, which is the element type's, as compiled), empty and short
inputs, NaNs, wrapping i64 sums, and the errors."""
import math

import numpy as np

MODULE = "../../../examples/arraylib.py"


def call(*args):
    return lambda: (tuple(a.copy() if isinstance(a, np.ndarray) else a
                          for a in args), {})


RNG = np.random.default_rng(13)
TYPES = (np.float32, np.float64, np.int64)


def sample(dtype, n):
    if dtype == np.int64:
        return RNG.integers(-1000, 1000, n).astype(dtype)
    return RNG.standard_normal(n).astype(dtype)


ARRAYS = [sample(t, n) for t in TYPES for n in (0, 1, 2, 5, 40)]
NANS = [np.array([1.0, math.nan, 3.0, math.nan], dtype=t)
        for t in (np.float32, np.float64)]
WRAPS = np.array([2**62, 2**62, 2**62, -5], dtype=np.int64)

CASES = {
    "cumsum": [call(a) for a in ARRAYS + NANS + [WRAPS, ARRAYS[4][::-2]]],
    "convolve": [call(a, sample(a.dtype.type, k)) for a in ARRAYS
                 for k in (0, 1, 3)] +
                [call(WRAPS, WRAPS), call(NANS[0], NANS[0][:2])],
    "normalize": [call(a) for a in ARRAYS + NANS if a.dtype != np.int64] +
                 [call(np.zeros(3, dtype=np.float32))],
    "argmax": [call(a) for a in ARRAYS + NANS + [WRAPS]] +
              [call(np.array([2, 7, 7, -1], dtype=np.int64)),
               call(np.array([-math.inf, -math.inf], dtype=np.float64))],
}

# The compiled dispatcher's argument checks (§8), which interpreted code
# does not make.
BAD = {
    "convolve": [(call(ARRAYS[4], ARRAYS[14]), TypeError,
                  "convolve() argument 'v' must be a buffer of f32"),
                 (call(np.zeros(3, dtype=np.int32), ARRAYS[14]), TypeError,
                  "got item format 'i' (4 bytes)")],
    "normalize": [(call(ARRAYS[14]), TypeError,
                   "normalize() argument 'a' must be a buffer of f32 or "
                   "f64")],
}
