"""Differential cases for Inputs/features.py."""
import array
import itertools

import numpy as np

from harness import FLOATS, INTS

MODULE = "features.py"


def call(*args, **kwargs):
    return lambda: (args, kwargs)


SMALL = [0, 1, -1, 2, -3, 7, 13, 101, 2**31]
PAIRS = list(itertools.product(INTS, [0, 1, -1, 2, -3, 7, 2**32, INT := 2**63 - 1,
                                      -2**63]))
FPAIRS = list(itertools.product(FLOATS, [0.0, -0.0, 1.0, -2.5, 0.5, 3.0,
                                         float("inf"), float("nan")]))

CASES = {
    "arith": [call(a, b) for a, b in PAIRS],
    "fdiv": [call(x, y) for x, y in FPAIRS],
    "fpow": [call(x, y) for x, y in FPAIRS],
    "ipow": [call(a, b) for a in [0, 1, -1, 2, -2, 3, 10]
             for b in [0, 1, 2, 3, 62, 63, 64]],
    "shifts": [call(a, n) for a in [0, 1, -1, 5, -5, 2**62, -2**63]
               for n in [0, 1, 2, 62, 63, 64, 100]],
    "cmp_mixed": [call(n, x) for n in INTS for x in FLOATS],
    "conv": [call(x) for x in FLOATS + [2.675, 0.125, -0.5, 1.5, 9.2e18]],
    "maths": [call(x) for x in FLOATS + [4.0, 0.25, 1e-320]],
    "calls": [call(5), call(5, 2), call(5, flag=True), call(x=1, y=2),
              call(7, 1, True), call(2**62, 0, True), call(-2**63, 1)],
    "checked": [call(n) for n in SMALL + [-2**63, 2**62]],
    "total": [lambda: ((bytearray(b"\x01\x02\xff"),), {}),
              lambda: ((np.arange(256, dtype=np.uint8),), {}),
              lambda: ((np.arange(256, dtype=np.uint8)[::-3],), {}),
              lambda: ((bytearray(),), {}),
              lambda: ((array.array("B", [9]),), {})],
    "at": [(lambda i, j: lambda: ((np.arange(12.0).reshape(3, 4), i, j),
                                  {}))(i, j)
           for i in [0, 2, -1, -3, 3, -4] for j in [0, 3, -1, -4, 4, -5]]
    + [lambda: ((np.arange(12.0).reshape(3, 4).T, 1, 2), {}),
       lambda: ((np.arange(24.0).reshape(4, 6)[::2, 1::2], 1, -1), {})],
    "fill": [lambda: ((np.zeros((3, 4)), 2.5), {}),
             lambda: ((np.zeros((0, 4)), 1.0), {}),
             lambda: ((np.zeros((5, 6))[1:3], -0.0), {})],
    "last": [lambda: ((np.array([5, 6, 7], dtype=np.int64),), {}),
             lambda: ((array.array("q", [1]),), {}),
             lambda: ((array.array("l", [2, 3]),), {}),
             lambda: ((np.array([], dtype=np.int64),), {})],
}

BAD = {
    "fill": [
        (lambda: ((np.zeros((3, 4), order="F"), 1.0), {}), ValueError,
         "C-contiguous"),
        (lambda: ((np.zeros((3, 4))[:, ::2], 1.0), {}), ValueError,
         "C-contiguous"),
        (lambda: ((np.zeros(3), 1.0), {}), ValueError, "dimension"),
        (lambda: ((np.zeros((2, 2)), "x"), {}), TypeError,
         "'v' must be float, not str"),
    ],
    "fw": [(lambda: ((2**31, 1), {}), OverflowError, "'a'"),
           (lambda: ((1, -2**31 - 1), {}), OverflowError, "'b'")],
    "calls": [(lambda: ((1, 2, 3, 4), {}), TypeError,
               "calls() takes from 1 to 3 positional arguments but 4 were "
               "given"),
              (lambda: ((), {"y": 1}), TypeError,
               "calls() missing 1 required positional argument: 'x'")],
}

PRIVATE = ["_twice"]
CONSTANTS = ["N", "SCALE", "BIG", "FLAG"]
