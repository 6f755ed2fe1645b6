"""Differential cases for Inputs/args.py (glue fast paths vs the general
path; the results and errors must not depend on the path taken)."""
import itertools

import numpy as np

from harness import FLOATS, INTS

MODULE = "args.py"


def call(*args, **kwargs):
    return lambda: (args, kwargs)


class Idx:
    """Not an int, but has __index__: accepted for int and float parameters
    (slow path). The operators make the interpreted run compute what the
    compiled one does after the conversion."""

    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        return self.v + other

    def __sub__(self, other):
        return self.v - other

    def __rsub__(self, other):
        return other - self.v


class MyInt(int):
    pass


class MyFloat(float):
    pass


class Fl:
    """Not a float, but has __float__ (slow path)."""

    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v

    def __sub__(self, other):
        return self.v - other

    def __radd__(self, other):
        return other + self.v


# Compact and multi-digit ints (CPython digits are 30 bits), both signs.
EDGE_INTS = sorted(set(INTS + [2**30 - 1, 2**30, -2**30, -(2**30 - 1),
                               2**60, -2**60, 1 << 31, -(1 << 31) - 1]))
OBJ_INTS = [True, False, Idx(5), Idx(-2**63), MyInt(7), MyInt(-2**40),
            np.int64(-9), np.int32(4), np.uint8(200)]

CASES = {
    "ints": [call(a, b) for a, b in itertools.product(EDGE_INTS, [0, 1, -1])]
    + [call(a, 1) for a in OBJ_INTS] + [call(1, a) for a in OBJ_INTS]
    + [call(a=3, b=4), call(5, b=2), call(b=1, a=9)],
    "floats": [call(x, 0.5) for x in FLOATS]
    + [call(x, 1.0) for x in [0, -3, 2**53 + 1, True, MyFloat(2.5),
                              Fl(-1.25), np.float64(3.5), np.float32(0.5),
                              Idx(7), MyInt(4)]]
    + [call(y=2.0, x=1.0)],
    "mixed": [call(1, 2.0), call(1, 2.0, 4), call(1, 2.0, 4, True),
              call(1, 2.0, flag=True), call(n=2, x=0.5, k=-7),
              call(Idx(3), Fl(0.5), MyInt(2), 0)],
    "narrow": [call(a, b, c) for a, b, c in
               [(-128, 0, 0), (127, 255, 2**64 - 1), (Idx(-1), True, 2**63),
                (MyInt(5), np.uint8(7), Idx(2**64 - 1))]],
    "first": [lambda: ((np.arange(4.0),), {}),
              lambda: ((np.arange(4.0), -1), {}),
              lambda: ((np.arange(4.0),), {"i": 2}),
              lambda: ((np.arange(4.0), 4), {})],
}

BAD = {
    "ints": [
        (call(), TypeError, "ints() missing 2 required positional arguments: "
         "'a' and 'b'"),
        (call(1), TypeError,
         "ints() missing 1 required positional argument: 'b'"),
        (call(1, 2, 3), TypeError,
         "ints() takes 2 positional arguments but 3 were given"),
        (call(1, 2, c=3), TypeError,
         "ints() got an unexpected keyword argument 'c'"),
        (call(1.0, 2), TypeError, "'a' must be int, not float"),
        (call(1, "2"), TypeError, "'b' must be int, not str"),
        (call(2**63, 0), OverflowError, "'a'"),
        (call(0, -2**63 - 1), OverflowError, "'b'"),
        (call(MyInt(2**64), 0), OverflowError, "'a'"),
        (call(Idx(2**63), 0), OverflowError, "'a'"),
    ],
    "floats": [
        (call(1.0), TypeError, "missing 1 required positional argument"),
        (call("x", 1.0), TypeError, "'x' must be float, not str"),
        (call(1.0, None), TypeError, "'y' must be float, not NoneType"),
        (call(2**1024, 1.0), OverflowError, ""),
    ],
    "mixed": [
        (call(1, 2.0, 2**31), OverflowError, "'k'"),
        (call(1, 2.0, 3, False, 5), TypeError,
         "mixed() takes from 2 to 4 positional arguments but 5 were given"),
    ],
    "narrow": [
        (call(128, 0, 0), OverflowError, "'a'"),
        (call(0, -1, 0), OverflowError, "'b'"),
        (call(0, 256, 0), OverflowError, "'b'"),
        (call(0, 0, -1), OverflowError, "'c'"),
        (call(0, 0, 2**64), OverflowError, "'c'"),
    ],
}
