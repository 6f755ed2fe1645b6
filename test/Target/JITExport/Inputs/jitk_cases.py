"""Edge-value corpus for Inputs/jitk.py (NaN, +-inf, -0.0, denormals,
overflow edges)."""
import array
import itertools

import numpy as np

MODULE = "jitk.py"

I64_MIN, I64_MAX = -2**63, 2**63 - 1
INTS = [0, 1, -1, 2, -2, 3, -7, 13, 2**31 - 1, -2**31, 2**32, 2**53 + 1,
        2**62, I64_MAX, I64_MIN, I64_MAX - 1, I64_MIN + 1]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 0.1, 3.0, 1e16, 1e308, -1e308,
          5e-324, -5e-324, 2.2250738585072014e-308, 1e-310,
          float(2**53 + 1), 3.4028235677973366e38, 1e6, 9.2e18, -9.3e18,
          float("inf"), float("-inf"), float("nan")]
SMALL_F = [0.0, -0.0, 1.0, -2.5, 0.5, 3.0, 1e-310, float("inf"),
           float("nan")]


def call(*args):
    return lambda: (args, {})


CASES = {
    "clip_fma": [call(a, x, 0.25) for a in [1.5, -0.0, float("nan")]
                 for x in FLOATS],
    "iadd3": [call(a, b, c) for a, b, c in
              itertools.product([0, 1, -1, I64_MAX, I64_MIN],
                                [0, 2, -3, 2**32], [1, -1, 2**31])],
    "fdivmod": [call(x, y) for x in FLOATS for y in SMALL_F],
    "idivmod": [call(a, b) for a in INTS for b in [0, 1, -1, 3, -7, I64_MIN]],
    "wrap32": [call(a, b) for a in [0, 1, -1, 2**31 - 1, -2**31, 65537]
               for b in [0, 1, -1, 2**31 - 1, 65537]],
    "mix8": [call(a, b) for a in [0, 1, 31, 32, 200, 255]
             for b in [0, 1, 100, 255]],
    "big": [call(a, b) for a in [0, 1, 2**32, 2**63, 2**64 - 1]
            for b in [0, 1, 3, 2**32 + 1, 2**64 - 1]],
    "half": [call(x, y) for x in SMALL_F + [3.4e38, 1e-45, 0.1]
             for y in [1.0, -0.0, 3.0, 1e30, float("nan")]],
    "to_f32": [call(n) for n in INTS + [2**24 + 1, 2**53 - 1, 2**60 + 2**36,
                                       2**60 + 2**36 + 1]],
    "conv": [call(x) for x in FLOATS + [2.5, -0.5, 1.5]],
    "special": [call(x, n) for x in [0.5, 1.0, 1.0005, -1.5, 0.0, -2.0,
                                     171.5, 1e-300, float("nan"),
                                     float("inf")]
                for n in [0, 3, -2, 1100, -1100, I64_MIN]],
    "hyp": [call(x, y) for x in SMALL_F + [-1e308, 1e308]
            for y in [0.0, -0.0, 1.0, float("nan"), float("inf")]],
    "checked": [call(n) for n in [0, 1, -1, 13, 2**61 - 1, 2**61, I64_MAX]],
    "norm": [lambda: ((np.array([3.0, 4.0]),), {}),
             lambda: ((np.array([]),), {}),
             lambda: ((np.array([1e200, 1e200]),), {}),
             lambda: ((np.array([float("nan"), 1.0]),), {}),
             lambda: ((np.arange(10.0)[::-2],), {}),
             lambda: ((array.array("d", [5e-324, -0.0]),), {})],
    "axpy": [lambda: ((2.0, np.arange(5.0), np.ones(5)), {}),
             lambda: ((-0.5, np.arange(6.0)[::2], np.zeros(3)), {}),
             lambda: ((float("inf"), np.array([0.0, 1.0]),
                       np.array([1.0, 2.0])), {}),
             lambda: ((1.0, np.ones(3), np.ones(2)), {})],
    "total": [lambda: ((np.arange(12, dtype=np.int64).reshape(3, 4),), {}),
              lambda: ((np.array([[I64_MAX, 1]], dtype=np.int64),), {}),
              lambda: ((np.arange(12, dtype=np.int64).reshape(3, 4).T,),
                       {}),
              lambda: ((np.zeros((0, 3), dtype=np.int64),), {})],
    "at": [(lambda i: lambda: ((bytearray(b"\x01\x02\xff"), i), {}))(i)
           for i in [0, 2, -1, -3, 3, -4]],
    "collatz": [call(n) for n in [1, 2, 3, 27, 97]],
}
