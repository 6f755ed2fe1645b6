"""Differential cases for Inputs/semantics.py: §4 rules and §5 directives on
the types of §2 (fixed-width results pass through their conversion
functions, which agree interpreted and compiled)."""
import array
import itertools
import math

import numpy as np

from harness import FLOATS, INTS, int64_deviation

MODULE = "semantics.py"


def call(*args, **kwargs):
    return lambda: (args, kwargs)


def arr(values, dtype, shape=None):
    def factory():
        a = np.array(values, dtype=dtype)
        return (a.reshape(shape) if shape else a,), {}
    return factory


# Values exactly representable in binary32 (an f32 parameter rounds its
# argument: a fixed-width deviation by design).
F32 = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.25, 3.0, 1e-45 * 0, 2.0**-149,
       2.0**127, 3.4028234663852886e38, 0.1000000014901161193847656,
       math.inf, -math.inf, math.nan]
SMALL = [0, 1, -1, 2, -2, 3, 7, -7, 100, 127, -128, 128, 255, 256, 32767,
         -32768, 65535, 2**31 - 1, -2**31, 2**32 - 1, 2**63 - 1, -2**63]
EDGE = sorted(set(SMALL + INTS))
MATH = FLOATS + [0.25, 2.0, -2.0, 10.0, 100.0, 710.0, -710.0, 1e-320,
                 0.9999999999999999, 1.0000000000000002, -0.5, 1e300]
ROUND_N = [0, 1, 2, 3, -1, -2, 5, 20, -20, 400, -400]


def fixed_pairs(lo, hi):
    vals = sorted({lo, lo + 1, -1 if lo < 0 else 0, 0, 1, 2, 7, hi - 1, hi,
                   hi // 2, (hi + 1) // 3})
    return [call(a, b) for a, b in itertools.product(vals, vals)]


def view3_cases():
    out = []
    for i, j, k in itertools.product([0, 1, -1, -2, 2, -3], [0, -1, 2, 3, -4],
                                     [0, -1, 3, 4, -5]):
        out.append((lambda i, j, k: lambda: (
            (np.arange(24.0).reshape(2, 3, 4), i, j, k), {}))(i, j, k))
    out.append(lambda: ((np.arange(48.0).reshape(4, 3, 4)[::-2, :, 1::2],
                         1, -1, 1), {}))
    out.append(lambda: ((np.zeros((1, 1, 1)), 0, 0, 0), {}))
    out.append(lambda: ((np.zeros((1, 1, 1)), -1, -1, -1), {}))
    out.append(lambda: ((np.zeros((0, 2, 2)), 0, 0, 0), {}))
    return out


def view4_cases():
    out = []
    for idx in itertools.product([0, -1, 1, 2, -3], [0, -1, 2, -3],
                                 [1, -2], [0, -1, 3, -4]):
        out.append((lambda idx: lambda: (
            (np.arange(72, dtype=np.int32).reshape(2, 3, 4, 3),) + idx,
            {}))(idx))
    out.append(lambda: ((np.arange(16, dtype=np.int32).reshape(2, 2, 2, 2)
                         .transpose(3, 1, 2, 0), 1, 0, 1, -1), {}))
    out.append(lambda: ((np.zeros((1, 1, 1, 1), dtype=np.int32),
                         -1, 0, -1, 0), {}))
    return out


CASES = {
    "f32_arith": [call(x, y) for x, y in itertools.product(F32, F32)],
    "f32_sum": [arr([], np.float32), arr([1.5], np.float32),
                arr([0.1, 0.2, 0.3, 1e30, -1e30], np.float32),
                arr(np.linspace(-3, 3, 17), np.float32),
                lambda: ((array.array("f", [1.0, 2.5, -0.125]),), {}),
                lambda: ((np.arange(10, dtype=np.float32)[::-3],), {})],
    "f32_scale": [(lambda k: lambda: ((np.linspace(-1, 1, 7, dtype=np.float32),
                                       k), {}))(k)
                  for k in [0.5, -2.0, 3.0, math.inf, math.nan, 0.0]]
    + [lambda: ((np.zeros(0, dtype=np.float32), 2.0), {})],
    "i8_ops": fixed_pairs(-128, 127),
    "i16_ops": fixed_pairs(-2**15, 2**15 - 1),
    "i32_ops": fixed_pairs(-2**31, 2**31 - 1),
    "i64_ops": fixed_pairs(-2**63, 2**63 - 1),
    "u8_ops": fixed_pairs(0, 255),
    "u16_ops": fixed_pairs(0, 2**16 - 1),
    "u32_ops": fixed_pairs(0, 2**32 - 1),
    "u64_ops": fixed_pairs(0, 2**64 - 1),
    "fixed_to_int": [call(a, b, c) for a in [0, 1, 2**63 - 1, 2**63, 2**64 - 1]
                     for b in [-128, -1, 0, 127] for c in [0, 1, 255]],
    "conversions": [call(n) for n in EDGE],
    "fconversions": [call(x) for x in FLOATS + [255.9, -1.5, 256.0, -129.7,
                                                4294967296.5, 1e20, 3.4e38,
                                                3.5e38, 1e-46, 0.1]],
    # i32 << int is an int shift (checked): beyond int64 it raises.
    "shifts_fixed": [(int64_deviation if a and n > 0 and
                      not -2**63 <= a << n < 2**63 else lambda f: f)(
                          call(a, n))
                     for a in [0, 1, -1, 5, -5, 2**30, -2**31, 2**31 - 1]
                     for n in [0, 1, 2, 30, 31, 32, 63, 64, 100, -1]],
    # Only bool arguments: the compiled parameter is the truth value of any
    # object (like Cython's bint); the interpreter keeps the object.
    "bools": [call(p, q) for p in [True, False] for q in [True, False]],
    "bool_of": [call(n, x) for n in [0, 1, -1, 2**62]
                for x in [0.0, -0.0, 1.0, math.nan, math.inf]],
    "sum_view": [arr([], np.float64), arr([2.5], np.float64),
                 arr([1e308, 1e308, -math.inf], np.float64),
                 arr([0.1] * 10, np.float64),
                 lambda: ((np.arange(12.0)[::-2],), {}),
                 lambda: ((array.array("d", [math.nan, 1.0]),), {})],
    "sum_ints": [arr([], np.int64), arr([7], np.int64),
                 int64_deviation(arr([2**62, 2**62, -2**62], np.int64)),
                 int64_deviation(arr([2**62, 2**62], np.int64)),
                 lambda: ((array.array("q", [-5, 3]),), {}),
                 lambda: ((np.arange(20, dtype=np.int64)[3::4],), {})],
    "at3": view3_cases(),
    "at4": view4_cases(),
    "set3": [(lambda i, j, k: lambda: ((np.zeros((2, 3, 4)), i, j, k, 7.5),
                                       {}))(i, j, k)
             for i, j, k in itertools.product([0, -1, 2, -3], [1, -3, 3],
                                              [0, -4, 4])],
    "shape4": [lambda: ((np.zeros((2, 3, 4, 5), dtype=np.uint8),), {}),
               lambda: ((np.zeros((0, 1, 0, 7), dtype=np.uint8),), {}),
               lambda: ((np.zeros((5, 4, 3, 2), dtype=np.uint8)
                         [::2, ::-1, 1:, :],), {})],
    "first_last": [arr([], np.float64), arr([4.0], np.float64),
                   arr([1.0, 2.0, 3.0], np.float64),
                   lambda: ((np.arange(10.0)[::-1],), {})],
    "math1": [call(x) for x in MATH],
    "math2": [call(x) for x in MATH],
    "math3": [call(x) for x in MATH],
    "math4": [call(x, y) for x in [0.0, -0.0, 1.0, -1.0, 2.5, 1e308, math.inf,
                                   -math.inf, math.nan, 5e-324]
              for y in [0.0, -0.0, 1.0, -2.0, 0.5, 1e308, math.inf, -math.inf,
                        math.nan, 3.0]],
    "math5": [call(x) for x in FLOATS],
    "rounding": [call(x, n) for x in FLOATS + [2.675, 0.5, 1.5, 2.5, -2.5,
                                               1234.5678, 9.2e18, -9.3e18,
                                               1e-5, 123456789.987654321]
                 for n in ROUND_N],
    "minmax": [call(x, y) for x, y in itertools.product(
        [0.0, -0.0, 1.0, -1.0, math.nan, math.inf, -math.inf], repeat=2)],
    "minmax_int": [call(a, b, c) for a, b, c in itertools.product(
        [0, -1, 5, 2**63 - 1, -2**63], repeat=3)],
    "abs_all": [call(a, x) for a in [0, -1, 5, -2**63, 2**63 - 1]
                for x in [0.0, -0.0, -1.5, -math.inf, math.nan]],
    "divmods": [call(a, b) for a in INTS
                for b in [0, 1, -1, 2, -2, 3, -7, 2**63 - 1, -2**63]],
    "fdivmods": [call(x, y) for x in FLOATS
                 for y in [0.0, -0.0, 1.0, -1.0, 0.1, -2.5, 3.0, math.inf,
                           -math.inf, math.nan, 5e-324]],
    "exact_cmp": [call(n, x) for n in INTS + [2**53, 2**53 - 1, -2**53 - 1]
                  for x in FLOATS + [2.0**53, 2.0**63, -2.0**63,
                                     9223372036854775807.0]],
    "chained": [call(a, b, c) for a, b, c in itertools.product([0, 1, 2],
                                                               repeat=3)],
    "int_pow": [call(a, b) for a in [0, 1, -1, 2, -2, 3, -3, 7, 2**31]
                for b in [0, 1, 2, 3, 10, 62, 63, 64]]
    + [call(0, -1), call(0, -5)],
    "true_div": [call(a, b) for a in INTS
                 for b in [0, 1, -1, 3, 7, 2**53 + 1, -2**63, 2**63 - 1]],
    # cdivision: C truncation, defined inputs only (no zero divisor, no
    # INT64_MIN // -1): agrees with Python where signs agree.
    "cdiv": [call(a, b) for a in [0, 1, 7, 100, 2**63 - 1]
             for b in [1, 2, 3, 7, 2**62]],
    # overflowcheck(False): agrees inside int64.
    "wrapping": [call(a, b) for a in [0, 1, -1, 2**31, -2**31, 12345]
                 for b in [0, 1, -1, 2**31 - 1, -7]],
    # boundscheck/wraparound off: in-range non-negative indices only.
    "unchecked": [(lambda i: lambda: ((np.arange(5.0), i), {}))(i)
                  for i in range(5)],
    "no_wrap": [(lambda i: lambda: ((np.arange(5.0), i), {}))(i)
                for i in [0, 4, 5, 100]],
    "nested": [call(x) for x in [0, 5, 9, 10, 11, 2**62, -2**63]],
    "ranges": [call(a, b, s) for a in [0, 5, -5, 2**63 - 2, -2**63]
               for b in [0, 10, -10, 2**63 - 1, -2**63]
               for s in [1, -1, 3, -4, 0, 2**63 - 1, -2**63]],
    "loop_var": [call(n) for n in [0, 1, 5, -3]],
    "while_else": [call(n) for n in [0, 3, 7, 10]],
    "augmented": [call(a, b) for a in [0, 1, -5, 100, 2**40]
                  for b in [0, 3, -7, 2**20]],
    "swap": [call(1.5, -0.0), call(math.nan, 2.0)],
    "cond_expr": [call(n) for n in [0, 5, -5, -2**63]],
    # u8 + i16 is i16 (wraps): inputs where it does not.
    "fw_mixed": [call(a, b, x) for a in [0, 255] for b in [-32768, 0, 32512]
                 for x in [0.5, -1.0, math.inf]],
}

BAD = {
    # int ** negative int: ValueError (language.md §4; CPython: a float).
    "int_pow": [(call(a, b), ValueError, "")
                for a in [1, -1, 2, -3, 2**31] for b in [-1, -2, -64]],
    "i8_ops": [(call(128, 0), OverflowError, "'a'"),
               (call(0, -129), OverflowError, "'b'")],
    "u8_ops": [(call(-1, 0), OverflowError, "'a'"),
               (call(0, 256), OverflowError, "'b'")],
    "u64_ops": [(call(2**64, 0), OverflowError, "'a'"),
                (call(0, -1), OverflowError, "'b'")],
    "bools": [(call(), TypeError, "missing 2 required positional arguments:"
               " 'p' and 'q'")],
    "f32_sum": [(arr([1.0], np.float64), TypeError, "'a'")],
    "at4": [(lambda: ((np.zeros((2, 2, 2), dtype=np.int32), 0, 0, 0, 0), {}),
             ValueError, "4 dimensions")],
    "set3": [(lambda: ((np.zeros((2, 3, 4))[:, :, ::2], 0, 0, 0, 1.0), {}),
              ValueError, "C-contiguous"),
             (lambda: ((np.zeros((2, 3, 4)).T.copy().T, 0, 0, 0, 1.0), {}),
              ValueError, "C-contiguous")],
}

PRIVATE = ["_inner", "_middle"]
