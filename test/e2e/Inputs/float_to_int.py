"""int() and fixed-width casts of floats at the edges of int64, with the
float a constant the C compiler can see (a local, inlined helpers) and a
run-time argument. Campaign seed 11000033001: `u64(v)` of a local
`v: f64 = 1e+308` raised OverflowError at -O1..-O3 (0 interpreted) when
the runtime tested cvttsd2si's result, which GCC folds on a constant to
INT64_MAX, not to the hardware's INT64_MIN."""
import math

from pyir import f64, i64, u64

def _u64_of_constant() -> int:
    v: f64 = 1e+308
    return u64(v) * 675


def u64_of_constant() -> int:
    return _u64_of_constant()


def u64_of(x: float) -> int:
    return int(u64(x))


def i64_of(x: float) -> int:
    return int(i64(x))


def int_of(x: float) -> int:
    return int(x)


def _int_of_constant(k: int) -> int:
    big: f64 = 1e+308
    low: f64 = -9.223372036854775808e18
    below: f64 = -9.223372036854777856e18
    nan: f64 = math.nan
    if k == 0:
        return int(big)
    if k == 1:
        return int(low)
    if k == 2:
        return int(below)
    return int(nan)


def int_of_constant(k: int) -> int:
    return _int_of_constant(k)
