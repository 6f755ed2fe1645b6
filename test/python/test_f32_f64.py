# f32(x): round to nearest binary32, ties to even, overflow to +-inf,
# gradual underflow; f64(x) is float(x). Checked against hand-written values,
# an exact Fraction-based reference, struct's C cast (CPython) and numpy.
# RUN: %python %s
# RUN: %if pypy3 %{ %pypy3 %s %}
import math
import os
import random
import struct
import sys
from fractions import Fraction

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import (check, check_float, check_raises, done, try_numpy,
                     same_float, INF, NAN)

from pyir import f32, f64

FLT_MAX = 3.4028234663852886e+38
FLT_MIN = 2.0 ** -126            # smallest normal
TRUE_MIN = 2.0 ** -149           # smallest subnormal
HALF_ULP_MAX = 2.0 ** 128 - 2.0 ** 103   # FLT_MAX + half an ulp: a tie
DBL_MAX = sys.float_info.max


def ref_f32(v):
    """Exact reference: round the rational v to binary32, ties to even."""
    v = Fraction(v)
    if v == 0:
        return 0.0
    a = abs(v)
    e = a.numerator.bit_length() - a.denominator.bit_length()
    # normalise e so that 2**e <= a < 2**(e+1)
    while Fraction(2) ** e > a:
        e -= 1
    while Fraction(2) ** (e + 1) <= a:
        e += 1
    ulp = Fraction(2) ** max(e - 23, -149)
    q = round(a / ulp)           # Fraction rounding: half to even
    r = q * ulp
    res = math.inf if r >= 2 ** 128 else float(r)
    return -res if v < 0 else res


def nextafter(x, y):
    """math.nextafter for Python 3.8 compatibility (PyPy 3.9 has it)."""
    return math.nextafter(x, y)


# --- hand-written cases -----------------------------------------------------
CASES = [
    (0.0, 0.0), (-0.0, -0.0), (INF, INF), (-INF, -INF),
    (1.0, 1.0), (-1.0, -1.0), (0.5, 0.5), (2.0 ** 100, 2.0 ** 100),
    (0.1, 0.10000000149011612), (-0.1, -0.10000000149011612),
    (1 / 3, 0.3333333432674408), (math.pi, 3.1415927410125732),
    (1e10, 1e10), (16777217.0, 16777216.0), (16777219.0, 16777220.0),
    # ties to even around 1.0 (ulp 2**-23)
    (1 + 2 ** -24, 1.0),                         # tie, 1.0 is even
    (1 + 3 * 2 ** -24, 1 + 2 ** -22),            # tie, rounds up to even
    (1 + 2 ** -24 + 2 ** -52, 1 + 2 ** -23),     # just above the tie
    (1 + 2 ** -24 - 2 ** -53, 1.0),              # just below the tie
    (1 + 2 ** -23, 1 + 2 ** -23),                # representable
    (-(1 + 2 ** -24), -1.0), (-(1 + 3 * 2 ** -24), -(1 + 2 ** -22)),
    (2 - 2 ** -25, 2.0),                         # carries into the exponent
    # overflow boundary
    (FLT_MAX, FLT_MAX), (-FLT_MAX, -FLT_MAX),
    (3.4028235e38, FLT_MAX), (-3.4028235e38, -FLT_MAX),
    (3.4028235677973366e38, INF), (-3.4028235677973366e38, -INF),
    (HALF_ULP_MAX, INF), (-HALF_ULP_MAX, -INF),  # tie: FLT_MAX is odd
    (nextafter(HALF_ULP_MAX, 0.0), FLT_MAX),
    (-nextafter(HALF_ULP_MAX, 0.0), -FLT_MAX),
    (2.0 ** 128, INF), (1e39, INF), (-1e39, -INF), (1e300, INF),
    (DBL_MAX, INF), (-DBL_MAX, -INF),
    # subnormals and underflow
    (FLT_MIN, FLT_MIN), (-FLT_MIN, -FLT_MIN),
    (TRUE_MIN, TRUE_MIN), (-TRUE_MIN, -TRUE_MIN),
    (2.0 ** -150, 0.0),                          # tie between 0 and 1 unit
    (-2.0 ** -150, -0.0),
    (2.0 ** -150 * (1 + 2 ** -52), TRUE_MIN),    # just above the tie
    (3 * 2.0 ** -150, 2 * TRUE_MIN),             # tie 1|2 units -> 2
    (5 * 2.0 ** -150, 2 * TRUE_MIN),             # tie 2|3 units -> 2
    (7 * 2.0 ** -150, 4 * TRUE_MIN),             # tie 3|4 units -> 4
    (1e-46, 0.0), (-1e-46, -0.0), (7e-46, 0.0),
    (1e-45, TRUE_MIN), (1e-40, 9.99994610111476e-41),
    (5e-324, 0.0), (-5e-324, -0.0), (2.2250738585072014e-308, 0.0),
    (FLT_MIN - 2.0 ** -150, FLT_MIN),            # tie, 2**23 units is even
    (FLT_MIN - 3 * 2.0 ** -150, FLT_MIN - 2 * TRUE_MIN),
    (1.1754942106924411e-38, 1.1754942106924411e-38),  # largest subnormal
    # integers: a single exact rounding (no double rounding via double)
    (0, 0.0), (1, 1.0), (-1, -1.0), (True, 1.0), (False, 0.0),
    (16777217, 16777216.0), (16777219, 16777220.0), (-16777217, -16777216.0),
    (2 ** 60 + 2 ** 36 + 1, 2.0 ** 60 + 2.0 ** 37),
    (-(2 ** 60 + 2 ** 36 + 1), -(2.0 ** 60 + 2.0 ** 37)),
    (2 ** 60 + 2 ** 36, 2.0 ** 60),              # exact tie -> even
    (2 ** 63 - 1, 2.0 ** 63), (-2 ** 63, math.ldexp(-1.0, 63)),
    (2 ** 64 - 1, 2.0 ** 64),
    (2 ** 128 - 2 ** 104, FLT_MAX), (2 ** 128 - 2 ** 103 - 1, FLT_MAX),
    (2 ** 128 - 2 ** 103, INF), (-(2 ** 128 - 2 ** 103), -INF),
    (2 ** 128, INF), (10 ** 400, INF), (-10 ** 400, -INF),
]
for arg, want in CASES:
    # (PyPy 7.3.11 folds the constant -2.0 ** 63 to an int: guard the table)
    check(type(want) is float, "expected value %r is a float" % (want,))
    check_float(f32(arg), want, "f32(%r)" % (arg,))
    check_float(ref_f32(arg) if not (isinstance(arg, float) and
                                     (math.isinf(arg) or arg == 0.0))
                else arg, want, "reference f32(%r)" % (arg,))

nan = f32(NAN)
check(isinstance(nan, float) and math.isnan(nan), "f32(nan) is nan")
check(math.isnan(f32(-NAN)), "f32(-nan) is nan")
check(math.copysign(1.0, f32(-NAN)) == math.copysign(1.0, -NAN),
      "f32(-nan) keeps the sign bit")

# --- random doubles vs the exact reference and the identity f32(f32(x)) --
rng = random.Random(1234)


def random_double():
    return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]


def random_tie():
    """A binary32 value plus half an ulp, possibly nudged by a double ulp."""
    m = rng.getrandbits(24) | (1 << 23)
    e = rng.randrange(-149, 105)
    x = math.ldexp(m + 0.5, e)
    if x > DBL_MAX or x == 0.0:
        return 1.5
    k = rng.choice([-1, 0, 0, 1])
    if k:
        x = nextafter(x, INF if k > 0 else 0.0)
    return -x if rng.getrandbits(1) else x


samples = [random_double() for _ in range(3000)]
samples += [rng.uniform(-4e38, 4e38) for _ in range(1000)]
samples += [math.ldexp(rng.random(), rng.randrange(-160, -120))
            for _ in range(1000)]
samples += [random_tie() for _ in range(3000)]
samples = [x for x in samples if not math.isnan(x)]
for x in samples:
    got = f32(x)
    want = x if math.isinf(x) or x == 0.0 else ref_f32(x)
    check_float(got, want, "f32(%r) vs exact reference" % x)
    check_float(f32(got), got, "f32(f32(%r)) idempotent" % x)

ints = [rng.randrange(-2 ** 130, 2 ** 130) for _ in range(1000)]
ints += [rng.randrange(-2 ** 64, 2 ** 64) for _ in range(1000)]
ints += [(rng.getrandbits(25) | 1) << rng.randrange(0, 110)
         for _ in range(1000)]   # odd 25-bit numbers: exact ties, shifted
for n in ints:
    check_float(f32(n), ref_f32(n), "f32(%r) vs exact reference" % n)

# --- struct's C (float) cast as an oracle (CPython; PyPy has its own) ------
def struct_f32(x):
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:   # older CPython: finite value rounding to inf
        return math.copysign(INF, x)


if sys.implementation.name == "cpython":
    for x in samples + [a for a, _ in CASES if isinstance(a, float)]:
        check_float(f32(x), struct_f32(x), "f32(%r) vs struct" % x)

# --- numpy.float32 as an oracle ---------------------------------------------
np = try_numpy()
if np is not None:
    with np.errstate(over="ignore"):   # overflow to inf is expected
        arr = np.array(samples, dtype=np.float64).astype(np.float32)
    for x, w in zip(samples, arr.tolist()):
        check_float(f32(x), w, "f32(%r) vs numpy float32" % x)
    check_float(f32(np.float32(0.1)), 0.10000000149011612,
                "f32(np.float32(0.1))")
    check_float(f32(np.float64(0.1)), 0.10000000149011612,
                "f32(np.float64(0.1))")
    check_float(f32(np.int64(16777217)), 16777216.0, "f32(np.int64(...))")
    check_float(f64(np.float32(0.1)), 0.10000000149011612,
                "f64(np.float32(0.1))")

# --- f64 is float() --------------------------------------------------------
for arg in [0, 1, -1, True, False, 2 ** 53 + 1, -2 ** 63, 10 ** 300, 0.1,
            -0.0, INF, -INF, 1e-320, DBL_MAX]:
    check_float(f64(arg), float(arg), "f64(%r)" % (arg,))
check(math.isnan(f64(NAN)), "f64(nan)")
check_raises(OverflowError, lambda: f64(10 ** 400), "f64(10**400)")


class MyFloat(float):
    pass


class Floaty(object):
    def __float__(self):
        return 0.1


class Index(object):
    def __index__(self):
        return 2 ** 60 + 2 ** 36 + 1


check_float(f64(MyFloat(2.5)), 2.5, "f64(MyFloat) gives a plain float")
check_float(f32(MyFloat(0.1)), 0.10000000149011612, "f32(MyFloat(0.1))")
check_float(f32(Floaty()), 0.10000000149011612, "f32(Floaty())")
check_float(f64(Floaty()), 0.1, "f64(Floaty())")
check_float(f32(Index()), 2.0 ** 60 + 2.0 ** 37, "f32(Index()) exact")
check_float(f32(Fraction(1, 3)), 0.3333333432674408, "f32(Fraction(1, 3))")

for t in (f32, f64):
    check(not t.is_integer and t.is_signed and t.min is None, "%s attrs" % t)
    for bad in ["1.5", b"1", None, [1.0], 1j, object()]:
        check_raises(TypeError, lambda: t(bad), "%s(%r)" % (t, bad),
                     match="%s()" % t.name)
    check_raises(TypeError, lambda: t(), "%s()" % t)

check(same_float(f32(-0.0), -0.0) and not same_float(f32(0.0), -0.0),
      "signed zeros are distinguished")
done("test_f32_f64")
