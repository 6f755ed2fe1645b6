# Integration: the sample PyIR module Inputs/kernels.py (norm, count_primes
# from language.md section 1, and friends) imports and runs interpreted.
# RUN: %python %s
# RUN: %if pypy3 %{ %pypy3 %s %}
import array
import math
import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import check, check_float, check_int, check_raises, done, \
    try_numpy

import kernels
from pyir import ViewType, f32, f64, u8, get_directives

# --- the module's annotations and directives --------------------------------
check(kernels.norm.__annotations__ == {"a": f64[:], "return": float},
      "norm annotations: %r" % (kernels.norm.__annotations__,))
check(kernels.count_primes.__annotations__["sieve"] == ViewType(u8, 1, True),
      "count_primes sieve annotation")
check(kernels.count_primes.__pyir_directives__ ==
      {"boundscheck": False, "wraparound": False},
      "count_primes directives")
check(get_directives(kernels.dot2)["nogil"] is True, "dot2 is nogil")
check(get_directives(kernels.norm)["boundscheck"] is True, "norm defaults")
check(kernels.SCALE == 0.5 and kernels.N == 64, "module constants")

# --- norm -------------------------------------------------------------------
check_float(kernels.norm(array.array("d", [3.0, 4.0])), 5.0, "norm([3, 4])")
check_float(kernels.norm(array.array("d")), 0.0, "norm([])")
check_float(kernels.norm(array.array("d", [-2.0])), 2.0, "norm([-2])")
vals = [i * 0.25 - 3.0 for i in range(100)]
ref = math.sqrt(math.fsum(v * v for v in vals))
got = kernels.norm(array.array("d", vals))
check(abs(got - ref) <= 1e-12 * ref, "norm(100 values) = %r ~ %r"
      % (got, ref))
check_float(kernels.norm(memoryview(array.array("d", [6.0, 8.0]))), 10.0,
            "norm(memoryview)")
check_float(kernels.norm(array.array("d", [1e200, 1e200])), math.inf,
            "norm overflows to inf like the interpreter")

# --- count_primes with a bytearray sieve -----------------------------------
PRIMES_BELOW = {0: 0, 1: 0, 2: 0, 3: 1, 4: 2, 10: 4, 100: 25, 1000: 168,
                10007: 1229, 10008: 1230, 100000: 9592}
for n, want in sorted(PRIMES_BELOW.items()):
    sieve = bytearray(n + 3)
    check_int(kernels.count_primes(n, sieve), want, "count_primes(%d)" % n)
    check(sum(sieve) == want, "sieve marks exactly the primes below %d" % n)
    check(sieve[n:] == bytearray(3), "sieve[n:] untouched")
check_int(kernels.count_primes(30, memoryview(bytearray(30))), 10,
          "count_primes(memoryview)")
check_int(kernels.count_primes(30, array.array("B", bytes(30))), 10,
          "count_primes(array('B'))")
check_raises(ValueError, lambda: kernels.count_primes(10, bytearray(5)),
             "count_primes with a short sieve", match="sieve too small")


# --- fixed-width conversions inside a kernel --------------------------------
def ref_fnv(data):
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) % 2 ** 32
    return h


for data in [b"", b"a", b"hello world", bytes(range(256)) * 3]:
    check_int(kernels.checksum(bytearray(data)), ref_fnv(data),
              "checksum(%r...)" % data[:8])
check_int(kernels.checksum(bytearray(b"a")), 0xE40C292C,
          "FNV-1a of 'a' (published value)")


def ref_sum_f32(xs):
    s = 0.0
    for x in xs:
        s = struct.unpack("f", struct.pack("f", s + x))[0]
    return s


xs = array.array("f", [0.1 * k for k in range(1000)])
check_float(kernels.sum_f32(xs), ref_sum_f32(xs), "sum_f32 vs struct")
check_float(kernels.sum_f32(array.array("f", [1.0] + [2.0 ** -24] * 10)),
            1.0, "sum_f32 loses half-ulp increments (ties to even)")
check_float(kernels.sum_f32(array.array("f", [16777216.0, 1.0, 1.0])),
            16777216.0, "sum_f32 at 2**24")

lo, hi = kernels.minmax(array.array("d", [3.0, -1.5, 7.25, 0.0]))
check_float(lo, -1.5, "minmax lo")
check_float(hi, 7.25, "minmax hi")
check_raises(IndexError, lambda: kernels.minmax(array.array("d")),
             "minmax([]) raises IndexError")

# --- NumPy arrays as view arguments (CPython with python3-numpy) ----------
np = try_numpy()
if np is not None:
    a = np.arange(12, dtype=np.float64).reshape(3, 4)
    # (interpreted, elements of a numpy array are numpy scalars)
    check_float(float(kernels.dot2(a, a, 3, 4)), float((a * a).sum()) * 0.5,
                "dot2 on numpy arrays")
    check_float(kernels.norm(np.array([3.0, 4.0])), 5.0, "norm(numpy)")
    s = np.zeros(1000, dtype=np.uint8)
    check_int(kernels.count_primes(1000, s), 168, "count_primes(numpy)")
    check(int(s.sum()) == 168, "numpy sieve holds the primes")
    x32 = np.linspace(0, 1, 777, dtype=np.float32)
    acc = np.float32(0)
    for v in x32:
        acc = np.float32(acc + v)
    check_float(kernels.sum_f32(x32), float(acc), "sum_f32 vs numpy float32")

done("test_kernels")
