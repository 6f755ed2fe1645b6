# Integer conversion functions i8..i64, u8..u64: modulo 2**N into the
# signed/unsigned range; floats truncated like int() with int()'s errors.
# RUN: %python %s
# RUN: %if pypy3 %{ %pypy3 %s %}
import fractions
import math
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import (check, check_int, check_raises, done, try_numpy,
                     INF, NAN)

import pyir
from pyir import i8, i16, i32, i64, u8, u16, u32, u64

INT_TYPES = [(i8, 8, True), (i16, 16, True), (i32, 32, True),
             (i64, 64, True), (u8, 8, False), (u16, 16, False),
             (u32, 32, False), (u64, 64, False)]


def ref_wrap(v, bits, signed):
    """Independent reference: Python's floor modulo, then re-centre."""
    if signed:
        half = 2 ** (bits - 1)
        return (v + half) % 2 ** bits - half
    return v % 2 ** bits


# --- hand-written expectations (not derived from any formula) -------------
LITERAL = [
    (i8, 127, 127), (i8, 128, -128), (i8, 200, -56), (i8, 255, -1),
    (i8, 256, 0), (i8, -129, 127), (i8, -128, -128), (i8, -1, -1),
    (u8, -1, 255), (u8, 256, 0), (u8, 257, 1), (u8, -256, 0), (u8, 300, 44),
    (i16, 32768, -32768), (i16, 65535, -1), (i16, -32769, 32767),
    (u16, -1, 65535), (u16, 65536, 0), (u16, 70000, 4464),
    (i32, 2 ** 31, -2 ** 31), (i32, 2 ** 32 - 1, -1), (i32, 2 ** 32, 0),
    (i32, -2 ** 31 - 1, 2 ** 31 - 1), (i32, 3000000000, -1294967296),
    (u32, -1, 4294967295), (u32, 2 ** 32 + 5, 5),
    (i64, 2 ** 63, -2 ** 63), (i64, 2 ** 64 - 1, -1),
    (i64, -2 ** 63 - 1, 2 ** 63 - 1),
    (u64, -1, 18446744073709551615), (u64, 2 ** 64, 0),
    (i32, 10 ** 30, 1073741824),   # 10**30 = 2**30 * 5**30, 5**30 % 4 == 1
    (u32, 10 ** 30, 1073741824), (u32, -10 ** 30, 3221225472),
    (i64, 10 ** 30, 5076944270305263616),
    (i64, -10 ** 30, -5076944270305263616),
    (u8, True, 1), (u8, False, 0), (i8, True, 1), (u64, True, 1),
    # floats: truncation toward zero first
    (i32, 1.9, 1), (i32, -1.9, -1), (i32, 0.5, 0), (i32, -0.5, 0),
    (i32, -0.0, 0), (u8, 255.9, 255), (u8, 256.0, 0), (u8, -1.5, 255),
    (i8, 127.99, 127), (i8, 128.5, -128), (u32, 4294967296.7, 0),
    (i32, 1e30, 0),               # int(1e30) is a multiple of 2**47
    (i64, 2.0 ** 63, -2 ** 63), (u64, 2.0 ** 64, 0),
    (u64, 2.0 ** 64 - 2048, 2 ** 64 - 2048), (i16, 1e5, -31072),
]
for t, arg, want in LITERAL:
    check_int(t(arg), want, "%s(%r)" % (t, arg))

# --- edge values for every type against the reference --------------------
rng = random.Random(20240601)
for t, bits, signed in INT_TYPES:
    n = 2 ** bits
    h = 2 ** (bits - 1)
    check(t.bits == bits and t.is_integer and t.is_signed == signed,
          "%s attributes" % t)
    check(t.min == (-h if signed else 0) and t.max == (h - 1 if signed
                                                      else n - 1),
          "%s range attributes" % t)
    ints = [0, 1, -1, 2, -2, h - 1, h, h + 1, -h, -h - 1, -h + 1, n - 1, n,
            n + 1, -n, -n - 1, -n + 1, 2 * n, 3 * n - 1, 10 ** 30, -10 ** 30,
            10 ** 100 + 12345, -10 ** 100 - 12345, 2 ** 200 - 1, -2 ** 200,
            2 ** 64 + 7, -2 ** 64 - 7, 2 ** 63, -2 ** 63, 2 ** 63 - 1]
    ints += [rng.randrange(-2 ** 70, 2 ** 70) for _ in range(300)]
    ints += [rng.randrange(-n, n) for _ in range(300)]
    for v in ints:
        want = ref_wrap(v, bits, signed)
        check(t.min <= want <= t.max, "reference in range")
        check_int(t(v), want, "%s(%r)" % (t, v))
        check_int(t(t(v)), want, "%s(%s(%r)) idempotent" % (t, t, v))
        if t.min <= v <= t.max:
            check_int(t(v), v, "%s(%r) in range unchanged" % (t, v))

    floats = [0.0, -0.0, 1.0, -1.0, 1.9, -1.9, 0.999, -0.999, 1e30, -1e30,
              1e300, -1e300, 1.7976931348623157e308, 5e-324, -5e-324,
              float(h), float(-h), float(n), float(-n), float(h) - 0.5,
              2.0 ** 52 + 0.5, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64,
              # not -2.0 ** 63: PyPy 7.3.11 folds that constant to an int
              math.ldexp(-1.0, 63),
              123456.789, -123456.789]
    floats += [rng.uniform(-1e20, 1e20) for _ in range(100)]
    floats += [rng.uniform(-n, n) for _ in range(100)]
    for x in floats:
        check(type(x) is float, "test input %r is a float" % (x,))
        want = ref_wrap(int(fractions.Fraction(x)), bits, signed)
        check_int(t(x), want, "%s(%r)" % (t, x))
        check_int(t(x), t(int(x)), "%s(%r) == %s(int(x))" % (t, x, t))

    # int()'s errors for non-finite floats
    check_raises(ValueError, lambda: t(NAN), "%s(nan)" % t)
    check_raises(ValueError, lambda: t(-NAN), "%s(-nan)" % t)
    check_raises(OverflowError, lambda: t(INF), "%s(inf)" % t)
    check_raises(OverflowError, lambda: t(-INF), "%s(-inf)" % t)

    # bool counts as int, result is a plain int
    check_int(t(True), 1, "%s(True)" % t)
    check_int(t(False), 0, "%s(False)" % t)

    # wrong types -> TypeError naming the function
    for bad in ["3", b"3", bytearray(b"3"), None, [1], (1,), {}, 1j,
                object(), t, fractions]:
        check_raises(TypeError, lambda: t(bad), "%s(%r)" % (t, bad),
                     match="%s()" % t.name)
    check_raises(TypeError, lambda: t(), "%s() without argument" % t)
    check_raises(TypeError, lambda: t(1, 2), "%s(1, 2)" % t)


# --- other argument kinds ---------------------------------------------------
class MyInt(int):
    pass


class MyFloat(float):
    pass


class Index(object):
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Floaty(object):
    def __float__(self):
        return -2.75


check_int(i8(MyInt(300)), 44, "i8(MyInt(300))")
check_int(i8(MyFloat(-129.5)), 127, "i8(MyFloat(-129.5))")
check_int(u16(Index(-1)), 65535, "u16(Index(-1))")
check_int(i64(Index(2 ** 64 + 3)), 3, "i64(Index(2**64+3))")
check_int(i32(Floaty()), -2, "i32(Floaty())")
check_int(i32(fractions.Fraction(7, 2)), 3, "i32(Fraction(7, 2))")

# --- NumPy as an independent oracle (CPython only, when installed) --------
np = try_numpy()
if np is not None:
    NP = {8: (np.int8, np.uint8), 16: (np.int16, np.uint16),
          32: (np.int32, np.uint32), 64: (np.int64, np.uint64)}
    src = [0, 1, -1, 127, 128, -129, 255, 256, 32767, 32768, -32769, 65535,
           65536, 2 ** 31 - 1, 2 ** 31, -2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32,
           2 ** 63 - 1, -2 ** 63]
    src += [rng.randrange(-2 ** 63, 2 ** 63) for _ in range(2000)]
    arr = np.array(src, dtype=np.int64)
    usrc = [rng.randrange(0, 2 ** 64) for _ in range(2000)] + [2 ** 64 - 1]
    uarr = np.array(usrc, dtype=np.uint64)
    for t, bits, signed in INT_TYPES:
        dt = NP[bits][0 if signed else 1]
        for values, a in ((src, arr), (usrc, uarr)):
            got = [t(v) for v in values]
            want = [int(w) for w in a.astype(dt)]
            for v, g, w in zip(values, got, want):
                check_int(g, w, "%s(%r) vs numpy %s" % (t, v, dt.__name__))
        # numpy integer scalars are accepted through __index__
        check_int(t(np.int64(-1)), ref_wrap(-1, bits, signed),
                  "%s(np.int64(-1))" % t)
        check_int(t(np.uint64(2 ** 64 - 1)), ref_wrap(2 ** 64 - 1, bits,
                                                      signed),
                  "%s(np.uint64(2**64-1))" % t)
        check_int(t(np.float64(-3.5)), ref_wrap(-3, bits, signed),
                  "%s(np.float64(-3.5))" % t)
        check_int(t(np.float32(2.5)), 2, "%s(np.float32(2.5))" % t)
        check_int(t(np.bool_(True)), 1, "%s(np.bool_(True))" % t)
        # in-range floats truncate like numpy's astype
        fl = np.array([rng.uniform(t.min, t.max) for _ in range(200)])
        for x, w in zip(fl.tolist(), fl.astype(dt).tolist()):
            check_int(t(x), int(w), "%s(%r) vs numpy astype" % (t, x))

check(pyir.i32 is i32 and pyir.u64 is u64, "package exports")
done("test_int_conversions")
