"""Differential cases for Inputs/math_more.py."""
import math

from harness import FLOATS, INTS, int64_deviation

MODULE = "math_more.py"


def call(*args):
    return lambda: (args, {})


def dev(*args):
    return int64_deviation(call(*args))


MATH_FLOATS = FLOATS + [2.0, -2.0, 0.25, -0.75, 1.5, 4.5, -4.5, 23.0, 24.0,
                        140.5, 171.5, 171.7, 200.5, -200.5, 1e-21, -1e-21,
                        1e-300, 2.5e305, 30.0, -30.0, 1023.5, 1024.0, -1075.0,
                        0.9999999999999999, -0.9999999999999999, 1.0000000001,
                        math.ldexp(1.0, -1074), 7.0e-310]
SMALL = [0, 1, 2, 3, 5, 10, 20, 21, 34, 35, 62, 63, 66, 67, 68, 100, -1, -5]
EXPONENTS = [0, 1, -1, 10, -10, 1023, 1024, -1074, -1075, 2000, -2000,
             2**31, -2**31 - 1, 2**62, -2**62, 2**63 - 1, -2**63]


def ints_or_dev(fn):
    """Cases of an int function; those whose Python result leaves int64 are
    marked as the documented deviation."""
    cases = []
    for args in fn:
        try:
            r = args[0](*args[1:])
            ok = -2**63 <= r < 2**63
        except (ValueError, OverflowError):
            ok = True
        cases.append(call(*args[1:]) if ok else dev(*args[1:]))
    return cases


PAIRS = [(a, b) for a in INTS + SMALL for b in INTS + SMALL]
CASES = {
    name: [call(x) for x in MATH_FLOATS]
    for name in ("erf", "erfc", "gamma", "lgamma", "acosh", "asinh", "atanh",
                 "cbrt", "exp2", "frexp", "modf")
}
CASES.update({
    "ldexp": [call(x, i) for x in MATH_FLOATS for i in EXPONENTS],
    "isclose": [call(a, b) for a in MATH_FLOATS for b in
                [1.0, 1.0 + 1e-9, 1.0 + 2e-9, math.inf, math.nan, 0.0]],
    "isclose_tol": [call(a, b, r, t) for a, b in [(1.0, 1.1), (1e-10, 0.0),
                                                (math.inf, math.inf),
                                                (-math.inf, math.inf),
                                                (1.0, math.nan), (5.0, 5.0)]
                    for r in [0.0, 0.2, -0.1, math.inf, math.nan]
                    for t in [0.0, 1e-9, -1.0, math.inf, math.nan]],
    "isclose_abs": [call(a, b, t) for a in [0.0, 1e-12, 1.0] for b in
                    [0.0, -1e-12] for t in [0.0, 1e-11, -0.0, -1e-300]],
    "gcd0": [call()],
    "gcd1": ints_or_dev((math.gcd, a) for a in INTS),
    "gcd2": ints_or_dev((math.gcd, a, b) for a, b in PAIRS),
    "gcd3": ints_or_dev((math.gcd, a, b, c) for a, b in PAIRS[::7]
                        for c in [0, 6, -9]),
    "lcm0": [call()],
    "lcm1": ints_or_dev((math.lcm, a) for a in INTS),
    "lcm2": ints_or_dev((math.lcm, a, b) for a, b in PAIRS),
    "factorial": ints_or_dev((math.factorial, n) for n in SMALL + [-2**63]),
    # (No huge k: CPython would compute the big int for minutes.)
    "comb": ints_or_dev([(math.comb, n, k) for n in SMALL + [2**62, 2**63 - 1]
                         for k in SMALL]
                        + [(math.comb, 2**62, 2**62 - 2),
                           (math.comb, 2**63 - 1, 2**63 - 3)]),
    "perm": ints_or_dev((math.perm, n, k) for n in SMALL + [2**62, 2**63 - 1]
                        for k in SMALL),
    "perm1": ints_or_dev((math.perm, n) for n in SMALL),
    "isqrt": [call(n) for n in INTS + SMALL + [2**62 - 1, 2**62 + 2**31,
                                              3037000499**2,
                                              3037000499**2 - 1]],
    "mixed": [call(f, x) for f in [True, False] for x in [0.5, -2.0]],
    "constants": [call()],
    "constant_errors": [dev(i) if i in (7, 13, 14, 15) else call(i)
                        for i in range(17)],
})
# lcm of three: intermediate results leave int64 (a documented deviation).
CASES["lcm3"] = [call(a, b, c) for a, b, c in [(4, 6, 10), (0, 5, 7),
                                                (-3, 0, 2), (7, 11, 13)]]
CASES["lcm3"].append(dev(2**40, 2**40 + 1, 0))
